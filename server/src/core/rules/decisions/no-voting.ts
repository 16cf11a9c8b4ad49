import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { KEY_ISSUE_SUBJECTS, VOTING_WORDS, decidesOf, unanimityPrinciple } from "./shared";

export const noVoting: Rule = {
  code: "ALY402",
  name: "no-voting",
  title: "A body decides by a vote instead of by consensus",
  severity: "warning",
  topic: "Decision-making and consensus",
  basis: "direct",
  rationale:
    "Alliances decide by consensus: every member has the same authority and accountability, and nobody can be outvoted " +
    `(${cite("CwC", "ch. 6, Learning from experience")}). Participants counted the absence of voting as one of the strengths of the model, ` +
    `because it partly evens out the differences of power between commissioner and providers (${cite("CwC", "ch. 6, Positives about Alliances")}). ` +
    "A majority, weighted or casting vote brings those differences back. Where the agreement's principles also promise unanimity on key issues, " +
    "a vote on key issues is reported as the stronger ALY401 instead.",
  guidance: [
    { id: "R4.2", cite: cite("CwC", "ch. 6, Positives about Alliances") },
    { id: "G4.1", cite: cite("CwC", "ch. 6, Learning from experience") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides budget by weighted-vote\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides budget by unanimity\n    if not unanimous: falls\n  }\n}\n",
  },
  check(context) {
    const promisesUnanimity = unanimityPrinciple(context.model) !== undefined;
    for (const body of context.model.bodies()) {
      for (const decides of decidesOf(body)) {
        const method = decides.method.word;
        if (!(method in VOTING_WORDS)) continue;
        // ALY401 already reports a vote on key issues that the principles say must be unanimous.
        if (promisesUnanimity && KEY_ISSUE_SUBJECTS.includes(decides.subject.word)) continue;
        context.report({
          span: decides.method.span,
          message:
            `Body \`${body.name.name}\` decides \`${decides.subject.word}\` by ${VOTING_WORDS[method]}. Alliance members decide by consensus, with no vote, ` +
            "so that nobody can be outvoted: write `by unanimity`, and add `if not unanimous: falls` to say what happens to a proposal that not everyone agrees to",
          data: { replacement: "unanimity" },
        });
      }
    }
  },
};
