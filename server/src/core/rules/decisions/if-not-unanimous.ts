import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { decidesByEveryone, hasUnreadableLine, ifNotUnanimousOf } from "./shared";

export const ifNotUnanimous: Rule = {
  code: "ALY403",
  name: "if-not-unanimous",
  title: "A body that decides by unanimity does not say what happens when members do not all agree",
  severity: "warning",
  topic: "Decision-making and consensus",
  basis: "direct",
  rationale:
    "Unanimity only works as a rule if everyone knows in advance what becomes of a proposal that one member does not accept. In the consensus " +
    `model described for Future Pathways, such a proposal simply falls (${cite("CwC", "ch. 6, Learning from experience")}); saying so in the ` +
    "agreement stops a stalemate being settled afterwards by whoever holds the most power. Referring the proposal to another named body is also " +
    "a clear answer.",
  guidance: [{ id: "R4.3", cite: cite("CwC", "ch. 6, Learning from experience") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n}\n",
  },
  check(context) {
    for (const body of context.model.bodies()) {
      const decides = decidesByEveryone(body);
      if (!decides || ifNotUnanimousOf(body).length > 0) continue;
      // A written but unreadable `if not unanimous` line is already reported as a syntax problem.
      if (hasUnreadableLine(context.text, body, /^if\s+not\b/)) continue;
      context.report({
        span: decides.keyword,
        message:
          `Body \`${body.name.name}\` decides \`${decides.subject.word}\` by ${decides.method.word}, but does not say what happens to a proposal that ` +
          "not every member agrees to. Add `if not unanimous: falls` (the proposal falls), or `if not unanimous: refer to` another body",
        data: { insert: "if not unanimous: falls" },
      });
    }
  },
};
