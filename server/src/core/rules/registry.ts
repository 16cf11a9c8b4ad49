// Every rule, in one list, by topic. The CLI, the server, SARIF output and docs/rules.md read this.

import type { Rule } from "./rule";
import { SYNTAX_RULES } from "./syntax";
import { INTEGRITY_RULES } from "./integrity";
import { SUPPRESSION_RULES } from "./suppressions";
import { PARTIES_RULES } from "./parties";
import { PURPOSE_RULES } from "./purpose";
import { PRINCIPLES_RULES } from "./principles";
import { DECISIONS_RULES } from "./decisions";
import { RISK_RULES } from "./risk";
import { SPEND_RULES } from "./spend";
import { GOVERNANCE_RULES } from "./governance";
import { LEARNING_RULES } from "./learning";
import { PROCUREMENT_RULES } from "./procurement";
import { READACROSS_RULES } from "./readacross";
import { INVOLVEMENT_RULES } from "./involvement";
import { FAILURE_MODES_RULES } from "./failure-modes";

export const RULES: readonly Rule[] = [
  ...SYNTAX_RULES,
  ...INTEGRITY_RULES,
  ...SUPPRESSION_RULES,
  ...PARTIES_RULES,
  ...PURPOSE_RULES,
  ...PRINCIPLES_RULES,
  ...DECISIONS_RULES,
  ...RISK_RULES,
  ...SPEND_RULES,
  ...GOVERNANCE_RULES,
  ...LEARNING_RULES,
  ...PROCUREMENT_RULES,
  ...READACROSS_RULES,
  ...INVOLVEMENT_RULES,
  ...FAILURE_MODES_RULES,
];

const BY_CODE = new Map(RULES.map((rule) => [rule.code, rule]));
const BY_NAME = new Map(RULES.map((rule) => [rule.name, rule]));

export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

/** A code or a rule name, as written in settings or a suppression, to a code. */
export function resolveRuleCode(codeOrName: string): string | null {
  const upper = codeOrName.toUpperCase();
  if (BY_CODE.has(upper)) return upper;
  return BY_NAME.get(codeOrName)?.code ?? null;
}
