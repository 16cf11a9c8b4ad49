import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";

export const socialValueLink: Rule = {
  code: "ALY908",
  name: "social-value-link",
  title: "A social-value criterion is linked to something the contract requires",
  severity: "warning",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "Social value may be scored, as Bristol did, and may sit in the specification or the award criteria, but it has to be tied objectively to the contract being let; an unconnected social-value score is open to challenge " +
    "(Exploring the New World, Examples and Tools, What does this mean for procurement?, Social value and Dealing with challenge). Naming what the criterion assesses records that link.",
  guidance: [
    { id: "R9.8", cite: cite("ET", "What does this mean for procurement? (Social value; Dealing with challenge): link social value objectively to the contract") },
  ],
  appliesTo: ["evaluation"],
  example: {
    wrong: 'evaluation Award "Award criteria" {\n  criterion Community "Benefit to the local community" weight 10% social-value\n}\n',
    right: 'evaluation Award "Award criteria" {\n  criterion Community "Benefit to the local community" weight 10% social-value assesses R4\n}\n',
  },
  check(context) {
    for (const criterion of context.model.clauses("Criterion")) {
      if (!criterion.socialValue || criterion.assesses.length > 0) continue;
      context.report({
        span: criterion.name.span,
        message:
          `Criterion \`${criterion.name.name}\` scores social value but is not linked to anything the contract requires. ` +
          `Add \`assesses\` and the requirement it scores, for example \`criterion ${criterion.name.name} … social-value assesses R4\`, so the link to the contract can be shown`,
      });
    }
  },
};
