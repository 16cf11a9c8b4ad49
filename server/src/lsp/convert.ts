// The one place where the core's offsets and problems become LSP positions and diagnostics.
// Both count UTF-16 code units, so an offset maps to a position by line starts alone.

import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import {
  DiagnosticSeverity, DiagnosticTag, type Diagnostic, type DiagnosticRelatedInformation, type Position, type Range,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Problem, Severity, Span } from "../core";

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
