// Percentages as the grammar reads them: held in thousandths of a percent, so that 12.5% + 87.5% is exactly 100%.

import { countWord } from "./words";

export interface PercentValue {
  thousandths: number;
  error: string | null;
}

/** The value of a percentage written with `whole` digits and `fraction` digits after the point. */
export function percentValue(whole: string, fraction: string, written: string): PercentValue {
  if (fraction.length > 3) {
    return { thousandths: 0, error: `A percentage has at most three decimal places, as in \`33.333%\`, but \`${written}\` has ${countWord(fraction.length)}.` };
  }
  const thousandths = Number(whole) * 1000 + Number((fraction + "000").slice(0, 3));
  if (!Number.isSafeInteger(thousandths)) return { thousandths: 0, error: `The percentage \`${written}\` is far too large; check the number of digits.` };
  return { thousandths, error: null };
}
