import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { VOTING_WORDS, castingVotesOf, chairOf, contradictedStarts, decidesOf } from "./shared";

export const noVoting: Rule = {
  code: "ALY402",
  name: "no-voting",
  title: "A body decides by a vote, or gives one member a casting vote, instead of deciding by consensus",
  severity: "warning",
  grounds: "departure",
  topic: "Decision-making and consensus",
  basis: "direct",
  why:
    "In an alliance every member has the same authority and nobody is outvoted; participants valued having no vote because it partly evens out power between commissioner and providers. A vote, or one member's casting vote, brings those differences back.",
  rationale:
    "Future Pathways' members decide on a consensus model, each with the same authority and accountability, and counted \"not having voting\" " +
    "among the strengths of their alliance because it evens out the power structure to some extent. A majority, weighted or casting vote, or a " +
    "member's casting vote to break a tie, lets some members be outvoted. Where the agreement's own principles promise unanimity for the " +
    "matter, the stronger contradiction finding is given instead of this one.",
  guidance: [
    { id: "R4.2", ...source("CwC", "ch. 6, Positives about Alliances", "Not having voting") },
    { id: "G4.1", ...source("CwC", "ch. 6, Learning from experience", "Alliances work on a consensus model") },
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
    // A vote the principles rule out is reported once, as the contradiction it is.
    const contradicted = contradictedStarts(context);
    for (const body of context.model.bodies()) {
      let votes = false;
      for (const decides of decidesOf(body)) {
        const method = decides.method.word;
        if (!(method in VOTING_WORDS)) continue;
        votes = true;
        if (contradicted.has(decides.method.span.start)) continue;
        context.report({
          span: decides.method.span,
          message: `\`${body.name.name}\` decides \`${decides.subject.word}\` by ${VOTING_WORDS[method]}, so a member can be outvoted. Decide by unanimity or consensus, and say that a proposal not everyone agrees to falls.`,
          data: { replacement: "unanimity" },
        });
      }
      // A casting vote on a body that already votes adds nothing to the finding on the vote.
      if (votes) continue;
      for (const casting of castingVotesOf(body)) {
        if (contradicted.has(casting.holder.span.start)) continue;
        const who = casting.ofChair ? chairOf(body)?.who.name ?? "the chair" : casting.holder.name;
        context.report({
          span: casting.holder.span,
          message: `\`${body.name.name}\` gives \`${who}\` a casting vote, so one member can settle what the others cannot agree. Remove it, and say that a proposal not everyone agrees to falls.`,
        });
      }
    }
  },
};
