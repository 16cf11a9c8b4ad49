// Literal values: money, percentages, lengths of time, dates and text read exactly, with exact spans.

import { describe, expect, it } from "vitest";
import { parse, walk, type AnyNode } from "../../server/src/core";
import { marked } from "../helpers/markers";

/** Parses `source` (one `[| |]` span marks the literal) and returns the literal of `kind` found there. */
function literalAt<T>(source: string, kind: string): { node: T; text: string; problems: ReturnType<typeof parse>["problems"] } {
  const { text, spans } = marked(source);
  expect(spans, "mark the literal with one [| |]").toHaveLength(1);
  const { file, problems } = parse(text);
  const found: AnyNode[] = [];
  walk(file, (node) => {
    if (node.kind === kind && node.span.start === spans[0].start) found.push(node);
  });
  expect(found, `a ${kind} starting at the marked span`).toHaveLength(1);
  expect(found[0].span).toEqual(spans[0]);
  return { node: found[0] as T, text, problems };
}

interface MoneyLit { currency: string; minor: number; text: string; error: string | null }
interface PercentLit { thousandths: number; text: string; error: string | null }
interface DurationLit { amount: number; unit: string; text: string; error: string | null }
interface DateLit { iso: string; year: number; month: number; day: number; error: string | null }
interface StrLit { value: string; triple: boolean; error: string | null }

const inAgreement = (clause: string) => `agreement A {\n  ${clause}\n}\n`;

describe("money", () => {
  const cases: [string, string, number][] = [
    ["£1,000", "GBP", 100_000],
    ["£1.5m", "GBP", 150_000_000],
    ["£25k", "GBP", 2_500_000],
    ["£25K", "GBP", 2_500_000],
    ["£80,000,000", "GBP", 8_000_000_000],
    ["£2bn", "GBP", 200_000_000_000],
    ["£1.234m", "GBP", 123_400_000],
    ["£12.50", "GBP", 1_250],
    ["£0.5k", "GBP", 50_000],
    ["GBP 1000", "GBP", 100_000],
    ["EUR 750,000", "EUR", 75_000_000],
    ["€750,000", "EUR", 75_000_000],
    ["$2.50", "USD", 250],
    ["£90,071,992,547,409.91", "GBP", Number.MAX_SAFE_INTEGER],
  ];
  for (const [written, currency, minor] of cases) {
    it(`reads ${written} as ${minor} minor units of ${currency}`, () => {
      const { node, problems } = literalAt<MoneyLit>(inAgreement(`value [|${written}|]`), "Money");
      expect(node).toMatchObject({ currency, minor, text: written, error: null });
      expect(problems).toEqual([]);
    });
  }

  it("reads an amount with a space after the pound sign, and keeps the space in its span", () => {
    const { node } = literalAt<MoneyLit>(inAgreement("value [|£ 1,000|]"), "Money");
    expect(node).toMatchObject({ currency: "GBP", minor: 100_000, text: "£ 1,000", error: null });
  });

  it("reads the amounts in a spend band and a risk cap", () => {
    const { node } = literalAt<MoneyLit>("agreement A {\n  spend {\n    over £1,000 up to [|£25k|] approved by Board\n  }\n}\n", "Money");
    expect(node.minor).toBe(2_500_000);
    const cap = literalAt<MoneyLit>("agreement A {\n  risk {\n    cap [|£500,000|] per year\n  }\n}\n", "Money");
    expect(cap.node.minor).toBe(50_000_000);
  });

  it("refuses an amount too large to hold exactly", () => {
    const { node, problems } = literalAt<MoneyLit>(inAgreement("value [|£100,000,000,000,000|]"), "Money");
    const message = "The amount `£100,000,000,000,000` is too large to hold exactly (the most is about 90 trillion); check the number of digits.";
    expect(node).toMatchObject({ minor: 0, error: message });
    expect(problems.map((p) => [p.code, p.span, p.message])).toEqual([["ALY005", (node as unknown as AnyNode).span, message]]);
  });

  it("refuses one penny more than the largest exact amount", () => {
    const { node } = literalAt<MoneyLit>(inAgreement("value [|£90,071,992,547,409.92|]"), "Money");
    expect(node.error).toMatch(/too large to hold exactly/);
  });
});

describe("percentages", () => {
  const cases: [string, number][] = [
    ["12.5%", 12_500],
    ["33.333%", 33_333],
    ["50%", 50_000],
    ["100%", 100_000],
    ["0.001%", 1],
    ["87.50%", 87_500],
  ];
  for (const [written, thousandths] of cases) {
    it(`reads ${written} as ${thousandths} thousandths of a percent`, () => {
      const { node, problems } = literalAt<PercentLit>(`agreement A {\n  risk {\n    pain share PCC [|${written}|]\n  }\n}\n`, "Percent");
      expect(node).toMatchObject({ thousandths, text: written, error: null });
      expect(problems).toEqual([]);
    });
  }

  it("reads a percentage with a space before the sign", () => {
    const { node } = literalAt<PercentLit>("agreement A {\n  risk {\n    pain share PCC [|50 %|]\n  }\n}\n", "Percent");
    expect(node).toMatchObject({ thousandths: 50_000, text: "50 %" });
  });

  it("makes shares of 12.5% and 87.5% add up to exactly 100%", () => {
    const { file } = parse("agreement A {\n  risk {\n    pain share PCC 12.5%, CCG 87.5%\n  }\n}\n");
    const percents: number[] = [];
    walk(file, (node) => {
      if (node.kind === "Percent") percents.push((node as unknown as PercentLit).thousandths);
    });
    expect(percents.reduce((a, b) => a + b, 0)).toBe(100_000);
  });

  it("reads a criterion's weight", () => {
    const { node } = literalAt<PercentLit>('evaluation E {\n  criterion Q "Quality" weight [|40%|]\n}\n', "Percent");
    expect(node.thousandths).toBe(40_000);
  });
});

describe("lengths of time", () => {
  const cases: [string, string, number, string][] = [
    ["term [|1 year|] from 2019-04-01", "1 year", 1, "year"],
    ["term [|10 years|] from 2019-04-01", "10 years", 10, "year"],
    ["review-point after [|1 month|]", "1 month", 1, "month"],
    ["review-point after [|18 months|]", "18 months", 18, "month"],
    ["review-point after [|1 week|]", "1 week", 1, "week"],
    ["review-point after [|6 weeks|]", "6 weeks", 6, "week"],
    ["review-point after [|1 day|]", "1 day", 1, "day"],
    ["review-point after [|90 days|]", "90 days", 90, "day"],
  ];
  for (const [clause, written, amount, unit] of cases) {
    it(`reads ${written} as ${amount} ${unit}`, () => {
      const { node, problems } = literalAt<DurationLit>(inAgreement(clause), "Duration");
      expect(node).toMatchObject({ amount, unit, text: written, error: null });
      expect(problems).toEqual([]);
    });
  }

  it("reads how often a body meets", () => {
    const { node } = literalAt<DurationLit>("agreement A {\n  body Board {\n    meets every [|6 weeks|]\n  }\n}\n", "Duration");
    expect(node).toMatchObject({ amount: 6, unit: "week" });
  });

  it("does not read `yearly` as a length of time", () => {
    const { file } = parse("agreement A {\n  body Board {\n    meets yearly\n  }\n}\n");
    const kinds: string[] = [];
    walk(file, (node) => kinds.push(node.kind));
    expect(kinds).toContain("Cadence");
    expect(kinds).not.toContain("Duration");
  });
});

describe("dates", () => {
  const valid: [string, number, number, number][] = [
    ["2019-04-01", 2019, 4, 1],
    ["2020-02-29", 2020, 2, 29],
    ["2000-02-29", 2000, 2, 29],
    ["2019-12-31", 2019, 12, 31],
    ["2024-01-01", 2024, 1, 1],
  ];
  for (const [iso, year, month, day] of valid) {
    it(`reads ${iso}`, () => {
      const { node, problems } = literalAt<DateLit>(inAgreement(`term 10 years from [|${iso}|]`), "Date");
      expect(node).toMatchObject({ iso, year, month, day, error: null });
      expect(problems).toEqual([]);
    });
  }

  const invalid: [string, string][] = [
    ["2019-02-29", "The date `2019-02-29` is not a real date: February 2019 has 28 days. Check the day, for example `2019-02-28`."],
    ["1900-02-29", "The date `1900-02-29` is not a real date: February 1900 has 28 days. Check the day, for example `1900-02-28`."],
    ["2019-04-31", "The date `2019-04-31` is not a real date: April 2019 has 30 days. Check the day, for example `2019-04-30`."],
    ["2019-04-00", "The date `2019-04-00` is not a real date: April 2019 has 30 days. Check the day, for example `2019-04-30`."],
    ["2019-00-10", "The date `2019-00-10` has no month 00: dates are written year-month-day, with the month from 01 to 12, as in `2019-04-01`."],
    ["19-04-01", "Dates are written year-month-day with a four-digit year, as in `2019-04-01`; `19-04-01` cannot be read as a date."],
  ];
  for (const [iso, message] of invalid) {
    it(`refuses ${iso}`, () => {
      const { node, problems } = literalAt<DateLit>(inAgreement(`term 10 years from [|${iso}|]`), "Date");
      expect(node.error).toBe(message);
      expect(problems.map((p) => ({ code: p.code, message: p.message }))).toEqual([{ code: "ALY004", message }]);
      expect(problems[0].span).toEqual((node as unknown as AnyNode).span);
    });
  }
});

describe("text in quotes", () => {
  const cases: [string, string][] = [
    ['"Adults live well"', "Adults live well"],
    ['"a \\"quoted\\" word"', 'a "quoted" word'],
    ['"back\\\\slash"', "back\\slash"],
    ['"one\\ntwo"', "one\ntwo"],
    ['"tab\\there"', "tab\there"],
    ['"and\\/or"', "and/or"],
    ['"smile \\u{1F600}"', "smile \u{1F600}"],
    ['"e acute \\u{e9}"', "e acute \u00e9"],
    ['""', ""],
    ["“Admitting a new party”", "Admitting a new party"],
  ];
  for (const [written, value] of cases) {
    it(`reads ${written}`, () => {
      const { node, problems } = literalAt<StrLit>(inAgreement(`purpose [|${written}|]`), "Str");
      expect(node).toMatchObject({ value, triple: false, error: null });
      expect(problems).toEqual([]);
    });
  }

  it("counts an emoji as two UTF-16 units in the spans that follow it", () => {
    const { text, spans } = marked(`agreement A {\n  purpose "😀 well"\n  [|jurisdiction|] england\n}\n`);
    const jurisdiction = parse(text).file.document!.items[1];
    expect(jurisdiction.kind).toBe("Jurisdiction");
    expect((jurisdiction as { keyword: unknown }).keyword).toEqual(spans[0]);
  });

  it("reads triple-quoted text over several lines, without the line breaks just inside the quotes", () => {
    const { node, problems } = literalAt<StrLit>(
      'agreement A {\n  exit-plan [|"""\n    Services transfer to the commissioner\n    over "six" months\n    """|]\n}\n',
      "Str",
    );
    expect(node).toMatchObject({ value: '    Services transfer to the commissioner\n    over "six" months', triple: true, error: null });
    expect(problems).toEqual([]);
  });

  it("reads triple-quoted text on one line", () => {
    const { node } = literalAt<StrLit>('agreement A {\n  exit-plan [|"""A "quoted" plan"""|]\n}\n', "Str");
    expect(node).toMatchObject({ value: 'A "quoted" plan', triple: true, error: null });
  });

  it("reads Windows line breaks inside triple-quoted text", () => {
    const { node } = literalAt<StrLit>('agreement A {\r\n  exit-plan [|"""\r\n    Line one\r\n    Line two\r\n    """|]\r\n}\r\n', "Str");
    expect(node).toMatchObject({ value: "    Line one\r\n    Line two", triple: true, error: null });
  });
});
