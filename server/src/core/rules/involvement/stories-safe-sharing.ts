import { source } from "../../guidance/sources";
import { itemsOf, type InvolvementTextNode } from "../../tree";
import type { Rule } from "../rule";

export const storiesSafeSharing: Rule = {
  code: "ALY085",
  name: "stories-safe-sharing",
  title: "Gathering people's stories comes with support to share them safely",
  severity: "info",
  grounds: "absence",
  topic: "Involving people who use services",
  basis: "direct",
  why: "People asked to tell very personal stories, about their lives and services that failed them, need support to do so safely, and raised hopes that are let down can do real harm.",
  rationale:
    "Collaborative Providers reports that collaborations inviting people to share very personal accounts were acutely aware of the need to support them to share their stories safely, and that partners worried about the harm done if the hopes raised were then let down (Section 2, Valuing lived experience). An agreement that gathers stories should say how the people telling them are supported. Reported once per agreement.",
  guidance: [{ id: "R11.5", ...source("CP", "Section 2, Valuing lived experience", "the need to support people to share stories safely") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Pathways "Survivor support alliance" {\n  involvement {\n    stories "Survivors\' accounts shape the yearly review"\n  }\n}\n',
    right:
      'agreement Pathways "Survivor support alliance" {\n  involvement {\n    stories "Survivors\' accounts shape the yearly review"\n    safe-sharing "A support co-ordinator is with each person before, during and after, and nothing is shared without their consent"\n  }\n}\n',
  },
  check(context) {
    const items = context.model.clauses("Involvement").flatMap((b) => itemsOf(b.items));
    const safe = items.some((i) => i.kind === "InvolvementText" && i.key === "safe-sharing" && i.text.value.trim() !== "");
    if (safe) return;
    const stories = items.find((i): i is InvolvementTextNode => i.kind === "InvolvementText" && i.key === "stories");
    if (!stories) return;
    context.report({
      span: stories.keyword,
      message: 'People are asked for their stories, but the agreement does not say how they are supported to share them safely. Add `safe-sharing` saying how they are supported and how their consent is respected.',
    });
  },
};
