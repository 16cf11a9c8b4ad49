import type { Rule, Unchecked } from "../rule";

export const FAILURE_MODES_RULES: readonly Rule[] = [];

export const FAILURE_MODES_UNCHECKED: readonly Unchecked[] = [];
