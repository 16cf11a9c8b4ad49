import type { CriterionNode, Ident } from "../../tree";
import type { Resolution } from "../../workspace";
import type { Rule } from "../rule";
import { documentLabel, packOf, READ_ACROSS, relatedIn, stageOf } from "./shared";

interface Assessed {
  uri: string;
  criterion: CriterionNode;
  id: Ident;
}

const KIND_WORD: Record<string, string> = { requirement: "requirement", principle: "principle", question: "question", measure: "measure" };

export const selectionAwardDistinct: Rule = {
  code: "ALY068",
  name: "selection-award-distinct",
  title: "The same requirement, question or principle is assessed at both selection and award",
  severity: "warning",
  grounds: "departure",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "Selection asks whether a bidder can do the work; award asks which bid is best. Scoring the same thing at both stages counts it twice and blurs what each stage is for, which is hard to defend if challenged.",
  rationale:
    "Selection asks whether a bidder is capable of doing the work, often as pass or fail; award asks which bid is best. The guidance counts the selection criteria among the tender documents that have to read across and be consistent (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "Scoring the same thing at both stages counts it twice and blurs what each stage is for. " +
    "What the `stage selection` and `stage award` criteria assess is compared, in this evaluation and in any other evaluation written for the same document, and each award criterion that assesses something selection already tests is reported.",
  guidance: [{ id: "R10.9", ...READ_ACROSS }],
  appliesTo: ["evaluation"],
  example: {
    wrong:
      'evaluation Tender "Selection and award" {\n  criterion Capability "Able to keep open books" weight 100% stage selection assesses open-book\n  criterion Partnership "Working as one alliance" weight 100% stage award assesses collective-risk, open-book\n}\n',
    right:
      'evaluation Tender "Selection and award" {\n  criterion Capability "Able to keep open books" weight 100% stage selection assesses open-book\n  criterion Partnership "Working as one alliance" weight 100% stage award assesses collective-risk\n}\n',
  },
  check(context) {
    // What every selection criterion of the pack assesses, by the declaration it resolves to (or its name, when unresolved).
    const atSelection = new Map<string, Assessed>();
    const evaluations = [{ uri: context.uri, model: context.model }, ...packOf(context, "evaluation")];
    for (const evaluation of evaluations) {
      for (const criterion of evaluation.model.clauses("Criterion")) {
        if (stageOf(criterion) !== "selection") continue;
        for (const id of criterion.assesses) {
          const key = keyOf(context.workspace.resolve(evaluation.uri, id), id);
          if (!atSelection.has(key)) atSelection.set(key, { uri: evaluation.uri, criterion, id });
        }
      }
    }
    if (atSelection.size === 0) return;

    for (const criterion of context.model.clauses("Criterion")) {
      if (stageOf(criterion) !== "award") continue;
      for (const id of criterion.assesses) {
        const resolution = context.resolve(id);
        const first = atSelection.get(keyOf(resolution, id));
        if (!first) continue;
        const what = resolution && resolution !== "unknown" ? `The ${KIND_WORD[resolution.kind] ?? resolution.kind} ` : "The name ";
        const elsewhere = first.uri === context.uri ? "" : ` of ${documentLabel(context.workspace.get(first.uri)!.model)}`;
        context.report({
          span: id.span,
          message:
            `${what}\`${id.name}\` is assessed at selection, by \`${first.criterion.name.name}\`${elsewhere}, and again at award, by \`${criterion.name.name}\`. ` +
            "Assess it at one stage only: selection tests whether a bidder can do the work, award which bid is best.",
          related: [relatedIn(context, first.uri, first.id.span, `assessed at selection by criterion \`${first.criterion.name.name}\``)],
          data: { name: id.name, selectionCriterion: first.criterion.name.name, awardCriterion: criterion.name.name },
        });
      }
    }
  },
};

function keyOf(resolution: Resolution | null | "unknown", id: Ident): string {
  if (resolution && resolution !== "unknown") return `${resolution.uri}#${resolution.kind}#${id.name}`;
  return `?#${id.name}`;
}
