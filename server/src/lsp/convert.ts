// The one place where the core's results become LSP's: offsets become positions, problems diagnostics,
// and outlines, completions, folds and semantic tokens their LSP shapes. Both count UTF-16 code units and
// end lines at \n, \r\n and \r (core/text.ts), so an offset maps to a position by line starts alone.

import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import {
  CompletionItemKind, DiagnosticSeverity, DiagnosticTag, FoldingRangeKind, InsertTextFormat, MarkupKind, SemanticTokensBuilder,
  SymbolKind as LspSymbolKind, type CompletionItem, type Diagnostic, type DiagnosticRelatedInformation, type DocumentSymbol,
  type FoldingRange, type InlayHint, type Position, type Range, type SemanticTokens, type TextEdit, type WorkspaceEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Problem, Severity, Span, SymbolKind } from "../core";
import type { Completion } from "../core/features/completion";
import type { Fold } from "../core/features/folding";
import type { InlayHint as CoreInlayHint } from "../core/features/inlay-hints";
import type { OutlineKind, OutlineSymbol } from "../core/features/outline";
import { TOKEN_TYPES, type Token } from "../core/features/semantic-tokens";
import { MAX_DOCUMENT_LENGTH, TOO_LARGE_CODE, tooLargeMessage } from "../core/limits";

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toSpan(document: TextDocument, range: Range): Span {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

export function toOffset(document: TextDocument, position: Position): number {
  return document.offsetAt(position);
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** Where docs/rules.md sits beside the bundled server (dist/ or out/), so links work offline and match this version. */
export function rulesDocUri(code: string): string {
  return `${pathToFileURL(resolve(__dirname, "..", "docs", "rules.md")).toString()}#${code.toLowerCase()}`;
}

export function toDiagnostic(document: TextDocument, problem: Problem, documentFor: (uri: string) => TextDocument | undefined): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of problem.related) {
    const target = r.uri ? documentFor(r.uri) : document;
    if (!target) continue;
    related.push({ location: { uri: target.uri, range: toRange(target, r.span) }, message: r.message });
  }
  const sources = problem.guidance.map((g) => g.cite).join("; ");
  const diagnostic: Diagnostic = {
    range: toRange(document, problem.span),
    severity: SEVERITY[problem.severity],
    code: problem.code,
    codeDescription: { href: rulesDocUri(problem.code) },
    source: "alliance",
    message: `${capitalise(problem.message)}.\nWhy: ${problem.why}${sources ? `\nSource: ${sources}` : ""}`,
    relatedInformation: related.length > 0 ? related : undefined,
    data: { code: problem.code, span: problem.span, data: problem.data ?? null },
  };
  if (problem.code === "ALY016") diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

function capitalise(text: string): string {
  const trimmed = text.replace(/[.\s]+$/, "");
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** The one diagnostic of a document too large to analyse. */
export function tooLargeDiagnostic(length: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    code: TOO_LARGE_CODE,
    source: "alliance",
    message: tooLargeMessage(length),
    data: { code: TOO_LARGE_CODE, limit: MAX_DOCUMENT_LENGTH },
  };
}

// --- semantic tokens ---------------------------------------------------------------------------------

/** The pieces of a span, one per line it is on, without the line breaks: LSP tokens may not span lines. */
export function splitAtLineEnds(document: TextDocument, span: Span): { line: number; character: number; length: number }[] {
  const start = document.positionAt(span.start);
  const end = document.positionAt(span.end);
  const pieces: { line: number; character: number; length: number }[] = [];
  for (let line = start.line; line <= end.line; line++) {
    const from = line === start.line ? start.character : 0;
    // A column past the end of a line is taken to the end of the line, before its break.
    const to = line === end.line ? end.character : document.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - document.offsetAt({ line, character: 0 });
    if (to > from) pieces.push({ line, character: from, length: to - from });
  }
  return pieces;
}

export function toSemanticTokens(document: TextDocument, tokens: readonly Token[]): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const token of tokens) {
    const type = TOKEN_TYPES.indexOf(token.type);
    const modifiers = token.declaration ? 1 : 0;
    for (const piece of splitAtLineEnds(document, token.span)) builder.push(piece.line, piece.character, piece.length, type, modifiers);
  }
  return builder.build();
}

// --- folds, symbols and completions ------------------------------------------------------------------

export function toFoldingRange(fold: Fold): FoldingRange {
  return { startLine: fold.startLine, endLine: fold.endLine, kind: fold.kind === "comment" ? FoldingRangeKind.Comment : FoldingRangeKind.Region };
}

export const SYMBOL_KIND: Record<SymbolKind, LspSymbolKind> = {
  document: LspSymbolKind.File,
  party: LspSymbolKind.Class,
  role: LspSymbolKind.Variable,
  body: LspSymbolKind.Struct,
  principle: LspSymbolKind.EnumMember,
  value: LspSymbolKind.EnumMember,
  term: LspSymbolKind.Constant,
  measure: LspSymbolKind.Property,
  requirement: LspSymbolKind.Field,
  target: LspSymbolKind.Field,
  question: LspSymbolKind.Field,
  criterion: LspSymbolKind.Field,
};

const OUTLINE_KIND: Record<OutlineKind, LspSymbolKind> = {
  ...SYMBOL_KIND,
  section: LspSymbolKind.Namespace,
  clause: LspSymbolKind.Key,
  band: LspSymbolKind.Number,
  stage: LspSymbolKind.Event,
  step: LspSymbolKind.Event,
};

export function toDocumentSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name || "(unnamed)",
    detail: symbol.detail,
    kind: OUTLINE_KIND[symbol.kind],
    range: toRange(document, symbol.span),
    selectionRange: toRange(document, symbol.selectionSpan),
    children: symbol.children.map((c) => toDocumentSymbol(document, c)),
  };
}

const COMPLETION_KIND: Record<Completion["kind"], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  name: CompletionItemKind.Reference,
  choice: CompletionItemKind.EnumMember,
  document: CompletionItemKind.File,
};

export function toCompletionItem(document: TextDocument, completion: Completion, index: number): CompletionItem {
  return {
    label: completion.label,
    kind: completion.kind === "name" ? symbolToCompletionKind(completion.symbolKind) : COMPLETION_KIND[completion.kind],
    detail: completion.detail || undefined,
    documentation: completion.documentation ? { kind: MarkupKind.Markdown, value: completion.documentation } : undefined,
    insertTextFormat: completion.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: toRange(document, completion.replace), newText: completion.insertText },
    sortText: index.toString().padStart(4, "0"),
  };
}

function symbolToCompletionKind(kind: SymbolKind | undefined): CompletionItemKind {
  switch (kind) {
    case "party": return CompletionItemKind.Class;
    case "body": return CompletionItemKind.Struct;
    case "role": return CompletionItemKind.Variable;
    case "principle":
    case "value": return CompletionItemKind.EnumMember;
    case "measure": return CompletionItemKind.Property;
    case "document": return CompletionItemKind.File;
    default: return CompletionItemKind.Reference;
  }
}

/** Edits in one or more documents as a workspace edit; an edit in a document the server does not know is left out. */
export function toWorkspaceEdit(edits: readonly { uri: string; span: Span; newText: string }[], documentOf: (uri: string) => TextDocument | undefined): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const edit of edits) {
    const document = documentOf(edit.uri);
    if (document) (changes[edit.uri] ??= []).push({ range: toRange(document, edit.span), newText: edit.newText });
  }
  return { changes };
}

export function toInlayHint(document: TextDocument, hint: CoreInlayHint): InlayHint {
  return { position: document.positionAt(hint.offset), label: hint.label, tooltip: hint.tooltip, paddingLeft: true };
}
