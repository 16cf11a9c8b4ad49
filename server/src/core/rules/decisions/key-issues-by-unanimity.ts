import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { KEY_ISSUE_SUBJECTS, NEEDS_EVERYONE, VOTING_WORDS, decidesOf, unanimityPrinciple } from "./shared";

export const keyIssuesByUnanimity: Rule = {
  code: "ALY401",
  name: "key-issues-by-unanimity",
  title: "Key issues are decided by a vote although the principles promise unanimous decisions",
  severity: "error",
  topic: "Decision-making and consensus",
  basis: "inferred",
  rationale:
    "When the agreement's own principles commit the parties to unanimous decisions on key issues, a body that decides those issues by a vote " +
    "contradicts the agreement: a member could be outvoted on exactly the matters the parties promised to agree together. Plymouth's Alliance " +
    `Principles make unanimity on all key issues a binding commitment (${cite("ENW", "Systems, Plymouth's principles (c)")}), and alliances ` +
    `work on a consensus model in which a proposal not passed by everyone falls (${cite("CwC", "ch. 6, Learning from experience")}).`,
  guidance: [
    { id: "R4.1", cite: cite("ENW", "Systems, Plymouth's principles (c)") },
    { id: "G4.1", cite: cite("CwC", "ch. 6, Learning from experience") },
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
    const principle = unanimityPrinciple(context.model);
    if (!principle) return;
    for (const body of context.model.bodies()) {
      for (const decides of decidesOf(body)) {
        if (!KEY_ISSUE_SUBJECTS.includes(decides.subject.word)) continue;
        const method = decides.method.word;
        // Only votes contradict unanimity; a word that is not a way of deciding at all is ALY014's.
        if (NEEDS_EVERYONE.includes(method) || !(method in VOTING_WORDS)) continue;
        context.report({
          span: decides.method.span,
          message:
            `The principle \`${principle.name.name}\` promises unanimous decisions on key issues, but body \`${body.name.name}\` decides them by ` +
            `${VOTING_WORDS[method]}, so a member could be outvoted. Write \`by unanimity\` so that every member must agree`,
          related: [{ span: principle.name.span, message: `the principle \`${principle.name.name}\` commits the parties to unanimous decisions` }],
          data: { replacement: "unanimity" },
        });
      }
    }
  },
};
