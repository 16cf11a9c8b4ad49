import { source } from "../../guidance/sources";
import type { Rule } from "../rule";

export const unionEngagement: Rule = {
  code: "ALY094",
  name: "union-engagement",
  title: "Staff roles change but the agreement does not say how staff and unions are involved",
  severity: "info",
  grounds: "absence",
  topic: "Common failure modes",
  basis: "direct",
  why: "Changing how staff work can cost an organisation its workforce: one provider lost half its staff after asking everyone to re-interview. Cornerstone, which met long opposition from unions, advises involving them as early as possible.",
  rationale:
    "Exploring the New World quotes a provider that re-interviewed all its staff for a new way of working and lost half its workforce (How change happens, culture change), and Cornerstone, whose new model met a big and continuing challenge from unions, advises other organisations to involve unions as early as possible (Cornerstone case study). Where `staff-changes` are written into the agreement, `union-engagement` should say how staff and their unions are involved.",
  guidance: [
    { id: "R12.4", ...source("ENW", "How change happens: culture change", "We re-interviewed all staff and lost 50% of the workforce") },
    { id: "R12.4", ...source("ENW", "Cornerstone case study", "involve unions as early as possible") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example {\n  staff-changes "Support workers move into self-organising neighbourhood teams"\n}\n',
    right:
      'agreement Example {\n  staff-changes "Support workers move into self-organising neighbourhood teams"\n  union-engagement "Unions sit on the design group from the start and agree the change plan"\n}\n',
  },
  check(context) {
    const changes = context.model.first("StaffChanges");
    if (!changes || context.model.has("UnionEngagement")) return;
    context.report({
      span: changes.keyword,
      message:
        "Staff roles change here, but the agreement does not say how staff and their unions are involved. Add `union-engagement` saying how and when they take part, as early as possible.",
    });
  },
};
