import { listOr } from "../../suggest";
import { CHOICES } from "../../vocabulary";
import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { clausesIn, documentSpan, documentWord, packDocuments } from "./facts";

export const procurementRoute: Rule = {
  code: "ALY901",
  name: "procurement-route",
  title: "A specification or tender says which procurement route it follows, and `route other` says why",
  severity: "error",
  topic: "Procurement routes and thresholds",
  basis: "inferred",
  rationale:
    "The rules a commissioner must follow, and the freedoms it has, depend on the route: a direct award, a light-touch process the commissioner designs, an innovation partnership, a reserved contract, a call-off, a grant or a public social partnership. " +
    "Naming the route makes the choice deliberate rather than a habit of buying care like goods ('widget' or 'same as before' procurement, CCPS, Coping with Complexity, ch. 4), and lets the other checks test it. " +
    "A route outside the list needs its justification written down, so that it can be defended if challenged (Exploring the New World, Examples and Tools, What does this mean for procurement?).",
  guidance: [
    { id: "R9.1", cite: cite("CwC", "ch. 4, Procurement: barrier or lever? (Tools)") },
    { id: "R9.1", cite: cite("ET", "What does this mean for procurement? (2015 Public Contracts Regulations; Dealing with challenge)") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  value £500,000\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  value £500,000\n  route light-touch\n}\n',
  },
  check(context) {
    if (context.kind === "specification" || context.kind === "tender") {
      const routes = clausesIn(packDocuments(context), "Route");
      if (routes.length === 0) {
        context.report({
          span: documentSpan(context),
          message: `This ${documentWord(context)} does not say which procurement route it follows. Add a \`route\` line, for example \`route light-touch\`; the routes are ${listOr(CHOICES.route)}`,
          data: { choices: CHOICES.route },
        });
      }
    }
    for (const route of context.model.clauses("Route")) {
      if (route.value.word !== "other") continue;
      if (route.because && route.because.value.trim() !== "") continue;
      context.report({
        span: route.value.span,
        message: "`route other` needs the reason none of the listed routes fits, so the choice can be defended if challenged: write `route other because \"…\"`",
      });
    }
  },
};
