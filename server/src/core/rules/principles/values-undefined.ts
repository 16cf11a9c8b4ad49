import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { principlesFor, reference } from "./reference";

export const valuesUndefined: Rule = {
  code: "ALY304",
  name: "values-not-defined",
  title: "A principle binds the parties to values and behaviours that the agreement does not set out",
  severity: "error",
  topic: "Principles, values and behaviours",
  basis: "inferred",
  rationale:
    "Plymouth's seventh principle obliges every member to act by the Alliance Values and Behaviours at all times, a separate set the report does not print (Exploring the New World, Systems: Plymouth's principles). A principle that points at a set of values which the agreement never defines binds the parties to nothing anyone can read, so the agreement must declare them in a `values` block. The check looks at a principle named `values-and-behaviours` and at any principle whose wording mentions values and behaviours.",
  guidance: [{ id: "R3.4", cite: cite("ENW", "Systems: Plymouth's principles") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  principles {\n    values-and-behaviours "We act in line with our values and behaviours at all times"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  principles {\n    values-and-behaviours "We act in line with our values and behaviours at all times"\n  }\n  values {\n    respect "We treat each other with respect"\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    const binding = principlesFor(model, reference("values-and-behaviours"));
    if (binding.length === 0) return;
    const valueCount = model.clauses("Values").reduce((n, block) => n + block.items.filter((i) => i.kind === "ValueDecl").length, 0);
    if (valueCount > 0) return;
    const block = model.first("Values");
    for (const principle of binding) {
      context.report({
        span: principle.name.span,
        message: block
          ? `\`${principle.name.name}\` binds the parties to the alliance's values and behaviours, but the \`values\` block declares none: add them, one on each line, for example \`respect "We treat each other with respect"\``
          : `\`${principle.name.name}\` binds the parties to the alliance's values and behaviours, but the agreement does not set them out: add a \`values\` block with at least one value, for example \`respect "We treat each other with respect"\``,
        related: block ? [{ span: block.keyword, message: "the `values` block is empty" }] : undefined,
        data: { principle: principle.name.name },
      });
    }
  },
};
