import type { Rule } from "../rule";

export const FAILURE_MODES_RULES: readonly Rule[] = [];
