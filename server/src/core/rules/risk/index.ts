import type { Rule, Unchecked } from "../rule";

export const RISK_RULES: readonly Rule[] = [];

export const RISK_UNCHECKED: readonly Unchecked[] = [];
