// Exact money as the grammar reads it: digits, optional decimals and a k/m/bn suffix become an integer
// count of minor units (pence, cents), or a plain-English problem saying how to write the amount.

import { countWord, groupDigits } from "./words";

/** How many digits each shortening suffix stands for: `£1.5m` is 1,500,000 pounds. */
export const SUFFIX_DIGITS: Readonly<Record<string, number>> = { k: 3, K: 3, m: 6, M: 6, bn: 9 };

/** The currency each sign stands for. */
export const SYMBOL_CURRENCY: Readonly<Record<string, string>> = { "£": "GBP", "€": "EUR", $: "USD" };

export interface MoneyValue {
  /** The amount in minor units; 0 when it cannot be read. */
  minor: number;
  error: string | null;
  /** The amount written as it should be, where that is not in doubt. */
  replacement?: string;
}

/** An amount in minor units written in full, as a person would: "£1,234,500" or "£12.50". */
export function fullAmount(prefix: string, minor: bigint): string {
  const s = minor.toString().padStart(3, "0");
  const pounds = groupDigits(s.slice(0, -2).replace(/^0+(?=\d)/, ""));
  const pence = s.slice(-2);
  return `${prefix}${pounds}${pence === "00" ? "" : "." + pence}`;
}

/**
 * The value of an amount: `digits` as written (with its commas and points), its `suffix` or null, the whole
 * amount as it appears in the text (`written`), and its currency sign or code with its space (`prefix`).
 */
export function moneyValue(digits: string, suffix: string | null, written: string, prefix: string): MoneyValue {
  const result: MoneyValue = { minor: 0, error: null };
  // Thousands marked with points, as much of Europe writes them: `£1.000`, `£1.000.000`, `£1.000,50`.
  // UK amounts use commas; `£1.000` could also be one pound, so the problem is reported, with the
  // thousands reading offered as its fix.
  const dotted = /^(\d{1,3})((?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(digits);
  if (!suffix && dotted && (dotted[2].length > 4 || dotted[3] !== undefined || dotted[2].length === 4)) {
    const fixed = `${prefix}${groupDigits(dotted[1] + dotted[2].replace(/\./g, ""))}${dotted[3] !== undefined ? "." + dotted[3].padEnd(2, "0") : ""}`;
    result.error = dotted[2].length === 4 && dotted[3] === undefined
      ? `UK amounts mark thousands with commas, not points, and pence with two digits, so \`${written}\` is unclear; for thousands, write \`${fixed}\`.`
      : `UK amounts mark thousands with commas and pence with a point; write \`${written}\` as \`${fixed}\`.`;
    result.replacement = fixed;
    return result;
  }
  if ((digits.match(/\./g) || []).length > 1 || /\.\d*,/.test(digits)) {
    result.error = `An amount has commas between thousands and one point before the pence, as in \`${prefix}1,250.50\`; \`${written}\` cannot be read.`;
    return result;
  }
  const plain = digits.replace(/,/g, "");
  if (digits.includes(",") && !/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(digits)) {
    const whole = plain.split(".")[0];
    result.error = `Commas in an amount separate groups of three digits, counting from the right, so \`${written}\` has one out of place; it may be meant as \`${prefix}${groupDigits(whole.replace(/^0+(?=\d)/, ""))}\`.`;
    return result;
  }
  const [whole, fraction = ""] = plain.split(".");
  if (suffix && fraction.length > 3) {
    const digitsOfSuffix = SUFFIX_DIGITS[suffix];
    const exact = BigInt(whole + fraction) * 10n ** BigInt(2 + digitsOfSuffix - Math.min(fraction.length, 2 + digitsOfSuffix));
    const full = fraction.length <= 2 + digitsOfSuffix ? `, as \`${fullAmount(prefix, exact)}\`` : "";
    result.error = `A shortened amount has at most three decimal places before \`${suffix}\`, so write \`${written}\` in full${full}.`;
    return result;
  }
  const scale = 2 + (suffix ? SUFFIX_DIGITS[suffix] : 0) - fraction.length;
  if (scale < 0) {
    result.error = fraction.length === 3
      ? `An amount has at most two decimal places, for pence or cents, so \`${written}\` cannot be read; to write thousands, use a comma, as in \`${prefix}${groupDigits(whole.replace(/^0+(?=\d)/, "") + fraction)}\`.`
      : `An amount has at most two decimal places, for pence or cents, but \`${written}\` has ${countWord(fraction.length)}; write pence as in \`${prefix}12.50\`.`;
    return result;
  }
  const minor = BigInt(whole + fraction) * 10n ** BigInt(scale);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) {
    result.error = `The amount \`${written}\` is too large to hold exactly (the most is about 90 trillion); check the number of digits.`;
    return result;
  }
  result.minor = Number(minor);
  return result;
}
