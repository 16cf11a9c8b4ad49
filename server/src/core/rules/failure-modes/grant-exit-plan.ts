import { cite } from "../../guidance/sources";
import type { RelatedLocation } from "../../problem";
import type { Rule } from "../rule";

export const grantExitPlan: Rule = {
  code: "ALY092",
  name: "grant-exit-plan",
  title: "Time-limited grant funding has no exit or sustainability plan",
  severity: "warning",
  topic: "Common failure modes",
  basis: "direct",
  rationale:
    "Funders often hope that what a grant starts will be picked up by statutory funding, and it rarely is. Where support is funded for a fixed time, the plan for what happens when the money ends has to be in place from the start (CCPS, Coping with Complexity, ch. 5, with Corra Foundation's work on sustainability). An agreement funded by `instrument grant` (or, with no `instrument`, by `route grant`) should declare an `exit-plan`. A specification or tender funded by grant is checked against the agreement it is `for`.",
  guidance: [{ id: "R12.2", cite: cite("CwC", "ch. 5, Funding innovation and change in a complex world (exit plans from the beginning)") }],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'agreement Example {\n  instrument grant because "A three-year test of a new way of working"\n}\n',
    right:
      'agreement Example {\n  instrument grant because "A three-year test of a new way of working"\n  exit-plan "From year two the partners agree with the council and health board how the work is funded after the grant ends"\n}\n',
  },
  check(context) {
    const model = context.model;
    const instrument = model.first("Instrument");
    const route = model.first("Route");
    const grant = instrument ? (instrument.value.word === "grant" ? instrument : undefined) : route?.value.word === "grant" ? route : undefined;
    if (!grant) return;
    const clause = grant.kind === "Instrument" ? "instrument grant" : "route grant";
    if (context.kind === "agreement") {
      if (model.has("ExitPlan")) return;
      context.report({
        span: grant.keyword,
        message: `This agreement is funded by a grant (\`${clause}\`) but has no plan for when the money ends. Add \`exit-plan "…"\` saying, from the start, how the work will be sustained or wound down`,
        data: { clause },
      });
      return;
    }
    // A specification or tender cannot hold an exit plan: look for it in the agreement it is for.
    const agreement = context.linked.find((d) => d.model.kind === "agreement");
    if (!agreement || agreement.model.has("ExitPlan")) return;
    const related: RelatedLocation[] = [];
    const name = agreement.model.document?.name;
    if (name) related.push({ uri: agreement.uri, span: name.span, message: `the agreement \`${name.name}\` has no \`exit-plan\`` });
    context.report({
      span: grant.keyword,
      message: `This ${context.kind} is funded by a grant (\`${clause}\`), but the agreement it is for has no plan for when the money ends. Add \`exit-plan "…"\` to ${name ? `the agreement \`${name.name}\`` : "the agreement"}, saying how the work will be sustained or wound down`,
      related,
      data: { clause, agreement: agreement.uri },
    });
  },
};
