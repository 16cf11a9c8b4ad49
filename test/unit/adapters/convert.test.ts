// The conversions from the core's results to LSP's, on their own: where they have logic of their own.

import { describe, expect, it } from "vitest";
import { CompletionItemKind, DiagnosticSeverity, FoldingRangeKind, InsertTextFormat, MarkupKind, SymbolKind } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { TOKEN_TYPES, type Token } from "../../../server/src/core/features/semantic-tokens";
import { MAX_DOCUMENT_LENGTH, TOO_LARGE_CODE, tooLargeMessage } from "../../../server/src/core/limits";
import {
  SYMBOL_KIND, splitAtLineEnds, toCompletionItem, toDocumentSymbol, toFoldingRange, toInlayHint, toSemanticTokens, tooLargeDiagnostic,
  toWorkspaceEdit,
} from "../../../server/src/lsp/convert";

const doc = (text: string) => TextDocument.create("file:///a.alliance", "alliance", 1, text);

describe("semantic tokens, which LSP does not let span lines", () => {
  it("split a token at every kind of line end, leaving the line breaks out", () => {
    const text = "/* one\r\ntwo\rthree\nfour\u2028five */ x";
    const comment = { start: 0, end: text.indexOf(" x") };
    expect(splitAtLineEnds(doc(text), comment)).toEqual([
      { line: 0, character: 0, length: 6 },
      { line: 1, character: 0, length: 3 },
      { line: 2, character: 0, length: 5 },
      // U+2028 ends no line, as in the editor.
      { line: 3, character: 0, length: 12 },
    ]);
  });

  it("keep a token on one line whole, and leave out the empty pieces of blank lines and of a token ending at a line start", () => {
    const text = 'purpose """a\n\r\n"""\n';
    expect(splitAtLineEnds(doc(text), { start: 8, end: 11 })).toEqual([{ line: 0, character: 8, length: 3 }]);
    expect(splitAtLineEnds(doc(text), { start: 8, end: 19 })).toEqual([
      { line: 0, character: 8, length: 4 },
      { line: 2, character: 0, length: 3 },
    ]);
  });

  it("are encoded relative to the previous token, with the declaration modifier", () => {
    const text = "/* a\r\nb */ PCC";
    const tokens: Token[] = [
      { span: { start: 0, end: 10 }, type: "comment", declaration: false },
      { span: { start: 11, end: 14 }, type: "class", declaration: true },
    ];
    const comment = TOKEN_TYPES.indexOf("comment");
    const cls = TOKEN_TYPES.indexOf("class");
    expect(toSemanticTokens(doc(text), tokens).data).toEqual([
      0, 0, 4, comment, 0,
      1, 0, 4, comment, 0,
      0, 5, 3, cls, 1,
    ]);
  });
});

describe("the other conversions", () => {
  it("gives folds their LSP kind", () => {
    expect(toFoldingRange({ startLine: 1, endLine: 4, kind: "comment" })).toEqual({ startLine: 1, endLine: 4, kind: FoldingRangeKind.Comment });
    expect(toFoldingRange({ startLine: 0, endLine: 9, kind: "region" })).toEqual({ startLine: 0, endLine: 9, kind: FoldingRangeKind.Region });
  });

  it("turns an outline into document symbols, naming the unnamed", () => {
    const text = "agreement A {\r\n  parties {\r\n  }\r\n}";
    const symbol = toDocumentSymbol(doc(text), {
      name: "A", detail: "agreement", kind: "document", span: { start: 0, end: text.length }, selectionSpan: { start: 10, end: 11 },
      children: [{ name: "", detail: "", kind: "section", span: { start: 17, end: 31 }, selectionSpan: { start: 17, end: 24 }, children: [] }],
    });
    expect(symbol).toEqual({
      name: "A", detail: "agreement", kind: SymbolKind.File,
      range: { start: { line: 0, character: 0 }, end: { line: 3, character: 1 } },
      selectionRange: { start: { line: 0, character: 10 }, end: { line: 0, character: 11 } },
      children: [{
        name: "(unnamed)", detail: "", kind: SymbolKind.Namespace,
        range: { start: { line: 1, character: 2 }, end: { line: 2, character: 3 } },
        selectionRange: { start: { line: 1, character: 2 }, end: { line: 1, character: 9 } },
        children: [],
      }],
    });
    expect(SYMBOL_KIND.party).toBe(SymbolKind.Class);
  });

  it("turns a completion into an item that replaces its span, sorted by its place in the list", () => {
    const text = "body Board {\n  members P\n}";
    const item = toCompletionItem(doc(text), { label: "PCC", kind: "name", symbolKind: "party", detail: "commissioner", documentation: "Plymouth", insertText: "PCC", snippet: false, replace: { start: 23, end: 24 } }, 7);
    expect(item).toEqual({
      label: "PCC", kind: CompletionItemKind.Class, detail: "commissioner",
      documentation: { kind: MarkupKind.Markdown, value: "Plymouth" },
      insertTextFormat: InsertTextFormat.PlainText,
      textEdit: { range: { start: { line: 1, character: 10 }, end: { line: 1, character: 11 } }, newText: "PCC" },
      sortText: "0007",
    });
    const snippet = toCompletionItem(doc(text), { label: "spend", kind: "snippet", detail: "", documentation: "", insertText: "spend {\n\t$0\n}", snippet: true, replace: { start: 0, end: 0 } }, 0);
    expect(snippet).toMatchObject({ kind: CompletionItemKind.Snippet, detail: undefined, documentation: undefined, insertTextFormat: InsertTextFormat.Snippet });
  });

  it("reports a document too large to analyse at its start", () => {
    expect(tooLargeDiagnostic(MAX_DOCUMENT_LENGTH + 1)).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code: TOO_LARGE_CODE,
      source: "alliance",
      message: tooLargeMessage(MAX_DOCUMENT_LENGTH + 1),
      data: { code: TOO_LARGE_CODE, limit: MAX_DOCUMENT_LENGTH },
    });
  });
});

describe("edits and hints", () => {
  it("group edits by document, each in its own document's lines, and leave out a document the server does not know", () => {
    const a = TextDocument.create("file:///a.alliance", "alliance", 1, "one\r\ntwo");
    const b = TextDocument.create("file:///b.alliance", "alliance", 1, "x\ry");
    const known = new Map([[a.uri, a], [b.uri, b]]);
    const edit = toWorkspaceEdit(
      [
        { uri: a.uri, span: { start: 5, end: 8 }, newText: "2" },
        { uri: b.uri, span: { start: 2, end: 3 }, newText: "z" },
        { uri: a.uri, span: { start: 0, end: 0 }, newText: "// " },
        { uri: "file:///gone.alliance", span: { start: 0, end: 1 }, newText: "?" },
      ],
      (uri) => known.get(uri),
    );
    expect(edit).toEqual({
      changes: {
        [a.uri]: [
          { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, newText: "2" },
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: "// " },
        ],
        [b.uri]: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } }, newText: "z" }],
      },
    });
  });

  it("place an inlay hint at its offset, padded from the text before it", () => {
    expect(toInlayHint(doc("ab\rcd"), { offset: 4, label: "£1", tooltip: "why" })).toEqual({
      position: { line: 1, character: 1 }, label: "£1", tooltip: "why", paddingLeft: true,
    });
  });
});
