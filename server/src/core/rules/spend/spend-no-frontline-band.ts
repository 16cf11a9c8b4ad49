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
  grounds: "departure",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "People doing the work need real authority to spend, so they can act at once on what they know about the person in front of them. A ladder where only managers and panels approve spend takes that away.",
  rationale:
    "Future Pathways' support co-ordinators sign off spend up to £1000 themselves (Coping with Complexity, ch. 6, Future Pathways). Exploring the New World (Human, Responding with trust) argues that managers should hand real decision-making authority to the people doing the work, so that decisions are quick and rest on what they know of each person; in the same passage a public sector change leader recalls that most of what helped people was small and needed no assessment. CAN's staff work with delegated budget control (Collaborative Providers, Section 2). " +
    "The guidance gives these as examples rather than a rule, so this is a warning: a ladder in which no frontline role approves any band departs from them.",
  guidance: [
    { id: "R6.6", ...FUTURE_PATHWAYS_FUND },
    { id: "R6.6", ...DEVOLVED },
    { id: "R6.6", ...CAN_BUDGETS },
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
    // A ladder that starts above zero leaves the small amounts with nobody: that finding already asks for a frontline band.
    const first = ladder.sorted[0];
    if (ladder.sound && first?.over && first.over.minor > 0) return;
    const frontline = context.model.roles().find((r) => r.roleKind.word === "frontline");
    const fix = frontline
      ? `Give \`${frontline.name.name}\` the first band, for example \`up to £1,000 approved by ${frontline.name.name}\`.`
      : "Add a frontline role to the roles, and give it the first band.";
    context.report({
      span: ladder.spend.keyword,
      message: `No band lets a frontline worker, such as a support co-ordinator, approve spend. ${fix}`,
      data: { role: frontline?.name.name ?? null },
    });
  },
};
