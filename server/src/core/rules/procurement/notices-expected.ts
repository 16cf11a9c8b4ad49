import { source } from "../../guidance/sources";
import { lawSource } from "../../law/tables";
import type { Rule } from "../rule";
import { clausesIn, contractValue, documentSpan, figureText, inPounds, packDocuments, regimeOf, relatedAt } from "./facts";
import { formatMoney } from "../../numbers";

/** Routes that publish no notices of this kind: a grant is not a procurement, and a direct award is judged on its own. */
const WITHOUT_NOTICES = ["grant", "direct-award", "other"];

/** Notices that announce the opportunity, and notices that report the award, under any of the regimes. */
const ADVANCE = ["contract-notice", "prior-information-notice", "tender-notice"];
const AWARD = ["award-notice", "contract-award-notice", "contract-details-notice"];

export const noticesExpected: Rule = {
  code: "ALY903",
  name: "notices-expected",
  title: "A contract above the light-touch threshold lists a notice announcing it and a notice of the award",
  severity: "info",
  grounds: "absence",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "Above the light-touch threshold the opportunity must be announced and the award published, even when the commissioner designs its own process. Listing the notices shows the process is open and treats every bidder alike.",
  rationale:
    "Above the light-touch threshold in force, a light-touch contract is advertised and its award published: under the Procurement Act 2023 with a tender notice and then a contract award notice and contract details notice; " +
    "under the Public Contracts Regulations 2015 and the Public Contracts (Scotland) Regulations 2015 with a contract notice or prior information notice and then an award notice. " +
    "Examples and Tools describes the same two steps for the 2015 regulations. The figure is the one in force when the procurement starts (docs/guidance.md dates each); the reports' £589k and £750k are history. " +
    "Health care under the Provider Selection Regime has its own transparency notices and is not judged here. The gap is noted once per document, and not where a linked document lists the notices.",
  guidance: [
    lawSource("pa2023", "Schedule 1, and its tender and award notices"),
    lawSource("pcr2015", "regulation 75 (light-touch notices)"),
    { id: "R9.3", ...source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "Publish a Contract Notice or a Prior Information Notice as an advisory") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  procurement starts 2026-04-01\n  value £80,000,000\n  route light-touch\n}\n',
    right:
      'specification Support "Support for adults with complex needs" {\n  procurement starts 2026-04-01\n  value £80,000,000\n  route light-touch\n  notices tender-notice, contract-award-notice\n}\n',
  },
  check(context) {
    const pack = packDocuments(context);
    const routes = clausesIn(pack, "Route").map((r) => r.clause.value.word);
    if (context.kind === "agreement" && !context.model.has("Route")) return;
    if (routes.length > 0 && routes.every((r) => WITHOUT_NOTICES.includes(r))) return;
    const regime = regimeOf(context);
    const threshold = regime.noticeThreshold;
    if (!threshold) return;
    const value = contractValue(context);
    if (!value || !inPounds(value.currency) || value.totalMinor <= threshold.minor) return;

    const listed = new Set(clausesIn(pack, "Notices").flatMap((n) => n.clause.names.map((w) => w.word)));
    const hasAdvance = ADVANCE.some((n) => listed.has(n));
    const hasAward = AWARD.some((n) => listed.has(n));
    if (hasAdvance && hasAward) return;

    const act = regime.regime === "pa2023";
    const advance = act ? "tender-notice" : "contract-notice";
    const award = act ? "contract-award-notice" : "award-notice";
    const missing = [...(hasAdvance ? [] : [advance]), ...(hasAward ? [] : [award])];
    const notices = clausesIn(pack, "Notices");
    const own = context.model.first("Notices");
    const opening = `This contract is worth ${formatMoney(value.totalMinor)}, above the light-touch threshold of ${figureText(threshold)}`;
    const message =
      listed.size === 0
        ? `${opening}, but lists no notices. Add \`notices ${advance}, ${award}\`.`
        : `${opening}. Add ${missing.map((m) => `\`${m}\``).join(" and ")} to the notices.`;
    const related = [relatedAt(value.node.amount.span, value.uri, "the contract value")];
    if (!own && notices.length > 0) related.push(relatedAt(notices[0].clause.keyword, notices[0].uri, "the notices listed"));
    context.report({
      span: own ? own.keyword : documentSpan(context),
      message,
      related,
      data: { add: missing, valueMinor: value.totalMinor, thresholdMinor: threshold.minor },
    });
  },
};
