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
import type { RuleCode } from "./codes";

export { RULE_CODES, type RuleCode, type RuleCodes } from "./codes";


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

const BY_CODE = new Map<string, Rule>(RULES.map((rule) => [rule.code, rule]));
const BY_NAME = new Map<string, Rule>(RULES.map((rule) => [rule.name, rule]));

/** Whether a code read from outside the source (a problem's, a setting's) is a rule's code. */
export function isRuleCode(code: string): code is RuleCode {
  return BY_CODE.has(code);
}

/**
 * The rule with a code. A code written as a literal must be one of `RULE_CODES` (a misspelt one is a type
 * error) and always finds its rule; a code held as a plain string, such as a problem's, may find none.
 */
export function ruleByCode<C extends string>(code: C & (string extends C ? string : RuleCode)): string extends C ? Rule | undefined : Rule;
export function ruleByCode(code: string): Rule | undefined {
  return BY_CODE.get(code);
}

/** A code or a rule name, as written in settings or a suppression, to a code. */
export function resolveRuleCode(codeOrName: string): RuleCode | null {
  const upper = codeOrName.toUpperCase();
  if (isRuleCode(upper)) return upper;
  return BY_NAME.get(codeOrName)?.code ?? null;
}
