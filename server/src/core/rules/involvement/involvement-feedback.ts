import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

export const involvementFeedback: Rule = {
  code: "ALY083",
  name: "involvement-feedback",
  title: "Involvement says how people hear what changed because of what they said",
  severity: "warning",
  topic: "Involving people who use services",
  basis: "direct",
  rationale:
    "Involving people without the intention or the means to act on what they say is tokenistic and damages trust (Exploring the New World, Conditions for change). " +
    "Things must visibly change in response to what people say (Collaborate CIC and CCPS, Collaborative Providers, Section 2, Valuing lived experience), and the Listening Fund found that organisations which listen are not always held to account for responding " +
    "(Exploring the New World, Blagrave Trust case study). Writing down how people hear back makes that response part of the agreement.",
  guidance: [
    { id: "R11.3", cite: cite("ENW", "Conditions for change: tokenistic involvement damages trust") },
    { id: "R11.3", cite: cite("CP", "Section 2, Valuing lived experience: things visibly changing in response") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Plymouth "Complex needs alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Voices lived-experience "People using services"\n  }\n' +
      '  involvement {\n    Voices in need, design, outcomes, review\n  }\n}\n',
    right:
      'agreement Plymouth "Complex needs alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Voices lived-experience "People using services"\n  }\n' +
      '  involvement {\n    Voices in need, design, outcomes, review\n    feedback "A you-said-we-did update at every Voices meeting, and in the quarterly newsletter"\n  }\n}\n',
  },
  check(context) {
    for (const block of context.model.clauses("Involvement")) {
      const hasFeedback = itemsOf(block.items).some((i) => i.kind === "InvolvementText" && i.key === "feedback" && i.text.value.trim() !== "");
      if (hasFeedback) continue;
      context.report({
        span: block.keyword,
        message:
          "Say how people hear what changed because of what they said: add `feedback` with a description in quotes, " +
          "for example `feedback \"A you-said-we-did update at every Voices meeting\"`",
      });
    }
  },
};
