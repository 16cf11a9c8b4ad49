import type { Rule, Unchecked } from "../rule";

export const INVOLVEMENT_RULES: readonly Rule[] = [];

export const INVOLVEMENT_UNCHECKED: readonly Unchecked[] = [];
