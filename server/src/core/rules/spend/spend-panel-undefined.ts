import { hasClause, joinAnd, joinOr } from "../governance/structure";
import type { Rule } from "../rule";
import { FUTURE_PATHWAYS_FUND } from "./cites";
import { bodyApprovers } from "./approver-body";
import { ladderExample } from "./example";
import { ladderOf, spendText } from "./ladder";

export const panelDefined: Rule = {
  code: "ALY610",
  name: "spend-panel-undefined",
  title: "A body that approves spend does not say who sits on it, or how many must take part",
  severity: "info",
  grounds: "absence",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "A panel that approves spend only works if people know who sits on it and how many must take part for its decision to count; otherwise requests wait on a body that cannot act.",
  rationale:
    "A panel that approves spend, like the Future Pathways panel that considers requests above the co-ordinators' £1000 (Coping with Complexity, ch. 6, Future Pathways), can only answer a request if the agreement says who sits on it and how many of them must take part for a decision to count. " +
    "The report does not say how its panel is made up; this is a note about detail the agreement leaves out, given once for the agreement however many bodies approve spend. How often a body meets is a separate matter for every body, not only those that approve spend.",
  guidance: [{ id: "R6.8", ...FUTURE_PATHWAYS_FUND }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"], { panel: ["members SG, Penumbra", "decides spend by consensus", "responds within 5 days"] }),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder) return;
    const gaps = bodyApprovers(context, ladder)
      .map(({ body, band }) => ({
        body,
        band,
        missing: [
          ...(hasClause(body, "Members") ? [] : [{ key: "members", words: "who sits on it" }]),
          ...(hasClause(body, "Quorum") ? [] : [{ key: "quorum", words: "how many members must take part (its quorum)" }]),
        ],
      }))
      .filter((g) => g.missing.length > 0);
    if (gaps.length === 0) return;
    // One note for the agreement: the first body, and the others by name.
    const [first, ...others] = gaps;
    const name = first.body.name.name;
    const also = others.length > 0 ? ` The same is true of ${joinAnd(others.map((g) => `\`${g.body.name.name}\``))}.` : "";
    context.report({
      span: first.band.approver.span,
      message: `The body \`${name}\` approves ${spendText(first.band)} but does not say ${joinOr(first.missing.map((m) => m.words))}. Add ${first.missing.length === 1 ? "this" : "these"} to its section.${also}`,
      related: [
        { span: first.body.name.span, message: `the body \`${name}\`` },
        ...others.map((g) => ({ span: g.body.name.span, message: `the body \`${g.body.name.name}\`` })),
      ],
      data: { body: name, missing: first.missing.map((m) => m.key), others: others.map((g) => g.body.name.name) },
    });
  },
};
