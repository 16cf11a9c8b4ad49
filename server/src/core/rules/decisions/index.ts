import type { Rule, Unchecked } from "../rule";

export const DECISIONS_RULES: readonly Rule[] = [];

export const DECISIONS_UNCHECKED: readonly Unchecked[] = [];
