import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import { CHOICES } from "../../vocabulary";
import type { Rule } from "../rule";
import { LIVED_EXPERIENCE, andList, documentSpan } from "./helpers";

const STAGE_WORDS: Record<string, string> = {
  need: "identifying need (`need`)",
  design: "designing the service and the contract (`design`)",
  outcomes: "agreeing outcomes (`outcomes`)",
  review: "ongoing review (`review`)",
};

export const involvementStages: Rule = {
  code: "ALY082",
  name: "involvement-stages",
  title: "People who use services are involved in identifying need, design, agreeing outcomes and review",
  severity: "warning",
  topic: "Involving people who use services",
  basis: "direct",
  rationale:
    "People supported by services should be involved at every stage: identifying need, designing the contract, agreeing outcomes and what can realistically be achieved, in a conversation that keeps going rather than a one-off consultation " +
    "(IVAR, Trust, Power and Collaboration, What does complexity-informed practice look like, Experience-led design and delivery). " +
    "Involving people early also shows what it takes to involve them well later (Exploring the New World, Conditions for change).",
  guidance: [
    { id: "R11.2", cite: cite("TPC", "Process: Experience-led design and delivery") },
    { id: "R11.2", cite: cite("ENW", "Conditions for change: involvement of people the system seeks to support") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Plymouth "Complex needs alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Voices lived-experience "People using services"\n  }\n' +
      '  involvement {\n    Voices in design\n    feedback "A you-said-we-did update at every meeting"\n  }\n}\n',
    right:
      'agreement Plymouth "Complex needs alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Voices lived-experience "People using services"\n  }\n' +
      '  involvement {\n    Voices in need, design, outcomes, review\n    feedback "A you-said-we-did update at every meeting"\n  }\n}\n',
  },
  check(context) {
    const blocks = context.model.clauses("Involvement");
    const who = context.model.partiesWithRole(LIVED_EXPERIENCE)[0]?.name.name ?? "Voices";
    if (blocks.length === 0) {
      context.report({
        span: documentSpan(context),
        message:
          `This agreement does not say how people who use services are involved. Add an \`involvement\` block with a line such as \`${who} in need, design, outcomes, review\`, ` +
          "naming the party or body through which they take part",
        data: { missing: [...CHOICES.involvementStage] },
      });
      return;
    }
    const covered = new Set(
      blocks.flatMap((b) => itemsOf(b.items)).flatMap((i) => (i.kind === "Involve" ? i.stages.map((s) => s.word) : [])),
    );
    const missing = CHOICES.involvementStage.filter((stage) => !covered.has(stage));
    if (missing.length === 0) return;
    context.report({
      span: blocks[0].keyword,
      message:
        `People who use services are not involved in ${andList(missing.map((m) => STAGE_WORDS[m]))}. ` +
        `Add ${missing.length === 1 ? "this stage" : "these stages"} to a line of the \`involvement\` block, such as \`${who} in need, design, outcomes, review\``,
      data: { missing },
    });
  },
};
