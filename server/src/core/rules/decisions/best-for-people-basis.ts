import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { bestForPeoplePrinciple } from "./shared";

export const bestForPeopleBasis: Rule = {
  code: "ALY407",
  name: "best-for-people-basis",
  title: "No principle states that decisions are made on a \"best for people using services\" basis",
  severity: "warning",
  topic: "Decision-making and consensus",
  basis: "direct",
  rationale:
    "Unanimity says who must agree; it does not say what they are deciding for. Plymouth's principles give the test: decisions are made on the " +
    `basis of what is best for the people using services, not what suits any one organisation (${cite("ENW", "Systems, Plymouth's principles (b)")}). ` +
    `Future Pathways calls the same test "best for service" and found it took time to reach in practice (${cite("CwC", "ch. 6, Learning from experience")}), ` +
    "which is why it is worth writing down. The check looks for a principle named `best-for-people` or `best-for-service`, or one whose wording " +
    "says \"best for people\" or \"best for service\".",
  guidance: [
    { id: "R4.7", cite: cite("ENW", "Systems, Plymouth's principles (b)") },
    { id: "G4.3", cite: cite("CwC", "ch. 6, Learning from experience") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  principles {\n    unanimous "We decide every key issue unanimously"\n  }\n}\n',
    right:
      'agreement Example {\n  principles {\n    unanimous "We decide every key issue unanimously"\n' +
      '    best-for-people "We decide on what is best for the people using services"\n  }\n}\n',
  },
  check(context) {
    if (bestForPeoplePrinciple(context.model)) return;
    const block = context.model.first("Principles");
    const span = block?.keyword ?? context.document.name?.span ?? context.document.keyword;
    if (!span) return;
    context.report({
      span,
      message:
        "No principle says what decisions are tested against. Add a principle such as " +
        '`best-for-people "We make every decision on the basis of what is best for the people using services"`' +
        (block ? " to this block" : " in a `principles` block"),
      data: { insert: 'best-for-people "We make every decision on the basis of what is best for the people using services"' },
    });
  },
};
