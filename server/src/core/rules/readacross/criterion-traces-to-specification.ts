import type { CriterionNode } from "../../tree";
import type { Rule } from "../rule";
import { criterionLabel, documentLabel, learningOnlyAgreement, linkedOf, packOf, quotedAnd, READ_ACROSS, relatedIn, stageOf, unresolved } from "./shared";

/** What an award criterion may score so that it traces back to the specification. */
const TRACEABLE = new Set(["requirement", "question", "principle"]);

export const criterionTraces: Rule = {
  code: "ALY060",
  name: "criterion-traces-to-specification",
  title: "An award criterion does not say which requirement, question or principle it scores",
  severity: "warning",
  grounds: "departure",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "Bidders need to see what earns each mark, and the commissioner to show that marks were given for what was asked. A criterion tied to no requirement, question or principle cannot be traced back to the specification.",
  rationale:
    "A tender is easiest to defend when its parts can be traced to one another: the guidance asks that the specification, the requirements, the evaluation and the selection criteria read across and are consistent (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "An award criterion's `assesses` says what it scores. A criterion that names nothing there, or names only the agreement's measures, gives marks for something the specification does not ask for, and the scheme cannot be shown to read across. Each such criterion is reported at its name. " +
    "Social-value criteria with nothing to assess, and criteria that score a measure the agreement uses for learning only, have findings of their own.",
  guidance: [{ id: "R10.1", ...READ_ACROSS }],
  appliesTo: ["evaluation"],
  example: {
    wrong: 'evaluation Award "Award criteria" {\n  criterion Partnership "Working as one alliance" weight 100%\n}\n',
    right: 'evaluation Award "Award criteria" {\n  criterion Partnership "Working as one alliance" weight 100% assesses collective-risk\n}\n',
  },
  check(context) {
    const untraced: CriterionNode[] = [];
    const learningOnly = learningOnlyAgreement(context);
    for (const criterion of context.model.clauses("Criterion")) {
      if (stageOf(criterion) !== "award") continue;
      if (criterion.assesses.length === 0) {
        // A social-value criterion that names nothing has its own finding.
        if (!criterion.socialValue) untraced.push(criterion);
        continue;
      }
      // Names that resolve to nothing have their own finding; a name that might be in a missing document is not known.
      if (criterion.assesses.some((id) => unresolved(context, id))) continue;
      const kinds = criterion.assesses.map((id) => {
        const resolution = context.resolve(id);
        return resolution && resolution !== "unknown" ? resolution.kind : null;
      });
      if (kinds.some((k) => k !== null && TRACEABLE.has(k))) continue;
      // Only measures of a learning-only agreement: that finding says why scoring one is wrong.
      if (learningOnly) continue;
      untraced.push(criterion);
    }
    // Where the things it could score are written: the specification's requirements and the tender's questions.
    const related = [linkedOf(context, "specification"), ...packOf(context, "tender")].flatMap((doc) => {
      const block = doc?.model.first(doc.model.kind === "tender" ? "Questions" : "Requirements");
      return doc && block ? [relatedIn(context, doc.uri, block.keyword, `the ${doc.model.kind === "tender" ? "questions" : "requirements"} in ${documentLabel(doc.model)}`)] : [];
    });
    for (const criterion of untraced) {
      const measures = criterion.assesses.map((id) => id.name);
      context.report({
        span: criterion.name.span,
        message:
          measures.length === 0
            ? `The ${criterionLabel(criterion)} does not say which requirement, tender question or principle it scores. Name them after \`assesses\`, so that every mark traces back to the specification.`
            : `The ${criterionLabel(criterion)} scores only the agreement's ${measures.length === 1 ? "measure" : "measures"} ${quotedAnd(measures)}, which the specification does not ask about. Add the requirement, tender question or principle it scores after \`assesses\`.`,
        related,
        data: { criterion: criterion.name.name, measures },
      });
    }
  },
};
