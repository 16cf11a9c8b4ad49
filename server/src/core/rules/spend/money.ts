// Money for messages: exact integer minor units shown as people write them, `£1,000` or `£25,000.50`.

import type { Money } from "../../tree";
import { formatMinor } from "../../numbers";

const SYMBOLS: Record<string, string> = { GBP: "£", EUR: "€", USD: "$" };
const NAMES: Record<string, string> = { GBP: "pounds", EUR: "euros", USD: "dollars" };

/** `£1,000`, `£25,000.50`, `CHF 1,000`: never through floating point. */
export function formatMoney(minor: number, currency: string): string {
  return formatMinor(minor, currency);
}

export function showMoney(money: Money): string {
  return formatMoney(money.minor, money.currency);
}

/** "pounds", "euros", or the currency code. */
export function currencyName(currency: string): string {
  return NAMES[currency] ?? currency;
}

/** How the currency is written in an amount: `£`, `€`, `$` or the code. */
export function currencyMark(currency: string): string {
  return SYMBOLS[currency] ?? currency;
}
