import type { Rule, Unchecked } from "../rule";

export const SPEND_RULES: readonly Rule[] = [];

export const SPEND_UNCHECKED: readonly Unchecked[] = [];
