import { source } from "../../guidance/sources";
import type { RelatedLocation } from "../../problem";
import type { PartyNode, Str } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { spanWithin } from "../purpose/text";

/** Words that open an exemption: "except PCC", "other than the commissioner", "does not apply to CCG". */
const EXEMPTING =
  /\b(?:except(?:\s+for)?|excepting|other\s+than|excluding|apart\s+from|save\s+for|with\s+the\s+exception\s+of|but\s+not|not\s+including|(?:does|do|shall|will)\s+not\s+(?:apply|extend)\s+to|not\s+binding\s+on)\s+(?:by\s+)?(?:the\s+)?/gi;

/** `EXEMPTING` without the global flag, to ask cheaply whether a text holds any such wording at all. */
const EXEMPTING_ANYWHERE = new RegExp(EXEMPTING.source, "i");

/** Words after a party's name that exempt it: "PCC is exempt", "the commissioner is not bound". */
const EXEMPT_AFTER = /^\s+(?:is|are|shall\s+be|will\s+be)\s+(?:exempt|excluded|not\s+bound)\b/i;

const ROLE_WORDS: Record<string, RegExp> = {
  commissioner: /^commissioners?(?![\p{L}\p{N}_'’-])/iu,
  funder: /^funders?(?![\p{L}\p{N}_'’-])/iu,
  provider: /^providers?(?![\p{L}\p{N}_'’-])/iu,
  lead: /^lead(?:\s+partner)?(?![\p{L}\p{N}_'’-])/iu,
};

/** True when a name ends at `rest[length]`: no more letters follow, and it is not a possessive ("PCC's"). */
function endsHere(rest: string, length: number): boolean {
  return !/^[\p{L}\p{N}_'’-]/u.test(rest.slice(length));
}

interface Hit {
  start: number;
  end: number;
  parties: PartyNode[];
  said: string;
}

/** The parties as `partyAt` looks for them, worked out once per check: each one's names, and who holds each role word. */
interface PartyNames {
  named: { party: PartyNode; short: string; title: string | undefined; lowerTitle: string | undefined }[];
  /**
   * The places in `named` of the parties whose short name starts with a given character (keyed `s` and the
   * character) or whose lower-case full name does (`t` and the character): a text can start with no other.
   */
  byFirst: Map<string, number[]>;
  /** Every place in `named`, for a party with an empty short name (which starts every text). */
  all?: number[];
  /** In the order of `ROLE_WORDS`. */
  roles: { pattern: RegExp; holders: PartyNode[] }[];
}

function partyNamesOf(parties: PartyNode[]): PartyNames {
  const named = parties.map((party) => {
    const title = party.title?.value.trim();
    return { party, short: party.name.name, title, lowerTitle: title?.toLowerCase() };
  });
  const roles = Object.entries(ROLE_WORDS).map(([role, pattern]) => ({ pattern, holders: parties.filter((p) => p.roles.some((r) => r.word === role)) }));
  const byFirst = new Map<string, number[]>();
  const add = (key: string, at: number) => {
    const list = byFirst.get(key);
    if (list) list.push(at);
    else byFirst.set(key, [at]);
  };
  named.forEach(({ short, title, lowerTitle }, at) => {
    if (short) add(`s${short[0]}`, at);
    if (title) add(`t${lowerTitle![0]}`, at);
  });
  const all = named.some((n) => n.short === "") ? named.map((_, at) => at) : undefined;
  return { named, roles, byFirst, all };
}

const NONE: readonly number[] = [];

/** The places in `named` of the parties whose name or full name could start `rest`, in order (see `byFirst`). */
function candidatesFor(rest: string, lower: string, parties: PartyNames): readonly number[] {
  if (parties.all) return parties.all;
  if (rest === "") return NONE;
  const byShort = parties.byFirst.get(`s${rest[0]}`) ?? NONE;
  const byTitle = parties.byFirst.get(`t${lower[0]}`) ?? NONE;
  if (byTitle.length === 0) return byShort;
  if (byShort.length === 0) return byTitle;
  const merged: number[] = [];
  let a = 0;
  let b = 0;
  while (a < byShort.length || b < byTitle.length) {
    const next = b >= byTitle.length || (a < byShort.length && byShort[a] <= byTitle[b]) ? byShort[a++] : byTitle[b++];
    if (merged[merged.length - 1] !== next) merged.push(next);
  }
  return merged;
}

/** The party (or parties, for a role word) that `rest` starts with, and how long the name is. */
function partyAt(rest: string, parties: PartyNames): { length: number; parties: PartyNode[] } | null {
  const lower = rest.toLowerCase();
  // Only a party whose name or full name starts with the text's first character can match: the others are not tried.
  for (const at of candidatesFor(rest, lower, parties)) {
    const { party, short, title, lowerTitle } = parties.named[at];
    if (rest.startsWith(short) && endsHere(rest, short.length)) return { length: short.length, parties: [party] };
    if (title && lower.startsWith(lowerTitle!) && endsHere(rest, title.length)) {
      return { length: title.length, parties: [party] };
    }
  }
  for (const { pattern, holders } of parties.roles) {
    const match = pattern.exec(rest);
    if (match && holders.length > 0) return { length: match[0].length, parties: holders };
  }
  return null;
}

/** The exemptions a text makes; `parties` gives the parties' names, worked out only when a text needs them. */
function exemptions(text: string, parties: () => PartyNames): Hit[] {
  const hits: Hit[] = [];
  // Most texts hold no exempting wording: asked once, without `matchAll`'s copy of the pattern.
  if (EXEMPTING_ANYWHERE.test(text)) for (const match of text.matchAll(EXEMPTING)) {
    const after = match.index! + match[0].length;
    const found = partyAt(text.slice(after), parties());
    if (found) hits.push({ start: match.index!, end: after + found.length, parties: found.parties, said: text.slice(match.index!, after + found.length) });
  }
  // "PCC is exempt": look for a party name, or "the commissioner", followed by words that exempt it.
  // Only texts that say "exempt", "excluded" or "not bound" at all can hold one, so the rest are skipped.
  if (!/\b(?:exempt|excluded|not\s+bound)\b/i.test(text)) return hits.sort((a, b) => a.start - b.start);
  for (let i = 0; i < text.length; i++) {
    if (i > 0 && /[\p{L}\p{N}_-]/u.test(text[i - 1])) continue;
    const found = partyAt(text.slice(i), parties());
    if (!found) continue;
    const tail = EXEMPT_AFTER.exec(text.slice(i + found.length));
    if (!tail) continue;
    const end = i + found.length + tail[0].length;
    if (!hits.some((h) => h.start <= i && i < h.end)) hits.push({ start: i, end, parties: found.parties, said: text.slice(i, end) });
  }
  return hits.sort((a, b) => a.start - b.start);
}

export const partyExempted: Rule = {
  code: "ALY305",
  name: "party-exempted-from-principles",
  title: "A principle or value exempts one of the parties",
  severity: "warning",
  grounds: "departure",
  topic: "Principles, values and behaviours",
  basis: "direct",
  why:
    "Values hold only when every organisation shares them, and the commissioner's own conduct frames every relationship in the alliance. A principle that exempts one party, most often the commissioner, undoes that.",
  rationale:
    "IVAR's study found it essential that values are shared across organisations rather than held by a few, and Exploring the New World " +
    "finds that how funders and commissioners behave frames how every relationship in the system is understood. A principle or value that " +
    "exempts a party, by wording such as \"except\", \"other than\", \"excluding\", \"apart from\" or \"does not apply to\" before a " +
    "party's name, full name or role, or that calls a party \"exempt\" or \"not bound\", leaves that party outside the alliance's commitments.",
  guidance: [
    { id: "R3.5", ...source("TPC", "Alignment of strong value base", "shared across organisations and sectors") },
    { id: "R3.5", ...source("ENW", "Systems: funders' and commissioners' behaviour frames relationships", "behaviour frames how relationships in the system are viewed") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  principles {\n    open-book "Every party keeps open books, except PCC"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  principles {\n    open-book "Every party, including PCC, keeps open books"\n  }\n}\n',
  },
  check(context) {
    const parties = context.model.parties();
    if (parties.length === 0) return;
    const texts: { name: string; what: string; text: Str }[] = [
      ...context.model.principles().map((p) => ({ name: p.name.name, what: "principle", text: p.text })),
      ...context.model.clauses("Values").flatMap((block) => itemsOf(block.items)).map((v) => ({ name: v.name.name, what: "value", text: v.text })),
    ];
    let names: PartyNames | undefined;
    const named = () => (names ??= partyNamesOf(parties));
    for (const { name, what, text } of texts) {
      for (const hit of exemptions(text.value, named)) {
        const names = hit.parties.map((p) => `\`${p.name.name}\``).join(" and ");
        const related: RelatedLocation[] = hit.parties.map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` is a party to the agreement` }));
        context.report({
          span: spanWithin(context.text, text, hit.start, hit.end - hit.start),
          message: `The ${what} \`${name}\` exempts ${names} ("${hit.said}"), but principles and values bind every party, the commissioner included. Reword it so that it applies to all the parties.`,
          related,
          data: { parties: hit.parties.map((p) => p.name.name), principle: name },
        });
      }
    }
  },
};
