import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

/** Uses of a measure that reward or penalise whoever is measured. */
const INCENTIVES: Record<string, string> = { payment: "payment", sanction: "sanctions" };

export const noOwnMeasureIncentive: Rule = {
  code: "ALY507",
  name: "no-own-measure-incentive",
  title: "One party is paid or penalised on a measure of its own",
  severity: "warning",
  topic: "Risk and reward",
  basis: "inferred",
  rationale:
    "Tying one party's payment or penalties to its own measure sets it against the rest of the alliance: it gains or loses alone while the " +
    `parties claim to carry risk together (${cite("ENW", "Systems, Plymouth's principles (a)")}). It is also the target-based management that ` +
    `the guidance warns breeds gaming, because outcomes come from the whole system rather than one organisation (${cite("CwC", "ch. 3")}; ` +
    `${cite("ENW", "Learning and accountability")}).`,
  guidance: [
    { id: "R5.7", cite: cite("ENW", "Systems, Plymouth's principles (a)") },
    { id: "G8.7", cite: cite("ENW", "Learning and accountability") },
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
    for (const measure of context.model.measures()) {
      const incentive = measure.uses.find((u) => u.word in INCENTIVES);
      if (!incentive) continue;
      for (const detail of itemsOf(measure.items)) {
        if (detail.key !== "owner") continue;
        for (const owner of detail.names) {
          const resolution = context.resolve(owner);
          // An undeclared owner is ALY010's.
          if (!resolution || resolution === "unknown" || resolution.kind !== "party") continue;
          context.report({
            span: owner.span,
            message:
              `Measure \`${measure.name.name}\` belongs to \`${owner.name}\` and is used for ${INCENTIVES[incentive.word]}, so one party gains or ` +
              `loses alone on its own results while the alliance shares risk. Use it for learning, or tie ${INCENTIVES[incentive.word]} to a ` +
              "measure the whole alliance shares",
            related: [{ span: incentive.span, message: `the measure is used for ${INCENTIVES[incentive.word]} here` }],
          });
        }
      }
    }
  },
};
