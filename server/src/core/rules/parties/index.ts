import type { Rule, Unchecked } from "../rule";

export const PARTIES_RULES: readonly Rule[] = [];

export const PARTIES_UNCHECKED: readonly Unchecked[] = [];
