import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import {
  THRESHOLD_SOURCES, clausesIn, contractValue, describeValue, documentSpan, formatMoney, moneyThresholdNote, packDocuments, relatedAt,
  sameCurrency,
} from "./facts";

/** Routes that publish no notices: a grant is not a procurement, and a direct award is checked by ALY902. */
const WITHOUT_NOTICES = ["grant", "direct-award"];

export const noticesExpected: Rule = {
  code: "ALY903",
  name: "notices-expected",
  title: "A contract above the notice threshold lists a contract notice or prior information notice, and an award notice",
  severity: "warning",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "Above the light-touch threshold a commissioner may still design its own process, but it should announce the opportunity with a Contract Notice or a Prior Information Notice and publish a notice once the contract is awarded (Exploring the New World, Examples and Tools, What does this mean for procurement?). " +
    "Listing the notices shows that the process is open and treats bidders equally. " +
    THRESHOLD_SOURCES,
  guidance: [
    { id: "R9.3", cite: cite("ET", "What does this mean for procurement? (2015 Public Contracts Regulations): above the \"£750k\" threshold, a Contract Notice or PIN, then an award notice") },
    { id: "R9.3", cite: cite("CwC", "ch. 4, Procurement: barrier or lever? (Tools): the light-touch regime above £589k") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  value £80,000,000\n  route light-touch\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  value £80,000,000\n  route light-touch\n  notices prior-information-notice, award-notice\n}\n',
  },
  check(context) {
    const pack = packDocuments(context);
    const routes = clausesIn(pack, "Route").map((r) => r.clause.value.word);
    if (context.kind === "agreement" && !context.model.has("Route")) return;
    if (routes.length > 0 && routes.every((r) => WITHOUT_NOTICES.includes(r))) return;
    const value = contractValue(context);
    const threshold = context.thresholds.noticeThreshold;
    if (!value || !sameCurrency(threshold, value.currency) || value.totalMinor <= threshold.value) return;

    const listed = new Set(clausesIn(pack, "Notices").flatMap((n) => n.clause.names.map((w) => w.word)));
    const hasAdvance = listed.has("contract-notice") || listed.has("prior-information-notice");
    const hasAward = listed.has("award-notice");
    if (hasAdvance && hasAward) return;

    const missing: string[] = [];
    if (!hasAdvance) missing.push("`contract-notice` or `prior-information-notice`");
    if (!hasAward) missing.push("`award-notice`");
    const limit = formatMoney(threshold.value, threshold.currency ?? "GBP");
    const notices = clausesIn(pack, "Notices");
    const own = context.model.first("Notices");
    const opening = `This contract is ${describeValue(value)}, above the ${limit} at which notices are expected`;
    const message =
      listed.size === 0
        ? `${opening}, but no notices are listed. Add \`notices contract-notice, award-notice\` (a \`prior-information-notice\` can take the place of the contract notice). ${moneyThresholdNote(context, "noticeThreshold")}`
        : `${opening}: add ${missing.join(" and ")} to \`notices\`. ${moneyThresholdNote(context, "noticeThreshold")}`;
    const related = [relatedAt(value.node.amount.span, value.uri, "the contract value")];
    if (!own && notices.length > 0) related.push(relatedAt(notices[0].clause.keyword, notices[0].uri, "the notices listed"));
    context.report({
      span: own ? own.keyword : documentSpan(context),
      message,
      related,
      data: { add: [...(hasAdvance ? [] : ["contract-notice"]), ...(hasAward ? [] : ["award-notice"])], valueMinor: value.totalMinor, thresholdMinor: threshold.value },
    });
  },
};
