import type { Rule, Unchecked } from "../rule";

export const GOVERNANCE_RULES: readonly Rule[] = [];

export const GOVERNANCE_UNCHECKED: readonly Unchecked[] = [];
