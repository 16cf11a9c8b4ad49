import type { TargetsNode } from "../../tree";
import type { Rule } from "../rule";
import { targetsSet, targetWords } from "./no-targets-read-across";
import { documentLabel, linkedOf, noTargetsPrinciple, PLYMOUTH_TENDER, READ_ACROSS, relatedIn, thisDocument } from "./shared";
import type { RuleContext } from "../context";

/** The specification's `targets` clause, when this is a tender written for a specification that has one. */
export function specificationStance(context: RuleContext): { uri: string; label: string; block: TargetsNode } | null {
  if (context.kind !== "tender") return null;
  const spec = linkedOf(context, "specification");
  const block = spec?.model.first("Targets");
  return spec && block ? { uri: spec.uri, label: documentLabel(spec.model), block } : null;
}

export const targetsStance: Rule = {
  code: "ALY070",
  name: "targets-stance-agrees",
  title: "A specification or tender contradicts the document it is written for about whether there are targets",
  severity: "error",
  grounds: "contradiction",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "Whether the alliance is held to targets or learns together is one of the first things bidders need to know. Tender documents that say both tell them two different things about how they will be held to account.",
  rationale:
    "Plymouth's tender set no outputs or outcomes and focused on collaboration and learning together (Exploring the New World, Commissioner: Plymouth City Council), and the guidance asks that the tender and the specification read across and are consistent (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "A specification or tender says where it stands with `targets none` or a list of targets. Two documents contradict each other when a tender sets targets and its specification says there are none, or says there are none while its specification sets some; " +
    "and when a specification or tender sets targets although the agreement's own principles say the alliance does not set them (a principle recognised, as a heuristic, by wording such as 'we do not set targets'). A tender that says nothing about targets is not compared.",
  guidance: [
    { id: "R10.6", ...PLYMOUTH_TENDER },
    { id: "R10.5", ...READ_ACROSS },
  ],
  appliesTo: ["specification", "tender"],
  example: {
    alongside: 'specification Spec "Specification" {\n  targets none\n}\n',
    wrong: 'tender Invitation "Invitation to tender" for Spec {\n  targets {\n    Housed "Ninety per cent of people keep their tenancy for a year"\n  }\n}\n',
    right: 'tender Invitation "Invitation to tender" for Spec {\n  targets none\n}\n',
  },
  check(context) {
    const own = context.model.first("Targets");
    if (!own) return;
    const mine = targetsSet(own).map((t) => t.name.name);
    const spec = specificationStance(context);
    if (spec) {
      const set = targetsSet(spec.block).map((t) => t.name.name);
      if (mine.length > 0 && spec.block.none) {
        context.report({
          span: own.keyword,
          message: `This tender sets ${targetWords(mine)}, but ${spec.label} says there are no targets. Remove the tender's targets and write \`targets none\`, or correct the specification.`,
          related: [relatedIn(context, spec.uri, spec.block.keyword, `${spec.label} sets no targets`)],
          data: { targets: mine },
        });
      } else if (own.none && set.length > 0) {
        context.report({
          span: own.keyword,
          message: `This tender says there are no targets, but ${spec.label} sets ${targetWords(set)}. Make the two agree: list the targets here, or remove them from the specification.`,
          related: [relatedIn(context, spec.uri, spec.block.keyword, `the targets in ${spec.label}`)],
          data: { specificationTargets: set },
        });
      }
      // A tender whose specification states its stance is read against the specification only.
      return;
    }
    const agreement = linkedOf(context, "agreement");
    const principle = agreement && noTargetsPrinciple(agreement.model);
    if (!agreement || !principle || mine.length === 0) return;
    context.report({
      span: own.keyword,
      message: `${thisDocument(context) === "this tender" ? "This tender" : "This specification"} sets ${targetWords(mine)}, but the agreement's principle \`${principle.name.name}\` says the alliance does not set targets. Remove ${mine.length === 1 ? "it" : "them"} and write \`targets none\`.`,
      related: [relatedIn(context, agreement.uri, principle.name.span, `the principle \`${principle.name.name}\` in ${documentLabel(agreement.model)}`)],
      data: { targets: mine, principle: principle.name.name },
    });
  },
};
