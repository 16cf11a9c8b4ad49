import { describe, expect, it } from "vitest";
import { caretLine, charWidth } from "../../../server/src/cli/display-width";
import { SourceText } from "../../../server/src/cli/source";
import { marked } from "../../helpers/markers";

describe("positions for people and for SARIF", () => {
  it("counts columns in characters for people and in UTF-16 code units for SARIF", () => {
    const { text, spans } = marked('agreement A {\n\trisk {\n\t\tassign "gofal 🏥 ŵ" to [|Mênter|]\n\t}\n}\n');
    const source = new SourceText(text);
    expect(source.range(spans[0])).toEqual({
      start: { line: 3, column: 25, utf16Column: 26 },
      end: { line: 3, column: 31, utf16Column: 32 },
    });
  });

  it("reads CRLF, CR and LF as line ends, and the Unicode line separators as characters within a line, as editors do", () => {
    const { text, spans } = marked("agreement A {\r\n  parties {\r    [|PCC|] commissioner\u2028  }\u2029[|x|]\n}");
    const source = new SourceText(text);
    expect(source.range(spans[0])).toEqual({ start: { line: 3, column: 5, utf16Column: 5 }, end: { line: 3, column: 8, utf16Column: 8 } });
    expect(source.position(spans[1].start)).toEqual({ line: 3, column: 26, utf16Column: 26 });
    expect(source.line(1)).toBe("agreement A {");
    expect(source.line(3)).toBe("    PCC commissioner\u2028  }\u2029x");
  });

  it("does not count a byte order mark as part of the first line", () => {
    const { text, spans } = marked("\uFEFFagreement [|A|] {\n}");
    const source = new SourceText(text);
    expect(source.range(spans[0])).toEqual({ start: { line: 1, column: 11, utf16Column: 11 }, end: { line: 1, column: 12, utf16Column: 12 } });
    expect(source.line(1)).toBe("agreement A {");
    expect(source.position(0)).toEqual({ line: 1, column: 1, utf16Column: 1 });
  });

  it("puts a span at the very end of the file on the last line", () => {
    const { text, spans } = marked("agreement A {\n}[||]");
    expect(new SourceText(text).position(spans[0].start)).toEqual({ line: 2, column: 2, utf16Column: 2 });
  });
});

describe("the caret line under a span", () => {
  it("copies tabs and gives each other character its width", () => {
    const line = '\t\tassign "gofal 🏥 cymunedol" to Mênter';
    const start = line.indexOf("Mênter");
    expect(caretLine(line, start, start + "Mênter".length)).toBe(`\t\t${" ".repeat(31)}^~~~~~`);
  });

  it("underlines wide characters twice and skips combining marks", () => {
    expect(charWidth("🏥")).toBe(2);
    expect(charWidth("中")).toBe(2);
    expect(charWidth("\u0301")).toBe(0);
    expect(charWidth("ŵ")).toBe(1);
    const line = "name 中文 e\u0301x";
    expect(caretLine(line, 5, 7)).toBe("     ^~~~");
    expect(caretLine(line, 10, 11)).toBe(`${" ".repeat(11)}^`);
  });

  it("shows a single caret for an empty span or one at the end of the line", () => {
    expect(caretLine("abc", 1, 1)).toBe(" ^");
    expect(caretLine("abc", 3, 3)).toBe("   ^");
    expect(caretLine("abc", 1, 99)).toBe(" ^~");
  });
});
