// Exact amounts and percentages written back out for people: the one money formatter and the one
// percentage formatter, used by rules, hover, the summary, the export and the fixes, so that every message
// writes `£25,000.50` and `12.5%` the same way.

import type { Money, Percent } from "./tree";

const SYMBOL: Record<string, string> = { GBP: "£", EUR: "€", USD: "$" };

/**
 * `£1,000`, `£25,000.50`, `€750,000`; another currency as `CHF 1,000`. Takes an amount as written, or
 * integer minor units (pence, cents) and a currency, pounds when none is given. Never through floating point.
 */
export function formatMoney(amount: Money | number, currency = "GBP"): string {
  const minor = typeof amount === "number" ? amount : amount.minor;
  const code = typeof amount === "number" ? currency : amount.currency;
  const negative = minor < 0;
  const abs = BigInt(Math.abs(Math.trunc(minor)));
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const pence = abs % 100n;
  const figure = pence === 0n ? whole : `${whole}.${pence.toString().padStart(2, "0")}`;
  const symbol = SYMBOL[code];
  const body = symbol ? `${symbol}${figure}` : `${code} ${figure}`;
  return negative ? `-${body}` : body;
}

/**
 * A percentage as people write it: `95%`, `33.333%`, `12.5%`. Takes a percentage as written, or
 * thousandths of a percent (95000, 33333, 12500).
 */
export function formatPercent(percent: Percent | number): string {
  const thousandths = typeof percent === "number" ? percent : percent.thousandths;
  const sign = thousandths < 0 ? "-" : "";
  const abs = Math.abs(Math.trunc(thousandths));
  const whole = Math.floor(abs / 1000);
  const fraction = String(abs % 1000).padStart(3, "0").replace(/0+$/, "");
  return `${sign}${whole}${fraction ? `.${fraction}` : ""}%`;
}
