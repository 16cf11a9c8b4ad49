import type { Rule } from "../rule";

export const DECISIONS_RULES: readonly Rule[] = [];
