// A header read on its own (the grammar's `Header`, for the links between documents) says what the full
// parse of the same text says of the document's name and what it is `for`: checked on every sample and on
// text made of the pieces a header can start with.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseHeader } from "../../../server/src/core/parse";
import type { Ident } from "../../../server/src/core/tree";

const SAMPLES = join(__dirname, "..", "..", "..", "samples");
const samples = readdirSync(SAMPLES, { recursive: true }).map(String).filter((f) => f.endsWith(".alliance")).map((f) => readFileSync(join(SAMPLES, f), "utf8"));

const shown = (id: Ident | null | undefined) => (id ? { name: id.name, span: id.span, decl: id.decl, ref: id.ref } : null);

function fromFullParse(text: string) {
  const document = parse(text).file.document;
  return { name: shown(document?.name), target: shown(document?.target) };
}

function fromHeader(text: string) {
  const header = parseHeader(text);
  expect(header).not.toBeUndefined();
  return { name: shown(header?.name), target: shown(header?.target) };
}

const PIECE = fc.constantFrom(
  "agreement", "specification", "tender", "evaluation", "agrement", "parties", "purpose", "for", "forward", " ", "\n", "\r\n", "\t",
  "\uFEFF", "}", "{", "PlymouthAlliance", "PlymouthSpec", "Spec-2", "é", '"Title"', '"unclosed', '"""long\ntitle"""', "// note\n", "/* c */", "/* open",
  "\"Plymouth's \\\"alliance\\\"\"", "  members all\n", "123", "-", "for PlymouthAlliance", "x",
);
const SOUP = fc.array(PIECE, { maxLength: 16 }).map((pieces) => pieces.join(" "));
/** A header in the usual order, each part perhaps left out or disturbed, after and among pieces of soup. */
const SHAPED = fc
  .tuple(
    fc.array(PIECE, { maxLength: 3 }),
    fc.constantFrom("agreement", "specification", "tender", "evaluation", "agrement", "purpose"),
    fc.option(fc.constantFrom("PlymouthSpec", "York-Tender", "é1", "123")),
    fc.option(fc.constantFrom('"Plymouth tender"', '"""A\nlong one"""', '"unclosed')),
    fc.option(fc.constantFrom("for PlymouthAlliance", "for", "for  \n PlymouthSpec", "forward X", "for {")),
    fc.constantFrom(" ", "\n", "\t", "  // why\n", " /* c */ "),
  )
  .map(([lead, kind, name, title, target, gap]) => [...lead, kind, name, title, target].filter((p) => p !== null).join(gap));
const HEADERISH = fc.oneof(SOUP, SHAPED);

describe("a header read on its own", () => {
  it("names the document and its target as the full parse does, for every sample", () => {
    for (const text of samples) expect(fromHeader(text)).toEqual(fromFullParse(text));
  });

  it("reads what a full parse reads, whatever the text starts with", () => {
    fc.assert(
      fc.property(HEADERISH, fc.constantFrom("", " {\n  purpose \"x\"\n}\n", "{", "\n}"), (head, rest) => {
        const text = head + rest;
        expect(fromHeader(text)).toEqual(fromFullParse(text));
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });

  it("is null for a text with no header", () => {
    expect(parseHeader("")).toBeNull();
    expect(parseHeader("// only a comment\n")).toBeNull();
    expect(parseHeader("parties {\n  PCC commissioner \"Plymouth City Council\"\n}\n")).toBeNull();
  });
});
