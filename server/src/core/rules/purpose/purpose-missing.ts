import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { documentSpan } from "./text";

export const purposeMissing: Rule = {
  code: "ALY201",
  name: "purpose-missing",
  title: "An agreement has no shared purpose",
  severity: "error",
  topic: "Shared purpose",
  basis: "direct",
  rationale:
    "Working in complexity starts with purpose: the change a system exists to bring about is what defines it and draws its edges, so the alliance has to say what it is for before anything else, and refine it as it learns. Everything else in the agreement (principles, decisions, measures) is judged against it. (Exploring the New World, The process of change: Start with purpose.)",
  guidance: [{ id: "R2.1", cite: cite("ENW", "How change happens: Start with purpose") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n}\n',
  },
  check(context) {
    const purpose = context.model.first("Purpose");
    if (!purpose) {
      context.report({
        span: documentSpan(context),
        message:
          'This agreement does not state its shared purpose. Add `purpose "…"` saying what will be different for the people the alliance serves, for example `purpose "Adults with multiple and complex needs in Plymouth live well"`',
      });
      return;
    }
    if (purpose.text.value.trim() === "") {
      context.report({
        span: purpose.text.span,
        message: "The shared purpose is empty. Write in the quotes what will be different for the people the alliance serves",
      });
    }
  },
};
