import type { Rule, Unchecked } from "../rule";

export const PROCUREMENT_RULES: readonly Rule[] = [];

export const PROCUREMENT_UNCHECKED: readonly Unchecked[] = [];
