// Helpers shared by the risk rules: the risk block's clauses, the principles that declare collective
// responsibility or open books, and percentages written for people.

import type { DocumentModel } from "../../model";
import type { PrincipleNode, RiskItem } from "../../tree";
import { itemsOf } from "../../tree";
import { formatThousandths } from "../../numbers";

/** Every clause of every `risk` block, in source order. */
export function riskItems(model: DocumentModel): RiskItem[] {
  return model.clauses("Risk").flatMap((block) => itemsOf(block.items));
}

export function riskItemsOf<K extends RiskItem["kind"]>(model: DocumentModel, kind: K): Extract<RiskItem, { kind: K }>[] {
  return riskItems(model).filter((i): i is Extract<RiskItem, { kind: K }> => i.kind === kind);
}

/** Lower case, with hyphens, quotes and punctuation turned into single spaces. */
function plain(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim()} `;
}

/**
 * The principle that makes every party collectively responsible for risk: by its short name
 * (`collective-risk`, `collective-responsibility`, `shared-risk`) or, as a heuristic, by wording that speaks
 * of risk together with "collective", "jointly" or "shared".
 */
export function collectiveRiskPrinciple(model: DocumentModel): PrincipleNode | undefined {
  return model.principles().find((p) => {
    const name = p.name.name.toLowerCase();
    if (/^(collective|shared|joint)-(risk|responsibility)/.test(name)) return true;
    const words = plain(p.text.value);
    return /\brisks?\b/.test(words) && /\b(collective|collectively|jointly|joint|shared)\b/.test(words);
  });
}

/** The principle that commits the parties to open books: by its short name or by its wording. */
export function openBookPrinciple(model: DocumentModel): PrincipleNode | undefined {
  return model.principles().find((p) => /^open-book/i.test(p.name.name) || plain(p.text.value).includes(" open book"));
}

/** Thousandths of a percent as people write it: 95000 → "95%", 33333 → "33.333%", 12500 → "12.5%". */
export function formatPercent(thousandths: number): string {
  return formatThousandths(thousandths);
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
