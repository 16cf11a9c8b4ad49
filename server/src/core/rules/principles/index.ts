import type { Rule, Unchecked } from "../rule";

export const PRINCIPLES_RULES: readonly Rule[] = [];

export const PRINCIPLES_UNCHECKED: readonly Unchecked[] = [];
