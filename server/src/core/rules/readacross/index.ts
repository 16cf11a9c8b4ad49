import type { Rule } from "../rule";

export const READACROSS_RULES: readonly Rule[] = [];
