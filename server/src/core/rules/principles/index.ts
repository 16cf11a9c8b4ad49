import type { Rule } from "../rule";

export const PRINCIPLES_RULES: readonly Rule[] = [];
