import type { Rule, Unchecked } from "../rule";
import { criterionAsked } from "./criterion-asked-in-tender";
import { criterionTraces } from "./criterion-traces-to-specification";
import { mandatoryAssessed } from "./mandatory-requirement-assessed";
import { nearDuplicateNames } from "./near-duplicate-names";
import { noTargets } from "./no-targets-read-across";
import { principlesDisclosed } from "./operative-principles-disclosed";
import { purposeReadAcross } from "./purpose-read-across";
import { selectionAwardDistinct } from "./selection-award-distinct";
import { sharedFacts } from "./shared-facts-agree";
import { targetsStance } from "./targets-stance-agrees";
import { weightsTotal } from "./criteria-weights-total";

export const READACROSS_RULES: readonly Rule[] = [
  criterionTraces,
  mandatoryAssessed,
  weightsTotal,
  purposeReadAcross,
  sharedFacts,
  noTargets,
  principlesDisclosed,
  criterionAsked,
  selectionAwardDistinct,
  nearDuplicateNames,
  targetsStance,
];

export const READACROSS_UNCHECKED: readonly Unchecked[] = [
  {
    id: "R10.3",
    title: "Sub-criteria weights add up to the weight of the criterion they belong to",
    reason:
      "ALY062 checks that each stage's criteria add up to 100%, but the language has no sub-criteria: a criterion cannot sit under another. " +
      "An option on `criterion` naming its parent (for example `criterion RiskPlan \"…\" weight 10% within SharedRisk`) would let sub-criteria be added up against their parent's weight.",
  },
  {
    id: "R10.5",
    title: "Lots, party roles and service definitions are the same in every document of the tender",
    reason:
      "ALY064 compares the value, the term, the route and the jurisdiction. The language has no lots, the tender documents declare no parties, and services are described only in free text (the agreement's purpose `scope`). " +
      "A `lots` block and a `scope` clause in specifications and tenders would let these be compared too.",
  },
  {
    id: "R10.10",
    title: "Values assessed at selection are the agreement's own principles and values",
    reason:
      "A selection criterion that assesses a principle the agreement does not declare is already reported as an undeclared name (ALY010). The agreement's `values`, though, cannot be assessed at all: a criterion's `assesses` names principles, requirements, questions and measures, not values. " +
      "Letting `assesses` name the agreement's values (a grammar change) would make selection on shared values checkable.",
  },
];
