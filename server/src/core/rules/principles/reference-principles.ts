import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { principlesFor, REFERENCE_PRINCIPLES } from "./reference";

const ALL_SEVEN = [
  '    collective-risk "We take collective responsibility for all the risks of providing the services"',
  '    best-for-people "We decide on the basis of what is best for the people using services"',
  '    unanimous "We decide all key issues unanimously, on principles and values"',
  '    no-fault-no-blame "We do not blame each other and avoid disputes, except for wilful default"',
  '    open-book "Our books are open to each other, and we are transparent in all matters"',
  '    best-person "Key roles go to the best person for them"',
  '    values-and-behaviours "We act in line with our values and behaviours at all times"',
];

export const referencePrinciples: Rule = {
  code: "ALY302",
  name: "reference-principle-absent",
  title: "One of Plymouth's seven Alliance Principles has no counterpart in the agreement",
  severity: "info",
  topic: "Principles, values and behaviours",
  basis: "direct",
  rationale:
    "Plymouth's alliance members all commit to seven Alliance Principles: collective responsibility for risk, decisions that are best for the people using services, unanimous decisions on key issues, no fault and no blame, open books, the best person in each key role, and acting by the alliance's values and behaviours (Exploring the New World, Systems: Plymouth's principles). Comparing an agreement with that set shows which of them it has chosen not to adopt, so that the choice is deliberate. The check recognises each element by its short name (`collective-risk`, `unanimous` or `unanimity` or `consensus` in the Future Pathways sense that a proposal not agreed by everyone falls, `no-fault-no-blame`, `open-book`, `best-person`, `values-and-behaviours`) or, as a heuristic, by wording such as \"collective responsibility\", \"unanimous\", \"no blame\", \"open book\", \"best person\" or \"values and behaviours\". The \"best for people using services\" element is reported by ALY407 among the decision rules.",
  guidance: [{ id: "R3.2", cite: cite("ENW", "Systems: Plymouth's principles") }],
  appliesTo: ["agreement"],
  example: {
    wrong: `agreement Example "Example alliance" {\n  principles {\n${ALL_SEVEN.slice(0, 6).join("\n")}\n  }\n}\n`,
    right: `agreement Example "Example alliance" {\n  principles {\n${ALL_SEVEN.join("\n")}\n  }\n  values {\n    respect "We treat each other with respect"\n  }\n}\n`,
  },
  check(context) {
    const blocks = context.model.clauses("Principles");
    // Without a principles block (or with an empty one) ALY301 reports the missing principles.
    if (blocks.length === 0 || context.model.principles().length === 0) return;
    for (const element of REFERENCE_PRINCIPLES) {
      // A missing "best for people" test is ALY407's (decisions), at the same place and with a higher severity.
      if (element.name === "best-for-people") continue;
      if (principlesFor(context.model, element).length > 0) continue;
      context.report({
        span: blocks[0].keyword,
        message: `Plymouth's Alliance Principles include ${element.words}; this agreement has no principle for it. If the alliance adopts it, add \`${element.name} "…"\` here; if it has it under another short name, rename that principle \`${element.name}\` so the other checks can find it`,
        data: { element: element.letter, name: element.name },
      });
    }
  },
};
