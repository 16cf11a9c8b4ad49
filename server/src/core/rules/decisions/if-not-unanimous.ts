import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { principleWords } from "../principles/meaning";
import { decidesByEveryone, hasUnreadableLine, ifNotUnanimousOf } from "./shared";

/** Wording that already says what becomes of a proposal not everyone agrees to. */
const SAYS_WHAT_HAPPENS = / (falls|fall|lapses|lapse|is dropped|does not proceed|will not proceed|is not taken forward|is withdrawn|is referred|goes to|escalat\w*) /;

export const ifNotUnanimous: Rule = {
  code: "ALY403",
  name: "if-not-unanimous",
  title: "A body that decides by unanimity does not say what happens when members do not all agree",
  severity: "warning",
  grounds: "departure",
  topic: "Decision-making and consensus",
  basis: "direct",
  why:
    "Unanimity works when everyone knows in advance what becomes of a proposal one member will not accept. Saying so stops a stalemate being settled afterwards by whoever holds most power.",
  rationale:
    "In the consensus model Future Pathways describes, a proposal that not every member passes simply falls. Writing that outcome down, or " +
    "naming the body a proposal goes to instead, settles in advance what would otherwise be argued over at the worst moment; without it a " +
    "disputed matter has no outcome. Each body that decides by unanimity or consensus without saying is reported, unless a principle " +
    "already says what happens to such a proposal.",
  guidance: [{ id: "R4.3", ...source("CwC", "ch. 6, Learning from experience", "If a decision isn't passed by everyone, it falls") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n  }\n  body Panel {\n    members PCC, Livewell\n    decides spend by consensus\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n  body Panel {\n    members PCC, Livewell\n    decides spend by consensus\n    if not unanimous: refer to Board\n  }\n}\n",
  },
  check(context) {
    if (principleWords(context.model).some((words) => / (agree|agreed|agreement|unanim\w*|consensus) /.test(words) && SAYS_WHAT_HAPPENS.test(words))) return;
    const silent = context.model.bodies().flatMap((body) => {
      const decides = decidesByEveryone(body);
      if (!decides || ifNotUnanimousOf(body).length > 0) return [];
      // A written but unreadable `if not unanimous` line is already reported as a syntax problem.
      if (hasUnreadableLine(context.text, body, /^if\s+not\b/)) return [];
      return [{ body, decides }];
    });
    for (const { body, decides } of silent) {
      context.report({
        span: decides.keyword,
        message: `\`${body.name.name}\` needs every member's agreement but does not say what happens when they disagree. Add that the proposal falls, or that it is referred to another body.`,
        data: { insert: "if not unanimous: falls" },
      });
    }
  },
};
