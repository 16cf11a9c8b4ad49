import type { Rule, Unchecked } from "../rule";

export const PURPOSE_RULES: readonly Rule[] = [];

export const PURPOSE_UNCHECKED: readonly Unchecked[] = [];
