import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { SCOPE_WORDS } from "../principles/meaning";
import { conflictsIn } from "./shared";

export const keyIssuesByUnanimity: Rule = {
  code: "ALY401",
  name: "key-issues-by-unanimity",
  title: "A body decides in a way the agreement's own unanimity principle rules out",
  severity: "error",
  grounds: "contradiction",
  topic: "Decision-making and consensus",
  basis: "inferred",
  why:
    "The principles promise that these decisions need everyone's agreement, yet this body can settle them by a vote, a casting vote or one member alone. The agreement contradicts itself, and a member could be overruled on exactly what the parties promised to agree together.",
  rationale:
    "Plymouth's Alliance Principles bind the participants to \"unanimous, principle and value based\" decisions on all key issues, and in the " +
    "consensus model Future Pathways describes a proposal that not everyone passes simply falls. When an agreement's own principles promise " +
    "unanimity for some decisions (key issues, every decision, spending, membership or strategy, however the principle is worded) and a body " +
    "then decides those matters by a majority, weighted or casting vote, gives one member a casting vote, or lets one party or role decide when " +
    "the members disagree, the two clauses cannot both be followed. A subject the agreement's `key-issues` list names counts as a key issue. " +
    "A principle that only aims at consensus (\"where possible\") or allows a majority fallback promises no unanimity and is not read as one.",
  guidance: [
    { id: "R4.1", ...source("ENW", "Systems, Plymouth's principles (c)", "commit to unanimous, principle and value based") },
    { id: "G4.1", ...source("CwC", "ch. 6, Learning from experience", "If a decision isn't passed by everyone, it falls") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  principles {\n    unanimous "We decide every key issue unanimously"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by majority\n    if not unanimous: falls\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  principles {\n    unanimous "We decide every key issue unanimously"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n}\n",
  },
  check(context) {
    for (const c of conflictsIn(context)) {
      const name = c.principle.name.name;
      const what = SCOPE_WORDS[c.scope];
      const body = c.body.name.name;
      const message =
        c.kind === "vote"
          ? `The principle \`${name}\` says ${what} need everyone's agreement, but \`${body}\` decides \`${c.subject}\` ${c.how}. Change it to \`by unanimity\`, or reword the principle.`
          : c.kind === "without-parties"
            ? `The principle \`${name}\` says ${what} are decided by all the parties, but \`${body}\` decides \`${c.subject}\` ${c.how}. Seat every party on it, or reword the principle.`
            : c.kind === "casting-vote"
            ? `The principle \`${name}\` says ${what} need everyone's agreement, but \`${body}\` ${c.how}, so one member can settle them alone. Remove the casting vote.`
            : `The principle \`${name}\` says ${what} need everyone's agreement, but \`${body}\` ${c.how}. Say instead that the proposal falls, or refer it to another body.`;
      context.report({
        span: c.span,
        message,
        related: [{ span: c.principle.name.span, message: `the principle \`${name}\` promises that ${what} need everyone's agreement` }],
        data: { principle: name, scope: c.scope, ...(c.data ?? {}) },
      });
    }
  },
};
