import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { contractTerm, describeMonths, relatedAt } from "./facts";

export const innovationPartnershipTerm: Rule = {
  code: "ALY905",
  name: "innovation-partnership-term",
  title: "An innovation partnership is given a term of three years or less",
  severity: "info",
  grounds: "suggestion",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "An innovation partnership is not limited to three years; its length should follow the time needed to reach its goal. A term cut short for that reason may end the partnership before it has learned its way to results.",
  rationale:
    "Examples and Tools recommends an innovation partnership when the commissioner does not yet know the answer, and for joint commissioning, and calls the belief that such partnerships may last at most three years a myth: the length should follow the goal. " +
    "A term of three years or less is pointed out as a suggestion, since it may have been chosen for good reasons. " +
    "Innovation partnership is a procedure of the 2015 regulations; under the Procurement Act 2023 a similar process would be designed under the competitive flexible procedure, so confirm how it works now with your legal adviser.",
  guidance: [{ id: "R9.5", ...source("ET", "What does this mean for procurement? (More you can do)", "They are not, as myth would have it, limited to three years") }],
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
      message: `This innovation partnership runs for ${describeMonths(term.months)}. Such partnerships need not end at three years: set the term by the time needed to reach the goal.`,
      related: [here ? relatedAt(route.value.span, undefined, "the route is an innovation partnership") : relatedAt(term.span, term.uri, "the term")],
      data: { termMonths: term.months },
    });
  },
};
