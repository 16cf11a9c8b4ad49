import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { clausesIn, documentSpan, documentWord, hasText, packDocuments } from "./facts";

export const procurementRoute: Rule = {
  code: "ALY901",
  name: "procurement-route",
  title: "A specification or tender says which procurement route it follows, and `route other` says why",
  severity: "info",
  grounds: "absence",
  topic: "Procurement routes and thresholds",
  basis: "inferred",
  why:
    "The duties and freedoms a commissioner has depend on the route chosen. Naming it shows the choice was made on purpose, and a route outside the usual list needs its reasons written down so it can be defended if challenged.",
  rationale:
    "Naming the route (a direct award, a light-touch process the commissioner designs, an innovation partnership, a reserved contract, a call-off, a grant, a public social partnership, or a process of the Provider Selection Regime) makes the choice deliberate, " +
    "where Coping with Complexity (ch. 4) warns against reaching by habit for 'widget' or 'same as before' procurement, and it lets the other checks test the route against the law in force. " +
    "Examples and Tools lists, among the ways to fend off a challenge, choosing or designing a process that delivers the commissioning objectives; a route outside the list needs that reasoning written after `because`. " +
    "A missing route is noted once per document, and not where a linked document already names it.",
  guidance: [
    { id: "R9.1", ...source("CwC", "ch. 4, Procurement: barrier or lever? (Influencing change)", "'widget'/'same as before' procurement") },
    { id: "R9.1", ...source("ET", "What does this mean for procurement? (Dealing with challenge)", "Select or design a process to deliver on the objectives") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  value £500,000\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  value £500,000\n  route light-touch\n}\n',
  },
  check(context) {
    if (context.kind === "specification" || context.kind === "tender") {
      if (clausesIn(packDocuments(context), "Route").length === 0) {
        context.report({
          span: documentSpan(context),
          message: `This ${documentWord(context)} does not say which procurement route it follows. Add a \`route\` line, such as \`route light-touch\`.`,
        });
        return;
      }
    }
    const unexplained = context.model.clauses("Route").find((r) => r.value.word === "other" && !hasText(r.because));
    if (unexplained) {
      context.report({
        span: unexplained.value.span,
        message: "Say why none of the listed routes fits, so the choice can be defended if challenged: add the reason after `because`.",
      });
    }
  },
};
