// Parsing: text in, a tree and its syntax problems out. Never throws.

import { bracesBalance, LINE_BREAKS, nextFinder } from "./brace-count";
import { parse as generatedParse } from "./generated/parser";
import { listAnd, listOr } from "./suggest";
import type { SyntaxCode, SyntaxProblem } from "./syntax-problem";
import type { AnyNode, Comment, ErrorNode, FileNode, Ident, Span } from "./tree";
import { walk } from "./tree";
import { BLOCK_KEYWORDS, CLAUSES_BY_DOCUMENT, CLAUSE_KEYWORD, DOCUMENT_KINDS } from "./vocabulary";
import type { DocumentKind } from "./tree";
import { SYNTAX_MESSAGES, SYNTAX_PHRASES } from "./syntax-messages";
import { VALUES } from "./values";

export interface ParseResult {
  file: FileNode;
  /** Syntax problems, in source order. */
  problems: SyntaxProblem[];
}

/** What a parse found out about its whole text, kept for a later reparse (see incremental-parse.ts). */
export interface ParseFacts {
  /** Every brace outside quoted text and comments is closed, in order. */
  bracesBalance: boolean;
  /** Braces were nested too deeply, and some were read as spaces. */
  tooDeep: boolean;
  /** Where the text's last closing triple quote and last comment end are (-1 for none). */
  lastMarks?: LastMarks;
}

export interface LastMarks {
  triple: number;
  commentEnd: number;
}

const FACTS = new WeakMap<ParseResult, ParseFacts>();

/**
 * Where each clause of a document starts and ends in its text, from the first character of its keyword to
 * the end of what it read, which its span need not cover. The grammar fills it as it reads clauses.
 */
export const CLAUSE_EXTENTS = new WeakMap<object, Span>();

/** What the parse that made `result` found out about its text, if it is known. */
export function factsOf(result: ParseResult): ParseFacts | undefined {
  return FACTS.get(result);
}

/** Records what is known about the text of a result built without a full parse. */
export function recordFacts(result: ParseResult, facts: ParseFacts): void {
  FACTS.set(result, facts);
}

/**
 * How many blocks may sit one inside another. A real document needs three or four levels; the parser
 * reads nested braces recursively, so thousands of them would overflow the stack. Braces deeper than
 * this are reported and then read as spaces, so the rest of the document is still analysed.
 */
export const MAX_NESTING = 100;

export function parse(text: string): ParseResult {
  const nesting = limitNesting(text);
  const facts: ParseFacts & { problemsMade: number } = { bracesBalance: false, tooDeep: nesting.problem !== null, problemsMade: 0 };
  let file: FileNode;
  try {
    // Peggy's record of what it expected at the furthest failure is only wanted for a parse that fails, so
    // it is kept off (silent) and the rare failing parse is run again to find where it stopped.
    file = generatedParse(nesting.text, { facts, extents: CLAUSE_EXTENTS, countBraces: bracesBalance, values: VALUES, messages: SYNTAX_MESSAGES, phrases: SYNTAX_PHRASES, peg$silentFails: 1 } as never) as FileNode;
  } catch {
    const error = failureOf(() => generatedParse(nesting.text, { countBraces: bracesBalance, values: VALUES, messages: SYNTAX_MESSAGES, phrases: SYNTAX_PHRASES } as never));
    // The grammar recovers from every mistake it knows; anything else still must not take the editor down.
    const offset = (error as { location?: { start?: { offset?: number } } } | null)?.location?.start?.offset;
    const at = typeof offset === "number" && offset >= 0 ? Math.min(offset, text.length) : 0;
    const span = visibleSpan(text, at);
    file = { kind: "File", span: { start: 0, end: text.length }, document: null, strays: [], comments: [] };
    const problems = [
      syntaxProblem(
        "ALY001",
        "Nothing in this document could be read from here on, so none of it has been checked; look on this line for a stray character or an unfinished clause.",
        span,
      ),
    ];
    if (nesting.problem) problems.unshift(nesting.problem);
    return { file, problems };
  }
  const problems = collectProblems(text, file, facts.problemsMade > 0);
  if (nesting.problem) {
    problems.push(nesting.problem);
    sortProblems(problems);
  }
  const result = { file, problems };
  FACTS.set(result, { bracesBalance: facts.bracesBalance, tooDeep: facts.tooDeep, lastMarks: facts.lastMarks });
  return result;
}

/** What a document's header says of the links between documents: its name and what it is `for`. */
export interface DocumentHeader {
  name: Ident | null;
  target: Ident | null;
}

/**
 * The header of `text` as a full parse would read it (the grammar's `Header`), without reading the rest:
 * null when the text has no header; undefined when it could not be read this way, so that only a full
 * parse can tell.
 */
export function parseHeader(text: string): DocumentHeader | null | undefined {
  try {
    // The braces that count do not matter before the document's opening brace: they are not counted.
    const outcome = generatedParse(text, { startRule: "Header", peg$library: true, bracesBalance: true, values: VALUES, messages: SYNTAX_MESSAGES, phrases: SYNTAX_PHRASES, peg$silentFails: 1 } as never) as unknown as {
      peg$result: DocumentHeader | null;
      peg$FAILED: unknown;
    };
    return outcome.peg$result === outcome.peg$FAILED ? undefined : outcome.peg$result;
  } catch {
    return undefined;
  }
}

/** What `run` throws, or null. */
function failureOf(run: () => unknown): unknown {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
}

/** A span of one visible character at or before `at`, or an empty span in an empty text. */
function visibleSpan(text: string, at: number): Span {
  if (text.length === 0) return { start: 0, end: 0 };
  const start = Math.min(at, text.length - 1);
  return { start, end: start + 1 };
}

/**
 * Blanks braces nested more than MAX_NESTING deep (and the braces that close them), keeping every other
 * character where it is so that spans are unchanged. Quoted text and comments are stepped over the way
 * the grammar reads them inside a skipped block; where the two could disagree, this scan counts more
 * braces rather than fewer, so it never lets through nesting the parser cannot take.
 */
export function limitNesting(text: string): { text: string; problem: SyntaxProblem | null } {
  if (text.length < MAX_NESTING) return { text, problem: null };
  let depth = 0;
  let firstTooDeep = -1;
  const blanked: number[] = [];
  const lastTriple = text.lastIndexOf('"""');
  const lastCommentEnd = text.lastIndexOf("*/");
  const n = text.length;
  // This runs over the whole text on every parse, so it jumps from one character that matters to the next.
  const nextMark = nextFinder(text, ["/", '"', "{", "}"]);
  const nextQuoteOrBreak = nextFinder(text, ['"', ...LINE_BREAKS]);
  const nextBreak = nextFinder(text, LINE_BREAKS);
  for (let i = 0; ; i++) {
    i = nextMark(i);
    if (i === Infinity) break;
    const c = text.charCodeAt(i);
    if (c === SLASH && text.charCodeAt(i + 1) === SLASH) {
      i = Math.min(nextBreak(i), n);
    } else if (c === SLASH && text.charCodeAt(i + 1) === STAR && lastCommentEnd >= i + 2) {
      i = text.indexOf("*/", i + 2) + 1;
    } else if (c === QUOTE && text.charCodeAt(i + 1) === QUOTE && text.charCodeAt(i + 2) === QUOTE && lastTriple >= i + 3) {
      i = text.indexOf('"""', i + 3) + 2;
    } else if (c === QUOTE) {
      const j = nextQuoteOrBreak(i + 1);
      if (text.charCodeAt(j) === QUOTE) i = j;
    } else if (c === OPEN) {
      depth++;
      if (depth > MAX_NESTING) {
        if (firstTooDeep < 0) firstTooDeep = i;
        blanked.push(i);
      }
    } else if (c === CLOSE) {
      if (depth > MAX_NESTING) blanked.push(i);
      if (depth > 0) depth--;
    }
  }
  if (blanked.length === 0) return { text, problem: null };
  const chars = text.split("");
  for (const i of blanked) chars[i] = " ";
  const problem = syntaxProblem(
    "ALY002",
    `Sections are nested more than ${MAX_NESTING} deep from here, so the curly brackets from this one on are not read; a document needs only a few levels, so remove the extra ones.`,
    { start: firstTooDeep, end: firstTooDeep + 1 },
  );
  return { text: chars.join(""), problem };
}

const SLASH = 47;
const STAR = 42;
const QUOTE = 34;
const OPEN = 123;
const CLOSE = 125;


function syntaxProblem(code: string, message: string, span: Span, data?: Record<string, unknown>): SyntaxProblem {
  return { code: code as SyntaxCode, message, span, ...(data ? { data } : {}) };
}

const LITERAL_CODES: Record<string, string> = { Date: "ALY004", Money: "ALY005", Percent: "ALY006", Duration: "ALY007", Str: "ALY003" };

/** Problems in source order; those at the same place keep the order they were found in. */
export function sortProblems(problems: SyntaxProblem[]): SyntaxProblem[] {
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/** The kind of document a file holds, when it is one the language knows. */
export function documentKindOf(file: FileNode): DocumentKind | null {
  return file.document && DOCUMENT_KINDS.includes(file.document.docKind as DocumentKind) ? (file.document.docKind as DocumentKind) : null;
}

/** `anyInTree` is false when the grammar built no node that reports a problem, so the tree need not be searched. */
function collectProblems(text: string, file: FileNode, anyInTree: boolean): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  if (!file.document && file.strays.length === 0 && file.comments.length === 0 && text.trim() === "") {
    // A new, empty file is a way in, not a mistake: say how to start it.
    problems.push(syntaxProblem("ALY018", "This file is empty. Start it with the kind of document and its name, such as `agreement Riverside \"Riverside Wellbeing Alliance\"`, or insert the starter agreement the editor offers.", { start: 0, end: 0 }));
  } else if (!file.document && file.strays.length === 0) {
    const onlyComments = file.comments.length > 0;
    const span = onlyComments ? file.comments[0].span : { start: 0, end: text.length };
    problems.push(
      syntaxProblem(
        "ALY009",
        onlyComments
          ? "This file holds only comments; after them, start the document with its kind and name, for example `agreement PlymouthAlliance \"Plymouth Complex Needs Alliance\"`."
          : "This file has no document in it; start it with the kind of document and its name, for example `agreement PlymouthAlliance \"Plymouth Complex Needs Alliance\"`.",
        span,
      ),
    );
  }
  problems.push(...problemsIn(anyInTree ? file : null, file.comments, documentKindOf(file)));
  return sortProblems(problems);
}

/**
 * The problems found in part of a tree (the whole file, or a run of clauses) and in the comments read
 * with it, in the order they are found, not yet sorted.
 */
export function problemsIn(root: unknown, comments: readonly Comment[], documentKind: DocumentKind | null): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  walk(root, (node: AnyNode) => {
    if (node.kind === "Error") {
      const error = node as ErrorNode;
      // A problem whose fix is not in doubt carries the text to put in its place, for the quick fix.
      const described = describeError(error, documentKind);
      const data = (error as ErrorNode & { data?: Record<string, unknown> }).data ?? described.data;
      problems.push(syntaxProblem(error.code, described.message, error.span, data));
      return;
    }
    const literalCode = LITERAL_CODES[node.kind];
    const literal = node as { error?: string | null; errorSpan?: Span; replacement?: string };
    // A literal may name a narrower span for its problem, such as the one escape that is wrong in a text,
    // and what to write there instead when that is not in doubt.
    if (literalCode && literal.error) {
      const data = literal.replacement !== undefined ? { replacement: literal.replacement } : undefined;
      problems.push(syntaxProblem(literalCode, literal.error, literal.errorSpan ?? node.span, data));
    }
  });
  for (const comment of comments) {
    if (!comment.closed) {
      problems.push(syntaxProblem("ALY003", "This comment is never closed; add `*/` where the comment ends.", { start: comment.span.start, end: comment.span.start + 2 }));
    }
  }
  return problems;
}

interface Described {
  message: string;
  /** What to write in the problem's place, where that is not in doubt. */
  data?: { replacement: string };
}

function describeError(error: ErrorNode, documentKind: DocumentKind | null): Described {
  if (error.unknownDocumentKind && error.found !== undefined) {
    const guess = closestWord(error.found, DOCUMENT_KINDS);
    const kinds = listOr(DOCUMENT_KINDS);
    return guess
      ? { message: `There is no kind of document called \`${shorten(error.found)}\`; did you mean \`${guess}\`? A file starts with ${kinds}, then the document's name.`, data: { replacement: guess } }
      : { message: `There is no kind of document called \`${shorten(error.found)}\`: a file starts with ${kinds}, then the document's name, for example \`agreement PlymouthAlliance\`.` };
  }
  if (error.found === undefined || error.message) return { message: error.message };
  return describeUnknownLine(error.found, error.unknownIn ?? "Document", documentKind);
}

/** Sections as a drafter names them, for messages about a line one of them does not recognise. */
const SECTION_NAME: Record<string, string> = {
  Purpose: "The purpose's details",
  Parties: "The `parties` section",
  Party: "A party's details",
  Roles: "The `roles` section",
  Principles: "The `principles` section",
  Values: "The `values` section",
  Definitions: "The `definitions` section",
  KeyIssues: "The `key-issues` section",
  Body: "A body",
  Risk: "The `risk` section",
  Spend: "The `spend` section",
  Learning: "The `learning` section",
  Measure: "A measure's details",
  Involvement: "The `involvement` section",
  Stages: "The `stages` section",
  Requirements: "The `requirements` section",
  Targets: "The `targets` section",
  Questions: "The `questions` section",
  Process: "The `process` section",
};

/** What a line looks like in a section that lists named things rather than keyword clauses. */
const LINE_SHAPE: Record<string, string> = {
  Parties: 'one party on each line: its name, its role and its full name, as in `PCC commissioner "Plymouth City Council"`',
  Roles: 'one role on each line: its name, its kind and its title, as in `Coordinator frontline "Support co-ordinator"`',
  Principles: 'one principle on each line: its name and its wording, as in `open-book "Open book accounting"`',
  Values: 'one value on each line: its name and its wording, as in `respect "We treat each other with respect"`',
  Definitions: 'one term on each line: the term and its meaning, as in `wilful-default "A deliberate breach"`',
  KeyIssues: 'one key issue in quotes on each line, as in `"Changes to the alliance budget"`',
  Requirements: 'one requirement on each line: its name, its wording and how it is weighed, as in `R1 "Share risk" mandatory`',
  Targets: 'one target on each line: its name and its wording, as in `T1 "Fewer evictions"`',
  Questions: 'one question on each line: its name and its wording, as in `Q1 "How will you share risk?"`',
  Involvement: 'who is involved and at which stages, as in `Voices in need, design, outcomes, review`, or `feedback`, `stories` or `safe-sharing` with a description',
};

const ALL_CLAUSE_KEYWORDS = [...new Set(Object.values(CLAUSE_KEYWORD))];
/** Each clause keyword, and those of two words also run together (`reservedfor`), for "did you mean". */
const ALL_CLAUSE_SPELLINGS = ALL_CLAUSE_KEYWORDS.flatMap((k) => (k.includes(" ") ? [k, k.replace(/ /g, "")] : [k]));

function describeUnknownLine(found: string, block: string, documentKind: DocumentKind | null): Described {
  const shown = shorten(found);
  const quoted = /^["“”]/.test(found);
  if (block === "Document") {
    const kind = documentKind ?? "agreement";
    const article = kind === "agreement" || kind === "evaluation" ? "An" : "A";
    if (quoted) return { message: "Text in quotes cannot stand on its own line; it belongs after the keyword of a clause, as in `purpose \"Adults with complex needs live well\"`." };
    const guess = closestWord(found, ALL_CLAUSE_SPELLINGS);
    if (guess) {
      const meant = fullKeyword(guess, ALL_CLAUSE_KEYWORDS);
      return { message: `${article} ${kind} has no clause \`${shown}\`; did you mean \`${meant}\`? Correct the spelling.`, data: meant.includes(" ") ? undefined : { replacement: meant } };
    }
    const examples = [...new Set(CLAUSES_BY_DOCUMENT[kind].map((k) => CLAUSE_KEYWORD[k]))].slice(0, 3);
    return { message: `${article} ${kind} has no clause \`${shown}\`. Start the line with one of its keywords, such as ${listOr(examples)}, or remove it.` };
  }
  const label = SECTION_NAME[block] ?? "This section";
  const keywords = BLOCK_KEYWORDS[block] ?? [];
  const shape = LINE_SHAPE[block];
  const holds = keywords.length > 0 ? `It holds ${listAnd(keywords)}${shape ? `, or ${shape}` : ""}.` : `It holds ${shape ?? "its own clauses"}.`;
  if (quoted && shape && keywords.length === 0 && block !== "KeyIssues") {
    return { message: `${label}: each line starts with a name, not with text in quotes. ${holds}` };
  }
  const guess = keywords.length > 0 ? closestWord(found, keywords.flatMap((k) => [k, k.split(" ")[0], k.replace(/ /g, "")])) : null;
  if (guess) {
    const meant = fullKeyword(guess, keywords);
    return { message: `${label} cannot hold \`${shown}\`; did you mean \`${meant}\`? ${holds}`, data: meant.includes(" ") ? undefined : { replacement: meant } };
  }
  return { message: `${label} cannot hold \`${shown}\`. ${holds}` };
}

/** The whole keyword a guess stands for: `reports` and `reportsto` both stand for `reports to`. */
function fullKeyword(guess: string, keywords: readonly string[]): string {
  return keywords.find((k) => k === guess || k.split(" ")[0] === guess || k.replace(/ /g, "") === guess) ?? guess;
}

function shorten(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The closest word to a misspelling, counting a swap of two neighbouring letters (`chiar` for `chair`)
 * as one slip, the commonest typing mistake. Close enough means at most one slip for every three letters.
 */
function closestWord(word: string, choices: readonly string[]): string | null {
  const lower = word.toLowerCase();
  const allowed = Math.max(1, Math.floor(word.length / 3));
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const choice of choices) {
    // Words whose lengths differ by more than the allowance cannot be close enough.
    if (Math.abs(choice.length - lower.length) > allowed) continue;
    const d = slips(lower, choice.toLowerCase());
    if (d < bestDistance) {
      best = choice;
      bestDistance = d;
    }
  }
  return best;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function slips(a: string, b: string): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length];
}

export type { Comment };
