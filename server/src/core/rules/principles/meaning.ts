// What the agreement's principles commit the alliance to, read from their wording as an adviser reads it,
// not from their short names alone. Every rule that asks "does a principle promise this?" reads it here:
// unanimity (and for which subjects), learning rather than targets, no fault and no blame (and its
// exceptions), collective risk, open books, decisions best for people, the best person for each key role,
// and the values and behaviours.
//
// The reading is deliberately cautious: a hedged aim ("we aim for consensus where possible") commits the
// parties to nothing a majority-vote fallback breaks, and a negated one ("decisions need not be unanimous")
// commits them to the opposite.

import type { DocumentModel } from "../../model";
import type { PrincipleNode, PrinciplesNode } from "../../tree";
import { itemsOf } from "../../tree";
import { perModel, perModelAndKey } from "../per-model";

/** What a unanimity commitment covers: every decision, or the named kinds of decision. */
export type UnanimityScope = "everything" | "key-issues" | "spend" | "membership" | "strategy";

export interface PrincipleMeaning {
  principle: PrincipleNode;
  /** The decisions the principle says everyone must agree to; absent when it promises no unanimity. */
  unanimity?: UnanimityScope[];
  /** The principle says those decisions are taken by all the parties (not only by whoever sits on a board). */
  byAllParties?: boolean;
  /** The principle says the alliance uses measures to learn, not as targets or for payment. */
  learningNotTargets?: boolean;
  /** The principle commits the parties to no fault and no blame; `exceptions` as worded (empty if none). */
  noFaultNoBlame?: { exceptions: string[] };
  collectiveRisk?: boolean;
  openBook?: boolean;
  bestForPeople?: boolean;
  bestPerson?: boolean;
  valuesAndBehaviours?: boolean;
}

/** Lower case, curly quotes and dashes made plain, hyphens and punctuation as spaces, padded with spaces. */
export function plainWords(text: string): string {
  let lower = text.toLowerCase();
  // Most wording is plain ASCII, where letters and numbers are exactly `a-z` and `0-9` once lower-cased:
  // the Unicode classes, much slower to match, are needed only for the rest.
  const ascii = ASCII_ONLY.test(lower);
  if (!ascii) lower = lower.replace(/[‘’ʼ]/g, "'");
  // Most wording has no apostrophe, and then neither "n't" nor an apostrophe to drop.
  const apostrophe = lower.includes("'");
  if (apostrophe) lower = lower.replace(/n't\b/g, " not");
  const spaced = ascii ? lower.replace(/[^a-z0-9']+/g, " ") : lower.replace(/[^\p{L}\p{N}']+/gu, " ");
  return ` ${(apostrophe ? spaced.replace(/'/g, "") : spaced).trim()} `;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Words that make a commitment an aim, a preference or a default rather than a rule. */
const HEDGED =
  / (aim|aims|aiming|seek|seeks|try|tries|strive|strives|endeavour|endeavours|hope|hopes|prefer|prefers|preferably|ideally|normally|usually|generally|typically|wherever possible|where possible|if possible|as far as possible|so far as possible|when possible|where practicable|if practicable|work towards|working towards|encourage|encouraged|in principle) /;

/** Words that deny a commitment ("need not be unanimous", "do not have to agree", "not always"). */
const NEGATED = / (not|never|no need|nor|neither) ((have|has|need|needs|be|always|to|require|required|necessarily|all|every) ){0,4}/;

/** A unanimity commitment in words. Each is tested on plain words (see `plainWords`). */
const UNANIMITY_WORDING: RegExp[] = [
  / unanim(ous|ously|ity) /,
  / (by|through|on|of|with) consensus /,
  / consensus (decision|decisions|based|basis|model|approach) /,
  / (reach|reaches|reached|reaching) consensus /,
  / (decisions?|decide|decided|decides|agree|agreed) (are |is |will be |must be |shall be )?(made |taken |reached |agreed )?(together|jointly|collectively|as one|in common) /,
  / (make|take|reach|makes|takes) (all |every |each |our |key )*(decisions?|issues?) (together|jointly|collectively) /,
  / (agreed|agreement|consent|approval) (of|by|from) (all|every|each|everyone|everybody) /,
  / (all|every|each) (of the |the )?(parties|party|members?|partners?|participants?|organisations?) (must |shall |will |has to |have to )?(agree|agrees|consent|consents|approve|approves) /,
  / (everyone|everybody|all of us) (must |shall |will |has to |have to )?(agree|agrees|consent) /,
  / (taken|made|decided|agreed|reached) (jointly |together )?by (all|every|each) (of )?(the )?(parties|party|partners?|members?|participants?|organisations?) /,
  / (when|if|unless) (all|everyone|everybody|every party|all parties|all the parties|all partners|every member|all members) (agree|agrees|consent|consents) /,
  / (no one|no party|no member|nobody|no partner|none of us|no organisation) (is|can be|will be|shall be|may be|gets|get|is ever) (ever )?outvoted /,
  / (no|without|never) (a |any )?(vote|votes|voting) /,
  / (do not|never|will not|shall not|does not) vote /,
];

/**
 * Words at least one of which every unanimity wording above holds: a text with none of them promises no
 * unanimity, and is not tried against each wording.
 */
const UNANIMITY_HINT = /unanim|consensus|together|jointly|collectively| as one | in common |agree|consent|approv|vot| by (all|every|each) /;

/** Wording that a decision is taken by a vote: a principle that says so promises no unanimity. */
const VOTE_WORDING_ANY = / (majority|weighted vote|casting vote|by a vote|by vote|put to a vote) /;

/** A vote the wording allows; "no vote and no casting vote" rules votes out rather than allowing them. */
const VOTE_WORDING = {
  test: (words: string) => VOTE_WORDING_ANY.test(words.replace(/ (no|without|never|not|nor) (a |any |the )?(majority |weighted |casting )?(vote|votes|voting) /g, " ")),
};

function unanimityScope(words: string): UnanimityScope[] {
  const scopes = new Set<UnanimityScope>();
  if (/ (every|all|each|any) (of our |our |the )?(decisions?|matters?|issues?|questions?) /.test(words) || / everything /.test(words)) scopes.add("everything");
  if (/ (key|major|important|significant|material|big|main) (issues?|decisions?|matters?|questions?) /.test(words)) scopes.add("key-issues");
  if (/ (spend|spends|spending|budgets?|money|funds?|funding|resources?|finances?|financial) /.test(words)) scopes.add("spend");
  if (/ (membership|new (members?|parties|partners?)|joining|join|leaving|leave|admit|admitting|admission|exit) /.test(words)) scopes.add("membership");
  if (/ (strateg(y|ic|ies)|direction|priorities) /.test(words)) scopes.add("strategy");
  // "everything" covers all the rest.
  return scopes.has("everything") ? ["everything"] : [...scopes];
}

/** Whether the words commit the parties to unanimity: a plain statement, not an aim, a denial or a vote. */
function promisesUnanimity(words: string): boolean {
  if (!UNANIMITY_HINT.test(words)) return false;
  let hit: RegExpExecArray | null = null;
  for (const pattern of UNANIMITY_WORDING) if ((hit = pattern.exec(words))) break;
  if (!hit) return false;
  if (HEDGED.test(words)) return false;
  // "no vote" and "no one is outvoted" are themselves negative; any other negation before the hit denies it.
  const before = words.slice(0, hit.index + 1);
  const selfNegative = /^ (no|without|never|do not|will not|shall not|does not) /.test(hit[0]);
  if (!selfNegative && NEGATED.test(before.slice(-40) + " ")) return false;
  if (/ not (all|every|always) /.test(words)) return false;
  if (VOTE_WORDING.test(words) && !selfNegative) return false;
  return true;
}

const LEARNING_WORDING: RegExp[] = [
  / (measures?|data|figures|numbers|information|results|outcomes?|metrics?|indicators?) (are |is |will be |shall be )?(used |collected |gathered )?(only |solely )?(to|for) (learn|learning) /,
  / (learn|learning) (from (the )?(data|measures?|results|figures)|not|rather than|instead of) /,
  / (no|not|never|without) (performance )?(targets?|kpis?|key performance indicators) /,
  / (rather than|instead of|not) (to )?(performance manage|manage performance|judge|judging|punish|penalise|rank) /,
  / (not|never) (used )?(as|for) (a )?(targets?|payment|sanctions?|penalt(y|ies)|ranking) /,
  / (no|not|never|without) ((\w+ ){0,5})(by |with |through |on |set |any )?(performance |output |outcome |or )*(targets?|kpis?) /,
  / (rather than|instead of) ((\w+ ){0,3})(by |with |through |on |to )?(performance |output |outcome )*(targets?|kpis?) /,
];

function promisesLearning(words: string): boolean {
  if (!/ (learn|learning|targets?|kpis?|measures?|data|performance) /.test(words)) return false;
  if (!LEARNING_WORDING.some((pattern) => pattern.test(words))) return false;
  return !/ (aim|aims|seek|seeks|try|tries|where possible|wherever possible|as far as possible|mainly|mostly|largely|primarily) /.test(words);
}

/** The exceptions a no-fault-no-blame principle states: the words after "except", "other than" or "save". */
function statedExceptions(text: string): string[] {
  const match = /\b(?:except(?:\s+(?:for|in))?|other\s+than|save\s+(?:for|in)|excluding|apart\s+from|unless)\b([^.;]*)/i.exec(text);
  if (!match) return [];
  return match[1]
    .replace(/[()"“”]/g, " ")
    .split(/,|\bor\b|\band\b/i)
    .map((s) => s.replace(/\b(?:very|limited|cases?|of|the|in|a|an|narrow|where|there\s+is|is)\b/gi, " ").replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 0);
}

function read(principle: PrincipleNode, words = plainWords(principle.text.value)): PrincipleMeaning {
  const name = principle.name.name.toLowerCase();
  const meaning: PrincipleMeaning = { principle };

  // Unanimity: by wording, or by a name that says so when the wording says nothing to the contrary.
  // A commitment in words with no subject ("we decide by consensus") covers every decision; a principle
  // that is only named `unanimous` or `consensus` is read in Plymouth's sense, as covering key issues.
  const named = /^(unanim|consensus)/.test(name);
  if (promisesUnanimity(words)) {
    const scope = unanimityScope(words);
    meaning.unanimity = scope.length > 0 ? scope : ["everything"];
  } else if (named && !HEDGED.test(words) && !VOTE_WORDING.test(words) && !/ not /.test(words)) {
    const scope = unanimityScope(words);
    meaning.unanimity = scope.length > 0 ? scope : ["key-issues"];
  }
  // "Taken by all the parties together" says who decides, not only that those deciding must agree.
  if (meaning.unanimity && / (taken|made|decided|reached) (jointly |together )?by all (of )?(the )?(parties|partners|members|participants|organisations) | all (of )?the (parties|partners|participants|organisations) (together|jointly) /.test(words)) meaning.byAllParties = true;

  if (promisesLearning(words) || (/^(learning|learn)-(not|before|over|rather)/.test(name) && !HEDGED.test(words))) meaning.learningNotTargets = true;

  // Each wording below holds a word tested first with `includes`, much cheaper than the patterns, which
  // most principles would fail: a principle without that word is not tried against them.
  const blame = words.includes("blame");
  if (/^no-(fault|blame)/.test(name) || ((blame || words.includes("fault")) && / no (fault|blame) /.test(words)) || (blame && (/ (not|never) (blame|apportion blame) /.test(words) || / without blame /.test(words)))) {
    meaning.noFaultNoBlame = { exceptions: statedExceptions(principle.text.value) };
  }
  if (/^(collective|shared|joint)-(risk|responsibility)/.test(name) || (/ risks? /.test(words) && / (collective|collectively|jointly|joint|shared|share|together) /.test(words))) meaning.collectiveRisk = true;
  const books = words.includes("book");
  const accounts = words.includes("accounts");
  if ((books || accounts || words.includes("finances")) && / (share|sharing|open) (all )?(our |their |its )?(\w+ )?(accounts|books|finances) (for|with|between|to) /.test(words)) meaning.openBook = true;
  if (/^open-book/.test(name) || ((books || accounts) && / open (book|books) | (books|accounts) (are |will be |shall be |stay |remain )?open /.test(words)) || (words.includes("transparen") && / transparen(t|cy) (in all|about all) /.test(words))) meaning.openBook = true;
  // "best for survivors", "best for the older person": anyone but an organisation.
  if (/^best-for-/.test(name) || ((words.includes("decid") || words.includes("decis")) && / (decide|decides|decided|decision|decisions) /.test(words) && / ((good|better|best|right) (life|lives|outcome|outcomes|thing) for|what (matters|helps|works)( most)?( to| for)?) (the |each |every )?(\w+ )?(person|people|peoples|individual|individuals|child|children|family|families) /.test(words)) || (words.includes("best for ") && / best for (?!(us|our|any|one|each|the|an|a|its|their) ?(own )?(organisation|organisations|provider|providers|commissioner|council|budget|money)\b)/.test(words))) meaning.bestForPeople = true;
  if (/^best-person/.test(name) || (words.includes("best person") && / best person /.test(words))) meaning.bestPerson = true;
  if (/^values-and-behaviou?rs/.test(name) || (words.includes("values") && / values (and )?behaviou?rs /.test(words))) meaning.valuesAndBehaviours = true;
  return meaning;
}

/** What each of the agreement's principles commits the alliance to, in source order. */
export const principleMeanings = perModel((model: DocumentModel): PrincipleMeaning[] =>
  model.clauses("Principles").flatMap((block) =>
    model.perClause(MEANINGS, block, (b) => {
      const words = wordsOfBlock(model, b);
      return itemsOf(b.items).map((principle, i) => read(principle, words[i]));
    })));

/** Each of the agreement's principles in plain words (see `plainWords`), in source order. */
export const principleWords = perModel((model: DocumentModel): string[] => model.clauses("Principles").flatMap((block) => wordsOfBlock(model, block)));

// A principle's words and meaning come from its own text alone, and a reparse keeps every principles
// block it did not read again: so each block's are worked out once, not once per keystroke.
const WORDS = {};
const MEANINGS = {};

function wordsOfBlock(model: DocumentModel, block: PrinciplesNode): string[] {
  return model.perClause(WORDS, block, (b) => itemsOf(b.items).map((principle) => plainWords(principle.text.value)));
}

/** What one principle's wording commits to (for tests and hovers). */
export function meaningOf(principle: PrincipleNode): PrincipleMeaning {
  return read(principle);
}

type Flag = "learningNotTargets" | "collectiveRisk" | "openBook" | "bestForPeople" | "bestPerson" | "valuesAndBehaviours";

/** The principles that make a commitment. */
export const principlesThat: (model: DocumentModel, flag: Flag | "unanimity" | "noFaultNoBlame") => PrincipleMeaning[] = perModelAndKey((model, flag) =>
  principleMeanings(model).filter((m) => m[flag] !== undefined && m[flag] !== false));

/** The words each scope of unanimity covers in a `decides` subject. */
const SUBJECT_SCOPE: Record<Exclude<UnanimityScope, "everything">, RegExp> = {
  "key-issues": /^(key-issues?|key-decisions?|major-decisions?|all|everything|every-decision|all-decisions)$/,
  spend: /(spend|budget|money|fund|resource|financ|allocat|grant|purchas|procure)/,
  membership: /(member|join|leav|admi|exit|parties|partner)/,
  strategy: /(strateg|direction|priorit|plan)/,
};

/** How a unanimity scope reads in a sentence. */
export const SCOPE_WORDS: Record<UnanimityScope, string> = {
  everything: "all decisions",
  "key-issues": "key issues",
  spend: "spending decisions",
  membership: "decisions on membership",
  strategy: "decisions on strategy",
};

/**
 * The agreement's `key-issues` list in plain words (see `plainWords`), one item a line: a subject is
 * listed as a key issue when its stem starts a word in one item, and no stem holds a line break.
 */
const keyIssueWords = perModel((model: DocumentModel): string =>
  model.clauses("KeyIssues").flatMap((block) => itemsOf(block.items).map((item) => plainWords(item.text.value))).join("\n"));

type UnanimityOver = { meaning: PrincipleMeaning; scope: UnanimityScope } | undefined;

/**
 * The principle, if any, that promises unanimity on decisions of this subject (the word after `decides`),
 * and which scope covers it. A subject the agreement's `key-issues` list names counts as a key issue.
 * Bodies decide a handful of subjects between them: each is looked up once per document.
 */
export const unanimityFor: (model: DocumentModel, subject: string) => UnanimityOver = perModelAndKey(findUnanimity);

function findUnanimity(model: DocumentModel, subject: string): UnanimityOver {
  const principles = principlesThat(model, "unanimity");
  if (principles.length === 0) return undefined;
  const s = subject.toLowerCase();
  const everySubject = /^(all|everything|every-decision|all-decisions|any|anything)$/.test(s);
  const stem = s.replace(/-/g, " ").replace(/(ing|s)$/, "");
  const listedAsKey = stem.length >= 4 && keyIssueWords(model).includes(` ${stem}`);
  for (const meaning of principles) {
    for (const scope of meaning.unanimity!) {
      if (scope === "everything" || everySubject) return { meaning, scope };
      if (SUBJECT_SCOPE[scope].test(s)) return { meaning, scope };
      if (scope === "key-issues" && listedAsKey) return { meaning, scope };
    }
  }
  return undefined;
}
