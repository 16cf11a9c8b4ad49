// One line index: the core, the command line (text, JSON, SARIF) and the editor count lines the same way,
// as LSP does (a line ends at \n, \r\n or \r; U+2028 and U+2029 are characters inside a line).

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { checkText, type Settings } from "../../../server/src/core";
import { lineIndex, lineStarts, lineText, positionAt } from "../../../server/src/core/text";
import { SourceText } from "../../../server/src/cli/source";
import { toDiagnostic } from "../../../server/src/lsp/convert";
import { languageOnlySettings, run } from "../cli/helpers";

const PIECES = ["\r", "\r\n", "\n", "\u2028", "\u2029", "\t", "🏥", "a", " ", "\n\r", "\r\r\n"];

/** Every offset of a text, and one either side of it. */
function offsets(text: string): number[] {
  return Array.from({ length: text.length + 3 }, (_, i) => i - 1);
}

function expectSameAsTextDocument(text: string): void {
  const document = TextDocument.create("file:///a.alliance", "alliance", 1, text);
  const index = lineIndex(text);
  expect(index.lineCount).toBe(document.lineCount);
  for (const offset of offsets(text)) {
    expect(index.positionAt(offset), `offset ${offset} of ${JSON.stringify(text)}`).toEqual(document.positionAt(offset));
    // Line starts agree everywhere; columns too, except between the \r and \n of one break, which the core never points at.
    expect(positionAt(lineStarts(text), offset).line).toBe(document.positionAt(offset).line);
  }
  for (let line = -1; line <= document.lineCount; line++) {
    for (const character of [-1, 0, 1, 2, 5, 1000]) {
      expect(index.offsetAt({ line, character }), `line ${line}, character ${character}`).toBe(document.offsetAt({ line, character }));
    }
  }
}

describe("the core's line index", () => {
  it("gives the same line and character as LSP's TextDocument for every offset, with every kind of line end", () => {
    for (const text of [
      "",
      "a\rb\r\nc\nd\u2028e\u2029f",
      "\r\n\r\n",
      "\r\r\n\n\r",
      "\tagreement 🏥 {\u2028\r\n\t}\r",
      "no line break at all",
      "ends with CR\r",
    ]) expectSameAsTextDocument(text);
  });

  it("agrees with TextDocument on random texts made of line ends, tabs and astral characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => expectSameAsTextDocument(pieces.join(""))),
      { seed: 20261201, numRuns: 300 },
    );
  });

  it("does not end a line at U+2028 or U+2029", () => {
    const text = "one\u2028two\u2029three\nfour";
    expect(lineStarts(text)).toEqual([0, 14]);
    expect(positionAt(lineStarts(text), text.indexOf("three"))).toEqual({ line: 0, character: 8 });
    expect(lineIndex(text).lineText(0)).toBe("one\u2028two\u2029three");
    expect([0, 1].map((line) => lineText(text, lineStarts(text), line))).toEqual(["one\u2028two\u2029three", "four"]);
    expect([0, 1, 2].map((line) => lineText("a\r\nb\rc", lineStarts("a\r\nb\rc"), line))).toEqual(["a", "b", "c"]);
  });

  it("tells each line's break, text and ends apart", () => {
    const index = lineIndex("a\r\nbb\rc\nd");
    expect([0, 1, 2, 3, 4].map((l) => index.lineBreak(l))).toEqual(["\r\n", "\r", "\n", "", ""]);
    expect([0, 1, 2, 3].map((l) => index.lineText(l))).toEqual(["a", "bb", "c", "d"]);
    expect([0, 1, 2, 3].map((l) => [index.lineStart(l), index.lineEnd(l)])).toEqual([[0, 1], [3, 5], [6, 7], [8, 9]]);
    expect(index.lineStartOf(4)).toBe(3);
    expect(index.lineEndOf(4)).toBe(5);
  });
});

describe("positions shown by the command line and by the editor", () => {
  // An undeclared member after a purpose that holds a line separator: the finding is on line 6 for everyone.
  const text = 'agreement A "Line separators" {\n  purpose "one\u2028two\u2029three"\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n  body Board { members PCC, Shekinha }\n}\n';

  it("puts a finding after U+2028 on the same line and column in SARIF and JSON as the LSP diagnostic, plus one", () => {
    const folder = mkdtempSync(join(tmpdir(), "alliance-lines-"));
    writeFileSync(join(folder, "lines.alliance"), text);
    writeFileSync(join(folder, "alliance.config.json"), JSON.stringify(languageOnlySettings()));
    const sarif = JSON.parse(run(["check", "lines.alliance", "--format", "sarif"], { cwd: folder }).stdout);
    const json = JSON.parse(run(["check", "lines.alliance", "--format", "json"], { cwd: folder }).stdout);

    const document = TextDocument.create("file:///lines.alliance", "alliance", 1, text);
    const problem = checkText(text, { settings: languageOnlySettings() as Settings }).find((p) => p.code === "ALY010")!;
    const { range } = toDiagnostic(document, problem, () => undefined);
    expect(range).toEqual({ start: { line: 5, character: 28 }, end: { line: 5, character: 36 } });

    const region = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "ALY010").locations[0].physicalLocation.region;
    expect(region).toEqual({ startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 });
    const finding = json.files[0].problems.find((p: { code: string }) => p.code === "ALY010");
    expect(finding.range).toEqual({ start: { line: range.start.line + 1, column: range.start.character + 1 }, end: { line: range.end.line + 1, column: range.end.character + 1 } });
  });

  it("shows the line the finding is on, with the line separator inside it, in the text output's source line", () => {
    const source = new SourceText(text);
    expect(source.position(text.indexOf("parties"))).toEqual({ line: 3, column: 3, utf16Column: 3 });
    expect(source.line(2)).toBe('  purpose "one\u2028two\u2029three"');
  });
});

describe("positions told to a person in messages", () => {
  it("count lines as the editor does and columns in characters, for a bad byte and a JSON mistake", async () => {
    const { decodeUtf8 } = await import("../../../server/src/node/utf8");
    const bytes = Buffer.concat([Buffer.from("one\rtwo\r\n🏥x"), Buffer.from([0xff])]);
    expect(decodeUtf8(bytes)).toMatchObject({ ok: false, line: 3, column: 3 });
    const { readerPositionAtEnd } = await import("../../../server/src/core/text");
    expect(readerPositionAtEnd("a\u2028b\rc")).toEqual({ line: 2, column: 2 });
  });
});
