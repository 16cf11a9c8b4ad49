import { source } from "../../guidance/sources";
import type { Rule } from "../rule";

export const socialValueLink: Rule = {
  code: "ALY908",
  name: "social-value-link",
  title: "A social-value criterion is linked to something the contract requires",
  severity: "info",
  grounds: "absence",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "Social value may be scored, but each criterion has to relate to the contract being let. A social-value score with no stated link to what the contract requires is harder to defend if a bidder challenges it.",
  rationale:
    "Examples and Tools encourages scoring social value (it saw this in Bristol), in the specification or the award criteria, and lists linking social value objectively to the contract among the ways to withstand a challenge. " +
    "Award criteria must relate to the subject matter of the contract under both the 2015 regulations and the Procurement Act 2023. Naming with `assesses` the requirement a criterion scores records that link. " +
    "Criteria without it are noted together, once per document.",
  guidance: [
    { id: "R9.8", ...source("ET", "What does this mean for procurement? (Dealing with challenge)", "Link social value elements objectively to the contract") },
    { id: "R9.8", ...source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "Embed social value considerations in the marking scheme") },
  ],
  appliesTo: ["evaluation"],
  example: {
    wrong: 'evaluation Award "Award criteria" {\n  criterion Community "Benefit to the local community" weight 10% social-value\n}\n',
    right: 'evaluation Award "Award criteria" {\n  criterion Community "Benefit to the local community" weight 10% social-value assesses R4\n}\n',
  },
  check(context) {
    const unlinked = context.model.clauses("Criterion").filter((c) => c.socialValue && c.assesses.length === 0);
    if (unlinked.length === 0) return;
    const first = unlinked[0];
    context.report({
      span: first.name.span,
      message:
        unlinked.length === 1
          ? `Criterion ${first.name.name} scores social value but is not linked to anything the contract requires. Add \`assesses\` and the requirement it scores.`
          : `${unlinked.length} social-value criteria, starting with ${first.name.name}, are not linked to anything the contract requires. Add \`assesses\` and the requirement each scores.`,
      data: { criteria: unlinked.map((c) => c.name.name) },
    });
  },
};
