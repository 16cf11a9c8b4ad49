import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { principlesFor, reference } from "./reference";

export const valuesUndefined: Rule = {
  code: "ALY304",
  name: "values-not-defined",
  title: "A principle binds the parties to values and behaviours that the agreement does not set out",
  severity: "info",
  grounds: "absence",
  topic: "Principles, values and behaviours",
  basis: "inferred",
  why:
    "A principle that binds the parties to the alliance's values and behaviours holds them to something only if those values are written down where everyone can read them.",
  rationale:
    "Plymouth's seventh principle has every member \"act in accordance with the Alliance Values and Behaviours at all times\", a separate set the " +
    "report does not print. A principle that points at values the agreement never sets out leaves the parties to agree later what they " +
    "promised. This is noted once, and not when the agreement lists its values.",
  guidance: [{ id: "R3.4", ...source("ENW", "Systems: Plymouth's principles", "act in accordance with the Alliance Values and Behaviours") }],
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
    // A definition of the values (or of where they are set out) says the same.
    if (["values", "values-and-behaviours", "values-and-behaviors", "alliance-values", "alliance-values-and-behaviours"].some((t) => model.declared("term", t))) return;
    const block = model.first("Values");
    const [first, ...rest] = binding;
    context.report({
      span: first.name.span,
      message: `The principle \`${first.name.name}\` binds the parties to the alliance's values and behaviours, but the agreement does not set them out. Add a values section listing them.`,
      related: [
        ...(block ? [{ span: block.keyword, message: "the values section lists none" }] : []),
        ...rest.map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` refers to them too` })),
      ],
      data: { principle: first.name.name },
    });
  },
};
