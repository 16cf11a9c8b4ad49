import type { Rule } from "../rule";
import { criterionLabel, documentLabel, documentSpanOf, EQUAL_TREATMENT, packOf, questionsOf, quotedAnd, READ_ACROSS, relatedIn } from "./shared";

export const criterionAsked: Rule = {
  code: "ALY067",
  name: "criterion-asked-in-tender",
  title: "An evaluation criterion scores something the tender never asks bidders about",
  severity: "warning",
  grounds: "departure",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "A criterion that scores something no tender question asks about marks bidders on what they were never invited to show, and the evaluation no longer reads across to the tender.",
  rationale:
    "Equal treatment covers the information bidders are given and how they are assessed (Exploring the New World, Examples and Tools, What does this mean for procurement?, Principled working), and the evaluation criteria have to read across to the tender (Dealing with challenge). A criterion that scores something no question asks about marks bidders on what they were not invited to show. " +
    "When a tender written for the same specification (or the tender the evaluation is written for) is being checked alongside, each criterion should assess one of its questions, or a requirement or principle that one of its questions is `about`.",
  guidance: [
    { id: "R10.8", ...EQUAL_TREATMENT },
    { id: "R10.8", ...READ_ACROSS },
  ],
  appliesTo: ["evaluation"],
  example: {
    alongside:
      'tender Invitation "Invitation to tender" for Spec {\n  questions {\n    QRisk "How will you share losses and savings with the other providers?" about ShareRisk\n    QBooks "Will you open your books to every other party?"\n  }\n}\n',
    wrong: 'evaluation Award "Award criteria" for Invitation {\n  criterion Risk "Carrying risk together" weight 50% assesses ShareRisk\n  criterion Books "Open books" weight 50% assesses OpenBooks\n}\n',
    right: 'evaluation Award "Award criteria" for Invitation {\n  criterion Risk "Carrying risk together" weight 50% assesses ShareRisk\n  criterion Books "Open books" weight 50% assesses QBooks\n}\n',
  },
  check(context) {
    const tenders = packOf(context, "tender");
    if (tenders.length === 0) return;
    const questions = tenders.flatMap((t) => questionsOf(t.model));
    const questionNames = new Set(questions.map((q) => q.name.name));
    const askedAbout = new Set(questions.flatMap((q) => q.about.map((a) => a.name)));

    for (const criterion of context.model.clauses("Criterion")) {
      // A criterion that assesses nothing is ALY060's (or, for social value, ALY908's) finding.
      if (criterion.assesses.length === 0) continue;
      const resolutions = criterion.assesses.map((id) => context.resolve(id));
      const asked = criterion.assesses.some((id, i) => {
        if (questionNames.has(id.name)) return true;
        const resolution = resolutions[i];
        // A name that may be declared in a document not being checked is still not a question of the tender,
        // and is asked about only if a question says so.
        return resolution !== null && (resolution === "unknown" || resolution.kind === "requirement" || resolution.kind === "principle") && askedAbout.has(id.name);
      });
      if (asked) continue;
      // A name that nothing declares is ALY010's finding.
      if (resolutions.some((r) => r === null)) continue;
      // A criterion that scores only measures is ALY060's or ALY065's finding: it is not a missing question.
      if (resolutions.every((r) => r !== null && r !== "unknown" && r.kind === "measure")) continue;
      const names = criterion.assesses.map((id) => id.name);
      const one = names.length === 1;
      const where = tenders.length === 1 ? documentLabel(tenders[0].model) : "the tenders";
      context.report({
        span: criterion.name.span,
        message:
          `The ${criterionLabel(criterion)} scores ${quotedAnd(names)}, but no question in ${where} asks bidders about ${one ? "it" : "them"}. ` +
          `Add a tender question \`about ${names[0]}\`, or have the criterion score one of the tender's questions.`,
        related: tenders.map((t) => relatedIn(context, t.uri, t.model.first("Questions")?.keyword ?? documentSpanOf(t.model), `the questions of ${documentLabel(t.model)}`)),
        data: { criterion: criterion.name.name, assesses: names },
      });
    }
  },
};
