import { SYMBOL_KIND_WORDS } from "../../vocabulary";
import type { DocumentModel } from "../../model";
import type { Ident, SymbolKind } from "../../tree";
import type { Rule } from "../rule";
import { documentLabel, READ_ACROSS, relatedIn } from "./shared";

/** Kinds of thing a reader could mistake for one another: who acts (parties, roles, bodies), and what is agreed (principles, values). */
const FAMILY: Partial<Record<SymbolKind, string>> = {
  party: "who",
  role: "who",
  body: "who",
  principle: "commitment",
  value: "commitment",
  measure: "measure",
  requirement: "requirement",
  question: "question",
  criterion: "criterion",
  target: "target",
  term: "term",
};

/** Names compared without case, hyphens or underscores: `open-book`, `openbook` and `OpenBook` are one name. */
function plain(name: string): string {
  const lower = name.toLowerCase();
  return lower.includes("-") || lower.includes("_") ? lower.replace(/[-_]/g, "") : lower;
}

/** Names that differ only by a number or a final capital letter are a numbered series (`Q1`, `Q2`; `SurvivorA`, `SurvivorB`). */
function series(a: string, b: string): boolean {
  if (a.replace(/\d+/g, "#") === b.replace(/\d+/g, "#")) return true;
  const stem = (s: string) => s.replace(/(\d+|[A-Z])$/, "");
  return stem(a) !== a && stem(a) === stem(b) && stem(a) !== "";
}

/** Edits between two words, counting two swapped neighbouring letters as one. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * Whether two different names look like spellings of one name: the same apart from case, hyphens and
 * underscores, or (for names of five letters or more) one slip apart: a letter added, left out, changed or
 * swapped with its neighbour.
 */
export function nearDuplicate(a: string, b: string): boolean {
  return nearDuplicateSpelt(a, b, plain(a), plain(b));
}

/** `nearDuplicate`, given each name's plain spelling (see `plain`). */
function nearDuplicateSpelt(a: string, b: string, pa: string, pb: string): boolean {
  if (a === b) return false;
  if (pa === pb) return true;
  // Names whose lengths differ by more than one are more than one slip apart: no need to ask more.
  if (Math.min(pa.length, pb.length) < 5 || Math.abs(pa.length - pb.length) > 1) return false;
  if (series(a, b)) return false;
  return distance(pa, pb) <= 1;
}

interface Declared {
  id: Ident;
  kind: SymbolKind;
  uri: string;
  /** The document that declares it, for messages; null for the document being checked. */
  where: string | null;
}

function declarationsOf(model: DocumentModel, uri: string, where: string | null): Declared[] {
  const list: Declared[] = [];
  for (const id of model.declarationOrder) if (FAMILY[id.decl!]) list.push({ id, kind: id.decl!, uri, where });
  return list;
}

export const nearDuplicateNames: Rule = {
  code: "ALY069",
  name: "near-duplicate-names",
  title: "Two names for the same kind of thing differ only by a slip, such as `open-book` and `openbook`",
  severity: "info",
  grounds: "suggestion",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "Two nearly identical names for a body, a measure or a principle leave a reader unsure whether they are one thing or two, and the documents no longer read across.",
  rationale:
    "The tender documents and the agreement must read across (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge), and two nearly identical names for a body, a measure or a principle leave a reader unsure whether they are one thing or two. " +
    "The check compares each name this document declares with the names declared earlier in it and in the documents it is written for, among things that can be mistaken for one another (parties, roles and bodies; principles and values; or two of the same kind). " +
    "Names count as near duplicates when they are the same apart from case, hyphens and underscores, or one typing slip apart; numbered series such as `Q1` and `Q2` are left alone, and so is a body named for the people in a role (`Keyworkers` and the role `Keyworker`). It is a heuristic on spelling, so it cannot tell that `Alliance Board` and `Alliance Leadership Team` mean the same body.",
  guidance: [{ id: "R10.11", ...READ_ACROSS }],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  principles {\n    open-book "Our books are open to each other"\n    openbook "We share our accounts in full"\n  }\n}\n',
    right: 'agreement Example "Example alliance" {\n  principles {\n    open-book "Our books are open to each other, and we share our accounts in full"\n    unanimous "We decide every key issue unanimously"\n  }\n}\n',
  },
  check(context) {
    // Names in the order they are read: the linked documents', then this one's in source order. Each of
    // this document's names is compared with those read before it.
    const order: Declared[] = [];
    for (const doc of context.linked) order.push(...declarationsOf(doc.model, doc.uri, documentLabel(doc.model)));
    const own = order.length;
    order.push(...declarationsOf(context.model, context.uri, null));
    const twins = twinsOf(order, own);
    for (let at = own; at < order.length; at++) {
      const declared = order[at];
      if (twins[at - own] < 0) continue;
      const twin = order[twins[at - own]];
      const what = SYMBOL_KIND_WORDS[twin.kind];
      const place = twin.where ? `in ${twin.where}` : "above";
      context.report({
        span: declared.id.span,
        message:
          `The ${SYMBOL_KIND_WORDS[declared.kind]} \`${declared.id.name}\` has nearly the same name as the ${what} \`${twin.id.name}\` ${place}. ` +
          "If they are the same, use one name; if not, choose names that cannot be confused.",
        related: [relatedIn(context, twin.uri, twin.id.span, `the ${what} \`${twin.id.name}\``)],
        data: { name: declared.id.name, similarTo: twin.id.name },
      });
    }
  },
};

/**
 * For each name from `own` on, where in `order` its earliest near duplicate is, or -1. Which names are
 * twins depends only on the kinds and names in the order read, which most keystrokes leave as they were,
 * so the answers for the last few lists are kept and found again by comparing the lists.
 */
function twinsOf(order: readonly Declared[], own: number): Int32Array {
  // The names of clauses a reparse kept are the very strings compared last time, which compare at once.
  const kinds: string[] = new Array(order.length);
  const names: string[] = new Array(order.length);
  for (let at = 0; at < order.length; at++) {
    kinds[at] = order[at].kind;
    names[at] = order[at].id.name;
  }
  const known = RECENT_TWINS.find((entry) => entry.own === own && sameStrings(entry.names, names) && sameStrings(entry.kinds, kinds));
  if (known) return known.twins;
  const index = new NameIndex(order);
  const twins = new Int32Array(order.length - own);
  for (let at = own; at < order.length; at++) {
    twins[at - own] = index.earliestTwin(at);
  }
  RECENT_TWINS.unshift({ kinds, names, own, twins });
  if (RECENT_TWINS.length > RECENT_LIMIT) RECENT_TWINS.pop();
  return twins;
}

/** The twins of the lists of names checked last (a few, for a few documents open at once), newest first. */
const RECENT_TWINS: { kinds: string[]; names: string[]; own: number; twins: Int32Array }[] = [];
const RECENT_LIMIT = 4;

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether `other`, read before `declared`, is its near duplicate; each is given with its plain spelling. */
function twinOf(declared: Declared, spelt: string, other: Declared, otherSpelt: string): boolean {
  if (!nearDuplicateSpelt(declared.id.name, other.id.name, spelt, otherSpelt)) return false;
  // A body named for the people in a role (`Keyworkers` for the role `Keyworker`) is a plural, not a slip.
  return other.kind === declared.kind || !plural(spelt, otherSpelt);
}

/** A neighbouring spelling with at most this many names is compared name by name; a longer one is indexed. */
const COMPARE_DIRECTLY = 16;

/**
 * The names, indexed so that each is compared only with names it could be a slip of. Names are compared
 * within a family, without case, hyphens or underscores. Two names that are one slip apart share a spelling
 * left after deleting at most one letter from each; with each run of digits masked as `#`, names that differ
 * only in their numbers share a mask and are a series, never near duplicates. So the masks are indexed by
 * those spellings once each (a long series has one mask), and a name is compared only with the names whose
 * mask neighbours its own, plus those spelt the same.
 */
/** One family's names (see `FAMILY`), indexed. */
interface Family {
  /** By plain spelling: the first name read, and the first read with a different spelling as written. */
  spelt: Map<string, { first: number; other?: number }>;
  /** By mask: the names of five letters or more, in the order read. */
  masked: Map<string, number[]>;
  /** By mask: the other masks one slip away. */
  neighbours: Map<string, string[]>;
  /** By mask, built when first needed: that mask's names by each spelling one deletion away. */
  byVariant: Map<string, Map<string, number[]>>;
}

class NameIndex {
  private readonly family: Family[] = [];
  private readonly plain: string[] = [];
  private readonly mask: string[] = [];

  constructor(private readonly order: readonly Declared[]) {
    const families = new Map<string, Family>();
    for (let at = 0; at < order.length; at++) {
      const declared = order[at];
      const key = FAMILY[declared.kind]!;
      let family = families.get(key);
      if (!family) families.set(key, (family = { spelt: new Map(), masked: new Map(), neighbours: new Map(), byVariant: new Map() }));
      const name = plain(declared.id.name);
      const mask = masked(name);
      this.family.push(family);
      this.plain.push(name);
      this.mask.push(mask);
      const seen = family.spelt.get(name);
      if (!seen) family.spelt.set(name, { first: at });
      else if (seen.other === undefined && order[seen.first].id.name !== declared.id.name) seen.other = at;
      if (name.length >= 5) push(family.masked, mask, at);
    }
    // Masks are matched by a hash of each spelling one deletion away rather than by the spelling itself,
    // which saves building and hashing every such string: two masks whose hashes agree by chance are only
    // compared name by name for nothing, since every pair found is then checked with `twinOf`. The hashes
    // are sorted, each with its mask's place, so that masks sharing one are next to each other.
    for (const family of families.values()) {
      const masks = [...family.masked.keys()];
      const places = masks.length;
      const keys: number[] = [];
      for (let m = 0; m < places; m++) for (const hash of variantHashes(masks[m])) keys.push((hash >>> 0) * places + m);
      const sorted = Float64Array.from(keys).sort();
      const near: (Set<string> | undefined)[] = [];
      for (let from = 0; from < sorted.length; ) {
        const hash = Math.floor(sorted[from] / places);
        let to = from + 1;
        while (to < sorted.length && Math.floor(sorted[to] / places) === hash) to++;
        for (let a = from; to - from > 1 && a < to; a++) {
          const m = sorted[a] % places;
          for (let b = from; b < to; b++) if (sorted[b] % places !== m) (near[m] ??= new Set()).add(masks[sorted[b] % places]);
        }
        from = to;
      }
      for (let m = 0; m < places; m++) if (near[m]) family.neighbours.set(masks[m], [...near[m]!]);
    }
  }

  /** Where the first name read before the one at `at` that is its near duplicate is, or -1. */
  earliestTwin(at: number): number {
    const declared = this.order[at];
    const family = this.family[at];
    const name = this.plain[at];
    // Spelt the same apart from case, hyphens and underscores: the first so spelt that is written differently.
    const seen = family.spelt.get(name)!;
    const same = this.order[seen.first].id.name !== declared.id.name ? seen.first : seen.other;
    let best = same !== undefined && same < at ? same : at;
    if (name.length < 5) return best < at ? best : -1;
    const near = family.neighbours.get(this.mask[at]);
    if (!near) return best < at ? best : -1;
    for (const mask of near) {
      const names = family.masked.get(mask)!;
      if (names[0] >= best) continue;
      const candidates = names.length <= COMPARE_DIRECTLY ? names : this.oneDeletionFrom(family, mask, name);
      for (const other of candidates) {
        if (other >= best) break;
        if (twinOf(declared, name, this.order[other], this.plain[other])) best = other;
      }
    }
    return best < at ? best : -1;
  }

  /** The names with this mask that share a spelling with `name` after deleting at most one letter from each, in the order read. */
  private oneDeletionFrom(family: Family, mask: string, name: string): number[] {
    let index = family.byVariant.get(mask);
    if (!index) {
      const built = new Map<string, number[]>();
      for (const at of family.masked.get(mask)!) for (const variant of variants(this.plain[at])) push(built, variant, at);
      family.byVariant.set(mask, (index = built));
    }
    const found = new Set<number>();
    for (const variant of variants(name)) for (const at of index.get(variant) ?? []) found.add(at);
    return [...found].sort((x, y) => x - y);
  }
}

/** One name is the other with a plural ending: `Keyworker` and `Keyworkers`, `Coach` and `Coaches`; given their plain spellings. */
function plural(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A 32-bit hash of the spelling itself and of every spelling left after deleting one letter (as `variants`
 * lists them): a polynomial hash of the letters, so that the same spelling always has the same hash.
 */
function variantHashes(name: string): number[] {
  const n = name.length;
  // before[i]: the hash of the first i letters; after[i]: of the letters from i on, as if they ended a spelling.
  const before = new Array<number>(n + 1);
  const after = new Array<number>(n + 1);
  const power = new Array<number>(n + 1);
  before[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    before[i + 1] = (Math.imul(before[i], HASH_BASE) + name.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i], HASH_BASE);
  }
  after[n] = 0;
  for (let i = n - 1; i >= 0; i--) after[i] = (Math.imul(name.charCodeAt(i), power[n - 1 - i]) + after[i + 1]) | 0;
  const result = [before[n]];
  for (let i = 0; i < n; i++) if (i === 0 || name[i] !== name[i - 1]) result.push((Math.imul(before[i], power[n - 1 - i]) + after[i + 1]) | 0);
  return result;
}

const HASH_BASE = 1_000_003;

/** A plain name with each run of digits as `#`. */
function masked(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 48 && c <= 57) return name.replace(/\d+/g, "#");
  }
  return name;
}

/** The spelling itself and every spelling left after deleting one letter, each once (deleting any letter of a run of one letter spells the same). */
function variants(name: string): string[] {
  const result = [name];
  for (let i = 0; i < name.length; i++) if (i === 0 || name[i] !== name[i - 1]) result.push(name.slice(0, i) + name.slice(i + 1));
  return result;
}
