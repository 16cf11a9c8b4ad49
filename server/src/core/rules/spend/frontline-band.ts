import { lookup } from "../governance/structure";
import type { Rule } from "../rule";
import { CAN_BUDGETS, DEVOLVED, FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf } from "./ladder";

export const frontlineBand: Rule = {
  code: "ALY608",
  name: "spend-no-frontline-band",
  title: "No band of the spend ladder is approved by a frontline role",
  severity: "warning",
  topic: "Spend thresholds and delegated authority",
  basis: "direct",
  rationale:
    "People doing the work need real authority to spend, so they can act at once on what they know about the person in front of them. Future Pathways' co-ordinators sign off up to £1000 themselves (Coping with Complexity, ch. 6, Future Pathways); Exploring the New World (Human, Responding with trust) found that the spending that helped most was small and ordinary and needed no assessment; CAN's staff control delegated budgets (Collaborative Providers, Section 2). Digest rule R6.6.",
  guidance: [
    { id: "R6.6", cite: FUTURE_PATHWAYS_FUND },
    { id: "R6.6", cite: DEVOLVED },
    { id: "R6.6", cite: CAN_BUDGETS },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(["up to £1,000 approved by Manager", "over £1,000 approved by Panel"], { roles: ['Manager officer "Service manager"'] }),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 approved by Panel"]),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || ladder.bands.length === 0) return;
    const approvers = ladder.bands.map((band) => lookup(context, band.approver));
    // An approver that does not resolve may be the frontline role misspelt; ALY010 reports it first.
    if (approvers.some((a) => a === null)) return;
    if (approvers.some((a) => a?.kind === "role" && a.node.roleKind.word === "frontline")) return;
    const frontline = context.model.roles().find((r) => r.roleKind.word === "frontline");
    const example = frontline
      ? `\`up to £1,000 approved by ${frontline.name.name}\``
      : "`up to £1,000 approved by Coordinator`, with `Coordinator frontline \"Support co-ordinator\"` in `roles`";
    context.report({
      span: ladder.spend.keyword,
      message: `no band lets a frontline worker, such as a support co-ordinator, approve spend. Give a frontline role the first band, for example ${example}`,
      data: { role: frontline?.name.name ?? null },
    });
  },
};
