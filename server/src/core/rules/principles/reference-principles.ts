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
  title: "One of Plymouth's seven Alliance Principles has no counterpart in the agreement",
  severity: "info",
  grounds: "absence",
  topic: "Principles, values and behaviours",
  basis: "direct",
  why:
    "Plymouth's seven Alliance Principles are the reference set. Comparing the agreement with them shows which it has chosen not to adopt, so that leaving one out is a decision rather than an oversight.",
  rationale:
    "Plymouth's alliance members all commit to seven Alliance Principles: collective responsibility for risk, decisions best for the people " +
    "using services, unanimous decisions on key issues, no fault and no blame, open books, the best person in each key role, and acting by the " +
    "alliance's values and behaviours. Each is recognised by what a principle says, however it is worded, or by a clause that already " +
    "commits the alliance to it (collective responsibility, decisions by unanimity or consensus, a no-fault-no-blame clause, open books, " +
    "listed values). The missing ones are noted once, together; a missing \"best for people\" test has its own finding.",
  guidance: [{ id: "R3.2", ...source("ENW", "Systems: Plymouth's principles", "All of us commit to working to Alliance Principles") }],
  appliesTo: ["agreement"],
  example: {
    wrong: `agreement Example "Example alliance" {\n  principles {\n${ALL_SEVEN.slice(0, 6).join("\n")}\n  }\n}\n`,
    right: `agreement Example "Example alliance" {\n  principles {\n${ALL_SEVEN.join("\n")}\n  }\n  values {\n    respect "We treat each other with respect"\n  }\n}\n`,
  },
  check(context) {
    const blocks = context.model.clauses("Principles");
    // Without a principles block (or with an empty one) ALY301 reports the missing principles.
    if (blocks.length === 0 || context.model.principles().length === 0) return;
    // A missing "best for people" test has its own finding among the decision rules.
    const missing = REFERENCE_PRINCIPLES.filter((e) => e.name !== "best-for-people" && principlesFor(context.model, e).length === 0 && !saidElsewhere(context.model, e.name));
    if (missing.length === 0) return;
    const words = missing.map((e) => e.words);
    const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
    context.report({
      span: blocks[0].keyword,
      message: `Unlike Plymouth's Alliance Principles, no principle here covers ${list}. Add any the alliance adopts.`,
      data: { elements: missing.map((e) => e.letter), names: missing.map((e) => e.name) },
    });
  },
};
