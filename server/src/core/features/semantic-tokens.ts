// Semantic tokens: names coloured by what they are (party, body, principle…), keywords, literals and comments.

import type { AnyNode, FileNode, Ident, Span, SymbolKind } from "../tree";
import { walk } from "../tree";

export const TOKEN_TYPES = ["keyword", "string", "number", "comment", "enumMember", "namespace", "class", "parameter", "struct", "enum", "type", "property", "event", "variable"] as const;
export const TOKEN_MODIFIERS = ["declaration", "readonly"] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];

export interface Token {
  span: Span;
  type: TokenType;
  declaration: boolean;
}

const SYMBOL_TOKEN: Record<SymbolKind, TokenType> = {
  document: "namespace",
  party: "class",
  role: "parameter",
  body: "struct",
  principle: "enum",
  value: "enum",
  term: "type",
  measure: "property",
  requirement: "event",
  target: "event",
  question: "event",
  criterion: "event",
};

const LITERAL_TOKEN: Record<string, TokenType> = {
  Str: "string",
  Money: "number",
  Percent: "number",
  Duration: "number",
  Date: "number",
  Integer: "number",
  Cadence: "enumMember",
  Word: "enumMember",
};

/** Tokens in source order, not overlapping. */
export function semanticTokens(file: FileNode, resolveKind: (id: Ident) => SymbolKind | null = () => null): Token[] {
  const tokens: Token[] = [];
  walk(file, (node: AnyNode) => {
    const keyword = (node as { keyword?: Span | null }).keyword;
    if (keyword) tokens.push({ span: keyword, type: "keyword", declaration: false });
    if (node.kind === "Ident") {
      const id = node as Ident;
      const kind = id.decl ?? resolveKind(id) ?? id.ref?.[0];
      if (kind) tokens.push({ span: id.span, type: SYMBOL_TOKEN[kind], declaration: !!id.decl });
      return;
    }
    const literal = LITERAL_TOKEN[node.kind];
    if (literal) tokens.push({ span: node.span, type: literal, declaration: false });
  });
  for (const comment of file.comments) tokens.push({ span: comment.span, type: "comment", declaration: false });
  tokens.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  // Keep the outermost token where two overlap (a Cadence holds a Duration, for example).
  const result: Token[] = [];
  let end = -1;
  for (const token of tokens) {
    if (token.span.start < end || token.span.end <= token.span.start) continue;
    result.push(token);
    end = token.span.end;
  }
  return result;
}
