import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { detail, nameList } from "./helpers";

export const timeCommitment: Rule = {
  code: "ALY107",
  name: "time-commitment-missing",
  title: "A party does not say how much time it will give to the alliance",
  severity: "info",
  grounds: "absence",
  topic: "Parties and membership",
  basis: "direct",
  why: "Taking part in an alliance takes a great deal of time: Future Pathways members met for 4 to 5 hours a week on top of their usual work. Saying what each partner gives helps everyone plan for it.",
  rationale:
    "Coping with Complexity reports that taking part in Future Pathways asked a great deal of its members, with 4 to 5 hours of meetings a week fitted around their existing work (ch. 6, Future Pathways, Learning from experience). Where an agreement records the time some parties give, a party left without one reads as a gap; where it records it for none, the agreement has left this to another document, and nothing is reported. Reported once per agreement, listing every party concerned.",
  guidance: [{ id: "R1.8", ...source("CwC", "ch. 6, Future Pathways, Learning from experience", "This had to be fitted in around existing staff and commitments") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    SG commissioner "Scottish Government" {\n      time "Half a day a week"\n    }\n    Penumbra provider "Penumbra"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    SG commissioner "Scottish Government" {\n      time "Half a day a week"\n    }\n    Penumbra provider "Penumbra" {\n      time "4 to 5 hours a week"\n    }\n  }\n}\n',
  },
  check(context) {
    const parties = context.model.parties();
    if (!parties.some((p) => detail(p, "time"))) return;
    const silent = parties.filter((p) => !detail(p, "time"));
    if (silent.length === 0) return;
    const names = silent.map((p) => p.name.name);
    context.report({
      span: silent[0].name.span,
      message: `${silent.length === 1 ? "One party does" : `${silent.length} parties do`} not say how much time ${silent.length === 1 ? "it gives" : "they give"} to the alliance, unlike the others: ${nameList(names)}. Add \`time\` to each, for example \`time "4 to 5 hours a week"\`.`,
      related: silent.slice(1).map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` does not say how much time it gives` })),
      data: { parties: names, missing: "time" },
    });
  },
};
