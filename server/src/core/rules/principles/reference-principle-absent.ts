import { source } from "../../guidance/sources";
import type { DocumentModel } from "../../model";
import { itemsOf } from "../../tree";
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

/** Whether another clause already commits the alliance to an element, so that no principle is needed to say it. */
function saidElsewhere(model: DocumentModel, element: string): boolean {
  const risk = model.clauses("Risk").flatMap((block) => itemsOf(block.items));
  const decides = model.bodies().flatMap((b) => itemsOf(b.items)).filter((i) => i.kind === "Decides");
  switch (element) {
    case "collective-risk": return risk.some((i) => i.kind === "Responsibility" && i.value.word === "collective");
    case "unanimous": return decides.some((d) => d.kind === "Decides" && (d.method.word === "unanimity" || d.method.word === "consensus"));
    case "no-fault-no-blame": return risk.some((i) => i.kind === "NoFaultNoBlame");
    case "open-book": return risk.some((i) => i.kind === "Accounting" && i.value.word === "open-book");
    case "values-and-behaviours": return model.clauses("Values").some((block) => itemsOf(block.items).length > 0);
    default: return false;
  }
}

export const referencePrinciples: Rule = {
  code: "ALY302",
  name: "reference-principle-absent",
  title: "None of Plymouth's Alliance Principles has a counterpart in the agreement",
  severity: "info",
  grounds: "absence",
  topic: "Principles, values and behaviours",
  basis: "direct",
  why:
    "Plymouth's seven Alliance Principles are the reference set. An alliance need not adopt another alliance's principles, so leaving some out is its choice; but principles with none of their kind (shared risk, no blame, open books, the best person, shared values) are worth comparing with them.",
  rationale:
    "Plymouth's alliance members all commit to seven Alliance Principles: collective responsibility for risk, decisions best for the people " +
    "using services, unanimous decisions on key issues, no fault and no blame, open books, the best person in each key role, and acting by the " +
    "alliance's values and behaviours. Each is recognised by what a principle says, however it is worded, or by a clause that already " +
    "commits the alliance to it (collective responsibility, decisions by unanimity or consensus, a no-fault-no-blame clause, open books, " +
    "listed values). The agreement is noted once, and only when it has none of them; a missing \"best for people\" test has its own finding.",
  guidance: [{ id: "R3.2", ...source("ENW", "Systems: Plymouth's principles", "All of us commit to working to Alliance Principles") }],
  appliesTo: ["agreement"],
  example: {
    wrong: `agreement Example "Example alliance" {\n  principles {\n${ALL_SEVEN.slice(1, 2).join("\n")}\n  }\n}\n`,
    right: `agreement Example "Example alliance" {\n  principles {\n${ALL_SEVEN.join("\n")}\n  }\n  values {\n    respect "We treat each other with respect"\n  }\n}\n`,
  },
  check(context) {
    const blocks = context.model.clauses("Principles");
    // Without a principles block (or with an empty one) ALY301 reports the missing principles.
    if (blocks.length === 0 || context.model.principles().length === 0) return;
    // A missing "best for people" test has its own finding among the decision rules.
    const others = REFERENCE_PRINCIPLES.filter((e) => e.name !== "best-for-people");
    const missing = others.filter((e) => principlesFor(context.model, e).length === 0 && !saidElsewhere(context.model, e.name));
    // An alliance need not adopt another alliance's principles: leaving some of Plymouth's out is a choice.
    // Only principles with nothing of that kind at all (no shared risk, no blame, open books and the rest) are worth a suggestion.
    if (missing.length < others.length) return;
    context.report({
      span: blocks[0].keyword,
      message: "No principle here is of the kind Plymouth's Alliance Principles set out, such as collective risk, no fault and no blame, or open books. Consider whether the alliance adopts any.",
      data: { elements: missing.map((e) => e.letter), names: missing.map((e) => e.name) },
    });
  },
};
