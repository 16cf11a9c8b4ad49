import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { detail, whereDetailGoes } from "./helpers";

export const timeCommitment: Rule = {
  code: "ALY107",
  name: "time-commitment-missing",
  title: "A party does not say how much time it will give to the alliance",
  severity: "info",
  topic: "Parties and membership",
  basis: "direct",
  rationale:
    "Membership of an alliance takes a great deal of time: Future Pathways members spent 4 to 5 hours a week in meetings, on top of their existing jobs. Saying up front how much time each party will give helps partners plan for it and notice when it is not there. (CCPS, Coping with Complexity, ch. 6, Learning from experience.)",
  guidance: [{ id: "R1.8", cite: cite("CwC", "ch. 6, Future Pathways: Learning from experience") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    SG commissioner "Scottish Government" {\n      time "Half a day a week"\n    }\n    Penumbra provider "Penumbra"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    SG commissioner "Scottish Government" {\n      time "Half a day a week"\n    }\n    Penumbra provider "Penumbra" {\n      time "4 to 5 hours a week"\n    }\n  }\n}\n',
  },
  check(context) {
    for (const party of context.model.parties()) {
      if (detail(party, "time")) continue;
      context.report({
        span: party.name.span,
        message: `\`${party.name.name}\` does not say how much time it will give to alliance meetings and work: ${whereDetailGoes(party, '`time "…"`, for example `time "4 to 5 hours a week"`')}`,
        data: { party: party.name.name, missing: "time" },
      });
    }
  },
};
