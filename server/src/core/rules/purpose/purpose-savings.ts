import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { spanWithin } from "./text";
import { SAVINGS } from "./wording";

export const purposeSavings: Rule = {
  code: "ALY204",
  name: "purpose-is-savings",
  title: "The shared purpose makes saving money its aim",
  severity: "warning",
  topic: "Shared purpose",
  basis: "direct",
  rationale:
    "People who work this way report that it can save money, but only as a by-product of helping people well the first time; when saving money becomes the aim, attention moves to cost measures, the right thing is not done and the savings do not come. So the shared purpose should state the change for people and leave savings out of it. This check looks for words such as savings, cost reduction and cutting costs in the purpose. (Exploring the New World, What does this way of working achieve?: Cost savings.)",
  guidance: [{ id: "R2.4", cite: cite("ENW", "What does this way of working achieve?: Cost savings") }],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  purpose "Deliver efficiency savings across adult social care in Plymouth"\n}\n',
    right: 'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n}\n',
  },
  check(context) {
    const purpose = context.model.first("Purpose");
    if (!purpose) return;
    const match = SAVINGS.exec(purpose.text.value);
    if (!match) return;
    context.report({
      span: spanWithin(context.text, purpose.text, match.index, match[0].length),
      message: `The shared purpose makes "${match[0]}" an aim. Savings follow from doing the right thing for people; aiming at them draws attention to cost instead. State the change the alliance wants for the people it serves, and leave savings out of the purpose`,
      data: { matched: match[0] },
    });
  },
};
