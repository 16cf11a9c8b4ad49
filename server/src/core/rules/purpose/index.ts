import type { Rule } from "../rule";

export const PURPOSE_RULES: readonly Rule[] = [];
