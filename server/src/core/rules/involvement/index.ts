import type { Rule } from "../rule";

export const INVOLVEMENT_RULES: readonly Rule[] = [];
