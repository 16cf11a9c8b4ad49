import type { TargetDecl, TargetsNode } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { EXAMPLE_AGREEMENT } from "./examples";
import { criterionLabel, documentLabel, documentSpanOf, learningOnlyAgreement, linkedOf, NO_TARGETS_CONTRACT, noTargetsPrinciple, PLYMOUTH_TENDER, quotedAnd, relatedIn, thisDocument } from "./shared";

/** The targets a `targets` section sets: none for `targets none` or an empty list. */
export function targetsSet(block: TargetsNode | undefined): TargetDecl[] {
  if (!block || block.none) return [];
  return itemsOf<TargetDecl>(block.items);
}

/** "the target `A`", "the targets `A` and `B`", or "4 targets" when there are many. */
export function targetWords(names: readonly string[]): string {
  if (names.length === 1) return `the target ${quotedAnd(names)}`;
  return names.length <= 3 ? `the targets ${quotedAnd(names)}` : `${names.length} targets`;
}

export const noTargets: Rule = {
  code: "ALY065",
  name: "no-targets-read-across",
  title: "A specification or tender sets targets, or an evaluation scores a measure, when the agreement uses its measures for learning only",
  severity: "warning",
  grounds: "departure",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "When the agreement uses its measures only to learn from, targets in the tender documents, or bids scored against those measures, bring back through the tender what the agreement left out.",
  rationale:
    "Plymouth's tender set no outputs or outcomes and focused on collaboration and learning together, and its signed contract rests on agreed principles instead (Exploring the New World, Commissioner: Plymouth City Council). In the funder-led model the contract sets out the governance by which the alliance is held to account for learning and adapting, not targets (Exploring the New World, Examples and Tools, Example 1). " +
    "When the agreement uses its measures only to learn from, a specification or tender that sets targets, or an evaluation that scores bids against one of those measures, brings the targets back, and the documents no longer read across. " +
    "This applies when the agreement declares at least one measure and none is used as a target, for payment, for sanctions or to rank providers, or carries a `target`. A tender whose specification already states whether there are targets is compared with the specification instead, and targets that the agreement's own principles rule out are reported as a contradiction.",
  guidance: [
    { id: "R10.6", ...PLYMOUTH_TENDER },
    { id: "R10.6", ...NO_TARGETS_CONTRACT },
  ],
  appliesTo: ["specification", "tender", "evaluation"],
  example: {
    alongside: EXAMPLE_AGREEMENT,
    wrong: 'specification Spec "Specification" for Example {\n  targets {\n    Housed "Ninety per cent of people keep their tenancy for a year"\n  }\n}\n',
    right: 'specification Spec "Specification" for Example {\n  targets none\n}\n',
  },
  check(context) {
    const agreement = learningOnlyAgreement(context);
    if (!agreement) return;
    const learning = agreement.model.clauses("Learning")[0];
    const because = relatedIn(context, agreement.uri, learning?.keyword ?? documentSpanOf(agreement.model), `${documentLabel(agreement.model)} uses its measures for learning only`);

    // A tender whose specification says whether it sets targets is read against the specification, and targets
    // that the agreement's own principles rule out contradict it: both are reported as contradictions instead.
    const specStance = context.kind === "tender" ? linkedOf(context, "specification")?.model.first("Targets") : undefined;
    // Only where every measure of the agreement is for learning alone does the message hold: a measure kept
    // for safety or a statutory return is not a learning measure, and an adviser would not object here.
    const allForLearning = agreement.model.measures().every((m) => m.uses.length > 0 && m.uses.every((u) => u.word === "learning"));
    if (context.kind !== "evaluation" && !specStance && allForLearning && !noTargetsPrinciple(agreement.model)) {
      const block = context.model.first("Targets");
      const names = targetsSet(block).map((t) => t.name.name);
      if (block && names.length > 0) {
        context.report({
          span: block.keyword,
          message:
            `The agreement \`${agreement.model.name ?? "(unnamed)"}\` uses its measures only for learning, but ${thisDocument(context)} sets ${targetWords(names)}. ` +
            `Remove ${names.length === 1 ? "it" : "them"} and write \`targets none\`, so that the tender does not bring targets back.`,
          related: [because],
          data: { targets: names },
        });
      }
    }

    for (const criterion of context.model.clauses("Criterion")) {
      for (const id of criterion.assesses) {
        const resolution = context.resolve(id);
        if (!resolution || resolution === "unknown" || resolution.kind !== "measure" || resolution.uri !== agreement.uri) continue;
        const measure = agreement.model.measures().find((m) => m.name.name === id.name);
        if (measure && !measure.uses.every((u) => u.word === "learning")) continue;
        context.report({
          span: id.span,
          message:
            `The ${criterionLabel(criterion)} scores bids against \`${id.name}\`, a measure the agreement uses only for learning, which makes it a target. ` +
            `Score a requirement or tender question instead.`,
          related: [relatedIn(context, agreement.uri, resolution.declaration.span, `the measure \`${id.name}\`, used for learning only`)],
          data: { criterion: criterion.name.name, measure: id.name },
        });
      }
    }
  },
};
