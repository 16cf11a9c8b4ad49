import type { Rule } from "../rule";

export const PARTIES_RULES: readonly Rule[] = [];
