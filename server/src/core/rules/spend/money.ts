// Money for messages: exact integer minor units shown as people write them, `£1,000` or `£25,000.50`.

import type { Money } from "../../tree";

const SYMBOLS: Record<string, string> = { GBP: "£", EUR: "€", USD: "$" };
const NAMES: Record<string, string> = { GBP: "pounds", EUR: "euros", USD: "dollars" };

/** `£1,000`, `£25,000.50`, `CHF 1,000`: never through floating point. */
export function formatMoney(minor: number, currency: string): string {
  const whole = Math.floor(minor / 100);
  const pence = minor % 100;
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const amount = pence === 0 ? grouped : `${grouped}.${String(pence).padStart(2, "0")}`;
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${amount}` : `${currency} ${amount}`;
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
