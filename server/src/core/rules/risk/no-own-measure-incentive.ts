import { source } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { learningPrinciple, performanceTies, tieOwner } from "../learning/measures";

/** Uses of a measure that reward or penalise whoever is measured. */
const INCENTIVES: Record<string, string> = { payment: "payment", sanction: "sanctions" };

export const noOwnMeasureIncentive: Rule = {
  code: "ALY507",
  name: "no-own-measure-incentive",
  title: "One party is paid or penalised on a measure of its own",
  severity: "warning",
  grounds: "departure",
  topic: "Risk and reward",
  basis: "inferred",
  why:
    "Paying or penalising one party on its own measure sets it against the rest of the alliance: it gains or loses alone while the parties say they carry risk together.",
  rationale:
    "Plymouth's participants assume collective responsibility for all of the risks, and Exploring the New World finds that a narrow focus " +
    "on measured performance creates gaming of figures. A measure owned by one party and used for payment or sanctions does both.",
  guidance: [
    { id: "R5.1", ...source("ENW", "Systems, Plymouth's principles (a)", "assume collective responsibility for all of the risks") },
    { id: "G8.7", ...source("ENW", "Learning and accountability", "creating 'gaming' of figures") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  learning {\n    measure Tenancies "Tenancies kept" used for payment {\n      owner Livewell\n    }\n  }\n}\n',
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  learning {\n    measure Tenancies "Tenancies kept" used for learning {\n      owner Livewell\n    }\n  }\n}\n',
  },
  check(context) {
    const principled = learningPrinciple(context.model) !== undefined;
    for (const measure of context.model.measures()) {
      // Each tie is reported once: a contradiction, a cost-saving or process measure, has its own finding.
      const tie = performanceTies(context.model, measure).find((t) => t.via === "use" && tieOwner(measure, t, principled) === "ALY507");
      if (!tie) continue;
      const incentive = measure.uses.find((u) => u.span.start === tie.span.start)!;
      for (const detail of itemsOf(measure.items)) {
        if (detail.key !== "owner") continue;
        for (const owner of detail.names) {
          const resolution = context.resolve(owner);
          // An undeclared owner is reported as such.
          if (!resolution || resolution === "unknown" || resolution.kind !== "party") continue;
          context.report({
            span: owner.span,
            message: `Measure \`${measure.name.name}\` belongs to \`${owner.name}\` and is used for ${INCENTIVES[incentive.word]}, so one party gains or loses alone. Use it for learning, or tie ${INCENTIVES[incentive.word]} to a measure the alliance shares.`,
            related: [{ span: incentive.span, message: `the measure is used for ${INCENTIVES[incentive.word]} here` }],
          });
        }
      }
    }
  },
};
