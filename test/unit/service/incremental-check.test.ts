// After an edit the service runs again only the rules that read a kind of clause the edit changed, and
// moves the others' findings: whatever the edit, the findings must be exactly those of a fresh check of
// the new text. These properties apply random edits to the samples (with the documents they read across)
// and to generated agreements, and compare each check with one made from nothing.

import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { generateAgreement } from "../../../bench/generate";
import type { Problem } from "../../../server/src/core/problem";
import { ruleByCode } from "../../../server/src/core/rules/registry";
import { AnalysisService } from "../../../server/src/core/service/analysis-service";

const SEED = 20261202;
const LONG = 240_000;
const ROOT = path.join(__dirname, "../../..");
const TODAY = () => "2026-12-01";

/** Each folder of samples is a workspace: the documents in it read across to each other. */
function workspaces(): Map<string, string>[] {
  const packs: Map<string, string>[] = [];
  const samples = path.join(ROOT, "samples");
  for (const folder of fs.readdirSync(samples)) {
    const files = fs.readdirSync(path.join(samples, folder)).filter((f) => f.endsWith(".alliance"));
    if (folder === "broken") {
      for (const f of files) packs.push(new Map([[`file:///broken/${f}`, fs.readFileSync(path.join(samples, folder, f), "utf8")]]));
    } else {
      packs.push(new Map(files.map((f) => [`file:///${folder}/${f}`, fs.readFileSync(path.join(samples, folder, f), "utf8")])));
    }
  }
  packs.push(new Map([["file:///generated/a.alliance", generateAgreement(400)]]));
  packs.push(new Map([["file:///generated/b.alliance", generateAgreement(700, { seed: 11 })]]));
  return packs;
}

const PACKS = workspaces();

/** What an edit inserts: text that changes how far text reads, names, figures, keywords and words the rules read. */
const PIECES = [
  "{", "}", '"', "\n", " ", "x", "e", "1", "0", "£", "%", ",", "-", "é",
  "PCC", "Provider", "all", "unanimous", "unanimity", "majority", "vote", "consensus", "members", "chair", "decides",
  "key-issues", "spend", "risk", "principles", "not", "except", "savings", "targets", "open-book", "up to £5,000", "approved by",
  "\n    members all\n", '\n    fairness "We share risk fairly"\n', "\n  spend {\n  }\n",
];

const edit = fc.record({
  at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000),
  remove: fc.nat({ max: 12 }),
  insert: fc.array(fc.constantFrom(...PIECES), { maxLength: 2 }).map((pieces) => pieces.join("")),
});

type Edit = { at: number; remove: number; insert: string };

function apply(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(at + e.remove);
}

/** The findings of a check made from nothing: a new service holding the same texts. */
function freshFindings(texts: Map<string, string>, uri: string): Problem[] {
  const fresh = new AnalysisService({ today: TODAY });
  for (const [u, t] of texts) fresh.setDocument(u, t, 1);
  return fresh.problemsNow(uri);
}

describe("checking again after an edit", () => {
  afterEach(() => vi.restoreAllMocks());

  it("finds exactly what a fresh check finds, after each of a series of edits, in the document edited and those that read it", async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: PACKS.length - 1 }), fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 6 }), async (index, edits) => {
        const texts = new Map(PACKS[index]);
        const uris = [...texts.keys()];
        const service = new AnalysisService({ today: TODAY });
        let version = 1;
        for (const [u, t] of texts) service.setDocument(u, t, version);
        for (const u of uris) await service.problems({ uri: u });
        for (const [which, e] of edits) {
          const uri = uris[which % uris.length];
          texts.set(uri, apply(texts.get(uri)!, e));
          service.setDocument(uri, texts.get(uri)!, ++version);
          // Every document of the workspace, the edited one first, as an editor with them all open asks.
          for (const u of [uri, ...uris.filter((other) => other !== uri)]) {
            expect(await service.problems({ uri: u })).toStrictEqual(freshFindings(texts, u));
          }
        }
      }),
      { seed: SEED, numRuns: 120 },
    );
  }, LONG);

  it("finds exactly what a fresh check finds while a word is typed a key at a time, and checked only now and then", () => {
    const uri = "file:///plymouth/agreement.alliance";
    const texts = new Map(PACKS.find((p) => p.has(uri))!);
    const service = new AnalysisService({ today: TODAY });
    for (const [u, t] of texts) service.setDocument(u, t, 1);
    service.problemsNow(uri);
    let text = texts.get(uri)!;
    let version = 1;
    // Keys typed in several places, with a check after every third key: each check covers edits apart.
    const places = ["members ", "decides ", "\n  principles", "up to ", '"'];
    for (const [n, mark] of places.entries()) {
      for (const key of "abc de") {
        const at = text.indexOf(mark, (text.length * n) / places.length);
        if (at < 0) continue;
        text = text.slice(0, at + mark.length) + key + text.slice(at + mark.length);
        service.setDocument(uri, text, ++version);
        texts.set(uri, text);
        if (version % 3 === 0) expect(service.problemsNow(uri)).toStrictEqual(freshFindings(texts, uri));
      }
    }
    expect(service.problemsNow(uri)).toStrictEqual(freshFindings(texts, uri));
  }, LONG);

  it("does not run again a rule that read no clause of the kind an edit changed, and moves its findings with the text", () => {
    const uri = "file:///broken/measure-as-target.alliance";
    const pack = PACKS.find((p) => p.has(uri))!;
    const service = new AnalysisService({ today: TODAY });
    for (const [u, t] of pack) service.setDocument(u, t, 1);
    const before = service.problemsNow(uri);
    // ALY802 reads the principles and the learning clauses; ALY405 reads the bodies.
    const learning = vi.spyOn(ruleByCode("ALY802")!, "check");
    const bodies = vi.spyOn(ruleByCode("ALY405")!, "check");
    const text = service.document(uri)!.text;
    const inBody = text.indexOf("meets", text.indexOf("\n  body "));
    expect(inBody).toBeGreaterThan(0);
    // One more space after a body's `meets`: the clauses after it move by one character.
    const edited = text.slice(0, inBody) + "meets  " + text.slice(inBody + "meets ".length);
    service.setDocument(uri, edited, 2);
    const after = service.problemsNow(uri);
    expect(learning).not.toHaveBeenCalled();
    expect(bodies).toHaveBeenCalledTimes(1);
    expect(after).toStrictEqual(freshFindings(new Map([[uri, edited]]), uri));
    const earlier = before.filter((p) => p.code === "ALY802");
    expect(earlier.length).toBeGreaterThan(0);
    expect(earlier.every((p) => p.span.start > inBody)).toBe(true);
    expect(after.filter((p) => p.code === "ALY802").map((p) => p.span)).toEqual(earlier.map((p) => ({ start: p.span.start + 1, end: p.span.end + 1 })));
  });
});
