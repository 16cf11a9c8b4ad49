import type { Rule, Unchecked } from "../rule";
import { partyExempted } from "./party-exempted";
import { principleMechanism } from "./principle-mechanism";
import { principlesCoproduced } from "./principles-coproduced";
import { principlesMissing } from "./principles-missing";
import { referencePrinciples } from "./reference-principles";
import { valuesUndefined } from "./values-undefined";

export const PRINCIPLES_RULES: readonly Rule[] = [
  principlesMissing,
  referencePrinciples,
  principleMechanism,
  valuesUndefined,
  partyExempted,
  principlesCoproduced,
];

export const PRINCIPLES_UNCHECKED: readonly Unchecked[] = [];
