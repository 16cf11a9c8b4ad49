// Exact amounts and percentages written back out for people: one place, used by rules, hover, the
// summary and the fixes, so that every message writes `£25,000.50` and `12.5%` the same way.

import type { Money, Percent } from "./tree";

const SYMBOL: Record<string, string> = { GBP: "£", EUR: "€", USD: "$" };

/** `£1,000`, `£25,000.50`, `€750,000`; another currency as `CHF 1,000`. Never through floating point. */
export function formatMinor(minor: number, currency = "GBP"): string {
  const negative = minor < 0;
  const abs = BigInt(Math.abs(Math.trunc(minor)));
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const pence = abs % 100n;
  const amount = pence === 0n ? whole : `${whole}.${pence.toString().padStart(2, "0")}`;
  const symbol = SYMBOL[currency];
  const body = symbol ? `${symbol}${amount}` : `${currency} ${amount}`;
  return negative ? `-${body}` : body;
}

export function formatMoney(money: Money): string {
  return formatMinor(money.minor, money.currency);
}

/** Thousandths of a percent as people write them: 95000 → "95%", 33333 → "33.333%", 12500 → "12.5%". */
export function formatThousandths(thousandths: number): string {
  const sign = thousandths < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(thousandths));
  const whole = Math.floor(abs / 1000);
  const fraction = String(abs % 1000).padStart(3, "0").replace(/0+$/, "");
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}%`;
}

export function formatPercent(percent: Percent): string {
  return formatThousandths(percent.thousandths);
}
