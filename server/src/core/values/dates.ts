// Dates as the grammar reads them: year-month-day, or day first as UK letters write them, each checked to
// be a real date, with a plain-English problem (and the date written right, where that is not in doubt).

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export interface DateValue {
  year: number;
  month: number;
  day: number;
  error: string | null;
  /** The date as `YYYY-MM-DD`, when it was written another way that can be read. */
  iso?: string;
  /** The date written year-month-day, where the reading is not in doubt. */
  replacement?: string;
}

export function daysInMonth(year: number, month: number): number {
  return [31, (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A date written day first, as in the UK: `01/04/2026` is 1 April 2026, written `2026-04-01`. */
export function dayFirstDate(textValue: string): DateValue {
  const m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(textValue);
  if (!m) {
    return { year: 0, month: 0, day: 0, error: `Dates are written year-month-day, with a four-digit year, as in \`2026-04-01\`; \`${textValue}\` cannot be read as a date.` };
  }
  const day = Number(m[1]), month = Number(m[2]), year = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { year: 0, month: 0, day: 0, error: `Dates are written year-month-day, as in \`2026-04-01\`; read day first, the UK way, \`${textValue}\` is not a real date, so check it.` };
  }
  const iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return {
    year, month, day, iso, replacement: iso,
    error: `Dates are written year-month-day: read day first, the UK way, \`${textValue}\` is ${day} ${MONTHS[month - 1]} ${year}, written \`${iso}\`.`,
  };
}

/** A date written with hyphens: year-month-day, or day first with a four-digit year last. */
export function dateValue(textValue: string): DateValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(textValue);
  if (/^\d{1,2}-\d{1,2}-\d{4}$/.test(textValue)) return dayFirstDate(textValue);
  if (!m) {
    const parts = textValue.split("-");
    const fixable = parts.length === 3 && parts[0].length === 4 && parts[1].length <= 2 && parts[2].length <= 2;
    const example = fixable ? `${parts[0]}-${parts[1].padStart(2, "0")}-${parts[2].padStart(2, "0")}` : "2019-04-01";
    if (fixable) {
      const fixed = dateValue(example);
      if (!fixed.error) return { ...fixed, iso: example, replacement: example, error: `Dates are written year-month-day with a two-digit month and day, so write \`${textValue}\` as \`${example}\`.` };
    }
    return { year: 0, month: 0, day: 0, error: `Dates are written year-month-day with a four-digit year, as in \`2019-04-01\`; \`${textValue}\` cannot be read as a date.` };
  }
  const year = Number(m[1]), month = Number(m[2]), day = Number(m[3]);
  if (month < 1 || month > 12) {
    return { year, month, day, error: `The date \`${textValue}\` has no month ${m[2]}: dates are written year-month-day, with the month from 01 to 12, as in \`${m[1]}-04-01\`.` };
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    const last = daysInMonth(year, month);
    return { year, month, day, error: `The date \`${textValue}\` is not a real date: ${MONTHS[month - 1]} ${year} has ${last} days. Check the day, for example \`${m[1]}-${m[2]}-${String(last).padStart(2, "0")}\`.` };
  }
  return { year, month, day, error: null };
}
