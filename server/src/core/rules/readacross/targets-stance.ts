import type { Rule } from "../rule";
import { targetsSet, targetWords } from "./no-targets";
import { documentLabel, linkedOf, PLYMOUTH_TENDER, READ_ACROSS, relatedIn } from "./shared";

export const targetsStance: Rule = {
  code: "ALY070",
  name: "targets-stance-agrees",
  title: "A tender and its specification disagree about whether there are targets",
  severity: "error",
  grounds: "contradiction",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "A tender that sets targets when its specification says there are none, or says there are none when the specification sets some, tells bidders two different things about how they will be held to account.",
  rationale:
    "Whether an alliance is held to targets or learns together is one of the things bidders most need to know: Plymouth's tender set no outputs or outcomes and focused on collaboration and learning together (Exploring the New World, Commissioner: Plymouth City Council). The guidance asks that the tender and the specification read across and are consistent (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "A tender and its specification each say where they stand with `targets none` or a list of targets. When one says there are none and the other sets some, the two documents contradict each other. A tender that says nothing about targets is not compared.",
  guidance: [
    { id: "R10.6", ...PLYMOUTH_TENDER },
    { id: "R10.5", ...READ_ACROSS },
  ],
  appliesTo: ["tender"],
  example: {
    alongside: 'specification Spec "Specification" {\n  targets none\n}\n',
    wrong: 'tender Invitation "Invitation to tender" for Spec {\n  targets {\n    Housed "Ninety per cent of people keep their tenancy for a year"\n  }\n}\n',
    right: 'tender Invitation "Invitation to tender" for Spec {\n  targets none\n}\n',
  },
  check(context) {
    const own = context.model.first("Targets");
    const spec = linkedOf(context, "specification");
    const theirs = spec?.model.first("Targets");
    if (!own || !spec || !theirs) return;
    const mine = targetsSet(own).map((t) => t.name.name);
    const set = targetsSet(theirs).map((t) => t.name.name);
    const label = documentLabel(spec.model);
    // An empty list that is not `targets none` says nothing either way.
    const ownNone = own.none;
    const theirNone = theirs.none;
    if (mine.length > 0 && theirNone) {
      context.report({
        span: own.keyword,
        message: `This tender sets ${targetWords(mine)}, but ${label} says there are no targets. Remove the tender's targets and write \`targets none\`, or correct the specification.`,
        related: [relatedIn(context, spec.uri, theirs.keyword, `${label} sets no targets`)],
        data: { targets: mine },
      });
    } else if (ownNone && set.length > 0) {
      context.report({
        span: own.keyword,
        message: `This tender says there are no targets, but ${label} sets ${targetWords(set)}. Make the two agree: list the targets here, or remove them from the specification.`,
        related: [relatedIn(context, spec.uri, theirs.keyword, `the targets in ${label}`)],
        data: { specificationTargets: set },
      });
    }
  },
};
