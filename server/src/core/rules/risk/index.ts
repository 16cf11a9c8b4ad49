import type { Rule } from "../rule";

export const RISK_RULES: readonly Rule[] = [];
