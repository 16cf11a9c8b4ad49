import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { principlesMisspelt } from "../principles/principles-missing";
import { bestForPeoplePrinciple } from "./shared";

export const bestForPeopleBasis: Rule = {
  code: "ALY407",
  name: "best-for-people-basis",
  title: "No principle states that decisions are made on a \"best for people using services\" basis",
  severity: "info",
  grounds: "absence",
  topic: "Decision-making and consensus",
  basis: "direct",
  why:
    "Unanimity says who must agree, not what they are deciding for. A principle that decisions are made on what is best for the people using services gives every member the same test to apply.",
  rationale:
    "Plymouth's principles have decisions made on a \"Best for People using Services\" basis, and Future Pathways' participants found that " +
    "doing what is \"best for service\" takes time to develop in practice, which is a reason to write it down. Any principle whose wording " +
    "states that test counts, however it is put.",
  guidance: [
    { id: "R4.7", ...source("ENW", "Systems, Plymouth's principles (b)", "Best for People using Services") },
    { id: "G4.3", ...source("CwC", "ch. 6, Learning from experience", "takes time to develop in reality") },
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
    // Principles under a misspelt keyword are reported where they are written.
    if (context.model.clauses("Principles").length === 0 && principlesMisspelt(context.document)) return;
    const block = context.model.first("Principles");
    const span = block?.keyword ?? context.document.name?.span ?? context.document.keyword;
    if (!span) return;
    context.report({
      span,
      message: "No principle says what decisions are tested against. Consider adding one that every decision is made on what is best for the people using services.",
      data: { insert: 'best-for-people "We make every decision on the basis of what is best for the people using services"' },
    });
  },
};
