import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { clausesIn, packDocuments } from "./facts";

export const lightTouchProcess: Rule = {
  code: "ALY906",
  name: "light-touch-process",
  title: "A light-touch procurement sets out its stages and how long each takes",
  severity: "warning",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "Under the light-touch regime a commissioner may design its own process, with pre-qualification, its own selection criteria and rounds of competition and negotiation, as long as the process is clear and its timescales are reasonable and proportionate " +
    "(Exploring the New World, Examples and Tools, What does this mean for procurement?, 2015 Public Contracts Regulations). Plymouth ran its tender as a series of design conversations (Exploring the New World, Plymouth case study). " +
    "Writing each stage down with its length is what makes a home-made process clear to bidders and fair to all of them.",
  guidance: [
    { id: "R9.6", cite: cite("ET", "What does this mean for procurement? (2015 Public Contracts Regulations): a clear process with reasonable timescales") },
    { id: "R9.6", cite: cite("ENW", "Commissioner: Plymouth City Council (case study): the tender as design conversations") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  process {\n    step "Design conversations with providers" 8 weeks\n    step "Moderation and award"\n  }\n}\n',
    right: 'specification Support "Support for adults with complex needs" {\n  route light-touch\n  process {\n    step "Design conversations with providers" 8 weeks\n    step "Moderation and award" 3 weeks\n  }\n}\n',
  },
  check(context) {
    const pack = packDocuments(context);
    const lightTouch = clausesIn(pack, "Route").some((r) => r.clause.value.word === "light-touch");
    if (!lightTouch) return;
    const ownRoutes = context.model.clauses("Route").filter((r) => r.value.word === "light-touch");
    if (clausesIn(pack, "Process").length === 0) {
      for (const route of ownRoutes) {
        context.report({
          span: route.value.span,
          message:
            "A light-touch procurement is a process you design yourself, so set out its stages and how long each takes: add a `process` block with one step on each line, " +
            "such as `step \"Design conversations with providers\" 8 weeks`",
        });
      }
      return;
    }
    for (const process of context.model.clauses("Process")) {
      const steps = itemsOf(process.items);
      if (steps.length === 0 && process.open) {
        context.report({
          span: process.keyword,
          message: "This `process` block has no steps: add one step on each line with what happens and how long it takes, such as `step \"Design conversations with providers\" 8 weeks`",
        });
        continue;
      }
      for (const step of steps) {
        if (step.duration) continue;
        const what = step.text.value.trim();
        context.report({
          span: step.keyword,
          message: `Say how long this step takes, so that bidders can plan and the timescale can be seen to be reasonable: for example \`step "${what.length > 40 ? `${what.slice(0, 40)}…` : what}" 4 weeks\``,
        });
      }
    }
  },
};
