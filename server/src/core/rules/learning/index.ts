import type { Rule } from "../rule";

export const LEARNING_RULES: readonly Rule[] = [];
