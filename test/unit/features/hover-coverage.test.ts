// Every word a person writes has a hover: each keyword, each word of each fixed choice, and the small
// words inside a clause (`by`, `except`, `falls`, `approved by` …). The test walks the vocabulary, writes
// each word into a clause that holds it, and hovers over it.

import { describe, expect, it } from "vitest";
import { hover, keywordOf } from "../../../server/src/core/features/hover";
import { CHOICE_HELP, KEYWORD_HELP, WORD_HELP } from "../../../server/src/core/guidance/help";
import { parse } from "../../../server/src/core/parse";
import type { AnyNode } from "../../../server/src/core/tree";
import { CHOICES, type ChoiceSet } from "../../../server/src/core/vocabulary";
import { Workspace } from "../../../server/src/core/workspace";
import { AGREEMENT, EVALUATION, SPECIFICATION, TENDER } from "./everything-fixture";

const URI = "file:///walk.alliance";

/** Hover at the first `§` of a text, after taking the mark out. */
function hoverAtMark(marked: string) {
  const offset = marked.indexOf("§");
  expect(offset, "the text has a mark").toBeGreaterThanOrEqual(0);
  const text = marked.replace("§", "");
  const workspace = new Workspace();
  workspace.set(URI, text);
  return hover(workspace, URI, offset + 1);
}

const agreement = (body: string) => `agreement Walk {\n  parties {\n    PCC commissioner "Council"\n  }\n${body}\n}\n`;

/** Where each fixed set is written; `§` marks where the word goes. */
const CHOICE_SITES: Record<ChoiceSet, (word: string) => string> = {
  jurisdiction: (w) => agreement(`  jurisdiction §${w}`),
  partyRole: (w) => `agreement Walk {\n  parties {\n    X §${w} "X"\n  }\n}\n`,
  roleKind: (w) => agreement(`  roles {\n    R §${w} "R"\n  }`),
  decisionMethod: (w) => agreement(`  body B {\n    decides key-issues by §${w}\n  }`),
  cadence: (w) => agreement(`  body B {\n    meets §${w}\n  }`),
  bodyFunction: (w) => agreement(`  body B {\n    functions §${w}\n  }`),
  responsibility: (w) => agreement(`  risk {\n    responsibility §${w}\n  }`),
  accounting: (w) => agreement(`  risk {\n    accounting §${w}\n  }`),
  claimGround: (w) => agreement(`  risk {\n    claims for §${w}\n  }`),
  noFaultException: (w) => agreement(`  risk {\n    no-fault-no-blame except §${w}\n  }`),
  measureUse: (w) => agreement(`  learning {\n    measure M "M" used for §${w}\n  }`),
  measurePerspective: (w) => agreement(`  learning {\n    measure M "M" used for learning {\n      perspective §${w}\n    }\n  }`),
  measureKind: (w) => agreement(`  learning {\n    measure M "M" used for learning {\n      kind §${w}\n    }\n  }`),
  definedBy: (w) => agreement(`  learning {\n    measure M "M" used for learning {\n      defined-by §${w}\n    }\n  }`),
  involvementStage: (w) => agreement(`  involvement {\n    PCC in §${w}\n  }`),
  route: (w) => agreement(`  route §${w} because "Reason"`),
  notice: (w) => agreement(`  notices §${w}`),
  requirementLevel: (w) => `specification S for A {\n  requirements {\n    R1 "Do it" §${w}\n  }\n}\n`,
  criterionStage: (w) => `evaluation E for T {\n  criterion C "Marks" weight 100% stage §${w}\n}\n`,
  instrument: (w) => agreement(`  instrument §${w} because "Reason"`),
  enablingFunction: (w) => agreement(`  involved early §${w}`),
  openTo: (w) => agreement(`  body B {\n    open to §${w}\n  }`),
  serviceKind: (w) => agreement(`  services §${w}`),
};

/** The small words of clauses: a clause with the word marked, and the help it should show. */
const WORD_SITES: [string, string][] = [
  [agreement(`  body B {\n    members §all\n  }`), "all"],
  [agreement(`  body B {\n    quorum §all\n  }`), "quorum all"],
  [agreement(`  body B {\n    decides key-issues §by unanimity\n  }`), "by"],
  [agreement(`  body B {\n    decides §key-issues by unanimity\n  }`), "key-issues"],
  [agreement(`  body B {\n    decides §spend by consensus\n  }`), "spend"],
  [agreement(`  body B {\n    decides §operations by consensus\n  }`), "operations"],
  [agreement(`  body B {\n    decides §membership by unanimity\n  }`), "membership"],
  [agreement(`  body B {\n    decides §learning by consensus\n  }`), "learning"],
  [agreement(`  body B {\n    decides §complex-cases by consensus\n  }`), "subject"],
  [agreement(`  body B {\n    decides key-issues by unanimity\n    if not unanimous: §falls\n  }`), "falls"],
  [agreement(`  body B {\n    decides key-issues by unanimity\n  }\n  body C {\n    decides spend by unanimity\n    if not unanimous: §refer to B\n  }`), "refer to"],
  [agreement(`  body B {\n    decides key-issues by unanimity\n    if not unanimous: PCC §decides\n  }`), "decides instead"],
  [agreement(`  body B {\n    meets §every 6 weeks\n  }`), "every"],
  [agreement(`  risk {\n    no-fault-no-blame §except wilful-default\n  }`), "except"],
  [agreement(`  risk {\n    assign "clinical governance" §to PCC\n  }`), "assign to"],
  [agreement(`  spend {\n    up to £1,000 §approved by PCC\n  }`), "approved by"],
  [agreement(`  value £1,000,000 §pooled by PCC`), "pooled by"],
  [agreement(`  value £1,000,000 §per year`), "per year"],
  [agreement(`  risk {\n    cap £50,000 §per year\n  }`), "per year"],
  [agreement(`  term 5 years §from 2025-04-01`), "from"],
  [agreement(`  term 2025-04-01 §to 2030-03-31`), "term to"],
  [agreement(`  principles §co-produced with PCC {\n    open-book "Open books"\n  }`), "co-produced with"],
  [agreement(`  body B {\n    members all\n  }\n  roles {\n    R frontline "R" §reports to B\n  }`), "role reports to"],
  [agreement(`  roles {\n    R chair "R" §held by PCC\n  }`), "held by"],
  [agreement(`  learning {\n    measure M "M" §used for learning\n  }`), "used for"],
  [agreement(`  body B {\n    members all\n  }\n  learning {\n    review quarterly §by B\n  }`), "review by"],
  [agreement(`  body B {\n    members all\n  }\n  learning {\n    review quarterly by B §against purpose\n  }`), "against purpose"],
  [agreement(`  involvement {\n    PCC §in need, design\n  }`), "in"],
  [agreement(`  stages {\n    years 1 to 5 "All" §written by PCC\n  }`), "written by"],
  [agreement(`  stages {\n    years 1 §to 5 "All"\n  }`), "years to"],
  [agreement(`  route light-touch §because "Care services"`), "because"],
  [agreement(`  review-point §after 18 months`), "after"],
  [`specification S §for A {\n  principles open-book\n}\n`, "for"],
  [`specification S for A {\n  requirements {\n    R1 "Do it" mandatory §about open-book\n  }\n}\n`, "about"],
  [`specification S for A {\n  targets §none\n}\n`, "targets none"],
  [`tender T for S {\n  questions {\n    Q1 "How?" §about R1\n  }\n}\n`, "about"],
  [`evaluation E for T {\n  criterion C "Marks" §weight 100% stage award\n}\n`, "weight"],
  [`evaluation E for T {\n  criterion C "Marks" weight 100% §stage award\n}\n`, "stage"],
  [`evaluation E for T {\n  criterion C "Marks" weight 100% stage award §assesses Q1\n}\n`, "assesses"],
  [`evaluation E for T {\n  criterion C "Marks" weight 100% stage award §social-value\n}\n`, "social-value"],
];

/** Every node in a parsed file. */
function allNodes(value: unknown, out: AnyNode[] = []): AnyNode[] {
  if (Array.isArray(value)) for (const item of value) allNodes(item, out);
  else if (value && typeof value === "object") {
    if (typeof (value as { kind?: unknown }).kind === "string") out.push(value as AnyNode);
    for (const child of Object.values(value)) allNodes(child, out);
  }
  return out;
}

describe("every word has a hover", () => {
  for (const [set, words] of Object.entries(CHOICES) as [ChoiceSet, readonly string[]][]) {
    it(`every choice of ${set}`, () => {
      for (const word of words) {
        const result = hoverAtMark(CHOICE_SITES[set](word));
        expect(result, `${set}: ${word}`).not.toBeNull();
        expect(result!.markdown.startsWith(`**${word}** · ${CHOICE_HELP[`${set}:${word}`].summary}`), `${set}: ${word}: ${result!.markdown.slice(0, 120)}`).toBe(true);
      }
    });
  }

  it("every keyword, in documents of each kind", () => {
    const seen = new Set<string>();
    for (const text of [AGREEMENT, SPECIFICATION, TENDER, EVALUATION]) {
      const workspace = new Workspace();
      workspace.set(URI, text);
      for (const node of allNodes(parse(text).file)) {
        const span = (node as { keyword?: { start: number; end: number } | null }).keyword;
        const keyword = keywordOf(node);
        if (!span || span.end <= span.start || !keyword) continue;
        const result = hover(workspace, URI, span.start + 1);
        expect(result, keyword).not.toBeNull();
        expect(result!.markdown.startsWith(`**${keyword}** · ${KEYWORD_HELP[keyword].summary}`), `${keyword}: ${result!.markdown.slice(0, 120)}`).toBe(true);
        seen.add(keyword);
      }
    }
    expect(Object.keys(KEYWORD_HELP).filter((k) => !seen.has(k))).toEqual([]);
  });

  it("every small word of a clause, and no help for a word that is never shown", () => {
    const reached = new Set<string>();
    for (const [text, key] of WORD_SITES) {
      const result = hoverAtMark(text);
      const help = WORD_HELP[key];
      expect(help, key).toBeDefined();
      expect(result, `${key} in ${text}`).not.toBeNull();
      expect(result!.markdown, key).toContain(` · ${help.summary}`);
      reached.add(key);
    }
    expect(Object.keys(WORD_HELP).filter((k) => !reached.has(k))).toEqual([]);
  });

  it("gives the words inside quotes no hover of their own", () => {
    expect(hoverAtMark(agreement(`  risk {\n    assign "risk passed §to the provider" to PCC\n  }`))).toBeNull();
  });

  it("can fail: a word with no help gets no hover", () => {
    expect(hoverAtMark(agreement(`  risk {\n    responsibility §sideways\n  }`))).toBeNull();
  });
});
