// The one money formatter and the one percentage formatter, which every message, hover, summary, export
// and fix writes amounts with.

import { describe, expect, it } from "vitest";
import { formatMoney, formatPercent } from "../../server/src/core/numbers";
import type { Money, Percent } from "../../server/src/core/tree";

const money = (minor: number, currency = "GBP"): Money => ({ kind: "Money", span: { start: 0, end: 0 }, currency, minor, text: "", error: null });
const percent = (thousandths: number): Percent => ({ kind: "Percent", span: { start: 0, end: 0 }, thousandths, text: "", error: null });

describe("formatMoney", () => {
  it("writes minor units with the currency's symbol, thousands separated, pence only when there are some", () => {
    expect(formatMoney(0)).toBe("£0");
    expect(formatMoney(5)).toBe("£0.05");
    expect(formatMoney(100_000)).toBe("£1,000");
    expect(formatMoney(2_500_050)).toBe("£25,000.50");
    expect(formatMoney(123_456_789_00)).toBe("£123,456,789");
    expect(formatMoney(75_000_000, "EUR")).toBe("€750,000");
    expect(formatMoney(1_999, "USD")).toBe("$19.99");
  });

  it("writes another currency by its code, and a negative amount with a minus sign", () => {
    expect(formatMoney(100_000, "CHF")).toBe("CHF 1,000");
    expect(formatMoney(-2_500_050)).toBe("-£25,000.50");
  });

  it("writes an amount as written in the document the same way as its minor units", () => {
    expect(formatMoney(money(2_500_050))).toBe("£25,000.50");
    expect(formatMoney(money(75_000_000, "EUR"))).toBe("€750,000");
    // The amount's own currency wins over the default.
    expect(formatMoney(money(100_000, "CHF"), "GBP")).toBe("CHF 1,000");
  });

  it("is exact for amounts beyond what floating-point pounds could hold", () => {
    expect(formatMoney(9_007_199_254_740_991)).toBe("£90,071,992,547,409.91");
  });
});

describe("formatPercent", () => {
  it("writes thousandths of a percent without trailing zeros", () => {
    expect(formatPercent(100_000)).toBe("100%");
    expect(formatPercent(95_000)).toBe("95%");
    expect(formatPercent(12_500)).toBe("12.5%");
    expect(formatPercent(33_333)).toBe("33.333%");
    expect(formatPercent(50)).toBe("0.05%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(-2_500)).toBe("-2.5%");
  });

  it("writes a percentage as written in the document the same way as its thousandths", () => {
    expect(formatPercent(percent(12_500))).toBe("12.5%");
    expect(formatPercent(percent(100_000))).toBe("100%");
  });
});
