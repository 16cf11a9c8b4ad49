import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

export const storiesSafeSharing: Rule = {
  code: "ALY085",
  name: "stories-safe-sharing",
  title: "Gathering people's stories comes with support to share them safely",
  severity: "info",
  topic: "Involving people who use services",
  basis: "direct",
  rationale:
    "Collaborations that invite people to tell very personal stories, about their lives and about services that failed them, need to support them to do so safely, and partners worried about the harm done if the hopes raised are then let down " +
    "(Collaborate CIC and CCPS, Collaborative Providers, Section 2, Valuing lived experience). An agreement that gathers stories should say how the people telling them are supported.",
  guidance: [{ id: "R11.5", cite: cite("CP", "Section 2, Valuing lived experience: supporting people to share stories safely") }],
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
    for (const item of items) {
      if (item.kind !== "InvolvementText" || item.key !== "stories") continue;
      context.report({
        span: item.keyword,
        message:
          "People asked for their stories need support to share them safely: add `safe-sharing` with how they are supported and how their consent is respected, " +
          "for example `safe-sharing \"A support worker is with each person throughout, and nothing is shared without consent\"`",
      });
    }
  },
};
