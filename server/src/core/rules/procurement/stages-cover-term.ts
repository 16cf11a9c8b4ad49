import { source } from "../../guidance/sources";
import type { StageNode } from "../../tree";
import { itemsOf } from "../../tree";
import type { RuleContext } from "../context";
import type { Rule } from "../rule";
import { contractTerm, describeMonths, relatedAt } from "./facts";

/** A stage whose wording is about writing or changing the specification. */
const MENTIONS_SPECIFICATION = /\bspec(?:ification)?s?\b/i;

function years(from: number, to: number): string {
  return from === to ? `year ${from}` : `years ${from} to ${to}`;
}

/** The roles of the parties who write a stage, looked up where each party is declared. */
function authorRoles(context: RuleContext, stage: StageNode): Set<string> {
  const roles = new Set<string>();
  for (const id of stage.writtenBy) {
    const resolution = context.resolve(id);
    if (!resolution || resolution === "unknown" || resolution.kind !== "party") continue;
    const model = resolution.uri === context.uri ? context.model : context.workspace.get(resolution.uri)?.model;
    for (const role of model?.party(id.name)?.roles ?? []) roles.add(role.word);
  }
  return roles;
}

export const stagesCoverTerm: Rule = {
  code: "ALY911",
  name: "stages-cover-term",
  title: "A staged contract's stages run from year 1 to the end of the term, and the specification is written jointly",
  severity: "warning",
  grounds: "departure",
  topic: "Procurement routes and thresholds",
  basis: "inferred",
  why:
    "A contract that grows through learning in planned stages needs a plan for every year of its term. Years with no stage, or stages that overlap or outrun the term, leave it unclear what the contract asks for.",
  rationale:
    "Exploring the New World describes a York substance-misuse contract tendered to evolve through learning over seven years: it was planned that co-production in year one would ground the testing of new ways of working in year two, after which providers and commissioners would write the specification for years three to seven together. " +
    "Stages are read against the term: they should start at year 1, follow on without gaps or overlaps and end with the term. A stage about the specification that is said to be written jointly should name the commissioner and at least one provider among its authors.",
  guidance: [{ id: "R9.11", ...source("ENW", "Learning (Funding and commissioning for learning)", "jointly write a specification for years three to seven") }],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong:
      'agreement Recovery "Substance misuse recovery" {\n  term 7 years from 2019-04-01\n  parties {\n    CYC commissioner "City of York Council"\n    Changes provider "Changes York"\n  }\n' +
      '  stages {\n    year 1 "Co-production"\n    years 3 to 7 "Specification written together" written by CYC, Changes\n  }\n}\n',
    right:
      'agreement Recovery "Substance misuse recovery" {\n  term 7 years from 2019-04-01\n  parties {\n    CYC commissioner "City of York Council"\n    Changes provider "Changes York"\n  }\n' +
      '  stages {\n    year 1 "Co-production"\n    year 2 "Testing new ways of working"\n    years 3 to 7 "Specification written together" written by CYC, Changes\n  }\n}\n',
  },
  check(context) {
    const term = contractTerm(context);
    const termYears = term ? Math.ceil(term.months / 12) : null;
    for (const block of context.model.clauses("Stages")) {
      const stages = itemsOf(block.items);
      if (stages.length === 0) {
        if (block.open) {
          context.report({
            span: block.keyword,
            message: "This `stages` section lists no stages: add one stage on each line with its years and what happens, such as `year 1 \"Co-production\"`.",
          });
        }
        continue;
      }

      // Each stage's years, in order: they must start at year 1 and follow on without gaps or overlaps.
      const ordered = stages.filter((s) => s.to.value >= s.from.value).sort((a, b) => a.from.value - b.from.value || a.to.value - b.to.value);
      for (const stage of stages) {
        if (stage.to.value < stage.from.value) {
          context.report({
            span: stage.keyword,
            message: `This stage runs backwards, from year ${stage.from.value} to year ${stage.to.value}: write the earlier year first, as in \`years ${stage.to.value} to ${stage.from.value}\`.`,
          });
        }
      }
      let next = 1;
      let previous: StageNode | null = null;
      for (const stage of ordered) {
        if (stage.from.value > next) {
          context.report({
            span: stage.keyword,
            message: previous
              ? `Nothing is planned for ${years(next, stage.from.value - 1)}: the stage before ends at year ${next - 1} and this one starts at year ${stage.from.value}. Add a stage for those years, or change the years so they follow on.`
              : `The stages start at year ${stage.from.value}, so nothing is planned for ${years(1, stage.from.value - 1)}. Add a stage for ${years(1, stage.from.value - 1)}, or start this one at year 1.`,
            related: previous ? [{ span: previous.keyword, message: `the stage before ends at year ${next - 1}` }] : [],
            data: { gapFrom: next, gapTo: stage.from.value - 1 },
          });
        } else if (stage.from.value < next && previous) {
          context.report({
            span: stage.keyword,
            message: `This stage starts at year ${stage.from.value}, but the stage before already runs to year ${next - 1}. Change the years so each year belongs to one stage.`,
            related: [{ span: previous.keyword, message: `the stage before runs to year ${next - 1}` }],
            data: { overlapFrom: stage.from.value, overlapTo: Math.min(next - 1, stage.to.value) },
          });
        }
        if (stage.to.value + 1 > next) {
          next = stage.to.value + 1;
          previous = stage;
        }
      }

      // The stages cover the whole term, and no more.
      if (term && termYears !== null && previous) {
        const last = next - 1;
        const termRelated = relatedAt(term.span, term.uri, `the term is ${describeMonths(term.months)}`);
        if (last < termYears) {
          context.report({
            span: block.keyword,
            message: `The stages end at year ${last}, but the term runs for ${describeMonths(term.months)}. Add a stage for ${years(last + 1, termYears)}, so every year of the contract has a plan.`,
            related: [termRelated],
            data: { gapFrom: last + 1, gapTo: termYears },
          });
        } else if (last > termYears) {
          context.report({
            span: previous.keyword,
            message: `This stage runs to year ${last}, but the term is ${describeMonths(term.months)}. End the stages at year ${termYears}, or correct the term.`,
            related: [termRelated],
            data: { termYears, lastYear: last },
          });
        }
      }

      // A stage about the specification names its joint authors: the commissioner and at least one provider.
      for (const stage of stages) {
        if (!MENTIONS_SPECIFICATION.test(stage.text.value)) continue;
        const roles = authorRoles(context, stage);
        const missing: string[] = [];
        if (!roles.has("commissioner")) missing.push("the commissioner");
        if (!roles.has("provider")) missing.push("at least one provider");
        if (missing.length === 0) continue;
        const unresolved = stage.writtenBy.some((id) => context.resolve(id) === "unknown");
        if (unresolved) continue;
        context.report({
          span: stage.keyword,
          message:
            stage.writtenBy.length === 0
              ? "Say who writes the specification in this stage: add `written by` with the names of the commissioner and at least one provider."
              : `The specification in this stage should be written jointly: add ${missing.join(" and ")} to \`written by\`.`,
          data: { missing: missing },
        });
      }
    }
  },
};
