import { closest, listOr } from "../../suggest";
import type { WordNode } from "../../tree";
import { CHOICES, type ChoiceSet } from "../../vocabulary";
import type { Rule } from "../rule";

interface ChoiceSite {
  set: ChoiceSet;
  what: string;
  words: (node: any) => (WordNode | null | undefined)[];
}

/** Where a clause takes one word from a fixed set. */
const SITES: Record<string, ChoiceSite[]> = {
  Jurisdiction: [{ set: "jurisdiction", what: "a jurisdiction", words: (n) => [n.value] }],
  Party: [{ set: "partyRole", what: "a kind of party", words: (n) => n.roles }],
  RoleDecl: [{ set: "roleKind", what: "a kind of role", words: (n) => [n.roleKind] }],
  Decides: [{ set: "decisionMethod", what: "a way of deciding", words: (n) => [n.method] }],
  Functions: [{ set: "bodyFunction", what: "a function of a body", words: (n) => n.names }],
  Responsibility: [{ set: "responsibility", what: "a kind of responsibility for risk", words: (n) => [n.value] }],
  Accounting: [{ set: "accounting", what: "a way of keeping the books", words: (n) => [n.value] }],
  Claims: [{ set: "claimGround", what: "a ground for a claim", words: (n) => n.grounds }],
  Measure: [{ set: "measureUse", what: "a use of a measure", words: (n) => n.uses }],
  Involve: [{ set: "involvementStage", what: "a stage of involvement", words: (n) => n.stages }],
  Route: [{ set: "route", what: "a procurement route", words: (n) => [n.value] }],
  Notices: [{ set: "notice", what: "a notice", words: (n) => n.names }],
  Services: [{ set: "serviceKind", what: "a kind of service", words: (n) => n.names }],
  Requirement: [{ set: "requirementLevel", what: "a level of requirement", words: (n) => [n.level] }],
  Criterion: [{ set: "criterionStage", what: "an evaluation stage", words: (n) => [n.stage] }],
  Instrument: [{ set: "instrument", what: "a funding instrument", words: (n) => [n.value] }],
  InvolvedEarly: [{ set: "enablingFunction", what: "an enabling team", words: (n) => n.names }],
  OpenTo: [{ set: "openTo", what: "a group who may bring issues", words: (n) => n.who }],
  MeasureDetail: [
    { set: "measurePerspective", what: "a perspective", words: (n) => (n.key === "perspective" ? [n.word] : []) },
    { set: "measureKind", what: "a kind of measure", words: (n) => (n.key === "kind" ? [n.word] : []) },
    { set: "definedBy", what: "who defines a measure", words: (n) => (n.key === "defined-by" ? [n.word] : []) },
  ],
  Cadence: [{ set: "cadence", what: "how often", words: (n) => (n.word ? [{ kind: "Word", word: n.word, span: n.span }] : []) }],
};

const SITE_KINDS = Object.keys(SITES);
const CHOICE_SETS = Object.fromEntries(Object.entries(CHOICES).map(([set, words]) => [set, new Set<string>(words)])) as Record<ChoiceSet, Set<string>>;

export const unknownChoice: Rule = {
  code: "ALY014",
  name: "unknown-choice",
  title: "A word is not one of the choices the clause allows",
  severity: "error",
  grounds: "unreadable",
  topic: "Names and structure",
  basis: "language",
  why: "Clauses such as the jurisdiction, a party's role or a body's way of deciding take one word from a fixed list. Any other word cannot be read, so the agreement does not say what it means.",
  rationale:
    "Clauses such as `jurisdiction`, a party's role or a body's way of deciding take one word from a fixed list, so that the checks built on them (thresholds by jurisdiction, unanimity, who is a commissioner) know what the agreement means. A word outside the list is usually a misspelling; the finding suggests the nearest choice when there is one.",
  guidance: [],
  example: {
    wrong: 'agreement Example {\n  jurisdiction engand\n}\n',
    right: 'agreement Example {\n  jurisdiction england\n}\n',
  },
  check(context) {
    for (const node of context.model.nodesOf(SITE_KINDS)) {
      for (const site of SITES[node.kind]) {
        const choices = CHOICES[site.set] as readonly string[];
        for (const word of site.words(node)) {
          if (!word || CHOICE_SETS[site.set].has(word.word)) continue;
          const guess = closest(word.word, choices);
          context.report({
            span: word.span,
            message: choiceMessage(word.word, site.what, guess, choices),
            data: { choices, suggestion: guess },
          });
        }
      }
    }
  },
};

/** "The word `awrd` is not an evaluation stage; did you mean `award`? The choices are `selection` or `award`." */
function choiceMessage(word: string, what: string, guess: string | null, choices: readonly string[]): string {
  if (guess) return `The word \`${word}\` is not ${what}; did you mean \`${guess}\`? The choices are ${listOr(choices)}.`;
  return `The word \`${word}\` is not ${what}. Use ${listOr(choices)}.`;
}
