import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { EXAMPLE_AGREEMENT } from "./examples";
import { criterionLabel, documentLabel, documentSpanOf, learningOnlyAgreement, quotedAnd, relatedIn, capital } from "./shared";

export const noTargets: Rule = {
  code: "ALY065",
  name: "no-targets-read-across",
  title: "A specification sets targets, or an evaluation scores a measure, when the agreement uses its measures for learning only",
  severity: "warning",
  topic: "Read-across between documents",
  basis: "inferred",
  rationale:
    "Plymouth's tender set no outputs or outcomes, its signed contract rests on principles, and its specification treats measurement as learning for everyone in the system: the documents say the same thing (Exploring the New World, Plymouth case study). In the funder-led model the contract sets out how the alliance learns and governs itself rather than targets (Exploring the New World, Examples and Tools, Example 1). " +
    "When the agreement uses its measures only to learn from, a specification that sets targets, or an evaluation that scores bids against one of those measures, brings back through the tender the targets the agreement left out, and the documents no longer read across. " +
    "The check runs when the agreement being read across to declares at least one measure and none is used as a target, for payment, for sanctions or to rank providers, or carries a `target`.",
  guidance: [
    { id: "R10.6", cite: cite("ENW", "Commissioner: Plymouth City Council (no outputs or outcomes specified; measurement framed as learning)") },
    { id: "R10.6", cite: cite("ET", "Example 1: funder/commissioner led (governance processes rather than targets)") },
  ],
  appliesTo: ["specification", "evaluation"],
  example: {
    alongside: EXAMPLE_AGREEMENT,
    wrong: 'specification Spec "Specification" for Example {\n  targets {\n    Housed "Ninety per cent of people keep their tenancy for a year"\n  }\n}\n',
    right: 'specification Spec "Specification" for Example {\n  targets none\n}\n',
  },
  check(context) {
    const agreement = learningOnlyAgreement(context);
    if (!agreement) return;
    const learning = agreement.model.clauses("Learning")[0];
    const because = relatedIn(
      context,
      agreement.uri,
      learning?.keyword ?? documentSpanOf(agreement.model),
      `${capital(documentLabel(agreement.model))} uses its measures for learning only`,
    );

    for (const block of context.model.clauses("Targets")) {
      const targets = itemsOf(block.items);
      if (block.none || targets.length === 0) continue;
      const names = targets.map((t) => t.name.name);
      context.report({
        span: block.keyword,
        message:
          `${capital(documentLabel(agreement.model))} uses its measures only for learning and sets no targets, but this specification sets ${targets.length === 1 ? "the target" : "the targets"} ${quotedAnd(names)}. ` +
          "Remove them and write `targets none`, so that the tender does not ask bidders for what the agreement leaves out",
        related: [because],
        data: { targets: names },
      });
    }

    for (const criterion of context.model.clauses("Criterion")) {
      for (const id of criterion.assesses) {
        const resolution = context.resolve(id);
        if (!resolution || resolution === "unknown" || resolution.kind !== "measure" || resolution.uri !== agreement.uri) continue;
        context.report({
          span: id.span,
          message:
            `${capital(criterionLabel(criterion))} scores bids against the measure \`${id.name}\`, which ${documentLabel(agreement.model)} uses only for learning; scoring bids on it turns it into a target. ` +
            `Score what bidders say in answer to a requirement or tender question instead, and remove \`${id.name}\` from \`assesses\``,
          related: [relatedIn(context, agreement.uri, resolution.declaration.span, `the measure \`${id.name}\`, used for learning only`)],
          data: { criterion: criterion.name.name, measure: id.name },
        });
      }
    }
  },
};
