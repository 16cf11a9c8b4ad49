import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { itemsOf, type Duration } from "../../tree";
import { principalBody } from "../governance/structure";
import { detail, nameList } from "./helpers";

export const timeCommitment: Rule = {
  code: "ALY107",
  name: "time-commitment-missing",
  title: "The alliance's principal body meets every week, but a member does not say how much time it will give",
  severity: "info",
  grounds: "absence",
  topic: "Parties and membership",
  basis: "inferred",
  why: "Taking part in an alliance takes a great deal of time: Future Pathways members met for 4 to 5 hours a week on top of their usual work. Saying what each partner gives helps everyone plan for it.",
  rationale:
    "Coping with Complexity reports that taking part in Future Pathways asked a great deal of its members, with 4 to 5 hours of meetings a week fitted around their existing work (ch. 6, Future Pathways, Learning from experience). So where the alliance's principal body (the body that decides key issues, or else the first body) meets every week or more often, its members are asked to say how much time they give. Bodies that meet less often, and operational panels whose members meet as part of their daily work, are not looked at. Reported once per agreement, listing every party concerned.",
  guidance: [{ id: "R1.8", ...source("CwC", "ch. 6, Future Pathways, Learning from experience", "This had to be fitted in around existing staff and commitments") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  parties {\n    SG commissioner "Scottish Government" {\n      time "Half a day a week"\n    }\n    Penumbra provider "Penumbra"\n  }\n  body Alliance {\n    members all\n    meets weekly\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  parties {\n    SG commissioner "Scottish Government" {\n      time "Half a day a week"\n    }\n    Penumbra provider "Penumbra" {\n      time "4 to 5 hours a week"\n    }\n  }\n  body Alliance {\n    members all\n    meets weekly\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    // The heavy commitment the guidance describes is the alliance's own meetings every week: look at the
    // principal body when it meets that often. Operational panels of frontline staff are their day's work.
    const board = principalBody(model);
    const weekly =
      board && itemsOf(board.items).some((i) => i.kind === "Meets" && (i.cadence.word === "weekly" || i.cadence.word === "daily" || (i.cadence.every !== null && daysOf(i.cadence.every) <= 7)))
        ? board
        : undefined;
    if (!weekly) return;
    const members = new Set(model.membersOf(weekly));
    const silent = model.parties().filter((p) => members.has(p.name.name) && !detail(p, "time"));
    if (silent.length === 0) return;
    const names = silent.map((p) => p.name.name);
    context.report({
      span: silent[0].name.span,
      message: `The principal body \`${weekly.name.name}\` meets every week, but ${silent.length === 1 ? "one of its members does" : `${silent.length} of its members do`} not say how much time ${silent.length === 1 ? "it gives" : "they give"}: ${nameList(names)}. Add \`time\` to ${silent.length === 1 ? "it" : "each"}, for example \`time "4 to 5 hours a week"\`.`,
      related: [{ span: weekly.name.span, message: `\`${weekly.name.name}\` meets every week` }, ...silent.slice(1).map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` does not say how much time it gives` }))],
      data: { parties: names, body: weekly.name.name, missing: "time" },
    });
  },
};

/** A length of time in days, roughly: weeks are seven days, months thirty. */
function daysOf(d: Duration): number {
  return d.amount * (d.unit === "day" ? 1 : d.unit === "week" ? 7 : d.unit === "month" ? 30 : 365);
}
