import { source } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { andList } from "./text";

const EXAMPLES = { people: 'people "Adults with multiple and complex needs"', place: 'place "Plymouth"' } as const;

export const purposeBoundary: Rule = {
  code: "ALY202",
  name: "purpose-boundary-missing",
  title: "The shared purpose does not say whom it serves and where",
  severity: "info",
  grounds: "absence",
  topic: "Shared purpose",
  basis: "direct",
  why: "A purpose also marks the edges of the alliance: which people it is for and which place it covers. Without them partners cannot tell who is inside its remit.",
  rationale:
    "Exploring the New World asks for a clear statement, from the start, of what the system is for and where its boundaries are, refined as the partners learn (How change happens, Start with purpose). The people the alliance serves and the place it covers are the boundaries an agreement can write down, with `people` and `place` in the purpose.",
  guidance: [{ id: "R2.2", ...source("ENW", "How change happens: Start with purpose", "what the system is for, and where the boundaries are") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs live well"\n}\n',
    right:
      'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs live well" {\n    people "Adults with multiple and complex needs"\n    place "Plymouth"\n  }\n}\n',
  },
  check(context) {
    const purpose = context.model.first("Purpose");
    if (!purpose) return;
    const details = itemsOf(purpose.items);
    const missing = (["people", "place"] as const).filter((key) => !details.some((d) => d.key === key && d.value.value.trim() !== ""));
    if (missing.length === 0) return;
    const what = missing.length === 2 ? "which people the alliance serves or which place it covers" : missing[0] === "people" ? "which people the alliance serves" : "which place the alliance covers";
    const clauses = andList(missing.map((key) => `\`${EXAMPLES[key]}\``));
    context.report({
      span: purpose.keyword,
      message: `The shared purpose does not say ${what}. Add ${clauses} to the purpose.`,
      data: { missing },
    });
  },
};
