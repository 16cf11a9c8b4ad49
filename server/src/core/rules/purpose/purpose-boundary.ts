import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { andList } from "./text";

const EXAMPLES = { people: 'people "Adults with multiple and complex needs"', place: 'place "Plymouth"' } as const;

export const purposeBoundary: Rule = {
  code: "ALY202",
  name: "purpose-boundary-missing",
  title: "The shared purpose does not say whom it serves and where",
  severity: "warning",
  topic: "Shared purpose",
  basis: "direct",
  rationale:
    "A purpose also marks the edges of the system: which people it is for and which place it covers. Without them partners cannot tell who is inside the alliance's remit, and the purpose cannot be refined as they learn. (Exploring the New World, The process of change: Start with purpose.)",
  guidance: [{ id: "R2.2", cite: cite("ENW", "How change happens: Start with purpose") }],
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
    const where = purpose.open ? `add ${clauses} inside the \`purpose\` block` : `give the purpose a block (add \`{\` after its text and \`}\` on a later line) holding ${clauses}`;
    context.report({
      span: purpose.keyword,
      message: `The shared purpose does not say ${what}: ${where}`,
      data: { missing },
    });
  },
};
