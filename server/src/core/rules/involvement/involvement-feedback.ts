import { source } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

export const involvementFeedback: Rule = {
  code: "ALY083",
  name: "involvement-feedback",
  title: "Involvement says how people hear what changed because of what they said",
  severity: "info",
  grounds: "absence",
  topic: "Involving people who use services",
  basis: "direct",
  why: "Involving people with no means or intention of acting on what they say can be tokenistic and damage trust. People need to see things change because of what they said.",
  rationale:
    "Exploring the New World warns that involving people when there is little opportunity or intention to act on their input can be tokenistic and damage trust (Conditions for change), and feedback from the Listening Fund showed that youth organisations committed to listening to young people are not always held to account for acting on it (Blagrave Trust case study). Collaborative Providers stresses that things must visibly change in response to what people share (Section 2, Valuing lived experience). Saying how people hear back makes that response part of the agreement. Reported once per agreement.",
  guidance: [
    { id: "R11.3", ...source("ENW", "Conditions for change", "it can be tokenistic and damage trust") },
    { id: "R11.3", ...source("CP", "Section 2, Valuing lived experience", "the critical importance of things visibly changing") },
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
    const blocks = context.model.clauses("Involvement");
    if (blocks.length === 0) return;
    const hasFeedback = blocks.some((block) => itemsOf(block.items).some((i) => i.kind === "InvolvementText" && i.key === "feedback" && i.text.value.trim() !== ""));
    if (hasFeedback) return;
    context.report({
      span: blocks[0].keyword,
      message: 'The involvement section does not say how people hear what changed because of what they said. Add `feedback` with a description, such as `feedback "A you-said-we-did note after every meeting"`.',
    });
  },
};
