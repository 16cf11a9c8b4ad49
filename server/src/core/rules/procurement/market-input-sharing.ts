import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { clausesIn, packDocuments } from "./facts";

export const marketInputSharing: Rule = {
  code: "ALY907",
  name: "market-input-sharing",
  title: "Pre-tender engagement with providers says how their input is used and shared with every bidder",
  severity: "warning",
  grounds: "departure",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "Providers may help shape a service before the tender, but what they contribute must be used openly and shared with every bidder on the same terms, so that nobody who helped design it gains an unfair head start.",
  rationale:
    "Examples and Tools says providers can be involved in designing the specification before the tender, provided the commissioner is clear how it will use and share what they provide, on an equal basis; equal treatment of information is among its principles of fair procurement. " +
    "Engagement with no statement of how its results are shared departs from that in a way that changes the competition: the providers who took part may start ahead. It is reported once per document, at the first engagement, and not where a linked document already says.",
  guidance: [
    { id: "R9.7", ...source("ET", "What does this mean for procurement? (More you can do)", "be clear about how you are going to use and share the information they provide") },
    { id: "R9.7", ...source("ET", "What does this mean for procurement? (Principled working)", "Apply equal treatment (information, opportunities, procedures, assessment)") },
  ],
  appliesTo: ["agreement", "specification"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  market-engagement "Three design workshops with local providers in 2018"\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  market-engagement "Three design workshops with local providers in 2018"\n  input-sharing "Notes of every workshop are published to all bidders with the tender"\n}\n',
  },
  check(context) {
    const engagement = context.model.first("MarketEngagement");
    if (!engagement) return;
    if (clausesIn(packDocuments(context), "InputSharing").length > 0) return;
    context.report({
      span: engagement.keyword,
      message: "Say how what providers contributed before the tender is used and shared with every bidder on the same terms: add `input-sharing` with a description in quotes.",
    });
  },
};
