import type { Rule } from "../rule";

export const GOVERNANCE_RULES: readonly Rule[] = [];
