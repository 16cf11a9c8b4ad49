import type { Rule, Unchecked } from "../rule";

export const LEARNING_RULES: readonly Rule[] = [];

export const LEARNING_UNCHECKED: readonly Unchecked[] = [];
