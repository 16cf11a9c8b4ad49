import { cite } from "../../guidance/sources";
import { listAnd } from "../../suggest";
import type { Rule } from "../rule";
import { CARRIES_RISK, riskItemsOf } from "./shared";

export const shareCoversMembers: Rule = {
  code: "ALY502",
  name: "share-covers-members",
  title: "A pain or gain share leaves out a commissioner or provider",
  severity: "warning",
  topic: "Risk and reward",
  basis: "direct",
  rationale:
    "In an alliance the participants carry the risks together (" + cite("ENW", "Systems, Plymouth's principles (a)") + "), and people " +
    `working in one describe equal status with shared risk and reward (${cite("TPC", "Part One: Headline findings")}). ` +
    "The commissioner is one of those participants: Plymouth City Council signed the alliance itself once the tender was over " +
    `(${cite("ENW", "Plymouth case study")}). A pain or gain share that leaves out a commissioner or a provider quietly puts that party ` +
    "outside the shared risk. Parties with lived experience, independent members, advocates and funders need not carry financial risk " +
    "and are not required in a share.",
  guidance: [
    { id: "R5.2", cite: cite("ENW", "Systems, Plymouth's principles (a)") },
    { id: "G5.2", cite: cite("TPC", "Part One: Headline findings") },
    { id: "G1.2", cite: cite("ENW", "Plymouth case study") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n    Shekinah provider "Shekinah"\n  }\n' +
      "  risk {\n    pain share Livewell 50%, Shekinah 50%\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n    Shekinah provider "Shekinah"\n  }\n' +
      "  risk {\n    pain share PCC 40%, Livewell 30%, Shekinah 30%\n  }\n}\n",
  },
  check(context) {
    const carriers = context.model.parties().filter((p) => p.roles.some((r) => CARRIES_RISK.includes(r.word)));
    if (carriers.length === 0) return;
    for (const share of riskItemsOf(context.model, "Share")) {
      if (share.which === "budget") continue;
      const listed = new Set(share.entries.map((e) => e.party.name));
      const missing = carriers.filter((p) => !listed.has(p.name.name));
      if (missing.length === 0) continue;
      const names = missing.map((p) => p.name.name);
      const commissionerMissing = missing.some((p) => p.roles.some((r) => r.word === "commissioner"));
      context.report({
        span: share.keyword,
        message:
          `The ${share.which} share leaves out ${listAnd(names)}. Every commissioner and provider shares the alliance's risk and reward` +
          `${commissionerMissing ? ", the commissioner included" : ""}: add ${missing.length === 1 ? "it" : "each"} to the share with a percentage, ` +
          "and adjust the others so they still add up to 100%",
        related: missing.map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` is a ${p.roles.map((r) => r.word).join(" and ")} here` })),
        data: { missing: names },
      });
    }
  },
};
