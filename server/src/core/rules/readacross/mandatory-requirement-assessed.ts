import type { Rule } from "../rule";
import { dependentsOf, documentLabel, documentSpanOf, questionsOf, quotedAnd, READ_ACROSS, relatedIn, requirementsOf } from "./shared";

export const mandatoryAssessed: Rule = {
  code: "ALY061",
  name: "mandatory-requirement-assessed",
  title: "A mandatory requirement is neither scored by a criterion nor marked pass-fail or a contract condition",
  severity: "warning",
  grounds: "departure",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "A requirement bidders must meet, but that no criterion scores, is never tested. Either a criterion should score it, or the specification should say it is checked as pass or fail, or as a contract condition.",
  rationale:
    "The guidance asks that the specification, its requirements and the evaluation criteria read across and are consistent, as a defence against challenge (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "A mandatory requirement that no criterion scores is a promise the evaluation never tests. " +
    "The check runs on a specification when an evaluation written for it is being checked alongside; a requirement counts as scored when a criterion assesses it, or assesses a tender question that is about it.",
  guidance: [{ id: "R10.2", ...READ_ACROSS }],
  appliesTo: ["specification"],
  example: {
    alongside: 'evaluation Award "Award criteria" for Spec {\n  criterion Risk "Carrying risk together" weight 100% assesses Risk\n}\n',
    wrong:
      'specification Spec "Specification" {\n  requirements {\n    Risk "Describe how you will carry risk with the other providers" mandatory\n    Books "Describe how you will keep open books" mandatory\n  }\n}\n',
    right:
      'specification Spec "Specification" {\n  requirements {\n    Risk "Describe how you will carry risk with the other providers" mandatory\n    Books "Confirm that you will keep open books" pass-fail\n  }\n}\n',
  },
  check(context) {
    const mandatory = requirementsOf(context.model).filter((r) => r.level?.word === "mandatory");
    if (mandatory.length === 0) return;
    const evaluations = dependentsOf(context, "evaluation");
    if (evaluations.length === 0) return;

    // Every requirement of this specification that some criterion scores, directly or through a tender question.
    const scored = new Set<string>();
    for (const evaluation of evaluations) {
      for (const criterion of evaluation.model.clauses("Criterion")) {
        for (const id of criterion.assesses) {
          const resolution = context.workspace.resolve(evaluation.uri, id);
          if (!resolution || resolution === "unknown") continue;
          if (resolution.kind === "requirement" && resolution.uri === context.uri) scored.add(id.name);
          if (resolution.kind !== "question") continue;
          const tender = context.workspace.get(resolution.uri);
          const question = tender && questionsOf(tender.model).find((q) => q.name.name === id.name);
          for (const about of question?.about ?? []) {
            const target = context.workspace.resolve(resolution.uri, about);
            if (target && target !== "unknown" && target.kind === "requirement" && target.uri === context.uri) scored.add(about.name);
          }
        }
      }
    }

    const where = evaluations.length === 1 ? documentLabel(evaluations[0].model) : `the evaluations ${quotedAnd(evaluations.map((e) => e.model.name ?? "(unnamed)"))}`;
    for (const requirement of mandatory) {
      const name = requirement.name.name;
      if (scored.has(name)) continue;
      context.report({
        span: requirement.name.span,
        message:
          `No criterion of ${where} scores the mandatory requirement \`${name}\`. ` +
          `Add it to the \`assesses\` of the criterion that scores it, or mark it \`pass-fail\` or \`contract-condition\` if it is checked another way.`,
        related: evaluations.map((e) => relatedIn(context, e.uri, documentSpanOf(e.model), "the evaluation written for this specification")),
        data: { requirement: name, level: requirement.level ? { start: requirement.level.span.start, end: requirement.level.span.end } : null },
      });
    }
  },
};
