import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { contractTerm, describeMonths, relatedAt } from "./facts";

export const innovationPartnershipTerm: Rule = {
  code: "ALY905",
  name: "innovation-partnership-term",
  title: "An innovation partnership is given a term of three years or less",
  severity: "info",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "An innovation partnership is the route for when the commissioner does not yet know the answer, and it suits joint commissioning. " +
    "It is a common belief that such a partnership may last no more than three years; the guidance says this is a myth, and that its length should follow the time needed to reach the goal " +
    "(Exploring the New World, Examples and Tools, What does this mean for procurement?, More you can do). A short term chosen for that reason may end the partnership before it can learn its way to results. " +
    "Check the current rules with your legal adviser, as the law has changed since 2015.",
  guidance: [{ id: "R9.5", cite: cite("ET", "What does this mean for procurement? (More you can do): innovation partnerships are not limited to three years") }],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Pathways "Support for survivors" {\n  route innovation-partnership\n  term 3 years\n}\n',
    right: 'specification Pathways "Support for survivors" {\n  route innovation-partnership\n  term 7 years\n}\n',
  },
  check(context) {
    const route = context.model.clauses("Route").find((r) => r.value.word === "innovation-partnership");
    if (!route) return;
    const term = contractTerm(context);
    if (!term || term.months > 36) return;
    const here = term.uri === undefined;
    context.report({
      span: here ? term.span : route.value.span,
      message:
        `This innovation partnership runs for ${describeMonths(term.months)}. Innovation partnerships are not limited to three years: ` +
        "set the term by how long the partnership needs to reach its goal, and keep this term only if that is the reason for it",
      related: [here ? relatedAt(route.value.span, undefined, "the route is an innovation partnership") : relatedAt(term.span, term.uri, "the term")],
      data: { termMonths: term.months },
    });
  },
};
