import { source } from "../../guidance/sources";
import { lawSource } from "../../law/tables";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { clausesIn, packDocuments } from "./facts";

export const lightTouchProcess: Rule = {
  code: "ALY906",
  name: "light-touch-process",
  title: "A light-touch procurement sets out its stages and how long each takes",
  severity: "info",
  grounds: "absence",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "A light-touch procurement is a process the commissioner designs, so it must be clear to bidders and its timescales reasonable. Writing each stage down with its length shows both, and treats every bidder alike.",
  rationale:
    "Under the light-touch rules a commissioner may design its own process, with pre-qualification, its own selection criteria and rounds of competition and negotiation, provided the process is clear and its timings reasonable and proportionate (Examples and Tools, on the 2015 regulations; the Procurement Act 2023 keeps that freedom for light-touch contracts). " +
    "Plymouth ran its tender as a series of design conversations between commissioners and providers (Exploring the New World, Plymouth case study). " +
    "A missing process, or steps with no length, are noted once per document.",
  guidance: [
    lawSource("pcr2015", "regulations 74 to 76 (light-touch regime)"),
    { id: "R9.6", ...source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "reasonable and proportionate in terms of timeframes") },
    { id: "R9.6", ...source("ENW", "Commissioner: Plymouth City Council (case study)", "conducted as a series of design conversations") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  process {\n    step "Design conversations with providers" 8 weeks\n    step "Moderation and award"\n  }\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  process {\n    step "Design conversations with providers" 8 weeks\n    step "Moderation and award" 3 weeks\n  }\n}\n',
  },
  check(context) {
    const pack = packDocuments(context);
    if (!clausesIn(pack, "Route").some((r) => r.clause.value.word === "light-touch")) return;
    const ownRoute = context.model.clauses("Route").find((r) => r.value.word === "light-touch");
    if (clausesIn(pack, "Process").length === 0) {
      if (ownRoute) {
        context.report({
          span: ownRoute.value.span,
          message: "Set out the stages of this light-touch procurement and how long each takes: add a `process` section with one step on each line, such as `step \"Design conversations\" 8 weeks`.",
        });
      }
      return;
    }
    for (const process of context.model.clauses("Process")) {
      const steps = itemsOf(process.items);
      if (steps.length === 0 && process.open) {
        context.report({ span: process.keyword, message: "This `process` section lists no steps: add one step on each line with its length, such as `step \"Design conversations\" 8 weeks`." });
        return;
      }
      const untimed = steps.filter((s) => !s.duration);
      if (untimed.length === 0) continue;
      const what = untimed[0].text.value.trim();
      const example = what.length > 40 ? `${what.slice(0, 40)}…` : what;
      context.report({
        span: untimed[0].keyword,
        message:
          untimed.length === 1
            ? `Say how long this step takes, so bidders can plan and the timescale can be seen to be reasonable, such as \`step "${example}" 4 weeks\`.`
            : `${untimed.length} steps of this process do not say how long they take, starting here. Give each its length, such as \`step "${example}" 4 weeks\`.`,
        data: { steps: untimed.length },
      });
      return;
    }
  },
};
