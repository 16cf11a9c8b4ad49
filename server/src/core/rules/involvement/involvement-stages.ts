import { source } from "../../guidance/sources";
import { takesDecisions } from "../governance/structure";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { LIVED_EXPERIENCE, andList, bodyHasLivedExperience, documentSpan } from "./helpers";

const STAGE_WORDS: Record<string, string> = {
  need: "identifying need",
  design: "designing the contract",
  outcomes: "agreeing outcomes",
};

/** The stages IVAR names; `review` is welcome but not asked for. */
const STAGES = ["need", "design", "outcomes"] as const;

export const involvementStages: Rule = {
  code: "ALY082",
  name: "involvement-stages",
  title: "The agreement does not say how people who use services are involved in identifying need, design and agreeing outcomes",
  severity: "info",
  grounds: "absence",
  topic: "Involving people who use services",
  basis: "direct",
  why: "People supported by services should be involved at each stage, from identifying need to designing the contract and agreeing outcomes, in a conversation that keeps going rather than a one-off consultation.",
  rationale:
    "IVAR asks for an ongoing dialogue between commissioners, voluntary organisations and the people they support, with people involved at each stage: identifying need, designing the contract, agreeing outcomes and, where it fits, what can realistically be achieved (Trust, Power and Collaboration, Experience-led design and delivery). Involving people early also shows what it takes to involve them well later (Exploring the New World, Conditions for change). The three stages IVAR names are asked for; the `review` stage is the language's addition, welcome but not required. An agreement with no involvement section is not reported when a party with lived experience already sits on a body that takes decisions. Reported once per agreement.",
  guidance: [
    { id: "R11.2", ...source("TPC", "Process: Experience-led design and delivery", "identifying need, contract design, agreeing outcomes") },
    { id: "R11.2", ...source("ENW", "Conditions for change: involvement of people the system seeks to support", "Involving people early on helps establish what's needed to meaningfully engage people throughout") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Plymouth "Complex needs alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Voices lived-experience "People using services"\n  }\n' +
      '  involvement {\n    Voices in design\n    feedback "A you-said-we-did update at every meeting"\n  }\n}\n',
    right:
      'agreement Plymouth "Complex needs alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Voices lived-experience "People using services"\n  }\n' +
      '  involvement {\n    Voices in need, design, outcomes\n    feedback "A you-said-we-did update at every meeting"\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    const blocks = model.clauses("Involvement");
    const who = model.partiesWithRole(LIVED_EXPERIENCE)[0]?.name.name ?? "Voices";
    if (blocks.length === 0) {
      // People with lived experience seated where decisions are made are already involved.
      if (model.bodies().some((b) => takesDecisions(model, b) && bodyHasLivedExperience(model, b))) return;
      context.report({
        span: documentSpan(context),
        message: `This agreement does not say how people who use services are involved. Add an involvement section with a line such as \`${who} in need, design, outcomes\`, naming who takes part.`,
        data: { missing: [...STAGES] },
      });
      return;
    }
    const covered = new Set(blocks.flatMap((b) => itemsOf(b.items)).flatMap((i) => (i.kind === "Involve" ? i.stages.map((s) => s.word) : [])));
    const missing = STAGES.filter((stage) => !covered.has(stage));
    if (missing.length === 0) return;
    context.report({
      span: blocks[0].keyword,
      message: `The involvement section does not involve people who use services in ${andList(missing.map((m) => STAGE_WORDS[m]))}. Add ${missing.length === 1 ? "this stage" : "these stages"}, as in \`${who} in need, design, outcomes\`.`,
      data: { missing },
    });
  },
};
