import type { Rule } from "../rule";

export const SPEND_RULES: readonly Rule[] = [];
