// Every rule, in one list, by topic. The CLI, the server, SARIF output and docs/rules.md read this.

import type { Rule, Unchecked } from "./rule";
import { SYNTAX_RULES } from "./syntax";
import { INTEGRITY_RULES } from "./integrity";
import { SUPPRESSION_RULES } from "./suppressions";
import { PARTIES_RULES, PARTIES_UNCHECKED } from "./parties";
import { PURPOSE_RULES, PURPOSE_UNCHECKED } from "./purpose";
import { PRINCIPLES_RULES, PRINCIPLES_UNCHECKED } from "./principles";
import { DECISIONS_RULES, DECISIONS_UNCHECKED } from "./decisions";
import { RISK_RULES, RISK_UNCHECKED } from "./risk";
import { SPEND_RULES, SPEND_UNCHECKED } from "./spend";
import { GOVERNANCE_RULES, GOVERNANCE_UNCHECKED } from "./governance";
import { LEARNING_RULES, LEARNING_UNCHECKED } from "./learning";
import { PROCUREMENT_RULES, PROCUREMENT_UNCHECKED } from "./procurement";
import { READACROSS_RULES, READACROSS_UNCHECKED } from "./readacross";
import { INVOLVEMENT_RULES, INVOLVEMENT_UNCHECKED } from "./involvement";
import { FAILURE_MODES_RULES, FAILURE_MODES_UNCHECKED } from "./failure-modes";

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

/** Rules from the guidance digest that the language cannot check yet, with the reason. */
export const UNCHECKED: readonly Unchecked[] = [
  ...PARTIES_UNCHECKED,
  ...PURPOSE_UNCHECKED,
  ...PRINCIPLES_UNCHECKED,
  ...DECISIONS_UNCHECKED,
  ...RISK_UNCHECKED,
  ...SPEND_UNCHECKED,
  ...GOVERNANCE_UNCHECKED,
  ...LEARNING_UNCHECKED,
  ...PROCUREMENT_UNCHECKED,
  ...READACROSS_UNCHECKED,
  ...INVOLVEMENT_UNCHECKED,
  ...FAILURE_MODES_UNCHECKED,
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
