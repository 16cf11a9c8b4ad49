// Completion in context: keywords the block at the cursor can hold, declared names where a clause
// expects a reference, fixed choices where it expects one, and snippets for whole clauses.

import { CHOICE_HELP, KEYWORD_HELP, WORD_HELP } from "../guidance/help";
import type { DocumentModel } from "../model";
import type { DocumentKind, SymbolKind } from "../tree";
import { BLOCK_KEYWORDS, CHOICES, CLAUSES_BY_DOCUMENT, CLAUSE_KEYWORD, DOCUMENT_KINDS, type ChoiceSet } from "../vocabulary";
import type { Workspace } from "../workspace";
import { blocksAround } from "./locate";
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

interface Expectation {
  pattern: RegExp;
  names?: SymbolKind[];
  choices?: ChoiceSet;
  extra?: string[];
}

// What a clause expects at the cursor, read from the text of the line before it. The last word
// being typed is matched by `[\p{L}\p{N}_-]*$` at the end of each pattern.
const W = String.raw`[\p{L}\p{N}_-]*`;
const LIST = String.raw`(?:[\p{L}\p{N}_-]+\s*,\s*)*`;
const EXPECTATIONS: Expectation[] = [
  { pattern: new RegExp(String.raw`\bmembers\s+${LIST}${W}$`, "u"), names: ["party", "role"], extra: ["all"] },
  { pattern: new RegExp(String.raw`\bchair\s+${W}$`, "u"), names: ["party", "role"] },
  { pattern: new RegExp(String.raw`\bapproved\s+by\s+${W}$`, "u"), names: ["role", "body", "party"] },
  { pattern: new RegExp(String.raw`\b(?:refer\s+to|advises)\s+${W}$`, "u"), names: ["body"] },
  { pattern: new RegExp(String.raw`\breports\s+to\s+${W}$`, "u"), names: ["body", "party", "role"] },
  { pattern: new RegExp(String.raw`\breview\s+\S+(?:\s+\S+)?\s+by\s+${W}$`, "u"), names: ["body"] },
  { pattern: new RegExp(String.raw`\bsense-maker\s+${W}$`, "u"), names: ["body", "party", "role"] },
  { pattern: new RegExp(String.raw`\bowner\s+${W}$`, "u"), names: ["party"] },
  { pattern: new RegExp(String.raw`\b(?:shared-by|pooled\s+by|co-produced\s+with|written\s+by)\s+${LIST}${W}$`, "u"), names: ["party"] },
  { pattern: new RegExp(String.raw`\b(?:pain|gain|budget)\s+share\s+(?:[\p{L}\p{N}_-]+\s+[\d.]+\s*%\s*,\s*)*${W}$`, "u"), names: ["party"] },
  { pattern: new RegExp(String.raw`\bsteward\s+${W}$`, "u"), names: ["party", "body", "role"] },
  { pattern: new RegExp(String.raw`\bassign\s+"[^"]*"\s+to\s+${W}$`, "u"), names: ["party"] },
  { pattern: new RegExp(String.raw`\bheld\s+by\s+${W}$`, "u"), names: ["party"] },
  { pattern: new RegExp(String.raw`\bassesses\s+${LIST}${W}$`, "u"), names: ["principle", "requirement", "question", "measure"] },
  { pattern: new RegExp(String.raw`\babout\s+${LIST}${W}$`, "u"), names: ["requirement", "principle"] },
  { pattern: new RegExp(String.raw`^\s*principles\s+${LIST}${W}$`, "u"), names: ["principle"] },
  { pattern: new RegExp(String.raw`\bif\s+not\s+unanimous\s*:?\s+${W}$`, "u"), extra: ["falls", "refer to"] },
  { pattern: new RegExp(String.raw`\bjurisdiction\s+${W}$`, "u"), choices: "jurisdiction" },
  { pattern: new RegExp(String.raw`\bdecides\s+\S+\s+by\s+${W}$`, "u"), choices: "decisionMethod" },
  { pattern: new RegExp(String.raw`\bdecides\s+${W}$`, "u"), extra: ["key-issues", "spend", "operations", "membership", "learning"] },
  { pattern: new RegExp(String.raw`\b(?:meets|review)\s+${W}$`, "u"), choices: "cadence", extra: ["every"] },
  { pattern: new RegExp(String.raw`\bfunctions\s+${LIST}${W}$`, "u"), choices: "bodyFunction" },
  { pattern: new RegExp(String.raw`\bresponsibility\s+${W}$`, "u"), choices: "responsibility" },
  { pattern: new RegExp(String.raw`\baccounting\s+${W}$`, "u"), choices: "accounting" },
  { pattern: new RegExp(String.raw`\bclaims\s+for\s+${LIST}${W}$`, "u"), choices: "claimGround" },
  { pattern: new RegExp(String.raw`\bno-fault-no-blame\s+except\s+${LIST}${W}$`, "u"), choices: "noFaultException" },
  { pattern: new RegExp(String.raw`\bused\s+(?:for|as)\s+${LIST}${W}$`, "u"), choices: "measureUse" },
  { pattern: new RegExp(String.raw`\bperspective\s+${W}$`, "u"), choices: "measurePerspective" },
  { pattern: new RegExp(String.raw`\bkind\s+${W}$`, "u"), choices: "measureKind" },
  { pattern: new RegExp(String.raw`\bdefined-by\s+${W}$`, "u"), choices: "definedBy" },
  { pattern: new RegExp(String.raw`\broute\s+${W}$`, "u"), choices: "route" },
  { pattern: new RegExp(String.raw`\bnotices\s+${LIST}${W}$`, "u"), choices: "notice" },
  { pattern: new RegExp(String.raw`^\s*services\s+${LIST}${W}$`, "u"), choices: "serviceKind" },
  { pattern: new RegExp(String.raw`\bstage\s+${W}$`, "u"), choices: "criterionStage" },
  { pattern: new RegExp(String.raw`\binstrument\s+${W}$`, "u"), choices: "instrument" },
  { pattern: new RegExp(String.raw`\binvolved\s+early\s+${LIST}${W}$`, "u"), choices: "enablingFunction" },
  { pattern: new RegExp(String.raw`\bopen\s+to\s+${W}$`, "u"), choices: "openTo" },
  { pattern: new RegExp(String.raw`"\s+${W}$`, "u"), choices: "requirementLevel" },
];

/**
 * What may stand at the cursor, one entry per thing: a keyword that also has a snippet is offered once, as
 * the snippet, and the word already typed in full is not offered again (Enter would only repeat it).
 */
export function complete(workspace: Workspace, uri: string, offset: number): Completion[] {
  const state = workspace.get(uri);
  if (!state) return [];
  const typed = /[\p{L}\p{N}_-]*$/u.exec(state.text.slice(0, offset))![0];
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
  const lineStart = Math.max(text.lastIndexOf("\n", offset - 1) + 1, text.lastIndexOf("\r", offset - 1) + 1);
  const prefix = text.slice(lineStart, offset);
  if (insideCommentOrString(state.parsed.file, prefix, offset)) return [];
  const wordMatch = /[\p{L}\p{N}_-]*$/u.exec(prefix)!;
  const replace = { start: offset - wordMatch[0].length, end: offset };
  const model = state.model;
  const document = model.document;
  const blocks = blocksAround(state.parsed.file, offset);
  const block = blocks[blocks.length - 1];

  // Before the document's opening brace: document kinds, or other documents after `for`.
  if (!document || !document.open || offset <= document.open.start) {
    if (/\bfor\s+[\p{L}\p{N}_-]*$/u.test(prefix)) {
      return workspace.all().filter((d) => d.uri !== uri && d.model.name).map((d) => ({
        label: d.model.name!, kind: "document" as const, detail: `${d.model.kind ?? "document"}${d.model.document?.title ? ` · ${d.model.document.title.value}` : ""}`,
        insertText: d.model.name!, snippet: false, replace,
      }));
    }
    if (/^\s*[\p{L}-]*$/u.test(prefix)) {
      return [
        ...DOCUMENT_KINDS.map((k) => keyword(k, replace)),
        ...SNIPPETS.filter((s) => s.context === "file").map((s) => snippet(s, replace)),
      ];
    }
    return [];
  }

  const inBlock = block?.kind ?? "Document";
  if (inBlock === "Parties" && /^\s*[\p{L}\p{N}_-]+\s+[\p{L}-]*$/u.test(prefix)) return choices("partyRole", replace);
  if (inBlock === "Roles" && /^\s*[\p{L}\p{N}_-]+\s+[\p{L}-]*$/u.test(prefix)) return choices("roleKind", replace);
  if (inBlock === "Involvement" && /^\s*[\p{L}\p{N}_-]+\s+in\s+(?:[\p{L}-]+\s*,\s*)*[\p{L}-]*$/u.test(prefix)) return choices("involvementStage", replace);

  for (const expectation of EXPECTATIONS) {
    if (!expectation.pattern.test(prefix)) continue;
    const items: Completion[] = [];
    for (const extra of expectation.extra ?? []) {
      const help = WORD_HELP[extra];
      items.push({ label: extra, kind: "keyword", detail: help?.summary ?? "", documentation: help?.detail, insertText: extra, snippet: false, replace });
    }
    if (expectation.choices) items.push(...choices(expectation.choices, replace));
    if (expectation.names) items.push(...names(workspace, uri, model, expectation.names, replace));
    return items;
  }

  if (!/^\s*[\p{L}-]*$/u.test(prefix)) return [];
  // At the start of a line: the clauses this block holds.
  if (inBlock === "Document") {
    const kind: DocumentKind = model.kind ?? "agreement";
    const keywords = [...new Set(CLAUSES_BY_DOCUMENT[kind].map((k) => CLAUSE_KEYWORD[k]))];
    return [
      ...keywords.map((k) => keyword(k, replace)),
      ...SNIPPETS.filter((s) => s.context === "Document" && (!s.documents || s.documents.includes(kind))).map((s) => snippet(s, replace)),
    ];
  }
  const items = (BLOCK_KEYWORDS[inBlock] ?? []).map((k) => keyword(k, replace));
  items.push(...SNIPPETS.filter((s) => s.context === inBlock).map((s) => snippet(s, replace)));
  if (inBlock === "Involvement") items.push(...names(workspace, uri, model, ["party", "body"], replace));
  if (inBlock === "Principles") {
    const declared = new Set(model.declaredNames("principle"));
    return items.filter((i) => !(i.kind === "snippet" && declared.has(i.label)));
  }
  return items;
}

function keyword(word: string, replace: Completion["replace"]): Completion {
  const help = KEYWORD_HELP[word];
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

function insideCommentOrString(file: { comments: { span: { start: number; end: number } }[] }, prefix: string, offset: number): boolean {
  if (file.comments.some((c) => c.span.start < offset && offset <= c.span.end)) return true;
  // An odd number of quotes before the cursor on this line means the cursor is inside quoted text.
  const quotes = (prefix.replace(/\\"/g, "").match(/"/g) ?? []).length;
  return quotes % 2 === 1;
}
