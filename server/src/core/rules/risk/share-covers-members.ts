import { source } from "../../guidance/sources";
import { listAnd } from "../../suggest";
import type { Rule } from "../rule";
import { CARRIES_RISK, riskItemsOf } from "./shared";

export const shareCoversMembers: Rule = {
  code: "ALY502",
  name: "share-covers-members",
  title: "A pain or gain share leaves out a commissioner or provider",
  severity: "warning",
  grounds: "departure",
  topic: "Risk and reward",
  basis: "direct",
  why:
    "In an alliance the participants carry the risks together, the commissioner included. A pain or gain share that leaves out a commissioner or provider quietly puts that party outside the shared risk.",
  rationale:
    "Plymouth's participants assume collective responsibility for all of the risks of providing the services. One Plymouth interviewee, " +
    "quoted by IVAR, put the change down to \"equal status, shared risk and reward\". Parties with lived experience, independent members, " +
    "advocates and funders need not carry financial risk and are not expected in a share; a budget share is not checked.",
  guidance: [
    { id: "R5.1", ...source("ENW", "Systems, Plymouth's principles (a)", "assume collective responsibility for all of the risks") },
    { id: "G5.2", ...source("TPC", "Part One: Headline findings", "equal status, shared risk and reward") },
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
          `The ${share.which} share leaves out ${listAnd(names)}, but every commissioner and provider shares the alliance's risk${commissionerMissing ? ", the commissioner included" : ""}. ` +
          `Give ${missing.length === 1 ? "it" : "each"} a percentage, keeping the total at 100%.`,
        related: missing.map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` is a ${p.roles.map((r) => r.word).join(" and ")} here` })),
        data: { missing: names },
      });
    }
  },
};
