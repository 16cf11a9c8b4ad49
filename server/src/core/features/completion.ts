// Completion in context. What may stand at the cursor is asked of the grammar: the clause around the
// cursor is parsed again with a placeholder name where the word being typed stands, and the node the
// placeholder becomes says what the grammar expects there: a name of the kinds it stamps on a reference
// (`Ident.ref`), or a word in a clause's field, whose fixed choices the vocabulary lists (CHOICE_SITES).
// At the start of a line, the clauses the enclosing block holds, from the vocabulary, and snippets.

import { CHOICE_HELP, KEYWORD_HELP, WORD_HELP } from "../guidance/help";
import type { DocumentModel } from "../model";
import { parse } from "../parse";
import type { AnyNode, DocumentKind, FileNode, Span, Str, SymbolKind } from "../tree";
import { walk } from "../tree";
import {
  BLOCK_KEYWORDS, CHOICES, CHOICE_SITES, CLAUSES_BY_DOCUMENT, CLAUSE_KEYWORD, DOCUMENT_KINDS, SITE_WORDS, siteOf, type ChoiceSet,
} from "../vocabulary";
import type { Workspace } from "../workspace";
import { SNIPPETS, type Snippet } from "./snippets";

export type CompletionKind = "keyword" | "snippet" | "name" | "choice" | "document";

export interface Completion {
  label: string;
  kind: CompletionKind;
  /** For names: what kind of thing it is. */
  symbolKind?: SymbolKind;
  detail: string;
  documentation?: string;
  /** Text to insert; a snippet uses `${1:placeholder}` tab stops when `snippet` is true. */
  insertText: string;
  snippet: boolean;
  /** The span the completion replaces: the word being typed. */
  replace: { start: number; end: number };
}

/** A name no drafter writes, put where the word being typed stands. */
const PLACEHOLDER = "Zz0cursor0";
const FILLER = "Zz0filler0";

/**
 * What may follow the placeholder, tried in turn until the grammar reads the clause: a clause cut short
 * at the cursor is often not yet a clause (`pain share PCC 50%, ` wants a percentage after the name,
 * `review ` wants `by` and a body), and only a whole one tells which field the placeholder fills.
 */
const TAILS = ["", " 1%", ` by ${FILLER}`, " decides"];

/**
 * At the start of a line, the block says which clauses may stand there; the probe is only to learn whether
 * a line of the block may start with a name it refers to, as `Voices in need, design` does in `involvement`
 * (other lines that start with a name declare it).
 */
const LINE_START_TAILS = ["", ` in ${FILLER}`];

const WORD_CHAR = /[\p{L}\p{N}_-]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * What may stand at the cursor, one entry per thing: a keyword that also has a snippet is offered once, as
 * the snippet, and the word already typed in full is not offered again (Enter would only repeat it).
 */
export function complete(workspace: Workspace, uri: string, offset: number): Completion[] {
  const state = workspace.get(uri);
  if (!state) return [];
  let start = offset;
  while (start > 0 && WORD_CHAR.test(state.text[start - 1])) start--;
  const typed = state.text.slice(start, offset);
  return onePerThing(candidates(workspace, uri, offset)).filter((c) => typed === "" || c.label !== typed);
}

function onePerThing(items: Completion[]): Completion[] {
  const snippets = new Map(items.filter((i) => i.kind === "snippet").map((i) => [i.label, i]));
  const seen = new Set<string>();
  const result: Completion[] = [];
  for (const item of items) {
    if (item.kind === "keyword" && snippets.has(item.label)) {
      // The keyword's help says what the thing is; the snippet writes it out.
      const merged = snippets.get(item.label)!;
      if (item.detail) merged.detail = item.detail;
      if (item.documentation) merged.documentation = item.documentation;
      continue;
    }
    const id = `${item.kind}:${item.label}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(item);
  }
  return result;
}

function candidates(workspace: Workspace, uri: string, offset: number): Completion[] {
  const state = workspace.get(uri);
  if (!state) return [];
  const text = state.text;
  const file = state.parsed.file;
  const lineStart = lineStartOf(text, offset);
  const prefix = text.slice(lineStart, offset);
  if (insideCommentOrString(file, prefix, offset)) return [];
  let wordStart = offset;
  while (wordStart > lineStart && WORD_CHAR.test(text[wordStart - 1])) wordStart--;
  let wordEnd = offset;
  while (wordEnd < text.length && WORD_CHAR.test(text[wordEnd])) wordEnd++;
  const replace = { start: wordStart, end: offset };
  const word = { start: wordStart, end: wordEnd };
  const model = state.model;
  const document = model.document;
  const atLineStart = /^\s*[\p{L}-]*$/u.test(prefix);

  // Before the document's opening brace: document kinds, or other documents after `for`.
  if (!document || !document.open || offset <= document.open.start) {
    if (atLineStart && text.slice(0, lineStart).trim() === "") {
      return [
        ...DOCUMENT_KINDS.map((k) => keyword(k, replace)),
        ...SNIPPETS.filter((s) => s.context === "file").map((s) => snippet(s, replace)),
      ];
    }
    const found = probe({ before: text.slice(0, word.start), after: text.slice(word.end, lineEndOf(text, offset)) });
    return found?.node.kind === "Ident" && found.node.ref?.includes("document") ? documents(workspace, uri, replace) : [];
  }

  const place = around(text, document as unknown as Block, offset);
  if (place.item && insideTripleQuotes(place.item, offset)) return [];
  const found = probe(probeText(text, place, word), atLineStart ? LINE_START_TAILS : TAILS);
  const items: Completion[] = [];
  if (found && found.node.kind !== "Error" && !found.node.decl && !atLineStart) {
    const site = found.holder && found.field ? siteOf(found.holder, found.field) : null;
    if (site && found.index === 0) items.push(...(SITE_WORDS[site] ?? []).map((w) => smallWord(w, replace)));
    if (found.node.ref) {
      const kinds = found.node.ref.filter((k): k is SymbolKind => k !== "document");
      items.push(...names(workspace, uri, model, kinds, replace));
    } else if (site && CHOICE_SITES[site]) {
      items.push(...choices(CHOICE_SITES[site], replace));
    }
    return items;
  }
  if (!atLineStart) return [];

  // At the start of a line: the clauses the enclosing block holds, and any name a line of it starts with.
  const inBlock = place.blocks[place.blocks.length - 1].kind;
  if (inBlock === "Document") {
    const kind: DocumentKind = model.kind ?? "agreement";
    const keywords = [...new Set(CLAUSES_BY_DOCUMENT[kind].map((k) => CLAUSE_KEYWORD[k]))];
    return [
      ...keywords.map((k) => keyword(k, replace)),
      ...SNIPPETS.filter((s) => s.context === "Document" && (!s.documents || s.documents.includes(kind))).map((s) => snippet(s, replace)),
    ];
  }
  items.push(...(BLOCK_KEYWORDS[inBlock] ?? []).map((k) => keyword(k, replace)));
  items.push(...SNIPPETS.filter((s) => s.context === inBlock).map((s) => snippet(s, replace)));
  if (found?.node.ref) items.push(...names(workspace, uri, model, found.node.ref.filter((k): k is SymbolKind => k !== "document"), replace));
  if (inBlock === "Principles") {
    const declared = new Set(model.declaredNames("principle"));
    return items.filter((i) => !(i.kind === "snippet" && declared.has(i.label)));
  }
  return items;
}

interface Placed {
  /** The node the placeholder became: a name, a word, how often, or an unrecognised line. */
  node: AnyNode & { ref?: string[]; decl?: string };
  /** The node whose field holds it, the field, and its place in a list (0 when the field holds one). */
  holder: AnyNode | null;
  field: string | null;
  index: number;
}

/** Parses the text with the placeholder between `before` and `after`, trying each tail, and says what the placeholder became. */
function probe({ before, after }: { before: string; after: string }, tails: readonly string[] = TAILS): Placed | null {
  let unknownLine: Placed | null = null;
  for (const tail of tails) {
    const file = parse(before + PLACEHOLDER + tail + after).file;
    const found = placeholderIn(file, before.length);
    if (found && found.node.kind !== "Error") return found;
    unknownLine ??= found;
  }
  return unknownLine;
}

const PLACEABLE = new Set(["Ident", "Word", "Cadence", "Error"]);

function placeholderIn(file: FileNode, at: number): Placed | null {
  const end = at + PLACEHOLDER.length;
  let found: Placed | null = null;
  const visit = (value: unknown, holder: Placed["holder"], field: string | null, index: number): void => {
    if (found || !value || typeof value !== "object") return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, holder, field, i));
      return;
    }
    const node = value as AnyNode & Record<string, unknown>;
    const isNode = typeof node.kind === "string" && typeof node.span === "object";
    if (isNode && PLACEABLE.has(node.kind) && node.span.start === at && node.span.end === end) {
      found = { node, holder, field, index };
      return;
    }
    if (isNode && (node.span.end < at || node.span.start > end)) return;
    for (const key in node) {
      if (key === "span" || key === "keyword") continue;
      visit(node[key], isNode ? node : holder, isNode ? key : field, isNode ? 0 : index);
    }
  };
  visit(file, null, null, 0);
  return found;
}

type Block = AnyNode & { open: Span; close: Span | null; items?: AnyNode[] };

interface Around {
  /** The blocks around the cursor, outermost first, starting with the document. */
  blocks: Block[];
  /** The span of the lines of the innermost clause that holds the cursor, or of the cursor's line. */
  lines: Span;
  /** That clause, if the cursor is on one. */
  item: AnyNode | null;
}

/** The blocks and the clause the cursor is in, found by going down from the document, not by walking the whole tree. */
function around(text: string, document: Block, offset: number): Around {
  const blocks: Block[] = [document];
  const line = { start: lineStartOf(text, offset), end: lineEndOf(text, offset) };
  for (;;) {
    const block = blocks[blocks.length - 1];
    const inside = { start: block.open.end, end: block.close ? block.close.start : text.length };
    let found: AnyNode | null = null;
    let lines: Span = { start: Math.max(line.start, inside.start), end: Math.min(line.end, inside.end) };
    for (const item of block.items ?? []) {
      // The clause's lines hold the cursor when it starts on or before the cursor's line and ends on or after it.
      if (item.span.start <= line.end && item.span.end >= line.start) {
        const span = { start: Math.max(lineStartOf(text, item.span.start), inside.start), end: Math.min(lineEndOf(text, item.span.end), inside.end) };
        found = item;
        lines = span;
        break;
      }
    }
    const inner = found as Block | null;
    if (inner?.open && inner.open.end <= offset && (!inner.close || offset <= inner.close.start)) {
      blocks.push(inner);
      continue;
    }
    return { blocks, lines, item: found };
  }
}

/**
 * The text to parse again: the first lines of the blocks around the cursor, the lines of the clause that
 * holds it, and a closing bracket for each block, so that a long document or block is not parsed again whole.
 */
function probeText(text: string, { blocks, lines }: Around, word: Span): { before: string; after: string } {
  let before = "";
  for (const block of blocks) before += `${text.slice(lineStartOf(text, block.span.start), block.open.end)}\n`;
  const lead = lineStartOf(text, lines.start) === lines.start ? "" : " ".repeat(lines.start - lineStartOf(text, lines.start));
  before += lead + text.slice(lines.start, word.start);
  let after = text.slice(word.end, lines.end);
  for (const block of [...blocks].reverse()) {
    const start = lineStartOf(text, block.span.start);
    const indent = /^[ \t\u00A0]*/.exec(text.slice(start, block.span.start))![0];
    after += `\n${indent}}`;
  }
  return { before, after: `${after}\n` };
}

function lineStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && !LINE_BREAK.test(text[i - 1])) i--;
  return i;
}

function lineEndOf(text: string, at: number): number {
  let i = at;
  while (i < text.length && !LINE_BREAK.test(text[i])) i++;
  return i;
}

function keyword(word: string, replace: Completion["replace"]): Completion {
  const help = KEYWORD_HELP[word];
  return { label: word, kind: "keyword", detail: help?.summary ?? "", documentation: help?.detail, insertText: word, snippet: false, replace };
}

function smallWord(word: string, replace: Completion["replace"]): Completion {
  // `casting vote chair` names whoever chairs the body, which the `chair` keyword's help explains.
  const help = WORD_HELP[word] ?? KEYWORD_HELP[word];
  return { label: word, kind: "keyword", detail: help?.summary ?? "", documentation: help?.detail, insertText: word, snippet: false, replace };
}

function snippet(s: Snippet, replace: Completion["replace"]): Completion {
  return { label: s.label, kind: "snippet", detail: s.detail, documentation: s.documentation, insertText: s.body, snippet: true, replace };
}

function choices(set: ChoiceSet, replace: Completion["replace"]): Completion[] {
  return (CHOICES[set] as readonly string[]).map((word) => {
    const help = CHOICE_HELP[`${set}:${word}`];
    return { label: word, kind: "choice" as const, detail: help?.summary ?? "", documentation: help?.detail, insertText: word, snippet: false, replace };
  });
}

function documents(workspace: Workspace, uri: string, replace: Completion["replace"]): Completion[] {
  return workspace.all().filter((d) => d.uri !== uri && d.model.name).map((d) => ({
    label: d.model.name!, kind: "document" as const, detail: `${d.model.kind ?? "document"}${d.model.document?.title ? ` · ${d.model.document.title.value}` : ""}`,
    insertText: d.model.name!, snippet: false, replace,
  }));
}

function names(workspace: Workspace, uri: string, model: DocumentModel, kinds: SymbolKind[], replace: Completion["replace"]): Completion[] {
  const models = [model, ...workspace.chain(uri).linked.map((d) => d.model)];
  const seen = new Set<string>();
  const items: Completion[] = [];
  for (const kind of kinds) {
    for (const m of models) {
      for (const name of m.declaredNames(kind)) {
        if (seen.has(name)) continue;
        seen.add(name);
        items.push({ label: name, kind: "name", symbolKind: kind, detail: nameDetail(m, kind, name), insertText: name, snippet: false, replace });
      }
    }
  }
  return items;
}

function nameDetail(model: DocumentModel, kind: SymbolKind, name: string): string {
  if (kind === "party") {
    const p = model.party(name);
    return p ? `party · ${p.roles.map((r) => r.word).join(", ")}${p.title ? ` · ${p.title.value}` : ""}` : "party";
  }
  if (kind === "body") return `body${model.body(name)?.title ? ` · ${model.body(name)!.title!.value}` : ""}`;
  if (kind === "role") {
    const r = model.role(name);
    return r ? `role · ${r.roleKind.word}${r.title ? ` · ${r.title.value}` : ""}` : "role";
  }
  if (kind === "principle") return `principle${model.principle(name) ? ` · ${model.principle(name)!.text.value}` : ""}`;
  return kind;
}

function insideTripleQuotes(item: AnyNode, offset: number): boolean {
  let inside = false;
  walk(item, (node) => {
    if (node.kind === "Str" && (node as Str).triple && node.span.start < offset && offset < node.span.end) inside = true;
  });
  return inside;
}

/** Inside a comment, or quoted text on this line: no completion. */
function insideCommentOrString(file: FileNode, prefix: string, offset: number): boolean {
  if (file.comments.some((c) => c.span.start < offset && (offset < c.span.end || (offset === c.span.end && !(c.block && c.closed))))) return true;
  // An odd number of quotes before the cursor on this line means the cursor is inside quoted text.
  const quotes = (prefix.replace(/\\"/g, "").match(/"/g) ?? []).length;
  return quotes % 2 === 1;
}
