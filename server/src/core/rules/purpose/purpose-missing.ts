import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { documentSpan } from "./text";

export const purposeMissing: Rule = {
  code: "ALY201",
  name: "purpose-missing",
  title: "An agreement has no shared purpose",
  severity: "warning",
  grounds: "departure",
  topic: "Shared purpose",
  basis: "direct",
  why: "Working this way starts with purpose: the change the alliance exists to bring about defines it and draws its edges, and its principles, decisions and measures are judged against it.",
  rationale:
    "Exploring the New World says that a system is defined, and its edges drawn, by its purpose (the change it seeks to achieve), and that it matters to start by saying clearly what the system is for and where its boundaries are, even if the details are refined later (How change happens, Start with purpose). An agreement with no shared purpose, or an empty one, leaves the partners nothing to judge the rest of it against.",
  guidance: [{ id: "R2.1", ...source("ENW", "How change happens: Start with purpose", "A system is identified and bounded by its purpose") }],
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
          'This agreement does not state its shared purpose. Add a purpose saying what will be different for the people it serves, for example `purpose "Adults with multiple and complex needs in Plymouth live well"`.',
      });
      return;
    }
    if (purpose.text.value.trim() === "") {
      context.report({
        span: purpose.text.span,
        message: "The shared purpose is empty. Write in the quotation marks what will be different for the people the alliance serves.",
      });
    }
  },
};
