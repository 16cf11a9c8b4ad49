import { source } from "../../guidance/sources";
import { closest } from "../../suggest";
import type { DocumentNode } from "../../tree";
import type { Rule } from "../rule";
import { documentSpan } from "../purpose/text";

/** Whether the document holds a line whose first word is a misspelling of `principles` (reported where it is written). */
export function principlesMisspelt(document: DocumentNode): boolean {
  return document.items.some((i) => i.kind === "Error" && typeof (i as { found?: string }).found === "string" && closest((i as { found: string }).found, ["principles"]) === "principles");
}

export const principlesMissing: Rule = {
  code: "ALY301",
  name: "principles-missing",
  title: "An agreement has no principles",
  severity: "warning",
  grounds: "departure",
  topic: "Principles, values and behaviours",
  basis: "direct",
  why:
    "An alliance holds its members to account for how they behave together, not for narrow tasks, so it rests on principles the parties agree. Without them there is nothing shared to hold one another to.",
  rationale:
    "Places working this way stress agreeing system principles or values that guide how everyone behaves, so that people can hold themselves " +
    "and each other to account for their conduct rather than for set tasks. Plymouth's alliance rests on its seven Alliance Principles. An " +
    "agreement with no principles, or an empty list of them, leaves that foundation out.",
  guidance: [
    { id: "R3.1", ...source("ENW", "How change happens: Developing principles, values and behaviours", "establishing system principles or values that guide the behaviours") },
    { id: "R3.1", ...source("ENW", "Systems: Plymouth's principles", "All of us commit to working to Alliance Principles") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n}\n',
    right:
      'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n  principles {\n    best-for-people "We decide on the basis of what is best for the people using services"\n  }\n}\n',
  },
  check(context) {
    const blocks = context.model.clauses("Principles");
    // A misspelt `principles` line is already reported where it is written: one cause, one finding.
    if (blocks.length === 0 && principlesMisspelt(context.document)) return;
    if (blocks.length === 0) {
      context.report({
        span: documentSpan(context),
        message: "This agreement sets out no principles. Add a principles section with the commitments every party makes, such as deciding on what is best for the people using services.",
      });
      return;
    }
    if (context.model.principles().length === 0) {
      context.report({
        span: blocks[0].keyword,
        message: "The principles section is empty. Add the commitments every party makes, one on each line, such as deciding on what is best for the people using services.",
      });
    }
  },
};
