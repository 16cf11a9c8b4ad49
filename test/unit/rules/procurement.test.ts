import { describe, expect, it } from "vitest";
import { checkDocument, checkText, Workspace, type Problem, type Settings } from "../../../server/src/core";
import { PROCUREMENT_RULES, PROCUREMENT_UNCHECKED } from "../../../server/src/core/rules/procurement";
import { formatMoney } from "../../../server/src/core/numbers";
import { marked } from "../../helpers/markers";

/** The date the checks take as today, so that a document with no dates is judged the same every year. */
const TODAY = "2026-12-01";

interface Expected {
  code: string;
  /** The whole message. */
  message?: string;
}

interface Options {
  settings?: Settings;
  today?: string;
}

/** Checks `source` (with `[| |]` markers) and asserts the problems with the expected codes exactly: code, span and message. */
function expectProblems(source: string, expected: Expected[], options: Options = {}): Problem[] {
  const { text, spans } = marked(source);
  const codes = new Set(expected.map((e) => e.code));
  const problems = checkText(text, { settings: options.settings, today: options.today ?? TODAY }).filter((p) => codes.has(p.code));
  expect(spans.length, "each expected problem needs one [| |] span").toBe(expected.length);
  expect(problems.map((p) => ({ code: p.code, text: text.slice(p.span.start, p.span.end), span: p.span }))).toEqual(
    expected.map((e, i) => ({ code: e.code, text: text.slice(spans[i].start, spans[i].end), span: spans[i] })),
  );
  expected.forEach((e, i) => {
    if (e.message !== undefined) expect(problems[i].message).toBe(e.message);
  });
  return problems;
}

function expectClean(source: string, codes: string[], options: Options = {}): void {
  const { text } = marked(source);
  const problems = checkText(text, { settings: options.settings, today: options.today ?? TODAY }).filter((p) => codes.includes(p.code));
  expect(problems.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
}

/** Checks `target` among several documents; markers are allowed in the target only. */
function checkPack(files: Record<string, string>, target: string, options: Options = {}): { text: string; spans: { start: number; end: number }[]; problems: Problem[] } {
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
  return { text, spans, problems: checkDocument(workspace, target, { settings: options.settings, today: options.today ?? TODAY }) };
}

function expectPackProblems(files: Record<string, string>, target: string, expected: Expected[], options: Options = {}): Problem[] {
  const { text, spans, problems } = checkPack(files, target, options);
  const codes = new Set(expected.map((e) => e.code));
  const found = problems.filter((p) => codes.has(p.code));
  expect(spans.length).toBe(expected.length);
  expect(found.map((p) => ({ code: p.code, text: text.slice(p.span.start, p.span.end), span: p.span }))).toEqual(
    expected.map((e, i) => ({ code: e.code, text: text.slice(spans[i].start, spans[i].end), span: spans[i] })),
  );
  expected.forEach((e, i) => {
    if (e.message !== undefined) expect(found[i].message).toBe(e.message);
  });
  return found;
}

function expectPackClean(files: Record<string, string>, target: string, codes: string[], options: Options = {}): void {
  const { text, problems } = checkPack(files, target, options);
  expect(problems.filter((p) => codes.includes(p.code)).map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
}

describe("procurement rules: shared", () => {
  it("every rule's wrong example triggers it and its right example does not", () => {
    for (const rule of PROCUREMENT_RULES) {
      expect(checkText(rule.example.wrong, { today: TODAY }).map((p) => p.code), `${rule.code} wrong`).toContain(rule.code);
      expect(checkText(rule.example.right, { today: TODAY }).map((p) => p.code), `${rule.code} right`).not.toContain(rule.code);
    }
  });

  it("codes are in the procurement hundred, unique, with the topic; reports cite a digest rule, laws a key of the law tables", () => {
    const codes = PROCUREMENT_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of PROCUREMENT_RULES) {
      expect(rule.code).toMatch(/^ALY9\d\d$/);
      expect(rule.topic).toBe("Procurement routes and thresholds");
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.guidance.length).toBeGreaterThan(0);
      for (const g of rule.guidance) {
        if (g.law) expect(g.cite, rule.code).toMatch(/Act|Regulations/);
        else expect(g.id ?? "", rule.code).toMatch(/^R9\.\d+$/);
      }
    }
    expect(PROCUREMENT_UNCHECKED.map((u) => u.id)).toEqual(["R9.4"]);
  });

  it("threshold rules keep the reports' figures as history and name the laws", () => {
    for (const code of ["ALY902", "ALY903"]) {
      const rule = PROCUREMENT_RULES.find((r) => r.code === code)!;
      expect(rule.rationale).toContain("£589k");
      expect(rule.rationale).toContain("£750k");
      expect(rule.rationale).toContain("history");
      expect(rule.rationale).toContain("Procurement Act 2023");
      expect(rule.rationale).toContain("Provider Selection Regime");
      expect(rule.guidance.some((g) => g.law === "pa2023")).toBe(true);
    }
  });

  it("formats money exactly", () => {
    expect(formatMoney(100_000)).toBe("£1,000");
    expect(formatMoney(2_500_050)).toBe("£25,000.50");
    expect(formatMoney(66_354_000)).toBe("£663,540");
    expect(formatMoney(5, "GBP")).toBe("£0.05");
    expect(formatMoney(75_000_000, "EUR")).toBe("€750,000");
    expect(formatMoney(100_000, "CHF")).toBe("CHF 1,000");
  });
});

describe("ALY901 procurement route", () => {
  it("notes a specification with no route at its name", () => {
    expectProblems(`specification [|Support|] "Support for adults" {\n  value £500,000\n}`, [
      { code: "ALY901", message: "This specification does not say which procurement route it follows. Add a `route` line, such as `route light-touch`." },
    ]);
  });

  it("notes a tender with no route", () => {
    expectProblems(`tender [|Invitation|] {\n  deadline 2019-01-31\n}`, [
      { code: "ALY901", message: "This tender does not say which procurement route it follows. Add a `route` line, such as `route light-touch`." },
    ]);
  });

  it("notes `route other` without a reason at the route word", () => {
    const message = "Say why none of the listed routes fits, so the choice can be defended if challenged: add the reason after `because`.";
    expectProblems(`specification Support {\n  route [|other|]\n}`, [{ code: "ALY901", message }]);
    expectProblems(`agreement A {\n  route [|other|] because "  "\n}`, [{ code: "ALY901", message }]);
  });

  it("is information", () => {
    const [problem] = expectProblems(`specification [|Support|] {\n  value £500,000\n}`, [{ code: "ALY901" }]);
    expect(problem.severity).toBe("info");
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
    expectPackClean(
      { "file:///spec.alliance": `specification Spec {\n  route light-touch\n}`, "file:///tender.alliance": `tender Invitation for Spec {\n  deadline 2019-01-31\n}` },
      "file:///tender.alliance",
      ["ALY901"],
    );
    expectPackClean(
      { "file:///spec.alliance": `specification Spec {\n  value £1m\n}`, "file:///tender.alliance": `tender Invitation for Spec {\n  route light-touch\n}` },
      "file:///spec.alliance",
      ["ALY901"],
    );
  });
});

describe("ALY902 direct award above the light-touch threshold", () => {
  it("reports a direct award above the threshold in force as an error, naming the figure, the law and its date", () => {
    const [problem] = expectProblems(`specification Support {\n  value £2,000,000\n  route [|direct-award|]\n}`, [
      {
        code: "ALY902",
        message:
          "This direct award is worth £2,000,000, above the light-touch threshold of £663,540 (Procurement Act 2023, from 1 January 2026). Advertise the contract, or record the legal ground with `justification`.",
      },
    ]);
    expect(problem.severity).toBe("error");
    expect(problem.related.map((r) => r.message)).toEqual(["the contract value"]);
    expect(problem.data).toEqual({ valueMinor: 200_000_000, ceilingMinor: 66_354_000, law: "pa2023" });
  });

  it("passes a Scottish social-care direct award of £600,000, and reports one of £700,000 against the Scottish regulations", () => {
    const scottish = (value: string, marker: (w: string) => string) =>
      `specification Care {\n  jurisdiction scotland\n  services social-care\n  procurement starts 2026-04-01\n  value ${value}\n  route ${marker("direct-award")}\n}`;
    expectClean(scottish("£600,000", (w) => w), ["ALY902", "ALY913"]);
    expectProblems(scottish("£700,000", (w) => `[|${w}|]`), [
      {
        code: "ALY902",
        message:
          "This direct award is worth £700,000, above the light-touch threshold of £663,540 (Public Contracts (Scotland) Regulations 2015, from 1 January 2022). Advertise the contract, or record the legal ground with `justification`.",
      },
    ]);
  });

  it("judges a Scottish direct award for other services against the regulated-contract figure of the 2014 Act", () => {
    expectProblems(`specification Support {\n  jurisdiction scotland\n  services other-light-touch\n  procurement starts 2026-04-01\n  value £60,000\n  route [|direct-award|]\n}`, [
      { code: "ALY902", message: "This direct award is worth £60,000, above the regulated-contract threshold of £50,000 (Procurement Reform (Scotland) Act 2014, from 18 April 2016). Advertise the contract, or record the legal ground with `justification`." },
    ]);
    expectClean(`specification Support {\n  jurisdiction scotland\n  services other-light-touch\n  procurement starts 2026-04-01\n  value £50,000\n  route direct-award\n}`, ["ALY902"]);
    expectClean(`specification Support {\n  jurisdiction scotland\n  services social-care, other-light-touch\n  procurement starts 2026-04-01\n  value £60,000\n  route direct-award\n}`, ["ALY902"]);
  });

  it("judges a procurement begun in 2019 on the figure in force then", () => {
    const doc = (value: string) => `specification Support {\n  procurement starts 2019-06-01\n  value ${value}\n  route [|direct-award|]\n}`;
    expectProblems(doc("£620,000"), [
      {
        code: "ALY902",
        message:
          "This direct award is worth £620,000, above the light-touch threshold of £615,278 (Public Contracts Regulations 2015, from 1 January 2018). Advertise the contract, or record the legal ground with `justification`.",
      },
    ]);
    expectClean(doc("£615,278").replace("[|", "").replace("|]", ""), ["ALY902"]);
    // An agreement whose procurement began in 2019, with the date taken from its term.
    expectProblems(`agreement Alliance {\n  term 10 years from 2019-04-01\n  value £640,000\n  route [|direct-award|]\n}`, [
      { code: "ALY902", message: "This direct award is worth £640,000, above the light-touch threshold of £615,278 (Public Contracts Regulations 2015, from 1 January 2018). Advertise the contract, or record the legal ground with `justification`." },
    ]);
    expectClean(`agreement Alliance {\n  term 10 years from 2019-04-01\n  value £600,000\n  route direct-award\n}`, ["ALY902"]);
  });

  it("falls back on the term's start when no procurement date is given, then on today", () => {
    expectProblems(`specification Support {\n  term 5 years from 2017-04-01\n  value £600,000\n  route [|direct-award|]\n}`, [
      { code: "ALY902", message: "This direct award is worth £600,000, above the light-touch threshold of £589,148 (Public Contracts Regulations 2015, from 1 January 2016). Advertise the contract, or record the legal ground with `justification`." },
    ]);
    expectClean(`specification Support {\n  value £600,000\n  route direct-award\n}`, ["ALY902"], { today: "2018-06-01" });
    expectProblems(`specification Support {\n  value £600,000\n  route [|direct-award|]\n}`, [{ code: "ALY902" }], { today: "2017-06-01" });
  });

  it("accepts a direct award whose legal ground is recorded", () => {
    expectClean(`specification Support {\n  value £2,000,000\n  route direct-award justification "Extreme urgency: the provider failed (Schedule 5)"\n}`, ["ALY902"]);
    expectClean(`specification Support {\n  value £2,000,000\n  route direct-award because "Only one provider can deliver the service"\n}`, ["ALY902"]);
    expectProblems(`specification Support {\n  value £2,000,000\n  route [|direct-award|] justification "  "\n}`, [{ code: "ALY902" }]);
  });

  it("allows exactly the threshold and reports a penny over", () => {
    expectClean(`specification Support {\n  value £663,540\n  route direct-award\n}`, ["ALY902"]);
    expectProblems(`specification Support {\n  value £663,540.01\n  route [|direct-award|]\n}`, [{ code: "ALY902" }]);
  });

  it("multiplies a yearly value by the term", () => {
    expectProblems(`specification Support {\n  value £200,000 per year\n  term 5 years\n  route [|direct-award|]\n}`, [
      { code: "ALY902", message: "This direct award is worth £1,000,000 over its term, above the light-touch threshold of £663,540 (Procurement Act 2023, from 1 January 2026). Advertise the contract, or record the legal ground with `justification`." },
    ]);
    expectClean(`specification Support {\n  value £200,000 per year\n  term 2 years\n  route direct-award\n}`, ["ALY902"]);
    expectProblems(`specification Support {\n  value £700,000 per year\n  route [|direct-award|]\n}`, [
      { code: "ALY902", message: "This direct award is worth £700,000 a year, above the light-touch threshold of £663,540 (Procurement Act 2023, from 1 January 2026). Advertise the contract, or record the legal ground with `justification`." },
    ]);
  });

  it("uses the figure from settings, in pounds, and says so", () => {
    const settings: Settings = { thresholds: { england: { directAwardCeiling: 3_000_000 } } };
    expectClean(`specification Support {\n  value £2,000,000\n  route direct-award\n}`, ["ALY902"], { settings });
    const [problem] = expectProblems(`specification Support {\n  value £4,000,000\n  route [|direct-award|]\n}`, [
      { code: "ALY902", message: "This direct award is worth £4,000,000, above the light-touch threshold of £3,000,000 (the figure in your settings). Advertise the contract, or record the legal ground with `justification`." },
    ], { settings });
    expect(problem.data?.ceilingMinor).toBe(300_000_000);
  });

  it("leaves health care under the Provider Selection Regime to its own processes", () => {
    expectClean(`specification Care {\n  services health-care\n  value £2,000,000\n  route direct-award\n}`, ["ALY902"]);
  });

  it("reads the value from the agreement the specification is for", () => {
    const found = expectPackProblems(
      { "file:///agreement.alliance": `agreement Alliance {\n  value £80,000,000\n}`, "file:///spec.alliance": `specification Spec for Alliance {\n  route [|direct-award|]\n}` },
      "file:///spec.alliance",
      [{ code: "ALY902" }],
    );
    expect(found[0].message).toContain("worth £80,000,000");
    expect(found[0].related[0].uri).toBe("file:///agreement.alliance");
  });

  it("does not compare a value in another currency with a sterling figure, and ignores other routes", () => {
    expectClean(`specification Support {\n  value €2,000,000\n  route direct-award\n}`, ["ALY902"]);
    expectClean(`specification Support {\n  value £2,000,000\n  route light-touch\n}`, ["ALY902"]);
    expectClean(`specification Support {\n  route direct-award\n}`, ["ALY902"]);
  });

  it("holds no figure before 2016 and so says nothing", () => {
    expectClean(`specification Support {\n  procurement starts 2015-06-01\n  value £2,000,000\n  route direct-award\n}`, ["ALY902"]);
  });
});

describe("ALY913 the route is one the law in force has", () => {
  it("passes an English health care service with a process of the Provider Selection Regime", () => {
    for (const route of ["direct-award-a", "direct-award-b", "direct-award-c", "most-suitable-provider", "competitive"]) {
      expectClean(`specification Care {\n  jurisdiction england\n  services health-care\n  procurement starts 2026-04-01\n  value £2,000,000\n  route ${route}\n}`, ["ALY913", "ALY902", "ALY014"]);
    }
  });

  it("reports a Procurement Act route for English health care, saying which regime applies", () => {
    const [problem] = expectProblems(`specification Care {\n  jurisdiction england\n  services health-care\n  procurement starts 2026-04-01\n  route [|light-touch|]\n}`, [
      { code: "ALY913", message: "Health care bought in England from 1 January 2024 falls under the Provider Selection Regime, which has no `light-touch` route. Choose one of its processes, such as `competitive` or `direct-award-a`." },
    ]);
    expect(problem.severity).toBe("error");
  });

  it("reports a Provider Selection Regime process outside England", () => {
    expectProblems(`specification Care {\n  jurisdiction scotland\n  procurement starts 2026-04-01\n  route [|direct-award-a|]\n}`, [
      { code: "ALY913", message: "The route `direct-award-a` is a process of England's Provider Selection Regime, which does not apply in Scotland. Choose a route under the Public Contracts (Scotland) Regulations 2015, such as `light-touch`." },
    ]);
    expectProblems(`specification Care {\n  jurisdiction wales\n  procurement starts 2026-04-01\n  route [|competitive|]\n}`, [
      { code: "ALY913", message: "The route `competitive` is a process of England's Provider Selection Regime, which does not apply in Wales. Choose a route under the Procurement Act 2023, such as `light-touch`." },
    ]);
  });

  it("reports a Provider Selection Regime process for social care, or before the regime began", () => {
    expectProblems(`specification Care {\n  services social-care\n  procurement starts 2026-04-01\n  route [|most-suitable-provider|]\n}`, [
      { code: "ALY913", message: "The Provider Selection Regime is for health care, but this contract buys social care. Choose a route of the Procurement Act 2023, such as `light-touch`, or correct `services`." },
    ]);
    expectProblems(`specification Care {\n  services health-care\n  procurement starts 2023-06-01\n  route [|direct-award-b|]\n}`, [
      { code: "ALY913", message: "The Provider Selection Regime applies to procurements starting from 1 January 2024, and this one starts on 1 June 2023. Choose a route of the law then in force, such as `light-touch`." },
    ]);
  });

  it("takes a process of the regime as saying the service is health care when nothing else does", () => {
    expectClean(`specification Care {\n  procurement starts 2026-04-01\n  route competitive\n}`, ["ALY913"]);
  });

  it("accepts light-touch for health care bought before 2024, grants and reasoned other routes under the regime", () => {
    expectClean(`specification Care {\n  services health-care\n  procurement starts 2019-04-01\n  route light-touch\n}`, ["ALY913"]);
    expectClean(`specification Care {\n  services health-care\n  route grant\n}`, ["ALY913"]);
    expectClean(`specification Care {\n  services health-care\n  route other because "A joint arrangement under section 75"\n}`, ["ALY913"]);
  });

  it("reads the kind of service from the agreement a specification is for", () => {
    expectPackProblems(
      {
        "file:///agreement.alliance": `agreement Alliance {\n  jurisdiction england\n  services health-care\n  term 5 years from 2026-04-01\n}`,
        "file:///spec.alliance": `specification Spec for Alliance {\n  route [|open-procedure|]\n}`,
      },
      "file:///spec.alliance",
      [{ code: "ALY913" }],
    );
  });
});

describe("ALY903 notices above the threshold", () => {
  it("notes a missing notices clause at the document name, once, with the notices of the law in force", () => {
    const [problem] = expectProblems(`specification [|Support|] {\n  value £80,000,000\n  route light-touch\n}`, [
      { code: "ALY903", message: "This contract is worth £80,000,000, above the light-touch threshold of £663,540 (Procurement Act 2023, from 1 January 2026), but lists no notices. Add `notices tender-notice, contract-award-notice`." },
    ]);
    expect(problem.severity).toBe("info");
    expect(problem.data?.add).toEqual(["tender-notice", "contract-award-notice"]);
  });

  it("asks for the 2015 regulations' notices for a procurement begun before the Act", () => {
    expectProblems(`specification [|Support|] {\n  procurement starts 2019-04-01\n  value £80,000,000\n  route light-touch\n}`, [
      { code: "ALY903", message: "This contract is worth £80,000,000, above the light-touch threshold of £615,278 (Public Contracts Regulations 2015, from 1 January 2018), but lists no notices. Add `notices contract-notice, award-notice`." },
    ]);
  });

  it("notes an incomplete list at the `notices` keyword, naming what is missing", () => {
    expectProblems(`specification Support {\n  value £80m\n  route light-touch\n  [|notices|] contract-notice\n}`, [
      { code: "ALY903", message: "This contract is worth £80,000,000, above the light-touch threshold of £663,540 (Procurement Act 2023, from 1 January 2026). Add `contract-award-notice` to the notices." },
    ]);
    expectProblems(`specification Support {\n  value £80m\n  route light-touch\n  [|notices|] award-notice\n}`, [
      { code: "ALY903", message: "This contract is worth £80,000,000, above the light-touch threshold of £663,540 (Procurement Act 2023, from 1 January 2026). Add `tender-notice` to the notices." },
    ]);
  });

  it("accepts the notices of any regime", () => {
    expectClean(`specification Support {\n  value £80m\n  route light-touch\n  notices prior-information-notice, award-notice\n}`, ["ALY903"]);
    expectClean(`specification Support {\n  value £80m\n  route light-touch\n  notices tender-notice, contract-details-notice\n}`, ["ALY903"]);
  });

  it("allows exactly the threshold and reports a penny over", () => {
    expectClean(`specification Support {\n  value £663,540\n  route light-touch\n}`, ["ALY903"]);
    expectProblems(`specification [|Support|] {\n  value £663,540.01\n  route light-touch\n}`, [{ code: "ALY903" }]);
  });

  it("does not ask for notices for a grant, a direct award, or health care under the Provider Selection Regime", () => {
    expectClean(`specification Support {\n  value £80m\n  route grant\n}`, ["ALY903"]);
    expectClean(`specification Support {\n  value £80m\n  route direct-award\n}`, ["ALY903"]);
    expectClean(`specification Support {\n  services health-care\n  value £80m\n  route competitive\n}`, ["ALY903"]);
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
  it("warns of a reserved contract with no `reserved for`, at the route word", () => {
    const message = "Say who may bid for this reserved contract: add `reserved for` with the criteria in quotes, such as `reserved for \"public service mutuals\"`.";
    const [problem] = expectProblems(`specification Support {\n  route [|reserved-contract|]\n}`, [{ code: "ALY904", message }]);
    expect(problem.severity).toBe("warning");
    expectProblems(`specification Support {\n  route [|reserved-contract|]\n  reserved for ""\n}`, [{ code: "ALY904", message }]);
  });

  it("accepts stated criteria, here or in a linked document", () => {
    expectClean(`specification Support {\n  route reserved-contract\n  reserved for "public service mutuals"\n}`, ["ALY904"]);
    expectPackClean(
      { "file:///spec.alliance": `specification Spec {\n  reserved for "social enterprises"\n}`, "file:///tender.alliance": `tender Invitation for Spec {\n  route reserved-contract\n}` },
      "file:///tender.alliance",
      ["ALY904"],
    );
  });
});

describe("ALY914 reserved contract term", () => {
  it("reports a reserved contract longer than the law in force allows, at the route word, naming the provision", () => {
    const [problem] = expectProblems(`specification Support {\n  procurement starts 2026-04-01\n  term 7 years\n  route [|reserved-contract|]\n  reserved for "public service mutuals"\n}`, [
      { code: "ALY914", message: "A reserved contract may last at most 5 years under the Procurement Act 2023, section 33, and this one runs for 7 years. Shorten the term, or choose another route." },
    ]);
    expect(problem.severity).toBe("error");
    expectProblems(`specification Support {\n  jurisdiction scotland\n  procurement starts 2026-04-01\n  term 4 years\n  route [|reserved-contract|]\n}`, [
      { code: "ALY914", message: "A reserved contract may last at most 3 years under the Public Contracts (Scotland) Regulations 2015, regulation 77, and this one runs for 4 years. Shorten the term, or choose another route." },
    ]);
  });

  it("accepts a term within the limit, and judges a procurement by the law when it began", () => {
    expectClean(`specification Support {\n  procurement starts 2026-04-01\n  term 5 years\n  route reserved-contract\n}`, ["ALY914"]);
    expectProblems(`specification Support {\n  procurement starts 2019-04-01\n  term 4 years\n  route [|reserved-contract|]\n}`, [
      { code: "ALY914", message: "A reserved contract may last at most 3 years under the Public Contracts Regulations 2015, regulation 77, and this one runs for 4 years. Shorten the term, or choose another route." },
    ]);
    expectClean(`specification Support {\n  route reserved-contract\n}`, ["ALY914"]);
  });
});

describe("ALY905 innovation partnership term", () => {
  it("notes a term of three years or less, at the term", () => {
    expectProblems(`specification Support {\n  route innovation-partnership\n  term [|3 years|]\n}`, [
      { code: "ALY905", message: "This innovation partnership runs for 3 years. Such partnerships need not end at three years: set the term by the time needed to reach the goal." },
    ]);
    expectProblems(`specification Support {\n  route innovation-partnership\n  term [|36 months|]\n}`, [{ code: "ALY905" }]);
    const [problem] = expectProblems(`specification Support {\n  route innovation-partnership\n  term [|18 months|]\n}`, [
      { code: "ALY905", message: "This innovation partnership runs for 18 months. Such partnerships need not end at three years: set the term by the time needed to reach the goal." },
    ]);
    expect(problem.severity).toBe("info");
  });

  it("counts a term given by dates", () => {
    expectProblems(`agreement A {\n  route innovation-partnership\n  term [|2019-04-01 to 2022-03-31|]\n}`, [{ code: "ALY905" }]);
    expectClean(`agreement A {\n  route innovation-partnership\n  term 2019-04-01 to 2022-04-30\n}`, ["ALY905"]);
  });

  it("is quiet for a longer term, another route, or no term", () => {
    expectClean(`specification Support {\n  route innovation-partnership\n  term 37 months\n}`, ["ALY905"]);
    expectClean(`specification Support {\n  route light-touch\n  term 2 years\n}`, ["ALY905"]);
    expectClean(`specification Support {\n  route innovation-partnership\n}`, ["ALY905"]);
  });

  it("reports at the route word when the term is in the agreement", () => {
    expectPackProblems(
      { "file:///agreement.alliance": `agreement Alliance {\n  term 3 years from 2019-04-01\n}`, "file:///spec.alliance": `specification Spec for Alliance {\n  route [|innovation-partnership|]\n}` },
      "file:///spec.alliance",
      [{ code: "ALY905" }],
    );
  });
});

describe("ALY906 light-touch process", () => {
  it("notes a light-touch route with no process at the route word", () => {
    const [problem] = expectProblems(`specification Support {\n  route [|light-touch|]\n}`, [
      { code: "ALY906", message: "Set out the stages of this light-touch procurement and how long each takes: add a `process` section with one step on each line, such as `step \"Design conversations\" 8 weeks`." },
    ]);
    expect(problem.severity).toBe("info");
  });

  it("notes steps without a length once, at the first", () => {
    expectProblems(`specification Support {\n  route light-touch\n  process {\n    step "Design conversations" 8 weeks\n    [|step|] "Moderation"\n    step "Award"\n  }\n}`, [
      { code: "ALY906", message: "2 steps of this process do not say how long they take, starting here. Give each its length, such as `step \"Moderation\" 4 weeks`." },
    ]);
    expectProblems(`specification Support {\n  route light-touch\n  process {\n    [|step|] "Award"\n  }\n}`, [
      { code: "ALY906", message: "Say how long this step takes, so bidders can plan and the timescale can be seen to be reasonable, such as `step \"Award\" 4 weeks`." },
    ]);
  });

  it("notes an empty process", () => {
    expectProblems(`specification Support {\n  route light-touch\n  [|process|] {\n  }\n}`, [
      { code: "ALY906", message: "This `process` section lists no steps: add one step on each line with its length, such as `step \"Design conversations\" 8 weeks`." },
    ]);
  });

  it("accepts a process whose every step has a length, and other routes", () => {
    expectClean(`specification Support {\n  route light-touch\n  process {\n    step "Design conversations" 8 weeks\n    step "Award" 2 weeks\n  }\n}`, ["ALY906"]);
    expectClean(`specification Support {\n  route open-procedure\n}`, ["ALY906"]);
  });

  it("checks the steps of a tender whose specification chose light touch", () => {
    expectPackProblems(
      { "file:///spec.alliance": `specification Spec {\n  route light-touch\n}`, "file:///tender.alliance": `tender Invitation for Spec {\n  process {\n    [|step|] "Dialogue"\n  }\n}` },
      "file:///tender.alliance",
      [{ code: "ALY906" }],
    );
  });
});

describe("ALY907 market engagement and input sharing", () => {
  it("warns of engagement without input sharing once, at the first engagement", () => {
    const [problem] = expectProblems(`specification Support {\n  [|market-engagement|] "Three workshops with providers"\n  market-engagement "An open day"\n}`, [
      { code: "ALY907", message: "Say how what providers contributed before the tender is used and shared with every bidder on the same terms: add `input-sharing` with a description in quotes." },
    ]);
    expect(problem.severity).toBe("warning");
  });

  it("accepts input sharing here or in a linked document", () => {
    expectClean(`specification Support {\n  market-engagement "Workshops"\n  input-sharing "Notes published to all bidders"\n}`, ["ALY907"]);
    expectPackClean(
      { "file:///agreement.alliance": `agreement Alliance {\n  market-engagement "Workshops"\n}`, "file:///spec.alliance": `specification Spec for Alliance {\n  input-sharing "Notes published to all bidders"\n}` },
      "file:///agreement.alliance",
      ["ALY907"],
    );
  });
});

describe("ALY908 social value linked to the contract", () => {
  it("notes a social-value criterion that assesses nothing, at its name", () => {
    expectProblems(`evaluation Award {\n  criterion [|Community|] "Community benefit" weight 10% social-value\n}`, [
      { code: "ALY908", message: "Criterion Community scores social value but is not linked to anything the contract requires. Add `assesses` and the requirement it scores." },
    ]);
  });

  it("notes several such criteria together, once", () => {
    expectProblems(`evaluation Award {\n  criterion [|Community|] "Community benefit" weight 10% social-value\n  criterion Jobs "Local jobs" weight 5% social-value\n}`, [
      { code: "ALY908", message: "2 social-value criteria, starting with Community, are not linked to anything the contract requires. Add `assesses` and the requirement each scores." },
    ]);
  });

  it("accepts a linked social-value criterion and ignores other criteria", () => {
    expectClean(`evaluation Award {\n  criterion Community "Community benefit" weight 10% social-value assesses R4\n}`, ["ALY908"]);
    expectClean(`evaluation Award {\n  criterion Price "Price" weight 10%\n}`, ["ALY908"]);
  });
});

describe("ALY909 grant or contract, and why", () => {
  it("does not ask an agreement that names no instrument", () => {
    expectClean(`agreement Alliance {\n  value £1m\n}`, ["ALY909"]);
  });

  it("notes an instrument without a reason at its word", () => {
    expectProblems(`agreement Alliance {\n  instrument [|grant|]\n}`, [{ code: "ALY909", message: "Say why this is a grant rather than a contract: add the reason in quotes after `because`." }]);
    expectProblems(`specification Spec {\n  instrument [|contract|] because ""\n}`, [{ code: "ALY909", message: "Say why this is a contract rather than a grant: add the reason in quotes after `because`." }]);
  });

  it("accepts a reasoned instrument, and does not require one in a specification", () => {
    expectClean(`agreement Alliance {\n  instrument grant because "A two-year test of a new approach"\n}`, ["ALY909"]);
    expectClean(`specification Spec {\n  route light-touch\n}`, ["ALY909"]);
  });

  it("notes one instrument without a reason, once", () => {
    expectProblems(`agreement Alliance {\n  instrument [|grant|]\n  instrument contract\n}`, [{ code: "ALY909", message: "Say why this is a grant rather than a contract: add the reason in quotes after `because`." }]);
  });
});

describe("ALY910 proportionate minimum turnover", () => {
  it("allows exactly twice the yearly value and notes a penny more, at the amount", () => {
    expectClean(`specification Support {\n  value £500,000 per year\n  minimum-turnover £1,000,000\n}`, ["ALY910"]);
    const [problem] = expectProblems(`specification Support {\n  value £500,000 per year\n  minimum-turnover [|£1,000,000.01|]\n}`, [
      { code: "ALY910", message: "A minimum turnover of £1,000,000.01 is more than 2 times this contract's yearly value of £500,000. Lower it to what is proportionate, at most £1,000,000." },
    ]);
    expect(problem.severity).toBe("info");
    expect(problem.data).toEqual({ turnoverMinor: 100_000_001, yearlyMinor: 50_000_000, multiple: 2, suggestedMinor: 100_000_000 });
  });

  it("divides a whole-contract value by the term", () => {
    expectClean(`tender Invitation {\n  value £5,000,000\n  term 5 years\n  minimum-turnover £2,000,000\n}`, ["ALY910"]);
    expectProblems(`tender Invitation {\n  value £5,000,000\n  term 5 years\n  minimum-turnover [|£2,000,000.01|]\n}`, [
      { code: "ALY910", message: "A minimum turnover of £2,000,000.01 is more than 2 times this contract's yearly value of £1,000,000. Lower it to what is proportionate, at most £2,000,000." },
    ]);
  });

  it("skips when the yearly value cannot be worked out", () => {
    expectClean(`specification Support {\n  value £500,000\n  minimum-turnover £50,000,000\n}`, ["ALY910"]);
    expectClean(`specification Support {\n  minimum-turnover £50,000,000\n}`, ["ALY910"]);
  });

  it("uses the multiple from settings", () => {
    expectProblems(`specification Support {\n  value £500,000 per year\n  minimum-turnover [|£600,000|]\n}`, [
      { code: "ALY910", message: "A minimum turnover of £600,000 is more than 1 times this contract's yearly value of £500,000. Lower it to what is proportionate, at most £500,000." },
    ], { settings: { thresholds: { england: { turnoverMultiple: 1 } } } });
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
      [{ code: "ALY911", message: "Nothing is planned for years 2 to 3: the stage before ends at year 1 and this one starts at year 4. Add a stage for those years, or change the years so they follow on." }],
    );
    expect(problem.data).toEqual({ gapFrom: 2, gapTo: 3 });
    expect(problem.related.map((r) => r.message)).toEqual(["the stage before ends at year 1"]);
  });

  it("reports stages that do not start at year 1", () => {
    expectProblems(`agreement York {\n  stages {\n    [|years|] 2 to 3 "Delivery"\n  }\n}`, [
      { code: "ALY911", message: "The stages start at year 2, so nothing is planned for year 1. Add a stage for year 1, or start this one at year 1." },
    ]);
  });

  it("reports overlapping and backwards stages", () => {
    expectProblems(`agreement York {\n  stages {\n    years 1 to 3 "Co-production"\n    [|year|] 3 "Testing"\n  }\n}`, [
      { code: "ALY911", message: "This stage starts at year 3, but the stage before already runs to year 3. Change the years so each year belongs to one stage." },
    ]);
    expectProblems(`agreement York {\n  stages {\n    year 1 "Co-production"\n    [|years|] 5 to 2 "Testing"\n  }\n}`, [
      { code: "ALY911", message: "This stage runs backwards, from year 5 to year 2: write the earlier year first, as in `years 2 to 5`." },
    ]);
  });

  it("reports stages that stop before the term ends at the `stages` keyword", () => {
    const [problem] = expectProblems(`agreement York {\n  term 7 years\n  [|stages|] {\n    year 1 "Co-production"\n    years 2 to 5 "Delivery"\n  }\n}`, [
      { code: "ALY911", message: "The stages end at year 5, but the term runs for 7 years. Add a stage for years 6 to 7, so every year of the contract has a plan." },
    ]);
    expect(problem.data).toEqual({ gapFrom: 6, gapTo: 7 });
  });

  it("reports stages that run past the term at the last stage", () => {
    expectProblems(`agreement York {\n  term 5 years\n  stages {\n    year 1 "Co-production"\n    [|years|] 2 to 7 "Delivery"\n  }\n}`, [
      { code: "ALY911", message: "This stage runs to year 7, but the term is 5 years. End the stages at year 5, or correct the term." },
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
      [{ code: "ALY911", message: "The stages end at year 3, but the term runs for 7 years. Add a stage for years 4 to 7, so every year of the contract has a plan." }],
    );
  });

  it("asks who writes a specification stage, and for both commissioner and provider", () => {
    expectProblems(`agreement York {\n${parties}  stages {\n    [|year|] 1 "The specification is written together"\n  }\n}`, [
      { code: "ALY911", message: "Say who writes the specification in this stage: add `written by` with the names of the commissioner and at least one provider." },
    ]);
    expectProblems(`agreement York {\n${parties}  stages {\n    [|year|] 1 "Specification written together" written by CYC\n  }\n}`, [
      { code: "ALY911", message: "The specification in this stage should be written jointly: add at least one provider to `written by`." },
    ]);
    expectProblems(`agreement York {\n${parties}  stages {\n    [|year|] 1 "Spec written together" written by Changes\n  }\n}`, [
      { code: "ALY911", message: "The specification in this stage should be written jointly: add the commissioner to `written by`." },
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
  it("notes a specification that records none, at its name", () => {
    const [problem] = expectProblems(`specification [|Spec|] {\n  value £1m\n}`, [
      { code: "ALY912", message: "This specification does not record which of legal, finance, procurement and audit were involved before the tender. Bring them in early, and record it with `involved early`." },
    ]);
    expect(problem.data).toEqual({ missing: ["legal", "finance", "procurement", "audit"] });
  });

  it("does not ask an agreement", () => {
    expectClean(`agreement Alliance {\n  value £1m\n}`, ["ALY912"]);
  });

  it("lists the missing teams in one problem at `involved early`", () => {
    expectProblems(`specification Spec {\n  [|involved early|] procurement, finance\n}`, [
      { code: "ALY912", message: "Legal and audit are not recorded as involved before the tender. Bring them in early, and add them to `involved early`." },
    ]);
    expectProblems(`specification Spec {\n  [|involved early|] procurement, finance, legal\n}`, [
      { code: "ALY912", message: "Audit is not recorded as involved before the tender. Bring that team in early, and add it to `involved early`." },
    ]);
  });

  it("accepts all four, and does not apply to tenders", () => {
    expectClean(`specification Spec {\n  involved early legal, finance, procurement, audit\n}`, ["ALY912"]);
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
