import type { Rule } from "../rule";

export const PROCUREMENT_RULES: readonly Rule[] = [];
