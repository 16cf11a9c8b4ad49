import type { CriterionNode } from "../../tree";
import type { Rule } from "../rule";
import { EQUAL_TREATMENT, READ_ACROSS, stageOf, type Stage } from "./shared";
import { formatPercent } from "../../numbers";

const WHOLE = 100_000;

export const weightsTotal: Rule = {
  code: "ALY062",
  name: "criteria-weights-total",
  title: "The weights of an evaluation stage's criteria do not add up to exactly 100%",
  severity: "error",
  grounds: "contradiction",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "The weights say how much each criterion counts. If one stage's weights add up to more or less than 100%, the published scheme and the scores given cannot both be right, and the award is open to challenge.",
  rationale:
    "Bidders are scored on the evaluation's criteria, and the weights say how much each counts. Weights that do not add up to 100% contradict themselves: the marks a bidder can earn are not the marks the scheme describes. The guidance asks that the evaluation and selection criteria read across with the rest of the tender, and that assessment treats every bidder equally (Exploring the New World, Examples and Tools, What does this mean for procurement?, Principled working and Dealing with challenge). " +
    "Each stage is added up exactly (`stage selection` and `stage award`; a criterion with no stage is an award criterion). A selection stage whose criteria all weigh 0% is read as pass or fail, and is not reported.",
  guidance: [
    { id: "R10.3", ...READ_ACROSS },
    { id: "R10.3", ...EQUAL_TREATMENT },
  ],
  appliesTo: ["evaluation"],
  example: {
    wrong:
      'evaluation Award "Award criteria" {\n  criterion Partnership "Working as one alliance" weight 60% assesses collective-risk\n  criterion Learning "Learning together" weight 30% assesses learning\n}\n',
    right:
      'evaluation Award "Award criteria" {\n  criterion Partnership "Working as one alliance" weight 60% assesses collective-risk\n  criterion Learning "Learning together" weight 40% assesses learning\n}\n',
  },
  check(context) {
    const criteria = context.model.clauses("Criterion");
    if (criteria.length === 0) return;
    const byStage = new Map<Stage, CriterionNode[]>();
    for (const criterion of criteria) {
      const stage = stageOf(criterion);
      // A stage word close to neither stage (ALY014) leaves the totals unknowable.
      if (stage === null) return;
      byStage.set(stage, [...(byStage.get(stage) ?? []), criterion]);
    }
    const namesStages = criteria.some((c) => c.stage !== null);
    for (const stage of ["selection", "award"] as const) {
      const list = byStage.get(stage);
      if (!list) continue;
      // A weight the parser could not read is reported there.
      if (list.some((c) => c.weight.error)) continue;
      const total = list.reduce((sum, c) => sum + c.weight.thousandths, 0);
      if (total === WHOLE) continue;
      if (total === 0 && stage === "selection") continue;
      const whose = namesStages ? `the ${stage} criteria` : "the criteria";
      const gap = total < WHOLE ? `${formatPercent(WHOLE - total)} is not given to any criterion` : `${formatPercent(total - WHOLE)} too much`;
      context.report({
        span: list[0].weight.span,
        message: `The weights of ${whose} add up to ${formatPercent(total)}, not 100%: ${gap}. Change the weights so that they add up to exactly 100%.`,
        related: list.map((c) => ({ span: c.weight.span, message: `\`${c.name.name}\` weighs ${formatPercent(c.weight.thousandths)}` })),
        // Thousandths of a percent; `shortBy` is negative when the weights add up to more than 100%.
        data: { stage, total, shortBy: WHOLE - total },
      });
    }
  },
};
