import { hasClause, joinAnd } from "../governance/structure";
import { principlesFor, reference } from "../principles/reference";
import type { Rule } from "../rule";
import { CONSENSUS } from "./cites";
import { bodyApprovers } from "./approver-body";
import { ladderExample } from "./example";
import { ladderOf, spendText } from "./ladder";

export const approverDecides: Rule = {
  code: "ALY611",
  name: "spend-approver-no-decision-rule",
  title: "A body that approves spend does not say how it reaches a decision",
  severity: "info",
  grounds: "absence",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "When a body approves spend, people need to know how it reaches a decision, or nobody can tell whether a request was approved.",
  rationale:
    "When a body approves spend, the agreement should say how it reaches a decision, or nobody can tell whether a request was approved. Alliances work by consensus, each member with the same authority, and a proposal not passed by everyone falls (Coping with Complexity, ch. 6, Learning from experience); a body's `decides` clause is where its own rule is written. " +
    "This is a note about detail left out, given once for the agreement, and not at all when the agreement's principles already say that decisions are unanimous.",
  guidance: [{ id: "G4.1", ...CONSENSUS }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"], {
      panel: ["members SG, Penumbra", "quorum 2", "responds within 5 days"],
    }),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder) return;
    // A principle that decisions are unanimous already says how the alliance's bodies decide.
    if (principlesFor(context.model, reference("unanimous")).length > 0) return;
    const silent = bodyApprovers(context, ladder).filter(({ body }) => !hasClause(body, "Decides"));
    if (silent.length === 0) return;
    const [{ body, band }, ...others] = silent;
    const name = body.name.name;
    const also = others.length > 0 ? ` The same is true of ${joinAnd(others.map((o) => `\`${o.body.name.name}\``))}.` : "";
    context.report({
      span: band.approver.span,
      message: `The body \`${name}\` approves ${spendText(band)} but does not say how it decides. Add a decision rule to its section, such as \`decides spend by consensus\`.${also}`,
      related: [{ span: body.name.span, message: `the body \`${name}\`` }, ...others.map((o) => ({ span: o.body.name.span, message: `the body \`${o.body.name.name}\`` }))],
      data: { body: name, others: others.map((o) => o.body.name.name) },
    });
  },
};
