// How the spend rules name a currency in messages (amounts themselves are written by core/numbers.ts).

const SYMBOLS: Record<string, string> = { GBP: "£", EUR: "€", USD: "$" };
const NAMES: Record<string, string> = { GBP: "pounds", EUR: "euros", USD: "dollars" };

/** "pounds", "euros", or the currency code. */
export function currencyName(currency: string): string {
  return NAMES[currency] ?? currency;
}

/** How the currency is written in an amount: `£`, `€`, `$` or the code. */
export function currencyMark(currency: string): string {
  return SYMBOLS[currency] ?? currency;
}
