import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { spanWithin } from "./text";
import { SAVINGS } from "./wording";

export const purposeSavings: Rule = {
  code: "ALY204",
  name: "purpose-is-savings",
  title: "The shared purpose makes saving money its aim",
  severity: "warning",
  grounds: "departure",
  topic: "Shared purpose",
  basis: "direct",
  why: "People who work this way say savings come as a by-product of doing the right thing for people; when saving money becomes the aim, attention moves to cost, the right thing is not done and the savings do not come.",
  rationale:
    "Exploring the New World heard that working this way can save money, but that cost saving cannot be the main purpose of the change: savings come from doing the right thing, and making them the focus defeats them (What does this way of working achieve?, Cost savings). So the shared purpose should state the change for people and leave savings out of it. Words such as savings, cost reduction and cutting costs in the purpose are pointed out.",
  guidance: [{ id: "R2.4", ...source("ENW", "What does this way of working achieve?: Cost savings", "saving money comes as a by-product of doing the right thing") }],
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
      message: `The shared purpose makes “${match[0]}” an aim. State the change the alliance wants for the people it serves, and leave savings out of the purpose.`,
      data: { matched: match[0] },
    });
  },
};
