import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { clausesIn, packDocuments } from "./facts";

export const marketInputSharing: Rule = {
  code: "ALY907",
  name: "market-input-sharing",
  title: "Pre-tender engagement with providers says how their input is used and shared with every bidder",
  severity: "warning",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "Providers may help shape a specification before the tender, but the commissioner must be clear how it will use what they say and share it with everyone on the same footing " +
    "(Exploring the New World, Examples and Tools, What does this mean for procurement?, More you can do). Equal treatment of information is one of the principles of fair procurement (same report, Principled working), " +
    "and a provider who helped design the service must not gain an unfair head start.",
  guidance: [
    { id: "R9.7", cite: cite("ET", "What does this mean for procurement? (More you can do): be clear how providers' pre-tender information is used and shared") },
    { id: "R9.7", cite: cite("ET", "What does this mean for procurement? (Principled working): equal treatment of information") },
  ],
  appliesTo: ["agreement", "specification"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  market-engagement "Three design workshops with local providers in 2018"\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  market-engagement "Three design workshops with local providers in 2018"\n  input-sharing "Notes of every workshop are published to all bidders with the tender"\n}\n',
  },
  check(context) {
    const engagements = context.model.clauses("MarketEngagement");
    if (engagements.length === 0) return;
    if (clausesIn(packDocuments(context), "InputSharing").length > 0) return;
    for (const engagement of engagements) {
      context.report({
        span: engagement.keyword,
        message:
          "Say how what providers contributed before the tender is used and shared with every bidder on the same terms: add `input-sharing` with a description in quotes, " +
          "for example `input-sharing \"Notes of every workshop are published to all bidders with the tender\"`",
      });
    }
  },
};
