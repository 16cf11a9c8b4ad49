// Parsing: text in, a tree and its syntax problems out. Never throws.

import { parse as generatedParse } from "./generated/parser";
import type { Problem } from "./problem";
import { closest, listAnd, listOr } from "./suggest";
import type { AnyNode, Comment, ErrorNode, FileNode, Span } from "./tree";
import { walk } from "./tree";
import { BLOCK_KEYWORDS, BLOCK_LABEL, BLOCK_LINE_SHAPE, CLAUSES_BY_DOCUMENT, CLAUSE_KEYWORD, DOCUMENT_KINDS } from "./vocabulary";
import type { DocumentKind } from "./tree";
import { SYNTAX_RULES } from "./rules/syntax";

export interface ParseResult {
  file: FileNode;
  /** Syntax problems, in source order. */
  problems: Problem[];
}

export function parse(text: string): ParseResult {
  let file: FileNode;
  try {
    file = generatedParse(text) as FileNode;
  } catch (error) {
    // The grammar recovers from every mistake it knows; anything else still must not take the editor down.
    const offset = (error as { location?: { start?: { offset?: number } } }).location?.start?.offset ?? 0;
    const span = { start: Math.min(offset, text.length), end: Math.min(offset + 1, text.length) };
    file = { kind: "File", span: { start: 0, end: text.length }, document: null, strays: [], comments: [] };
    return { file, problems: [syntaxProblem("ALY001", "this text cannot be read as an alliance document; check the line for a stray character", span)] };
  }
  return { file, problems: collectProblems(text, file) };
}

function syntaxProblem(code: string, message: string, span: Span): Problem {
  const rule = SYNTAX_RULES.find((r) => r.code === code) ?? SYNTAX_RULES[0];
  return { code, severity: "error", message, span, related: [], why: rule.rationale, guidance: rule.guidance };
}

const LITERAL_CODES: Record<string, string> = { Date: "ALY004", Money: "ALY005", Percent: "ALY006", Duration: "ALY007", Str: "ALY003" };

function collectProblems(text: string, file: FileNode): Problem[] {
  const problems: Problem[] = [];
  const documentKind = file.document && DOCUMENT_KINDS.includes(file.document.docKind as DocumentKind) ? (file.document.docKind as DocumentKind) : null;
  if (!file.document && file.strays.length === 0) {
    const span = { start: 0, end: text.length };
    problems.push(syntaxProblem("ALY009", "this file has no document in it; start it with the kind of document and its name, for example `agreement PlymouthAlliance \"Plymouth Complex Needs Alliance\" {`", span));
  }
  walk(file, (node: AnyNode) => {
    if (node.kind === "Error") {
      const error = node as ErrorNode;
      problems.push(syntaxProblem(error.code, describeError(error, documentKind), error.span));
      return;
    }
    const literalCode = LITERAL_CODES[node.kind];
    const literalError = (node as { error?: string | null }).error;
    if (literalCode && literalError) problems.push(syntaxProblem(literalCode, literalError, node.span));
  });
  for (const comment of file.comments) {
    if (!comment.closed) problems.push(syntaxProblem("ALY003", "this comment is never closed; add `*/` where it ends", { start: comment.span.start, end: comment.span.start + 2 }));
  }
  problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return problems;
}

function describeError(error: ErrorNode, documentKind: DocumentKind | null): string {
  if (error.unknownDocumentKind && error.found !== undefined) {
    const guess = closest(error.found, DOCUMENT_KINDS);
    return `\`${error.found}\` is not a kind of document${guess ? `; did you mean \`${guess}\`?` : ""}. A file starts with ${listOr(DOCUMENT_KINDS)}, then the document's short name`;
  }
  if (error.found === undefined || error.message) return error.message;
  return describeUnknownLine(error.found, error.unknownIn ?? "Document", documentKind);
}

function describeUnknownLine(found: string, block: string, documentKind: DocumentKind | null): string {
  const shown = found.length > 40 ? `${found.slice(0, 40)}…` : found;
  if (block === "Document") {
    const kind = documentKind ?? "agreement";
    const keywords = [...new Set(CLAUSES_BY_DOCUMENT[kind].map((k) => CLAUSE_KEYWORD[k]))];
    const allKeywords = [...new Set(Object.values(CLAUSE_KEYWORD))];
    const guess = closest(found, allKeywords);
    const article = kind === "agreement" || kind === "evaluation" ? "an" : "a";
    return `\`${shown}\` is not a clause of ${article} ${kind}${guess ? `; did you mean \`${guess}\`?` : ""}. ${capitalise(article)} ${kind} holds ${listAnd(keywords)}`;
  }
  const label = BLOCK_LABEL[block] ?? "this block";
  const keywords = BLOCK_KEYWORDS[block] ?? [];
  const guess = keywords.length > 0 ? closest(found, keywords.flatMap((k) => [k, k.split(" ")[0]])) : null;
  const shape = BLOCK_LINE_SHAPE[block];
  const holds = keywords.length > 0 ? `${capitalise(label)} holds ${listAnd(keywords)}${shape ? `, or ${shape}` : ""}` : `${capitalise(label)} holds ${shape ?? "its own clauses"}`;
  return `\`${shown}\` is not something ${label} can hold${guess ? `; did you mean \`${guess}\`?` : ""}. ${holds}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export type { Comment };
