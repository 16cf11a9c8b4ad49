import type { Rule, Unchecked } from "../rule";
import { partyExempted } from "./party-exempted-from-principles";
import { principleMechanism } from "./principle-without-mechanism";
import { principlesCoproduced } from "./principles-not-co-produced";
import { principlesMissing } from "./principles-missing";
import { referencePrinciples } from "./reference-principle-absent";
import { valuesUndefined } from "./values-not-defined";

export const PRINCIPLES_RULES: readonly Rule[] = [
  principlesMissing,
  referencePrinciples,
  principleMechanism,
  valuesUndefined,
  partyExempted,
  principlesCoproduced,
];

export const PRINCIPLES_UNCHECKED: readonly Unchecked[] = [];
