// Helpers shared by the risk rules: the risk block's clauses, the principles that declare collective
// responsibility or open books, and percentages written for people.

import type { DocumentModel } from "../../model";
import type { PrincipleNode, RiskItem } from "../../tree";
import { itemsOf } from "../../tree";
import { principlesThat } from "../principles/meaning";
import { perModel, perModelAndKey } from "../per-model";

// Many risk rules read the risk clauses, most of them one kind of clause: each list is made once per model.

/** Every clause of every `risk` block, in source order. */
export const riskItems = perModel((model: DocumentModel): readonly RiskItem[] => model.clauses("Risk").flatMap((block) => itemsOf(block.items)));

const riskItemsByKind = perModelAndKey((model: DocumentModel, kind: RiskItem["kind"]): readonly RiskItem[] => riskItems(model).filter((i) => i.kind === kind));

export function riskItemsOf<K extends RiskItem["kind"]>(model: DocumentModel, kind: K): readonly Extract<RiskItem, { kind: K }>[] {
  return riskItemsByKind(model, kind) as readonly Extract<RiskItem, { kind: K }>[];
}

/** The principle that makes every party collectively responsible for risk, however it is worded. */
export function collectiveRiskPrinciple(model: DocumentModel): PrincipleNode | undefined {
  return principlesThat(model, "collectiveRisk")[0]?.principle;
}

/** The principle that commits the parties to open books, however it is worded. */
export function openBookPrinciple(model: DocumentModel): PrincipleNode | undefined {
  return principlesThat(model, "openBook")[0]?.principle;
}

/** The principle that commits the parties to no fault and no blame, and the exceptions it states. */
export function noBlamePrinciple(model: DocumentModel): { principle: PrincipleNode; exceptions: string[] } | undefined {
  const meaning = principlesThat(model, "noFaultNoBlame")[0];
  return meaning ? { principle: meaning.principle, exceptions: meaning.noFaultNoBlame!.exceptions } : undefined;
}

/** An exception as plain words: lower case, hyphens and punctuation as single spaces. */
export function exceptionWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

/** Wilful default, however spelt. */
const WILFUL = / (wilful|willful|deliberate|intentional) (default|misconduct|breach) /;

/**
 * Exceptions no agreement could take away, or that are as narrow as wilful default: fraud, dishonesty,
 * criminal acts, and death or personal injury (liability the law does not let parties exclude).
 */
const NARROW_BY_NATURE =
  / (fraud|fraudulent|fraudulently|dishonest|dishonesty|criminal|crime|crimes|corruption|corrupt|bribery|theft|death|personal injury|cannot be (excluded|limited)|required by law|by law) /;

/** Whether an exception to no fault, no blame is no wider than wilful default. */
export function narrowException(text: string): boolean {
  const words = exceptionWords(text);
  return WILFUL.test(words) || NARROW_BY_NATURE.test(words);
}

/** Whether `text` is one of the exceptions a principle states (by its words, or wilful default however spelt). */
export function withinStated(text: string, stated: readonly string[]): boolean {
  const words = exceptionWords(text);
  return stated.some((s) => {
    const st = exceptionWords(s);
    return st.trim().length > 0 && (words.includes(st) || st.includes(words));
  });
}

/** What each kind of share divides, for messages. */
export const SHARE_OF: Record<"pain" | "gain" | "budget", string> = {
  pain: "any overspend or loss",
  gain: "any saving or surplus",
  budget: "the budget",
};

/** Party roles that need not carry financial risk: they sit in the alliance without a stake in its money. */
export const NO_FINANCIAL_STAKE: readonly string[] = ["lived-experience", "independent", "advocate", "funder"];

/** Party roles that carry the alliance's financial risk. */
export const CARRIES_RISK: readonly string[] = ["commissioner", "provider"];
