import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { ifNotUnanimousOf } from "./shared";

export const noSingleFallback: Rule = {
  code: "ALY404",
  name: "no-single-fallback",
  title: "When members do not all agree, one party or one role decides alone",
  severity: "warning",
  topic: "Decision-making and consensus",
  basis: "direct",
  rationale:
    "In an alliance every member holds the same authority and accountability, and a proposal that is not agreed by everyone falls " +
    `(${cite("CwC", "ch. 6, Learning from experience")}). A fallback that lets one party (often the commissioner) or one office-holder settle ` +
    "a disagreement gives that party a power the others lack: everyone else must agree, but it can simply wait for the stalemate and decide. " +
    `The model's participants valued having no vote precisely because it evens out power (${cite("CwC", "ch. 6, Positives about Alliances")}).`,
  guidance: [
    { id: "R4.4", cite: cite("CwC", "ch. 6, Learning from experience") },
    { id: "G4.2", cite: cite("CwC", "ch. 6, Positives about Alliances") },
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
    for (const body of context.model.bodies()) {
      for (const fallback of ifNotUnanimousOf(body)) {
        if (fallback.outcome !== "decides" || !fallback.target) continue;
        const resolution = context.resolve(fallback.target);
        // An undeclared name is ALY010's; a body that decides is a referral to a collective forum.
        if (!resolution || resolution === "unknown" || (resolution.kind !== "party" && resolution.kind !== "role")) continue;
        const who = resolution.kind === "party" ? `the party \`${fallback.target.name}\`` : `the role \`${fallback.target.name}\``;
        const related = resolution.uri === context.uri ? [{ span: resolution.declaration.span, message: `\`${fallback.target.name}\` is declared here` }] : [];
        context.report({
          span: fallback.target.span,
          message:
            `When the members of \`${body.name.name}\` do not all agree, ${who} decides alone. That gives ${resolution.kind === "party" ? "one party" : "one person"} ` +
            "a power the other members lack. Write `if not unanimous: falls`, or refer the proposal to another body with `if not unanimous: refer to` and its name",
          related,
          data: { replacement: "falls" },
        });
      }
    }
  },
};
