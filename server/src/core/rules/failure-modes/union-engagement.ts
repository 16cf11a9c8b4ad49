import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";

export const unionEngagement: Rule = {
  code: "ALY094",
  name: "union-engagement",
  title: "Staff roles change but the agreement does not say how staff and unions are involved",
  severity: "info",
  topic: "Common failure modes",
  basis: "direct",
  rationale:
    "Changing how staff work can cost an organisation its workforce: one provider lost half its staff after asking everyone to re-interview for their jobs, and Cornerstone, whose new model met long opposition from unions, advises involving unions as early as possible (Lowe and Plimmer, Exploring the New World, 'How change happens', culture change, and the Cornerstone case study). Where `staff-changes` are declared, `union-engagement` should say how staff and their unions are involved.",
  guidance: [
    { id: "R12.4", cite: cite("ENW", "How change happens: culture change (workforce loss)") },
    { id: "R12.4", cite: cite("ENW", "Cornerstone case study (involve unions early)") },
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
        'Staff roles change here, but the agreement does not say how staff and their unions are involved. Add `union-engagement "…"` saying how and when they take part, as early as possible',
    });
  },
};
