import { SYMBOL_KIND_WORDS } from "../../vocabulary";
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
  return name.toLowerCase().replace(/[-_]/g, "");
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
  if (a === b) return false;
  const pa = plain(a);
  const pb = plain(b);
  if (pa === pb) return true;
  if (series(a, b)) return false;
  const shorter = Math.min(pa.length, pb.length);
  if (shorter < 5) return false;
  return distance(pa, pb) <= 1;
}

interface Declared {
  id: Ident;
  kind: SymbolKind;
  uri: string;
  /** The document that declares it, for messages; null for the document being checked. */
  where: string | null;
}

function declarationsOf(model: { declarations: Map<SymbolKind, Map<string, Ident[]>> }, uri: string, where: string | null): Declared[] {
  const list: Declared[] = [];
  for (const [kind, byName] of model.declarations) {
    if (!FAMILY[kind]) continue;
    for (const ids of byName.values()) for (const id of ids) list.push({ id, kind, uri, where });
  }
  return list.sort((x, y) => x.id.span.start - y.id.span.start);
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
    // Names already seen (the linked documents', then this one's in source order). Two names one slip apart
    // always share a spelling left after deleting at most one letter from each, so each name is compared only
    // with the few that share one, however long the document. Digits are masked: names that differ only in
    // their numbers are a series, never near duplicates, and a long series would otherwise fill every bucket.
    const exact = new Map<string, Declared[]>();
    const fuzzy = new Map<string, Map<string, Declared[]>>();
    const seenAt = new Map<Declared, number>();
    const remember = (declared: Declared) => {
      seenAt.set(declared, seenAt.size);
      const family = FAMILY[declared.kind];
      const name = plain(declared.id.name);
      push(exact, `${family}\u0000${name}`, declared);
      if (name.length < 5) return;
      const mask = masked(name);
      for (const variant of variants(mask)) {
        const key = `${family}\u0000${variant}`;
        const groups = fuzzy.get(key) ?? new Map<string, Declared[]>();
        push(groups, mask, declared);
        fuzzy.set(key, groups);
      }
    };
    const candidates = (declared: Declared): Declared[] => {
      const family = FAMILY[declared.kind];
      const name = plain(declared.id.name);
      const found = new Set<Declared>(exact.get(`${family}\u0000${name}`) ?? []);
      if (name.length >= 5) {
        const mask = masked(name);
        for (const variant of variants(mask)) {
          for (const [otherMask, list] of fuzzy.get(`${family}\u0000${variant}`) ?? []) {
            if (otherMask !== mask) for (const other of list) found.add(other);
          }
        }
      }
      return [...found];
    };

    for (const doc of context.linked) for (const declared of declarationsOf(doc.model, doc.uri, documentLabel(doc.model))) remember(declared);
    for (const declared of declarationsOf(context.model, context.uri, null)) {
      const twin = candidates(declared)
        .filter((other) => nearDuplicate(declared.id.name, other.id.name))
        // A body named for the people in a role (`Keyworkers` for the role `Keyworker`) is a plural, not a slip.
        .filter((other) => other.kind === declared.kind || !plural(declared.id.name, other.id.name))
        .sort((x, y) => seenAt.get(x)! - seenAt.get(y)!)[0];
      if (twin) {
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
      remember(declared);
    }
  },
};

/** One name is the other with a plural ending: `Keyworker` and `Keyworkers`, `Coach` and `Coaches`. */
function plural(a: string, b: string): boolean {
  const [short, long] = plain(a).length <= plain(b).length ? [plain(a), plain(b)] : [plain(b), plain(a)];
  return long === `${short}s` || long === `${short}es`;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A plain name with each run of digits as `#`. */
function masked(name: string): string {
  return name.replace(/\d+/g, "#");
}

/** The spelling itself and every spelling left after deleting one letter. */
function variants(name: string): Set<string> {
  const result = new Set([name]);
  for (let i = 0; i < name.length; i++) result.add(name.slice(0, i) + name.slice(i + 1));
  return result;
}
