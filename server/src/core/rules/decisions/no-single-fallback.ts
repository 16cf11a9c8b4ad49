import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { contradictedStarts, ifNotUnanimousOf } from "./shared";

export const noSingleFallback: Rule = {
  code: "ALY404",
  name: "no-single-fallback",
  title: "When members do not all agree, one party or one role decides alone",
  severity: "warning",
  grounds: "departure",
  topic: "Decision-making and consensus",
  basis: "direct",
  why:
    "Every alliance member holds the same authority. A fallback that lets one party or office-holder settle a disagreement gives it a power the others lack: it can wait out the stalemate and decide alone.",
  rationale:
    "In the consensus model Future Pathways describes, each member has the same authority and accountability, and a proposal not passed by " +
    "everyone falls. A fallback in which one party (often the commissioner) or one role decides when the members disagree gives that member " +
    "the last word. Referring the proposal to another body, or letting it fall, keeps the decision collective. Where the agreement's own " +
    "principles promise unanimity for what the body decides, the contradiction is reported instead.",
  guidance: [
    { id: "R4.4", ...source("CwC", "ch. 6, Learning from experience", "each member has the same authority") },
    { id: "G4.2", ...source("CwC", "ch. 6, Positives about Alliances", "This evens out the power structure to some extent") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: PCC decides\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n}\n",
  },
  check(context) {
    const contradicted = contradictedStarts(context);
    for (const body of context.model.bodies()) {
      for (const fallback of ifNotUnanimousOf(body)) {
        if (fallback.outcome !== "decides" || !fallback.target || contradicted.has(fallback.target.span.start)) continue;
        const resolution = context.resolve(fallback.target);
        // An undeclared name is reported as such; a body that decides is a referral to a collective forum.
        if (!resolution || resolution === "unknown" || (resolution.kind !== "party" && resolution.kind !== "role")) continue;
        const related = resolution.uri === context.uri ? [{ span: resolution.declaration.span, message: `\`${fallback.target.name}\` is named here` }] : [];
        context.report({
          span: fallback.target.span,
          message: `When the members of \`${body.name.name}\` disagree, \`${fallback.target.name}\` decides alone, a power the others lack. Say instead that the proposal falls, or refer it to another body.`,
          related,
          data: { replacement: "falls" },
        });
      }
    }
  },
};
