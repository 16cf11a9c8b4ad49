import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { capital, criterionLabel, learningOnlyAgreement, linkedOf, quotedAnd, READ_ACROSS_SOURCE, stageOf, unresolved } from "./shared";

/** What an award criterion may score so that it traces back to the specification. */
const TRACEABLE = new Set(["requirement", "question", "principle"]);

export const criterionTraces: Rule = {
  code: "ALY060",
  name: "criterion-traces-to-specification",
  title: "An award criterion does not say which requirement, question or principle it scores",
  severity: "error",
  topic: "Read-across between documents",
  basis: "inferred",
  rationale:
    "A tender is hardest to challenge when every part of it can be traced to every other: the specification, the requirements, the evaluation and the selection criteria have to read across (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "An award criterion that names nothing it scores cannot be traced to the specification, so a bidder cannot see what earns its marks, and the commissioner cannot show that marks were given for what was asked. " +
    "The check reads a criterion's `assesses`: it must name at least one requirement, tender question or principle. Social-value criteria are left to ALY908, and a criterion that scores only a measure of a learning-only agreement to ALY065.",
  guidance: [{ id: "R10.1", cite: cite("ET", `${READ_ACROSS_SOURCE}: the documents of a tender must read across`) }],
  appliesTo: ["evaluation"],
  example: {
    wrong: 'evaluation Award "Award criteria" {\n  criterion Partnership "Working as one alliance" weight 100%\n}\n',
    right: 'evaluation Award "Award criteria" {\n  criterion Partnership "Working as one alliance" weight 100% assesses collective-risk\n}\n',
  },
  check(context) {
    const spec = linkedOf(context, "specification");
    const firstRequirement = spec?.model.declaredNames("requirement")[0];
    for (const criterion of context.model.clauses("Criterion")) {
      if (stageOf(criterion) !== "award") continue;
      const name = criterion.name.name;
      if (criterion.assesses.length === 0) {
        // A social-value criterion that names nothing is ALY908's finding.
        if (criterion.socialValue) continue;
        context.report({
          span: criterion.name.span,
          message:
            `${capital(criterionLabel(criterion))} does not say what it scores. Add \`assesses\` and the requirement, tender question or principle it scores, ` +
            `for example \`criterion ${name} … assesses ${firstRequirement ?? "Risk"}\`, so that every mark can be traced back to the specification`,
          data: { criterion: name },
        });
        continue;
      }
      // Names that resolve to nothing are ALY010's finding; a name that might be in a missing document is not known.
      if (criterion.assesses.some((id) => unresolved(context, id))) continue;
      const kinds = criterion.assesses.map((id) => {
        const resolution = context.resolve(id);
        return resolution && resolution !== "unknown" ? resolution.kind : null;
      });
      if (kinds.some((k) => k !== null && TRACEABLE.has(k))) continue;
      // Only measures: when the agreement uses its measures for learning only, ALY065 says why scoring one is wrong.
      if (learningOnlyAgreement(context)) continue;
      context.report({
        span: criterion.name.span,
        message:
          `${capital(criterionLabel(criterion))} scores only the agreement's ${criterion.assesses.length === 1 ? "measure" : "measures"} ${quotedAnd(criterion.assesses.map((id) => id.name))}, ` +
          "which the specification does not ask bidders about. Add to `assesses` the requirement, tender question or principle the criterion scores",
        data: { criterion: name, measures: criterion.assesses.map((id) => id.name) },
      });
    }
  },
};
