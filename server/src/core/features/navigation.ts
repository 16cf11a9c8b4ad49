// Go to definition, find references, highlights and rename: all through one notion of "the symbol here".

import type { Ident, Span, SymbolKind } from "../tree";
import type { Resolution, Workspace } from "../workspace";
import { identAt } from "./locate";

export interface Location {
  uri: string;
  span: Span;
}

/** The declaration that the identifier at `offset` declares or refers to. */
export function symbolAt(workspace: Workspace, uri: string, offset: number): { ident: Ident; symbol: Resolution } | null {
  const state = workspace.get(uri);
  if (!state) return null;
  const ident = identAt(state.parsed.file, offset);
  if (!ident) return null;
  if (ident.decl) return { ident, symbol: { kind: ident.decl, declaration: ident, uri } };
  const resolved = workspace.resolve(uri, ident);
  if (!resolved || resolved === "unknown") return null;
  return { ident, symbol: resolved };
}

export function definition(workspace: Workspace, uri: string, offset: number): Location | null {
  const found = symbolAt(workspace, uri, offset);
  return found ? { uri: found.symbol.uri, span: found.symbol.declaration.span } : null;
}

function sameSymbol(a: Resolution, b: Resolution): boolean {
  return a.uri === b.uri && a.declaration.span.start === b.declaration.span.start && a.kind === b.kind;
}

/** Every place the symbol is declared or used, across the workspace, in a stable order. */
export function occurrences(workspace: Workspace, symbol: Resolution, includeDeclaration = true): Location[] {
  const locations: Location[] = [];
  if (includeDeclaration) locations.push({ uri: symbol.uri, span: symbol.declaration.span });
  for (const doc of workspace.all()) {
    for (const ref of doc.model.references) {
      if (ref.name !== symbol.declaration.name) continue;
      const resolved = workspace.resolve(doc.uri, ref);
      if (resolved && resolved !== "unknown" && sameSymbol(resolved, symbol)) locations.push({ uri: doc.uri, span: ref.span });
    }
  }
  return locations.sort((a, b) => (a.uri === b.uri ? a.span.start - b.span.start : a.uri < b.uri ? -1 : 1));
}

export function references(workspace: Workspace, uri: string, offset: number, includeDeclaration: boolean): Location[] {
  const found = symbolAt(workspace, uri, offset);
  return found ? occurrences(workspace, found.symbol, includeDeclaration) : [];
}

export function highlights(workspace: Workspace, uri: string, offset: number): { span: Span; write: boolean }[] {
  const found = symbolAt(workspace, uri, offset);
  if (!found) return [];
  return occurrences(workspace, found.symbol, true)
    .filter((l) => l.uri === uri)
    .map((l) => ({ span: l.span, write: found.symbol.uri === uri && l.span.start === found.symbol.declaration.span.start }));
}

const RENAMEABLE: SymbolKind[] = ["party", "role", "body", "principle", "value", "term", "measure", "requirement", "target", "question", "criterion", "document"];
const NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

export type PrepareRename = { span: Span; placeholder: string } | { error: string };

export function prepareRename(workspace: Workspace, uri: string, offset: number): PrepareRename {
  const found = symbolAt(workspace, uri, offset);
  if (!found) {
    const state = workspace.get(uri);
    const ident = state ? identAt(state.parsed.file, offset) : null;
    if (ident?.ref) return { error: `\`${ident.name}\` is not declared anywhere, so there is nothing to rename; declare it first` };
    return { error: "Only a short name can be renamed: a party, role, body, principle, value, defined term, measure, requirement, question, criterion or document" };
  }
  if (!RENAMEABLE.includes(found.symbol.kind)) return { error: "This name cannot be renamed" };
  return { span: found.ident.span, placeholder: found.ident.name };
}

export type RenameResult = { edits: { uri: string; span: Span; newText: string }[] } | { error: string };

export function rename(workspace: Workspace, uri: string, offset: number, newName: string): RenameResult {
  const prepared = prepareRename(workspace, uri, offset);
  if ("error" in prepared) return prepared;
  const found = symbolAt(workspace, uri, offset)!;
  if (!NAME.test(newName)) {
    return { error: `\`${newName}\` cannot be a short name: start with a letter and use letters, digits, hyphens or underscores, with no spaces` };
  }
  const owner = workspace.get(found.symbol.uri);
  if (newName !== found.symbol.declaration.name && owner) {
    const clash = [...owner.model.declarations.values()].some((byName) => byName.has(newName));
    if (clash) return { error: `\`${newName}\` is already declared in this document; choose another name` };
  }
  const edits = occurrences(workspace, found.symbol, true).map((l) => ({ uri: l.uri, span: l.span, newText: newName }));
  return { edits };
}

/** Declarations across the workspace whose names match a query (case-insensitive, in order). */
export function workspaceSymbols(workspace: Workspace, query: string): { name: string; kind: SymbolKind; uri: string; span: Span; container: string | null }[] {
  const q = query.toLowerCase();
  const results: { name: string; kind: SymbolKind; uri: string; span: Span; container: string | null }[] = [];
  for (const doc of workspace.all()) {
    for (const [kind, byName] of doc.model.declarations) {
      for (const [name, ids] of byName) {
        if (q && !fuzzy(name.toLowerCase(), q)) continue;
        results.push({ name, kind, uri: doc.uri, span: ids[0].span, container: kind === "document" ? null : doc.model.name });
      }
    }
  }
  return results.sort((a, b) => a.name.localeCompare(b.name));
}

function fuzzy(name: string, query: string): boolean {
  let i = 0;
  for (const c of name) if (c === query[i]) i++;
  return i === query.length;
}
