import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { documentSpan } from "../purpose/text";

export const principlesMissing: Rule = {
  code: "ALY301",
  name: "principles-missing",
  title: "An agreement has no principles",
  severity: "error",
  topic: "Principles, values and behaviours",
  basis: "direct",
  rationale:
    "An alliance holds its members to account for how they behave rather than for narrow tasks or targets, so it needs agreed principles, values and behaviours, written with the people who will live by them (Exploring the New World, The process of change: Developing principles, values and behaviours). Plymouth's alliance contract rests on its seven Alliance Principles rather than on outputs (Exploring the New World, Systems: Plymouth's principles).",
  guidance: [
    { id: "R3.1", cite: cite("ENW", "How change happens: Developing principles, values and behaviours") },
    { id: "R3.1", cite: cite("ENW", "Systems: Plymouth's principles") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n}\n',
    right:
      'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n  principles {\n    best-for-people "We decide on the basis of what is best for the people using services"\n  }\n}\n',
  },
  check(context) {
    const blocks = context.model.clauses("Principles");
    if (blocks.length === 0) {
      context.report({
        span: documentSpan(context),
        message:
          'This agreement sets out no principles. Add a `principles` block with the commitments every party makes, one on each line, for example `best-for-people "We decide on the basis of what is best for the people using services"`',
      });
      return;
    }
    if (context.model.principles().length === 0) {
      context.report({
        span: blocks[0].keyword,
        message:
          'The `principles` block is empty. Add the commitments every party makes, one on each line, for example `best-for-people "We decide on the basis of what is best for the people using services"`',
      });
    }
  },
};
