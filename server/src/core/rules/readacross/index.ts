import type { Rule, Unchecked } from "../rule";

export const READACROSS_RULES: readonly Rule[] = [];

export const READACROSS_UNCHECKED: readonly Unchecked[] = [];
