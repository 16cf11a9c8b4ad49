import { describe, expect, it } from "vitest";
import { checkDocument, checkText, Workspace, type Problem, type Settings } from "../../../server/src/core";
import { PROCUREMENT_RULES, PROCUREMENT_UNCHECKED } from "../../../server/src/core/rules/procurement";
import { formatMoney } from "../../../server/src/core/rules/procurement/facts";
import { expectClean, expectProblems, type Expected } from "../../helpers/check";
import { marked } from "../../helpers/markers";

/** Checks `target` among several documents; markers are allowed in the target only. */
function checkPack(files: Record<string, string>, target: string, settings?: Settings): { text: string; spans: { start: number; end: number }[]; problems: Problem[] } {
  const workspace = new Workspace();
  let text = "";
  let spans: { start: number; end: number }[] = [];
  for (const [uri, source] of Object.entries(files)) {
    const m = marked(source);
    if (uri === target) {
      text = m.text;
      spans = m.spans;
    }
    workspace.set(uri, m.text);
  }
  return { text, spans, problems: checkDocument(workspace, target, { settings }) };
}

function expectPackProblems(files: Record<string, string>, target: string, expected: Expected[], settings?: Settings): Problem[] {
  const { text, spans, problems } = checkPack(files, target, settings);
  const codes = new Set(expected.map((e) => e.code));
  const found = problems.filter((p) => codes.has(p.code));
  expect(spans.length).toBe(expected.length);
  expect(found.map((p) => ({ code: p.code, text: text.slice(p.span.start, p.span.end), span: p.span }))).toEqual(
    expected.map((e, i) => ({ code: e.code, text: text.slice(spans[i].start, spans[i].end), span: spans[i] })),
  );
  expected.forEach((e, i) => {
    if (typeof e.message === "string") expect(found[i].message).toContain(e.message);
    else if (e.message) expect(found[i].message).toMatch(e.message);
  });
  return found;
}

function expectPackClean(files: Record<string, string>, target: string, codes: string[], settings?: Settings): void {
  const { text, problems } = checkPack(files, target, settings);
  expect(problems.filter((p) => codes.includes(p.code)).map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
}

describe("procurement rules: shared", () => {
  it("every rule's wrong example triggers it and its right example does not", () => {
    for (const rule of PROCUREMENT_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), `${rule.code} wrong`).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), `${rule.code} right`).not.toContain(rule.code);
    }
  });

  it("codes are in the procurement hundred, unique, with the topic and a cited digest rule", () => {
    const codes = PROCUREMENT_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of PROCUREMENT_RULES) {
      expect(rule.code).toMatch(/^ALY9\d\d$/);
      expect(rule.topic).toBe("Procurement routes and thresholds");
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.guidance.length).toBeGreaterThan(0);
      expect(rule.guidance.every((g) => /^R9\.\d+$/.test(g.id ?? ""))).toBe(true);
    }
    expect(PROCUREMENT_UNCHECKED.map((u) => u.id)).toEqual(["R9.4"]);
  });

  it("threshold rules name both sources and say the law has changed", () => {
    for (const code of ["ALY902", "ALY903"]) {
      const rule = PROCUREMENT_RULES.find((r) => r.code === code)!;
      expect(rule.rationale).toContain("£589,000");
      expect(rule.rationale).toContain("EUR 750,000");
      expect(rule.rationale).toContain("£750k");
      expect(rule.rationale).toContain("Procurement Act 2023");
      expect(rule.rationale).toContain("Provider Selection Regime");
    }
  });

  it("formats money exactly", () => {
    expect(formatMoney(100_000)).toBe("£1,000");
    expect(formatMoney(2_500_050)).toBe("£25,000.50");
    expect(formatMoney(58_900_000)).toBe("£589,000");
    expect(formatMoney(5, "GBP")).toBe("£0.05");
    expect(formatMoney(75_000_000, "EUR")).toBe("€750,000");
    expect(formatMoney(100_000, "CHF")).toBe("CHF 1,000");
  });
});

describe("ALY901 procurement route", () => {
  it("reports a specification with no route at its name", () => {
    expectProblems(
      `specification [|Support|] "Support for adults" {
  value £500,000
}`,
      [{ code: "ALY901", message: "This specification does not say which procurement route it follows. Add a `route` line, for example `route light-touch`" }],
    );
  });

  it("reports a tender with no route", () => {
    expectProblems(`tender [|Invitation|] {\n  deadline 2019-01-31\n}`, [{ code: "ALY901", message: "This tender does not say which procurement route" }]);
  });

  it("reports `route other` without a reason at the route word", () => {
    expectProblems(`specification Support {\n  route [|other|]\n}`, [{ code: "ALY901", message: "`route other` needs the reason none of the listed routes fits" }]);
    expectProblems(`agreement A {\n  route [|other|] because "  "\n}`, [{ code: "ALY901", message: 'write `route other because "…"`' }]);
  });

  it("accepts a listed route, `route other` with a reason, and an agreement with no route", () => {
    expectClean(`specification Support {\n  route light-touch\n}`, ["ALY901"]);
    expectClean(`tender Invitation {\n  route other because "A joint bid under a national fund"\n}`, ["ALY901"]);
    expectClean(`agreement A {\n  value £500,000\n}`, ["ALY901"]);
  });

  it("does not report an unknown route word, which ALY014 covers", () => {
    expectClean(`specification Support {\n  route lite-touch\n}`, ["ALY901"]);
  });

  it("accepts a route stated in a linked document of the pack", () => {
    const files = {
      "file:///spec.alliance": `specification Spec {\n  route light-touch\n}`,
      "file:///tender.alliance": `tender Invitation for Spec {\n  deadline 2019-01-31\n}`,
    };
    expectPackClean(files, "file:///tender.alliance", ["ALY901"]);
    // and the other way: a specification whose tender states the route
    const reverse = {
      "file:///spec.alliance": `specification Spec {\n  value £1m\n}`,
      "file:///tender.alliance": `tender Invitation for Spec {\n  route light-touch\n}`,
    };
    expectPackClean(reverse, "file:///spec.alliance", ["ALY901"]);
  });
});

describe("ALY902 direct award above the ceiling", () => {
  it("reports a direct award above £589,000 at the route word, naming the figure and the setting", () => {
    const [problem] = expectProblems(
      `specification Support {
  value £2,000,000
  route [|direct-award|]
}`,
      [
        {
          code: "ALY902",
          message:
            "A direct award, without a tender, is for contracts worth up to £589,000, and this contract is worth £2,000,000. Choose a tendered route such as `light-touch`",
        },
      ],
    );
    expect(problem.message).toContain("£589,000 is a default figure");
    expect(problem.message).toContain("`thresholds.england.directAwardCeiling`");
    expect(problem.message).toContain("alliance.config.json or the editor settings");
    expect(problem.related.map((r) => r.message)).toEqual(["the contract value"]);
    expect(problem.data).toEqual({ valueMinor: 200_000_000, ceilingMinor: 58_900_000 });
  });

  it("allows exactly the ceiling and reports a penny over", () => {
    expectClean(`specification Support {\n  value £589,000\n  route direct-award\n}`, ["ALY902"]);
    expectProblems(`specification Support {\n  value £589,000.01\n  route [|direct-award|]\n}`, [{ code: "ALY902", message: "worth £589,000.01" }]);
  });

  it("multiplies a yearly value by the term", () => {
    expectProblems(
      `specification Support {\n  value £200,000 per year\n  term 5 years\n  route [|direct-award|]\n}`,
      [{ code: "ALY902", message: "this contract is worth £200,000 a year, £1,000,000 over its term of 5 years" }],
    );
    expectClean(`specification Support {\n  value £200,000 per year\n  term 2 years\n  route direct-award\n}`, ["ALY902"]);
  });

  it("uses the figure from settings and says so", () => {
    const settings: Settings = { thresholds: { england: { directAwardCeiling: 300_000_000 } } };
    expectClean(`specification Support {\n  value £2,000,000\n  route direct-award\n}`, ["ALY902"], { settings });
    expectProblems(
      `specification Support {\n  value £4,000,000\n  route [|direct-award|]\n}`,
      [{ code: "ALY902", message: "£3,000,000 is the figure set in your settings (`thresholds.england.directAwardCeiling`)" }],
      { settings },
    );
  });

  it("names the setting for the document's jurisdiction", () => {
    expectProblems(
      `specification Support {\n  jurisdiction scotland\n  value £2m\n  route [|direct-award|]\n}`,
      [{ code: "ALY902", message: "`thresholds.scotland.directAwardCeiling`" }],
    );
  });

  it("reads the value from the agreement the specification is for", () => {
    const found = expectPackProblems(
      {
        "file:///agreement.alliance": `agreement Alliance {\n  value £80,000,000\n}`,
        "file:///spec.alliance": `specification Spec for Alliance {\n  route [|direct-award|]\n}`,
      },
      "file:///spec.alliance",
      [{ code: "ALY902", message: "this contract is worth £80,000,000" }],
    );
    expect(found[0].related[0].uri).toBe("file:///agreement.alliance");
  });

  it("does not compare a value in another currency with a sterling figure, and ignores other routes", () => {
    expectClean(`specification Support {\n  value €2,000,000\n  route direct-award\n}`, ["ALY902"]);
    expectClean(`specification Support {\n  value £2,000,000\n  route light-touch\n}`, ["ALY902"]);
    expectClean(`specification Support {\n  route direct-award\n}`, ["ALY902"]);
  });
});

describe("ALY903 notices above the threshold", () => {
  it("reports a missing notices clause at the document name", () => {
    const [problem] = expectProblems(
      `specification [|Support|] {\n  value £80,000,000\n  route light-touch\n}`,
      [
        {
          code: "ALY903",
          message:
            "This contract is worth £80,000,000, above the £589,000 at which notices are expected, but no notices are listed. Add `notices contract-notice, award-notice`",
        },
      ],
    );
    expect(problem.message).toContain("`thresholds.england.noticeThreshold`");
    expect(problem.data?.add).toEqual(["contract-notice", "award-notice"]);
  });

  it("reports an incomplete list at the `notices` keyword, naming what is missing", () => {
    expectProblems(
      `specification Support {\n  value £80m\n  route light-touch\n  [|notices|] contract-notice\n}`,
      [{ code: "ALY903", message: "add `award-notice` to `notices`" }],
    );
    expectProblems(
      `specification Support {\n  value £80m\n  route light-touch\n  [|notices|] award-notice\n}`,
      [{ code: "ALY903", message: "add `contract-notice` or `prior-information-notice` to `notices`" }],
    );
  });

  it("accepts a prior information notice with an award notice", () => {
    expectClean(`specification Support {\n  value £80m\n  route light-touch\n  notices prior-information-notice, award-notice\n}`, ["ALY903"]);
  });

  it("allows exactly the threshold and reports a penny over", () => {
    expectClean(`specification Support {\n  value £589,000\n  route light-touch\n}`, ["ALY903"]);
    expectProblems(`specification [|Support|] {\n  value £589,000.01\n  route light-touch\n}`, [{ code: "ALY903" }]);
  });

  it("does not ask for notices for a grant or a direct award", () => {
    expectClean(`specification Support {\n  value £80m\n  route grant\n}`, ["ALY903"]);
    expectClean(`specification Support {\n  value £80m\n  route direct-award\n}`, ["ALY903"]);
  });

  it("checks an agreement only when it states a route", () => {
    expectClean(`agreement Alliance {\n  value £80m\n}`, ["ALY903"]);
    expectProblems(`agreement [|Alliance|] {\n  value £80m\n  route light-touch\n}`, [{ code: "ALY903" }]);
  });

  it("accepts notices listed in a specification written for the agreement", () => {
    expectPackClean(
      {
        "file:///agreement.alliance": `agreement Alliance {\n  value £80m\n  route light-touch\n}`,
        "file:///spec.alliance": `specification Spec for Alliance {\n  notices contract-notice, award-notice\n}`,
      },
      "file:///agreement.alliance",
      ["ALY903"],
    );
  });
});

describe("ALY904 reserved contract criteria", () => {
  it("reports a reserved contract with no `reserved for` at the route word", () => {
    expectProblems(`specification Support {\n  route [|reserved-contract|]\n}`, [
      { code: "ALY904", message: "A reserved contract must say which organisations may bid for it. Add `reserved for`" },
    ]);
    expectProblems(`specification Support {\n  route [|reserved-contract|]\n  reserved for ""\n}`, [{ code: "ALY904" }]);
  });

  it("accepts stated criteria, here or in a linked document", () => {
    expectClean(`specification Support {\n  route reserved-contract\n  reserved for "public service mutuals"\n}`, ["ALY904"]);
    expectPackClean(
      {
        "file:///spec.alliance": `specification Spec {\n  reserved for "social enterprises"\n}`,
        "file:///tender.alliance": `tender Invitation for Spec {\n  route reserved-contract\n}`,
      },
      "file:///tender.alliance",
      ["ALY904"],
    );
  });
});

describe("ALY905 innovation partnership term", () => {
  it("notes a term of exactly three years, at the term", () => {
    expectProblems(`specification Support {\n  route innovation-partnership\n  term [|3 years|]\n}`, [
      { code: "ALY905", message: "This innovation partnership runs for 3 years. Innovation partnerships are not limited to three years" },
    ]);
    expectProblems(`specification Support {\n  route innovation-partnership\n  term [|36 months|]\n}`, [{ code: "ALY905", message: "runs for 3 years" }]);
    expectProblems(`specification Support {\n  route innovation-partnership\n  term [|18 months|]\n}`, [{ code: "ALY905", message: "runs for 18 months" }]);
  });

  it("counts a term given by dates", () => {
    expectProblems(`agreement A {\n  route innovation-partnership\n  term [|2019-04-01 to 2022-03-31|]\n}`, [{ code: "ALY905", message: "runs for 3 years" }]);
    expectClean(`agreement A {\n  route innovation-partnership\n  term 2019-04-01 to 2022-04-30\n}`, ["ALY905"]);
  });

  it("is quiet for a longer term, another route, or no term", () => {
    expectClean(`specification Support {\n  route innovation-partnership\n  term 37 months\n}`, ["ALY905"]);
    expectClean(`specification Support {\n  route light-touch\n  term 2 years\n}`, ["ALY905"]);
    expectClean(`specification Support {\n  route innovation-partnership\n}`, ["ALY905"]);
  });

  it("reports at the route word when the term is in the agreement", () => {
    expectPackProblems(
      {
        "file:///agreement.alliance": `agreement Alliance {\n  term 3 years from 2019-04-01\n}`,
        "file:///spec.alliance": `specification Spec for Alliance {\n  route [|innovation-partnership|]\n}`,
      },
      "file:///spec.alliance",
      [{ code: "ALY905" }],
    );
  });
});

describe("ALY906 light-touch process", () => {
  it("reports a light-touch route with no process at the route word", () => {
    expectProblems(`specification Support {\n  route [|light-touch|]\n}`, [{ code: "ALY906", message: "add a `process` block with one step on each line" }]);
  });

  it("reports each step without a length at its keyword", () => {
    expectProblems(
      `specification Support {
  route light-touch
  process {
    step "Design conversations" 8 weeks
    [|step|] "Moderation"
    [|step|] "Award"
  }
}`,
      [
        { code: "ALY906", message: 'Say how long this step takes, so that bidders can plan and the timescale can be seen to be reasonable: for example `step "Moderation" 4 weeks`' },
        { code: "ALY906", message: '`step "Award" 4 weeks`' },
      ],
    );
  });

  it("reports an empty process block", () => {
    expectProblems(`specification Support {\n  route light-touch\n  [|process|] {\n  }\n}`, [{ code: "ALY906", message: "This `process` block has no steps" }]);
  });

  it("accepts a process whose every step has a length, and other routes", () => {
    expectClean(`specification Support {\n  route light-touch\n  process {\n    step "Design conversations" 8 weeks\n    step "Award" 2 weeks\n  }\n}`, ["ALY906"]);
    expectClean(`specification Support {\n  route open-procedure\n}`, ["ALY906"]);
  });

  it("checks the steps of a tender whose specification chose light touch", () => {
    expectPackProblems(
      {
        "file:///spec.alliance": `specification Spec {\n  route light-touch\n}`,
        "file:///tender.alliance": `tender Invitation for Spec {\n  process {\n    [|step|] "Dialogue"\n  }\n}`,
      },
      "file:///tender.alliance",
      [{ code: "ALY906" }],
    );
  });
});

describe("ALY907 market engagement and input sharing", () => {
  it("reports engagement without input sharing at its keyword", () => {
    expectProblems(`specification Support {\n  [|market-engagement|] "Three workshops with providers"\n}`, [
      { code: "ALY907", message: "Say how what providers contributed before the tender is used and shared with every bidder on the same terms: add `input-sharing`" },
    ]);
  });

  it("accepts input sharing here or in a linked document", () => {
    expectClean(`specification Support {\n  market-engagement "Workshops"\n  input-sharing "Notes published to all bidders"\n}`, ["ALY907"]);
    expectPackClean(
      {
        "file:///agreement.alliance": `agreement Alliance {\n  market-engagement "Workshops"\n}`,
        "file:///spec.alliance": `specification Spec for Alliance {\n  input-sharing "Notes published to all bidders"\n}`,
      },
      "file:///agreement.alliance",
      ["ALY907"],
    );
  });
});

describe("ALY908 social value linked to the contract", () => {
  it("reports a social-value criterion that assesses nothing, at its name", () => {
    expectProblems(`evaluation Award {\n  criterion [|Community|] "Community benefit" weight 10% social-value\n}`, [
      { code: "ALY908", message: "Criterion `Community` scores social value but is not linked to anything the contract requires. Add `assesses`" },
    ]);
  });

  it("accepts a linked social-value criterion and ignores other criteria", () => {
    expectClean(`evaluation Award {\n  criterion Community "Community benefit" weight 10% social-value assesses R4\n}`, ["ALY908"]);
    expectClean(`evaluation Award {\n  criterion Price "Price" weight 10%\n}`, ["ALY908"]);
  });
});

describe("ALY909 grant or contract, and why", () => {
  it("reports an agreement with no instrument at its name", () => {
    expectProblems(`agreement [|Alliance|] {\n  value £1m\n}`, [{ code: "ALY909", message: "Record whether this agreement is funded by grant or by contract, and why" }]);
  });

  it("reports an instrument without a reason at its word", () => {
    expectProblems(`agreement Alliance {\n  instrument [|grant|]\n}`, [{ code: "ALY909", message: 'Say why this is a grant rather than a contract: add `because` and the reason in quotes, for example `instrument grant because "…"`' }]);
    expectProblems(`specification Spec {\n  instrument [|contract|] because ""\n}`, [{ code: "ALY909", message: "Say why this is a contract rather than a grant" }]);
  });

  it("accepts a reasoned instrument, and does not require one in a specification", () => {
    expectClean(`agreement Alliance {\n  instrument grant because "A two-year test of a new approach"\n}`, ["ALY909"]);
    expectClean(`specification Spec {\n  route light-touch\n}`, ["ALY909"]);
  });

  it("accepts the instrument stated in a specification for the agreement", () => {
    expectPackClean(
      {
        "file:///agreement.alliance": `agreement Alliance {\n  value £1m\n}`,
        "file:///spec.alliance": `specification Spec for Alliance {\n  instrument contract because "A ten-year service"\n}`,
      },
      "file:///agreement.alliance",
      ["ALY909"],
    );
  });
});

describe("ALY910 proportionate minimum turnover", () => {
  it("allows exactly twice the yearly value and reports a penny more, at the amount", () => {
    expectClean(`specification Support {\n  value £500,000 per year\n  minimum-turnover £1,000,000\n}`, ["ALY910"]);
    const [problem] = expectProblems(`specification Support {\n  value £500,000 per year\n  minimum-turnover [|£1,000,000.01|]\n}`, [
      {
        code: "ALY910",
        message: "A minimum turnover of £1,000,000.01 is more than 2 times this contract's yearly value of £500,000. A bar higher than the contract needs shuts out smaller, local and user-led organisations: lower it to what is proportionate, at most £1,000,000.",
      },
    ]);
    expect(problem.message).toContain("2 times the yearly value is this tool's default, not a legal figure; change it with `thresholds.england.turnoverMultiple`");
    expect(problem.data).toEqual({ turnoverMinor: 100_000_001, yearlyMinor: 50_000_000, multiple: 2, suggestedMinor: 100_000_000 });
  });

  it("divides a whole-contract value by the term", () => {
    expectClean(`tender Invitation {\n  value £5,000,000\n  term 5 years\n  minimum-turnover £2,000,000\n}`, ["ALY910"]);
    expectProblems(`tender Invitation {\n  value £5,000,000\n  term 5 years\n  minimum-turnover [|£2,000,000.01|]\n}`, [
      { code: "ALY910", message: "yearly value of £1,000,000 (£5,000,000 over 5 years)" },
    ]);
  });

  it("skips when the yearly value cannot be worked out", () => {
    expectClean(`specification Support {\n  value £500,000\n  minimum-turnover £50,000,000\n}`, ["ALY910"]);
    expectClean(`specification Support {\n  minimum-turnover £50,000,000\n}`, ["ALY910"]);
  });

  it("uses the multiple from settings", () => {
    expectProblems(
      `specification Support {\n  value £500,000 per year\n  minimum-turnover [|£600,000|]\n}`,
      [{ code: "ALY910", message: "1 times is the multiple set in your settings (`thresholds.england.turnoverMultiple`)" }],
      { settings: { thresholds: { england: { turnoverMultiple: 1 } } } },
    );
  });
});

describe("ALY911 staged contracts", () => {
  const parties = `  parties {\n    CYC commissioner "City of York Council"\n    Changes provider "Changes York"\n  }\n`;

  it("accepts York's seven-year staging", () => {
    expectClean(
      `agreement York {\n  term 7 years from 2019-04-01\n${parties}  stages {\n    year 1 "Co-production"\n    year 2 "Testing new ways of working"\n    years 3 to 7 "Specification written together" written by CYC, Changes\n  }\n}`,
      ["ALY911"],
    );
  });

  it("reports a gap at the stage after it, with the missing years as data", () => {
    const [problem] = expectProblems(
      `agreement York {\n  term 7 years\n  stages {\n    year 1 "Co-production"\n    [|years|] 4 to 7 "Delivery"\n  }\n}`,
      [{ code: "ALY911", message: "Nothing is planned for years 2 to 3: the stage before ends at year 1 and this one starts at year 4. Add a stage for years 2 to 3" }],
    );
    expect(problem.data).toEqual({ gapFrom: 2, gapTo: 3 });
    expect(problem.related.map((r) => r.message)).toEqual(["the stage before ends at year 1"]);
  });

  it("reports stages that do not start at year 1", () => {
    expectProblems(`agreement York {\n  stages {\n    [|years|] 2 to 3 "Delivery"\n  }\n}`, [
      { code: "ALY911", message: "The stages start at year 2, so nothing is planned for year 1. Add a stage for year 1" },
    ]);
  });

  it("reports overlapping and backwards stages", () => {
    expectProblems(`agreement York {\n  stages {\n    years 1 to 3 "Co-production"\n    [|year|] 3 "Testing"\n  }\n}`, [
      { code: "ALY911", message: "This stage starts at year 3, but the stage before already runs to year 3" },
    ]);
    expectProblems(`agreement York {\n  stages {\n    year 1 "Co-production"\n    [|years|] 5 to 2 "Testing"\n  }\n}`, [
      { code: "ALY911", message: "This stage runs backwards, from year 5 to year 2" },
    ]);
  });

  it("reports stages that stop before the term ends at the `stages` keyword", () => {
    const [problem] = expectProblems(`agreement York {\n  term 7 years\n  [|stages|] {\n    year 1 "Co-production"\n    years 2 to 5 "Delivery"\n  }\n}`, [
      { code: "ALY911", message: "The stages end at year 5, but the term runs for 7 years. Add a stage for years 6 to 7" },
    ]);
    expect(problem.data).toEqual({ gapFrom: 6, gapTo: 7 });
  });

  it("reports stages that run past the term at the last stage", () => {
    expectProblems(`agreement York {\n  term 5 years\n  stages {\n    year 1 "Co-production"\n    [|years|] 2 to 7 "Delivery"\n  }\n}`, [
      { code: "ALY911", message: "This stage runs to year 7, but the term is 5 years. End the stages at year 5" },
    ]);
  });

  it("rounds a term in months up to whole years, and skips the end check with no term", () => {
    expectClean(`agreement York {\n  term 18 months\n  stages {\n    year 1 "Co-production"\n    year 2 "Delivery"\n  }\n}`, ["ALY911"]);
    expectClean(`agreement York {\n  stages {\n    year 1 "Co-production"\n    year 2 "Delivery"\n  }\n}`, ["ALY911"]);
  });

  it("reads the term from the agreement a specification is for", () => {
    expectPackProblems(
      {
        "file:///agreement.alliance": `agreement York {\n  term 7 years from 2019-04-01\n}`,
        "file:///spec.alliance": `specification Spec for York {\n  [|stages|] {\n    years 1 to 3 "Co-production"\n  }\n}`,
      },
      "file:///spec.alliance",
      [{ code: "ALY911", message: "The stages end at year 3, but the term runs for 7 years" }],
    );
  });

  it("asks who writes a specification stage, and for both commissioner and provider", () => {
    expectProblems(`agreement York {\n${parties}  stages {\n    [|year|] 1 "The specification is written together"\n  }\n}`, [
      { code: "ALY911", message: "Say who writes the specification in this stage: add `written by` with the commissioner and at least one provider" },
    ]);
    expectProblems(`agreement York {\n${parties}  stages {\n    [|year|] 1 "Specification written together" written by CYC\n  }\n}`, [
      { code: "ALY911", message: "The specification in this stage should be written jointly: add at least one provider to `written by`" },
    ]);
    expectProblems(`agreement York {\n${parties}  stages {\n    [|year|] 1 "Spec written together" written by Changes\n  }\n}`, [
      { code: "ALY911", message: "add the commissioner to `written by`" },
    ]);
  });

  it("does not ask for authors of a stage that is not about the specification", () => {
    expectClean(`agreement York {\n${parties}  stages {\n    year 1 "Co-production of the approach"\n  }\n}`, ["ALY911"]);
  });

  it("finds the authors' roles in the agreement a specification is for", () => {
    expectPackClean(
      {
        "file:///agreement.alliance": `agreement York {\n${parties}}`,
        "file:///spec.alliance": `specification Spec for York {\n  stages {\n    year 1 "Specification written together" written by CYC, Changes\n  }\n}`,
      },
      "file:///spec.alliance",
      ["ALY911"],
    );
  });
});

describe("ALY912 enabling teams involved early", () => {
  it("reports an agreement that records none, at its name", () => {
    const [problem] = expectProblems(`agreement [|Alliance|] {\n  value £1m\n}`, [
      { code: "ALY912", message: "This agreement does not record which enabling teams were involved before the tender" },
    ]);
    expect(problem.data).toEqual({ missing: ["legal", "finance", "procurement", "audit"] });
  });

  it("lists the missing teams in one problem at `involved early`", () => {
    expectProblems(`specification Spec {\n  [|involved early|] procurement, finance\n}`, [
      { code: "ALY912", message: "Some enabling teams are not recorded as involved before the tender: legal and audit. Bring them in early, and add them to `involved early`" },
    ]);
    expectProblems(`specification Spec {\n  [|involved early|] procurement, finance, legal\n}`, [
      { code: "ALY912", message: "One enabling team is not recorded as involved before the tender: audit." },
    ]);
  });

  it("accepts all four, and does not apply to tenders", () => {
    expectClean(`agreement Alliance {\n  involved early legal, finance, procurement, audit\n}`, ["ALY912"]);
    expectClean(`tender Invitation {\n  route light-touch\n}`, ["ALY912"]);
  });

  it("reads the teams recorded in the agreement a specification is for", () => {
    expectPackClean(
      {
        "file:///agreement.alliance": `agreement Alliance {\n  involved early legal, finance, procurement, audit\n}`,
        "file:///spec.alliance": `specification Spec for Alliance {\n  route light-touch\n}`,
      },
      "file:///spec.alliance",
      ["ALY912"],
    );
  });
});
