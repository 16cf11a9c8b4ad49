// Writing exact amounts and percentages back out for people.

import type { Money, Percent } from "../tree";

const SYMBOL: Record<string, string> = { GBP: "£", EUR: "€", USD: "$" };

export function formatMinor(minor: number, currency: string): string {
  const negative = minor < 0;
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const pence = abs % 100;
  const symbol = SYMBOL[currency];
  const amount = `${whole}${pence ? `.${pence.toString().padStart(2, "0")}` : ""}`;
  return `${negative ? "-" : ""}${symbol ? `${symbol}${amount}` : `${currency} ${amount}`}`;
}

export function formatMoney(money: Money): string {
  return formatMinor(money.minor, money.currency);
}

export function formatThousandths(thousandths: number): string {
  const whole = Math.trunc(thousandths / 1000);
  const fraction = Math.abs(thousandths % 1000);
  return `${whole}${fraction ? `.${fraction.toString().padStart(3, "0").replace(/0+$/, "")}` : ""}%`;
}

export function formatPercent(percent: Percent): string {
  return formatThousandths(percent.thousandths);
}
