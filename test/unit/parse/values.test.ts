// The values the grammar reads, checked on their own: amounts, percentages, dates, lengths of time, escapes.

import { describe, expect, it } from "vitest";
import { dateValue, dayFirstDate, daysInMonth } from "../../../server/src/core/values/dates";
import { durationError } from "../../../server/src/core/values/duration";
import { codePointEscape, unknownEscape } from "../../../server/src/core/values/escapes";
import { fullAmount, moneyValue } from "../../../server/src/core/values/money";
import { percentValue } from "../../../server/src/core/values/percent";
import { countWord, groupDigits } from "../../../server/src/core/values/words";

describe("amounts of money", () => {
  it("are exact counts of minor units, with or without a shortening suffix", () => {
    expect(moneyValue("80,000,000", null, "£80,000,000", "£")).toEqual({ minor: 8_000_000_000, error: null });
    expect(moneyValue("12.5", null, "£12.5", "£")).toEqual({ minor: 1250, error: null });
    expect(moneyValue("1.5", "m", "£1.5m", "£")).toEqual({ minor: 150_000_000, error: null });
    expect(moneyValue("2", "bn", "£2bn", "£")).toEqual({ minor: 200_000_000_000, error: null });
  });

  it("with points between the thousands are read as thousands, and the fix offered", () => {
    expect(moneyValue("1.000", null, "£1.000", "£")).toEqual({
      minor: 0,
      replacement: "£1,000",
      error: "UK amounts mark thousands with commas, not points, and pence with two digits, so `£1.000` is unclear; for thousands, write `£1,000`.",
    });
    expect(moneyValue("1.000.000,5", null, "€1.000.000,5", "€").replacement).toBe("€1,000,000.50");
  });

  it("say what is wrong with a comma out of place, too many decimals or too many digits", () => {
    expect(moneyValue("1,00", null, "£1,00", "£").error).toBe("Commas in an amount separate groups of three digits, counting from the right, so `£1,00` has one out of place; it may be meant as `£100`.");
    expect(moneyValue("1.2345", null, "£1.2345", "£").error).toBe("An amount has at most two decimal places, for pence or cents, but `£1.2345` has four; write pence as in `£12.50`.");
    expect(moneyValue("1234.567", null, "£1234.567", "£").error).toBe("An amount has at most two decimal places, for pence or cents, so `£1234.567` cannot be read; to write thousands, use a comma, as in `£1,234,567`.");
    expect(moneyValue("1.2345", "m", "£1.2345m", "£").error).toBe("A shortened amount has at most three decimal places before `m`, so write `£1.2345m` in full, as `£1,234,500`.");
    expect(moneyValue("99999999999999999", null, "£99999999999999999", "£").error).toContain("too large to hold exactly");
  });

  it("are written in full as a person would", () => {
    expect(fullAmount("£", 123_450_000n)).toBe("£1,234,500");
    expect(fullAmount("£", 1250n)).toBe("£12.50");
    expect(groupDigits("1234500")).toBe("1,234,500");
    expect(countWord(3)).toBe("three");
    expect(countWord(12)).toBe("12");
  });
});

describe("percentages", () => {
  it("are thousandths of a percent, with at most three decimal places", () => {
    expect(percentValue("12", "5", "12.5%")).toEqual({ thousandths: 12_500, error: null });
    expect(percentValue("33", "3333", "33.3333%")).toEqual({ thousandths: 0, error: "A percentage has at most three decimal places, as in `33.333%`, but `33.3333%` has four." });
  });
});

describe("dates", () => {
  it("are real dates written year-month-day", () => {
    expect(dateValue("2019-04-01")).toEqual({ year: 2019, month: 4, day: 1, error: null });
    expect(dateValue("2019-02-30").error).toBe("The date `2019-02-30` is not a real date: February 2019 has 28 days. Check the day, for example `2019-02-28`.");
    expect(dateValue("2019-13-01").error).toBe("The date `2019-13-01` has no month 13: dates are written year-month-day, with the month from 01 to 12, as in `2019-04-01`.");
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });

  it("written with one-digit months or day first are read, with the fix offered", () => {
    expect(dateValue("2019-4-1")).toMatchObject({ year: 2019, month: 4, day: 1, iso: "2019-04-01", replacement: "2019-04-01" });
    expect(dayFirstDate("01/04/2026")).toEqual({
      year: 2026, month: 4, day: 1, iso: "2026-04-01", replacement: "2026-04-01",
      error: "Dates are written year-month-day: read day first, the UK way, `01/04/2026` is 1 April 2026, written `2026-04-01`.",
    });
    expect(dayFirstDate("31/02/2026").error).toBe("Dates are written year-month-day, as in `2026-04-01`; read day first, the UK way, `31/02/2026` is not a real date, so check it.");
  });
});

describe("lengths of time and escapes", () => {
  it("reports a length of no time at all", () => {
    expect(durationError(0, "year", "0 years")).toBe("A length of time must be at least one, for example `1 year`; `0 years` is no time at all.");
    expect(durationError(10, "year", "10 years")).toBeNull();
  });

  it("reads a code point escape and reports one past the last character", () => {
    expect(codePointEscape("1F600")).toEqual({ value: "😀" });
    expect(codePointEscape("110000").error).toBe("The escape `\\u{110000}` is not a character: its code is at most `10FFFF`, as in `\\u{1F600}`.");
    expect(unknownEscape("q")).toEqual({ value: "q", error: "Quoted text does not understand the escape `\\q`: write `\\\\` for a backslash, `\\\"` for a quote, `\\n` for a new line or `\\t` for a tab." });
  });
});
