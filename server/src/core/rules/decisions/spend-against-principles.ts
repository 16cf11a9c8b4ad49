import { source } from "../../guidance/sources";
import { itemsOf, type BandNode, type PrincipleNode, type Span } from "../../tree";
import type { Rule } from "../rule";
import { principlesThat } from "../principles/meaning";
import { NEEDS_EVERYONE, decidesOf } from "./shared";

/** "Spending over £100,000", "spend above £50k": a key issue about spending from an amount upwards, in pence. */
function spendingFrom(text: string): number | null {
  if (!/\b(spend|spending|expenditure|purchases?|commitments?|contracts?)\b/i.test(text)) return null;
  const m = /\b(?:over|above|more than|exceeding|in excess of|of)\s+£\s?(\d[\d,]*(?:\.\d+)?)\s*(k|m)?\b/i.exec(text);
  if (!m) return null;
  const pounds = Number(m[1].replace(/,/g, "")) * (m[2]?.toLowerCase() === "k" ? 1000 : m[2]?.toLowerCase() === "m" ? 1000000 : 1);
  return Number.isFinite(pounds) ? Math.round(pounds * 100) : null;
}

export const spendAgainstPrinciples: Rule = {
  code: "ALY410",
  name: "spend-against-principles",
  title: "Spending that the principles or the key issues reserve for everyone's agreement is approved by one party, one role, or a body that does not decide key issues",
  severity: "error",
  grounds: "contradiction",
  topic: "Decision-making and consensus",
  basis: "inferred",
  why:
    "The agreement says these spending decisions need everyone's agreement, yet its spending limits let one party, one role, or a body that does not take key issues approve them. The two clauses cannot both be followed.",
  rationale:
    "Plymouth's principles bind the participants to unanimous decisions on all key issues, and in Future Pathways larger sums go to a panel " +
    "rather than to one person. Where the agreement's principles say spending decisions need everyone's agreement, a spending band approved " +
    "by a single party or role contradicts them. Where the key issues list spending above an amount, a band above that amount approved by a " +
    "party, a role, or a body that does not decide key issues by unanimity or consensus contradicts the list.",
  guidance: [
    { id: "R4.1", ...source("ENW", "Systems, Plymouth's principles (c)", "commit to unanimous, principle and value based") },
    { id: "R4.8", ...source("CwC", "ch. 6, Future Pathways", "with spend above £1000 considered by a panel") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  principles {\n    money "Spending decisions are unanimous"\n  }\n' +
      "  body Board {\n    members all\n    decides spend by unanimity\n    if not unanimous: falls\n  }\n  spend {\n    up to £5,000 approved by PCC\n    over £5,000 approved by Board\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  principles {\n    money "Spending decisions are unanimous"\n  }\n' +
      "  body Board {\n    members all\n    decides spend by unanimity\n    if not unanimous: falls\n  }\n  spend {\n    over £0 approved by Board\n  }\n}\n",
  },
  check(context) {
    const model = context.model;
    const spendPrinciple: PrincipleNode | undefined = principlesThat(model, "unanimity").find((m) => m.unanimity!.includes("spend"))?.principle;
    const keyIssue = model.clauses("KeyIssues").flatMap((block) => itemsOf(block.items)).map((i) => ({ item: i, from: spendingFrom(i.text.value) })).find((k) => k.from !== null);
    if (!spendPrinciple && !keyIssue) return;
    const decidesKeyIssuesTogether = (name: string) => {
      const body = model.body(name);
      return !!body && decidesOf(body).some((d) => NEEDS_EVERYONE.includes(d.method.word));
    };
    for (const band of model.bands()) {
      const resolution = context.resolve(band.approver);
      if (!resolution || resolution === "unknown") continue;
      const who = band.approver.name;
      const single = resolution.kind === "party" || resolution.kind === "role";
      if (spendPrinciple && single) {
        report(band, `The principle \`${spendPrinciple.name.name}\` says spending decisions need everyone's agreement, but \`${who}\` approves this spending alone. Give it to a body that decides together, or reword the principle.`, spendPrinciple.name.span, `the principle \`${spendPrinciple.name.name}\` promises that spending decisions need everyone's agreement`);
        continue;
      }
      if (keyIssue && band.upTo && band.upTo.minor <= keyIssue.from!) continue;
      if (keyIssue && (single || !decidesKeyIssuesTogether(who))) {
        const words = keyIssue.item.text.value.split(/\s+/);
        const shown = words.length > 8 ? `${words.slice(0, 8).join(" ")}…` : keyIssue.item.text.value;
        report(band, `The key issues include "${shown}", but \`${who}\` approves spending in that range without everyone's agreement. Give it to the body that decides key issues.`, keyIssue.item.text.span, "this key issue needs everyone's agreement");
      }
    }

    function report(band: BandNode, message: string, span: Span, why: string) {
      context.report({ span: band.approver.span, message, related: [{ span, message: why }], data: { approver: band.approver.name } });
    }
  },
};
