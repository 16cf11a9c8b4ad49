import { source } from "../../guidance/sources";
import type { RelatedLocation } from "../../problem";
import type { Rule } from "../rule";

export const grantExitPlan: Rule = {
  code: "ALY092",
  name: "grant-exit-plan",
  title: "Time-limited grant funding has no exit or sustainability plan",
  severity: "info",
  grounds: "absence",
  topic: "Common failure modes",
  basis: "direct",
  why: "Funders often hope that what a grant starts will be picked up by statutory funding, and it often is not. Where support is funded for a fixed time, the plan for when the money ends has to be there from the start.",
  rationale:
    "Coping with Complexity reports the hope that grant-funded work will be taken on by statutory funders, and says plainly that this is not happening; with Corra Foundation's work on sustainability, it concludes that where support is funded for a fixed period, the exit plan must be there from the beginning (ch. 5, “Funding innovation and change in a complex world”). An agreement funded by `instrument grant` (or, with no `instrument`, by `route grant`) is asked for an `exit-plan`. A specification or tender funded by grant is checked against the agreement it is `for`.",
  guidance: [{ id: "R12.2", ...source("CwC", "ch. 5, Funding innovation and change in a complex world", "exit plans need to be in place at the beginning") }],
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
        message: `This agreement is funded by a grant but has no plan for when the money ends. Add \`exit-plan\` saying, from the start, how the work will be sustained or wound down.`,
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
      message: `This ${context.kind} is funded by a grant, but the agreement it is for has no plan for when the money ends. Add \`exit-plan\` to ${name ? `the agreement \`${name.name}\`` : "the agreement"}, saying how the work will be sustained or wound down.`,
      related,
      data: { clause, agreement: agreement.uri },
    });
  },
};
