import type { BodyNode } from "../../tree";
import type { Rule } from "../rule";
import { ladderOf } from "../spend/ladder";
import { bodyApprovers } from "../spend/approver-body";
import { CAN_TIERS, FIVE_FUNCTIONS } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { hasClause, joinAnd, joinOr } from "./structure";

/** How many bodies a message names before it says "and N more". */
const NAMED = 3;

export const bodyComplete: Rule = {
  code: "ALY703",
  name: "governance-body-incomplete",
  title: "A body does not say who sits on it or how often it meets",
  severity: "info",
  grounds: "absence",
  topic: "Governance bodies and roles",
  basis: "inferred",
  why: "People can only take part in a body, and rely on its decisions, if they know who sits on it and when it meets or how quickly it answers.",
  rationale:
    "The reports describe alliance bodies by who belongs to them and how often they meet: the City Ambition Network's steering and operational groups meet monthly and its keyworker group every two weeks (Collaborative Providers, Part 1, City Ambition Network), and the governance of the first worked model is a shared infrastructure set up by the partners together (Exploring the New World, Examples and Tools, Example 1). An agreement that sets up a body without saying who sits on it, or when it meets, leaves that to be settled later. A body that works to a turnaround time (`responds within`) instead of set meetings has a rhythm too. Who chairs a body is left to the agreement: a small partnership may share the chair, or have none. A body that approves spend is left to the spend rules, which ask the same of it, so that one gap gives one note. What a body is for is not asked here: its `decides` clause, or the jobs in `functions`, say that. Reported once per agreement, naming each body and what it leaves out.",
  guidance: [
    { id: "R7.3", ...FIVE_FUNCTIONS },
    { id: "R7.3", ...CAN_TIERS },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ bodies: [body("Board", BOARD.filter((c) => !c.startsWith("members") && !c.startsWith("meets")))] }),
    right: governanceExample(),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    const approvers = new Set<BodyNode>(ladder ? bodyApprovers(context, ladder).map((a) => a.body) : []);
    const gaps: { node: BodyNode; missing: string[] }[] = [];
    for (const node of context.model.bodies()) {
      const missing: string[] = [];
      // A body that approves spend is asked for its members and its rhythm by the spend rules.
      const spends = approvers.has(node);
      if (!spends && !hasClause(node, "Members")) missing.push("members");
      if (!spends && !hasClause(node, "Meets") && !hasClause(node, "RespondsWithin")) missing.push("meetings");
      if (missing.length > 0) gaps.push({ node, missing });
    }
    if (gaps.length === 0) return;
    const kinds = new Set(gaps.flatMap((g) => g.missing));
    const WORDS: Record<string, [string, string]> = {
      members: ["who sits on it", "who sits on them"],
      meetings: ["how often it meets", "how often they meet"],
    };
    const first = gaps[0];
    let message: string;
    if (gaps.length === 1) {
      message = `The body \`${first.node.name.name}\` does not say ${joinOr(first.missing.map((m) => WORDS[m][0]))}. Add ${first.missing.length === 1 ? "this" : "these"} to its section.`;
    } else {
      const named = gaps.slice(0, NAMED).map((g) => `\`${g.node.name.name}\` (${joinAnd(g.missing.map((m) => (m === "meetings" ? "meetings" : m)))})`);
      const more = gaps.length > NAMED ? ` and ${gaps.length - NAMED} more` : "";
      const what = joinOr([...kinds].map((m) => WORDS[m][1]));
      message = `${gaps.length} bodies leave out ${what}: ${more ? `${named.join(", ")}${more}` : joinAnd(named)}. Add these to each body's section.`;
    }
    context.report({
      span: first.node.name.span,
      message,
      related: gaps.slice(1).map((g) => ({ span: g.node.name.span, message: `\`${g.node.name.name}\` leaves out its ${joinAnd(g.missing)}` })),
      data: { bodies: gaps.map((g) => ({ body: g.node.name.name, missing: g.missing })) },
    });
  },
};
