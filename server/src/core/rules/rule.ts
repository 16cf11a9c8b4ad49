// What a rule is: its data (code, severity, rationale, guidance, examples) and, for checks, a function.
// The CLI, the server, SARIF output and docs/rules.md all read the same registry of these.

import type { GuidanceSource, Severity } from "../problem";
import type { DocumentKind } from "../tree";
import type { RuleContext } from "./context";
import type { RuleCode } from "./codes";

export type Topic =
  | "Syntax"
  | "Names and structure"
  | "Suppressions"
  | "Parties and membership"
  | "Shared purpose"
  | "Principles, values and behaviours"
  | "Decision-making and consensus"
  | "Risk and reward"
  | "Spend thresholds and delegated authority"
  | "Governance bodies and roles"
  | "Learning, data and measures"
  | "Procurement routes and thresholds"
  | "Read-across between documents"
  | "Involving people who use services"
  | "Common failure modes";

export interface RuleMeta {
  /** Stable code, never reused: `ALY601`. One of the registry's `RULE_CODES`. */
  code: RuleCode;
  /** A short kebab-case name, for configuration and SARIF: `spend-ladder-gap`. */
  name: string;
  /** One line: what the rule checks. */
  title: string;
  severity: Severity;
  topic: Topic;
  /** `direct`: the guidance states it; `inferred`: follows from it; `language`: the language's own rules. */
  basis: "direct" | "inferred" | "language";
  /**
   * Why a finding matters, in the drafter's terms, shown with every finding: at most 50 words. How the check
   * works, figures' provenance and cross-references belong in `rationale`, not here.
   */
  why?: string;
  /** The longer explanation, for docs/rules.md and the hover on the code. */
  rationale: string;
  /** What makes a finding of this rule as serious as its severity: see the severity policy in docs/rules.md. */
  grounds?: Grounds;
  guidance: GuidanceSource[];
  /** Document kinds the rule looks at; all when absent. */
  appliesTo?: readonly DocumentKind[];
  /**
   * A small document that breaks the rule and the same document put right. A rule that reads across
   * documents gives `alongside`: another document (such as the agreement) checked together with each.
   */
  example: { wrong: string; right: string; alongside?: string };
}

/**
 * The severity policy. `unreadable`, `contradiction` and `law` are errors: the document cannot be read,
 * contradicts itself, or breaks the law in force. `departure` is a warning: it departs from the guidance in a
 * way that changes how the alliance works. `suggestion` is information. `absence` infers a gap from optional
 * detail left out: information at most, reported once per document.
 */
export type Grounds = "unreadable" | "contradiction" | "law" | "departure" | "suggestion" | "absence";

/** The text shown as a finding's "why". */
export function whyOf(rule: Pick<RuleMeta, "why" | "rationale">): string {
  return rule.why ?? rule.rationale;
}

export interface Rule extends RuleMeta {
  /** Syntax codes are reported by the parser and have no check. */
  check?: (context: RuleContext) => void;
}

export type { Report } from "./context";

/** A rule from the guidance digest that the language cannot yet check, and why. docs/rules.md lists these. */
export interface Unchecked {
  /** The digest's rule id, e.g. `R4.9`. */
  id: string;
  /** What the guidance asks, in a few words. */
  title: string;
  /** Why it is not checked, and what would make it checkable. */
  reason: string;
}
