import { breadthOf, describeAuthority, lookup, principalBody } from "../governance/structure";
import type { Rule } from "../rule";
import { capital } from "../readacross/shared";
import { CONSENSUS, FUTURE_PATHWAYS_FUND } from "./cites";
import { ladderExample } from "./example";
import { ladderOf, spendText } from "./ladder";

export const escalation: Rule = {
  code: "ALY607",
  name: "spend-escalation-narrows",
  title: "A larger band of spend is approved by a narrower authority than the band below it",
  severity: "warning",
  grounds: "departure",
  topic: "Spend thresholds and delegated authority",
  basis: "inferred",
  why: "As amounts grow, approval should pass to the same group or a wider one. When a larger band is signed off by fewer people than a smaller one, the biggest decisions are the least shared.",
  rationale:
    "In Future Pathways, spend beyond the co-ordinators' limit goes to a panel rather than to another single person (Coping with Complexity, ch. 6, Future Pathways), and an alliance decides together, each member with the same authority (ch. 6, Learning from experience). " +
    "A ladder whose larger band is approved by a narrower authority than the band below it concentrates the largest decisions in fewer hands. A party or role counts as one person, and a body as the number of its members; the bands are compared from the smallest amounts up.",
  guidance: [{ id: "R6.5", ...FUTURE_PATHWAYS_FUND }, { id: "G4.1", ...CONSENSUS }],
  appliesTo: ["agreement"],
  example: {
    wrong: ladderExample(
      ["up to £1,000 approved by Coordinator", "over £1,000 up to £25,000 approved by Panel", "over £25,000 approved by Director"],
      { roles: ['Director officer "Director of services"'] },
    ),
    right: ladderExample(["up to £1,000 approved by Coordinator", "over £1,000 up to £25,000 approved by Director", "over £25,000 approved by Panel"], {
      roles: ['Director officer "Director of services"'],
    }),
  },
  check(context) {
    const ladder = ladderOf(context.model);
    if (!ladder || ladder.unreadable || ladder.empty.length > 0) return;
    const wider = principalBody(context.model);
    for (let i = 1; i < ladder.sorted.length; i++) {
      const band = ladder.sorted[i];
      const previous = ladder.sorted[i - 1];
      const here = lookup(context, band.approver);
      const below = lookup(context, previous.approver);
      if (!here || !below) continue;
      const breadth = breadthOf(here);
      const belowBreadth = breadthOf(below);
      if (breadth === null || belowBreadth === null || breadth >= belowBreadth) continue;
      const widerBreadth = wider ? context.model.membersOf(wider).length : 0;
      const suggestion = wider && wider.name.name !== band.approver.name && widerBreadth >= belowBreadth ? `, such as \`${wider.name.name}\`` : "";
      context.report({
        span: band.approver.span,
        message: `${capital(spendText(band))} goes to ${describeAuthority(here)}, fewer people than ${describeAuthority(below)}, which approves the smaller band below. Give larger spend to the same group or a wider one${suggestion}.`,
        related: [{ span: previous.approver.span, message: `\`${previous.approver.name}\` approves ${spendText(previous)}` }],
        data: { breadth, below: belowBreadth },
      });
    }
  },
};
