import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument, checkText, Workspace, type Problem } from "../../../server/src/core";
import { READACROSS_RULES, READACROSS_UNCHECKED } from "../../../server/src/core/rules/readacross";
import { nearDuplicate } from "../../../server/src/core/rules/readacross/near-duplicate-names";
import { formatPercent } from "../../../server/src/core/numbers";
import { expectClean, expectProblems, type Expected } from "../../helpers/check";
import { marked } from "../../helpers/markers";

// --- a small workspace helper: markers are read in the document being checked ----------------------

const A = "file:///pack/agreement.alliance";
const S = "file:///pack/specification.alliance";
const T = "file:///pack/tender.alliance";
const E = "file:///pack/evaluation.alliance";
const E2 = "file:///pack/selection.alliance";

function checkPack(files: Record<string, string>, target: string): { text: string; spans: { start: number; end: number }[]; problems: Problem[] } {
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
  return { text, spans, problems: checkDocument(workspace, target) };
}

/** Asserts that the problems with the expected codes in `target` are exactly `expected`, at the marked spans, in order. */
function expectPack(files: Record<string, string>, target: string, expected: Expected[]): Problem[] {
  const { text, spans, problems } = checkPack(files, target);
  const codes = new Set(expected.map((e) => e.code));
  const found = problems.filter((p) => codes.has(p.code));
  expect(spans.length, "each expected problem needs one [| |] span").toBe(expected.length);
  expect(found.map((p) => ({ code: p.code, text: text.slice(p.span.start, p.span.end), span: p.span }))).toEqual(
    expected.map((e, i) => ({ code: e.code, text: text.slice(spans[i].start, spans[i].end), span: spans[i] })),
  );
  expected.forEach((e, i) => {
    if (typeof e.message === "string") expect(found[i].message).toContain(e.message);
    else if (e.message) expect(found[i].message).toMatch(e.message);
  });
  return found;
}

function expectPackClean(files: Record<string, string>, target: string, codes: string[]): void {
  const { text, problems } = checkPack(files, target);
  expect(problems.filter((p) => codes.includes(p.code)).map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
}

/** The text a related location points at, in the file it names. */
function relatedText(files: Record<string, string>, related: Problem["related"][number], self: string): string {
  const text = marked(files[related.uri ?? self]).text;
  return text.slice(related.span.start, related.span.end);
}

const PRINCIPLES = `  principles {
    collective-risk "We carry every risk of the services together"
    unanimous "We decide every key issue unanimously"
    no-fault-no-blame "We do not blame each other, except for wilful default"
    open-book "Our books are open to each other"
    best-person "Key roles go to the best person"
  }
`;

const LEARNING_ONLY = `  learning {
    measure OwnGoals "People reaching the goals they set" used for learning
    measure Stories "Stories of change" used for learning
  }
`;

/** An agreement with a purpose, the shared facts, four operative principles and learning-only measures. */
const AGREEMENT = `agreement Alliance "Example alliance" {
  purpose "Adults with complex needs in Plymouth live well"
  jurisdiction england
  value £80,000,000
  term 10 years from 2019-04-01
  route light-touch
${PRINCIPLES}${LEARNING_ONLY}}
`;

// ---------------------------------------------------------------------------------------------------

describe("read-across rules: shared", () => {
  it("every rule's wrong example triggers it and its right example does not, with any documents it reads across to", () => {
    for (const rule of READACROSS_RULES) {
      for (const which of ["wrong", "right"] as const) {
        const workspace = new Workspace();
        if (rule.example.alongside) workspace.set("file:///alongside.alliance", rule.example.alongside);
        workspace.set("file:///example.alliance", rule.example[which]);
        const codes = checkDocument(workspace, "file:///example.alliance").map((p) => p.code);
        if (which === "wrong") expect(codes, `${rule.code} wrong`).toContain(rule.code);
        else expect(codes, `${rule.code} right`).not.toContain(rule.code);
      }
    }
  });

  it("gives a document to check alongside only for the rules that cannot be shown in one document", () => {
    expect(READACROSS_RULES.filter((r) => r.example.alongside).map((r) => r.code)).toEqual(["ALY061", "ALY063", "ALY064", "ALY065", "ALY066", "ALY067", "ALY070"]);
    for (const rule of READACROSS_RULES.filter((r) => r.example.alongside)) {
      expect(checkText(rule.example.wrong).map((p) => p.code), `${rule.code} needs its other document`).not.toContain(rule.code);
    }
  });

  it("codes are ALY060 to ALY070, unique, with the topic and a cited digest rule of T10", () => {
    const codes = READACROSS_RULES.map((r) => r.code);
    expect(codes).toEqual(["ALY060", "ALY061", "ALY062", "ALY063", "ALY064", "ALY065", "ALY066", "ALY067", "ALY068", "ALY069", "ALY070"]);
    for (const rule of READACROSS_RULES) {
      expect(rule.topic).toBe("Read-across between documents");
      expect(rule.basis).toBe("inferred");
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.guidance.length).toBeGreaterThan(0);
      expect(rule.guidance.every((g) => /^R10\.\d+$/.test(g.id ?? ""))).toBe(true);
      expect(rule.rationale).toMatch(/Exploring the New World/);
    }
    expect(READACROSS_RULES.map((r) => r.severity)).toEqual(["warning", "warning", "error", "warning", "error", "warning", "info", "warning", "warning", "info", "error"]);
    for (const rule of READACROSS_RULES) for (const g of rule.guidance) expect(g.report, `${rule.code} names its report`).toBeDefined();
    expect(READACROSS_UNCHECKED.map((u) => u.id)).toEqual(["R10.3", "R10.5", "R10.10"]);
  });

  it("writes percentages exactly, from thousandths", () => {
    expect(formatPercent(90_000)).toBe("90%");
    expect(formatPercent(12_500)).toBe("12.5%");
    expect(formatPercent(33_333)).toBe("33.333%");
    expect(formatPercent(100_001)).toBe("100.001%");
    expect(formatPercent(0)).toBe("0%");
  });
});

describe("ALY060 award criterion traces to the specification", () => {
  it("reports an award criterion that assesses nothing, at its name", () => {
    expectProblems(`evaluation Award {\n  criterion [|Partnership|] "Working as one alliance" weight 100%\n}`, [
      {
        code: "ALY060",
        message:
          "The award criterion `Partnership` does not say which requirement, tender question or principle it scores. Name them after `assesses`, so that every mark traces back to the specification.",
      },
    ]);
  });

  it("counts `stage award` as award, and reports each criterion that traces to nothing as a warning", () => {
    const files = {
      [S]: `specification Spec {\n  requirements {\n    ShareRisk "Describe how you will carry risk" mandatory\n  }\n}`,
      [E]: `evaluation Award for Spec {\n  criterion [|Partnership|] "Working as one alliance" weight 50% stage award\n  criterion [|Learning|] "Learning together" weight 50%\n}`,
    };
    const problems = expectPack(files, E, [
      {
        code: "ALY060",
        message: "The award criterion `Partnership` does not say which requirement, tender question or principle it scores. Name them after `assesses`, so that every mark traces back to the specification.",
      },
      {
        code: "ALY060",
        message: "The award criterion `Learning` does not say which requirement, tender question or principle it scores. Name them after `assesses`, so that every mark traces back to the specification.",
      },
    ]);
    expect(problems.map((p) => p.severity)).toEqual(["warning", "warning"]);
    expect(problems[0].related).toHaveLength(1);
    expect(problems[0].related[0].uri).toBe(S);
    expect(problems[0].related[0].message).toBe("the requirements in the specification `Spec`");
    expect(relatedText(files, problems[0].related[0], E)).toBe("requirements");
  });

  it("leaves selection criteria, social-value criteria (ALY908) and criteria that assess something alone", () => {
    expectClean(`evaluation Select {\n  criterion Insurance "Insurance in place" weight 100% stage selection\n}`, ["ALY060"]);
    expectClean(`evaluation Award {\n  criterion Community "Benefit to the community" weight 100% social-value\n}`, ["ALY060"]);
    const files = {
      [A]: AGREEMENT,
      [S]: `specification Spec for Alliance {\n  requirements {\n    ShareRisk "Describe how you will carry risk" mandatory\n  }\n}`,
      [E]: `evaluation Award for Spec {\n  criterion Risk "Risk" weight 50% assesses ShareRisk\n  criterion Books "Books" weight 50% assesses open-book\n}`,
    };
    expectPackClean(files, E, ["ALY060"]);
  });

  it("leaves a criterion whose names resolve to nothing to ALY010", () => {
    expectClean(`evaluation Award {\n  criterion Partnership "Working as one alliance" weight 100% assesses Nowhere\n}`, ["ALY060"]);
  });

  it("reports a criterion that scores only a measure, when the agreement also uses measures for targets", () => {
    const files = {
      [A]: `agreement Alliance {\n  learning {\n    measure Waits "Days waiting" used for target\n  }\n}`,
      [S]: `specification Spec for Alliance {\n  route light-touch\n}`,
      [E]: `evaluation Award for Spec {\n  criterion [|Speed|] "Quick support" weight 100% assesses Waits\n}`,
    };
    expectPack(files, E, [
      { code: "ALY060", message: "The award criterion `Speed` scores only the agreement's measure `Waits`, which the specification does not ask about. Add the requirement, tender question or principle it scores after `assesses`." },
    ]);
  });

  it("leaves a criterion that scores a learning-only measure to ALY065", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: `specification Spec for Alliance {\n  route light-touch\n}`,
      [E]: `evaluation Award for Spec {\n  criterion Goals "Goals" weight 100% assesses OwnGoals\n}`,
    };
    expectPackClean(files, E, ["ALY060"]);
  });
});

describe("ALY061 mandatory requirement assessed", () => {
  const spec = `specification Spec for Alliance {
  requirements {
    ShareRisk "Describe how you will carry risk" mandatory
    [|OpenBooks|] "Describe how you will keep open books" mandatory
    Involve "Describe how people will shape your service" desirable
    Insured "Confirm you hold insurance" pass-fail
    Safeguard "Keep to the safeguarding policy" contract-condition
  }
}`;

  it("reports an unscored mandatory requirement at its name, pointing at the evaluation", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: spec,
      [E]: `evaluation Award for Spec {\n  criterion Risk "Risk" weight 100% assesses ShareRisk\n}`,
    };
    const [problem] = expectPack(files, S, [
      {
        code: "ALY061",
        message:
          "No criterion of the evaluation `Award` scores the mandatory requirement `OpenBooks`. Add it to the `assesses` of the criterion that scores it, or mark it `pass-fail` or `contract-condition` if it is checked another way.",
      },
    ]);
    expect(problem.related).toHaveLength(1);
    expect(problem.related[0].uri).toBe(E);
    expect(relatedText(files, problem.related[0], S)).toBe("Award");
  });

  it("counts a requirement scored through a tender question about it, and a second evaluation", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: spec,
      [T]: `tender Invitation for Spec {\n  questions {\n    QBooks "Will you open your books?" about OpenBooks\n  }\n}`,
      [E]: `evaluation Award for Spec {\n  criterion Risk "Risk" weight 100% assesses ShareRisk\n}`,
      [E2]: `evaluation Select for Spec {\n  criterion Books "Books" weight 100% stage selection assesses QBooks\n}`,
    };
    expectPackClean(files, S, ["ALY061"]);
  });

  it("names every evaluation when none scores the requirement", () => {
    const files = {
      [S]: spec,
      [E]: `evaluation Award for Spec {\n  criterion Risk "Risk" weight 100% assesses ShareRisk\n}`,
      [E2]: `evaluation Select for Spec {\n  criterion Fit "Fit" weight 100% stage selection assesses ShareRisk\n}`,
    };
    const [problem] = expectPack(files, S, [{ code: "ALY061", message: "No criterion of the evaluations `Award` and `Select` scores the mandatory requirement `OpenBooks`. Add it to the `assesses` of the criterion that scores it, or mark it `pass-fail` or `contract-condition` if it is checked another way." }]);
    expect(problem.related.map((r) => r.uri)).toEqual([E, E2]);
  });

  it("is silent when no evaluation for the specification is being checked", () => {
    expectPackClean({ [A]: AGREEMENT, [S]: spec }, S, ["ALY061"]);
  });
});

describe("ALY062 weights of a stage add up to 100%", () => {
  it("reports weights that add up to 90%, at the stage's first weight, with each weight related", () => {
    const [problem] = expectProblems(
      `evaluation Award {\n  criterion A1 "One" weight [|60%|] assesses X\n  criterion A2 "Two" weight 30% assesses X\n}`,
      [{ code: "ALY062", message: "The weights of the criteria add up to 90%, not 100%: 10% is not given to any criterion. Change the weights so that they add up to exactly 100%." }],
    );
    expect(problem.data).toEqual({ stage: "award", total: 90_000, shortBy: 10_000 });
    expect(problem.related.map((r) => r.message)).toEqual(["`A1` weighs 60%", "`A2` weighs 30%"]);
  });

  it("reports weights over 100%", () => {
    const [problem] = expectProblems(`evaluation Award {\n  criterion A1 "One" weight [|60%|] assesses X\n  criterion A2 "Two" weight 40.001% assesses X\n}`, [
      { code: "ALY062", message: "The weights of the criteria add up to 100.001%, not 100%: 0.001% too much. Change the weights so that they add up to exactly 100%." },
    ]);
    expect(problem.data).toMatchObject({ shortBy: -1 });
  });

  it("accepts exactly 100%, with fractions held exactly", () => {
    expectClean(`evaluation Award {\n  criterion A1 "One" weight 33.333% assesses X\n  criterion A2 "Two" weight 33.333% assesses X\n  criterion A3 "Three" weight 33.334% assesses X\n}`, ["ALY062"]);
    expectClean(`evaluation Award {\n  criterion A1 "One" weight 12.5% assesses X\n  criterion A2 "Two" weight 87.5% assesses X\n}`, ["ALY062"]);
    expectClean(`evaluation Award {\n  criterion A1 "One" weight 100% assesses X\n}`, ["ALY062"]);
  });

  it("adds each stage on its own, counting a criterion with no stage as award", () => {
    expectClean(
      `evaluation Both {\n  criterion S1 "Able" weight 100% stage selection assesses X\n  criterion A1 "Best" weight 40% assesses Y\n  criterion A2 "Best" weight 60% stage award assesses Z\n}`,
      ["ALY062"],
    );
    expectProblems(
      `evaluation Both {\n  criterion S1 "Able" weight [|50%|] stage selection assesses X\n  criterion A1 "Best" weight 100% assesses Y\n}`,
      [{ code: "ALY062", message: "The weights of the selection criteria add up to 50%, not 100%: 50% is not given to any criterion. Change the weights so that they add up to exactly 100%." }],
    );
  });

  it("accepts a pass-or-fail selection stage whose weights are all 0%, but not an award stage", () => {
    expectClean(`evaluation Both {\n  criterion S1 "Insured" weight 0% stage selection assesses X\n  criterion A1 "Best" weight 100% assesses Y\n}`, ["ALY062"]);
    expectProblems(`evaluation Award {\n  criterion A1 "Best" weight [|0%|] assesses Y\n}`, [{ code: "ALY062", message: "The weights of the criteria add up to 0%, not 100%: 100% is not given to any criterion. Change the weights so that they add up to exactly 100%." }]);
  });

  it("reads a misspelt stage as the stage it is closest to, and gives up on a stage close to neither", () => {
    expectProblems(`evaluation Award {\n  criterion A1 "One" weight [|50%|] stage awrd assesses X\n  criterion A2 "Two" weight 40% stage award assesses X\n}`, [
      { code: "ALY062", message: "The weights of the award criteria add up to 90%, not 100%: 10% is not given to any criterion. Change the weights so that they add up to exactly 100%." },
    ]);
    expectClean(`evaluation Award {\n  criterion A1 "One" weight 50% stage final assesses X\n  criterion A2 "Two" weight 40% stage award assesses X\n}`, ["ALY062"]);
  });

  it("reports in an evaluation that has no name, at the weight", () => {
    expectProblems(`evaluation {\n  criterion A1 "One" weight [|50%|] assesses X\n}`, [{ code: "ALY062", message: "The weights of the criteria add up to 50%, not 100%: 50% is not given to any criterion. Change the weights so that they add up to exactly 100%." }]);
  });
});

describe("ALY063 purpose reads across", () => {
  it("reports a specification's purpose worded differently from the agreement's, at the text", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: `specification Spec for Alliance {\n  purpose [|"Fewer adults use crisis services"|]\n}`,
    };
    const [problem] = expectPack(files, S, [
      {
        code: "ALY063",
        message:
          "The purpose in this specification is worded differently from the shared purpose in the agreement `Alliance`. Use the same words, so that every bidder answers to the same aim.",
      },
    ]);
    expect(problem.severity).toBe("warning");
    expect(problem.related[0].uri).toBe(A);
    expect(problem.related[0].message).toBe("the shared purpose in the agreement `Alliance`, to copy word for word");
    expect(relatedText(files, problem.related[0], S)).toBe('"Adults with complex needs in Plymouth live well"');
    expect(problem.data).toEqual({ expected: "Adults with complex needs in Plymouth live well" });
  });

  it("ignores case, spacing and a closing full stop", () => {
    const files = { [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  purpose "adults with complex needs  in Plymouth live well."\n}` };
    expectPackClean(files, S, ["ALY063"]);
  });

  it("compares a tender with its specification, which is nearer than the agreement", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: `specification Spec for Alliance {\n  purpose "Adults with complex needs in Plymouth live well and safely"\n}`,
      [T]: `tender Invitation for Spec {\n  purpose [|"Adults with complex needs in Plymouth live well"|]\n}`,
    };
    expectPack(files, T, [{ code: "ALY063", message: "The purpose in this tender is worded differently from the purpose in the specification `Spec`. Use the same words, so that every bidder answers to the same aim." }]);
  });

  it("is silent on a document with no purpose, and when the agreement is not being checked", () => {
    expectPackClean({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  route light-touch\n}` }, S, ["ALY063"]);
    expectPackClean({ [S]: `specification Spec for Alliance {\n  purpose "Something else"\n}` }, S, ["ALY063"]);
  });
});

describe("ALY064 shared facts agree", () => {
  it("reports a different value at the amount, pointing at the agreement's", () => {
    const files = { [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  value [|£8,000,000|]\n}` };
    const [problem] = expectPack(files, S, [
      {
        code: "ALY064",
        message:
          "The value in this specification, £8,000,000, is not the value in the agreement `Alliance`, £80,000,000. Change it to `value £80,000,000`, or correct whichever of the two is wrong.",
      },
    ]);
    expect(relatedText(files, problem.related[0], S)).toBe("£80,000,000");
    expect(problem.related[0].uri).toBe(A);
  });

  it("accepts a yearly value that comes to the total over the term, and reports one that does not", () => {
    expectPackClean({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  value £8m per year\n}` }, S, ["ALY064"]);
    expectPack({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  value [|£7.5m|] per year\n}` }, S, [
      { code: "ALY064", message: "The value in this specification, £7,500,000 a year, is not the value in the agreement `Alliance`, £80,000,000. Change it to `value £80,000,000`, or correct whichever of the two is wrong." },
    ]);
  });

  it("reports a value in another currency", () => {
    expectPack({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  value [|€80,000,000|]\n}` }, S, [{ code: "ALY064", message: "The value in this specification, €80,000,000, is not the value in the agreement `Alliance`, £80,000,000. Change it to `value £80,000,000`, or correct whichever of the two is wrong." }]);
  });

  it("reports a different start date and a different length separately", () => {
    expectPack({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  term [|5 years|] from [|2020-04-01|]\n}` }, S, [
      { code: "ALY064", message: "The term in this specification runs for 5 years, but the term in the agreement `Alliance` runs for 10 years. Change it to 10 years, or correct whichever of the two is wrong." },
      { code: "ALY064", message: "The term in this specification starts on 2020-04-01, but the term in the agreement `Alliance` starts on 2019-04-01. Change the start to `2019-04-01`, or correct whichever of the two is wrong." },
    ]);
  });

  it("accepts the same term written as two dates, or without its start", () => {
    expectPackClean({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  term 2019-04-01 to 2029-03-31\n}` }, S, ["ALY064"]);
    expectPackClean({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  term 120 months\n}` }, S, ["ALY064"]);
    expectPack({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  term [|2019-04-01 to 2028-03-31|]\n}` }, S, [{ code: "ALY064", message: "The term in this specification runs for 9 years, but the term in the agreement `Alliance` runs for 10 years. Change it to 10 years, or correct whichever of the two is wrong." }]);
  });

  it("reports a different route and jurisdiction at the word, and leaves unknown words to ALY014", () => {
    expectPack({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  jurisdiction [|scotland|]\n  route [|open-procedure|]\n}` }, S, [
      { code: "ALY064", message: "The jurisdiction in this specification, `scotland`, is not the jurisdiction in the agreement `Alliance`, `england`. Change it to `jurisdiction england`, or correct whichever of the two is wrong." },
      { code: "ALY064", message: "The procurement route in this specification, `open-procedure`, is not the procurement route in the agreement `Alliance`, `light-touch`. Change it to `route light-touch`, or correct whichever of the two is wrong." },
    ]);
    expectPackClean({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  route lite-touch\n}` }, S, ["ALY064"]);
  });

  it("compares a tender with its specification first, so a mismatch is reported once", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: `specification Spec for Alliance {\n  value £8,000,000\n}`,
      [T]: `tender Invitation for Spec {\n  value £8,000,000\n}`,
    };
    expectPackClean(files, T, ["ALY064"]);
    expectPack({ ...files, [T]: `tender Invitation for Spec {\n  value [|£80,000,000|]\n}` }, T, [{ code: "ALY064", message: "The value in this tender, £80,000,000, is not the value in the specification `Spec`, £8,000,000. Change it to `value £8,000,000`, or correct whichever of the two is wrong." }]);
  });

  it("is silent when the document it is for is not being checked", () => {
    expectPackClean({ [S]: `specification Spec for Alliance {\n  value £8,000,000\n}` }, S, ["ALY064"]);
  });
});

describe("ALY065 no targets when the agreement learns", () => {
  it("reports a specification's targets at the `targets` keyword", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: `specification Spec for Alliance {\n  [|targets|] {\n    Housed "Nine in ten keep their tenancy"\n    Sober "Half are abstinent within a year"\n  }\n}`,
    };
    const [problem] = expectPack(files, S, [
      {
        code: "ALY065",
        message:
          "The agreement `Alliance` uses its measures only for learning, but this specification sets the targets `Housed` and `Sober`. Remove them and write `targets none`, so that the tender does not bring targets back.",
      },
    ]);
    expect(relatedText(files, problem.related[0], S)).toBe("learning");
  });

  it("reports an evaluation criterion that scores a learning-only measure, at the measure's name", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: `specification Spec for Alliance {\n  targets none\n}`,
      [E]: `evaluation Award for Spec {\n  criterion Goals "Goals" weight 100% assesses open-book, [|OwnGoals|]\n}`,
    };
    expectPack(files, E, [
      { code: "ALY065", message: "The award criterion `Goals` scores bids against `OwnGoals`, a measure the agreement uses only for learning, which makes it a target. Score a requirement or tender question instead." },
    ]);
  });

  it("accepts `targets none`, and targets when the agreement itself uses a measure as a target or has no measures", () => {
    expectPackClean({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  targets none\n}` }, S, ["ALY065"]);
    const targets = `specification Spec for Alliance {\n  targets {\n    Housed "Nine in ten keep their tenancy"\n  }\n}`;
    expectPackClean({ [A]: `agreement Alliance {\n  learning {\n    measure Tenancy "Tenancies kept" used for target\n  }\n}`, [S]: targets }, S, ["ALY065"]);
    expectPackClean({ [A]: `agreement Alliance {\n  learning {\n    measure Tenancy "Tenancies kept" used for learning, ranking\n  }\n}`, [S]: targets }, S, ["ALY065"]);
    expectPackClean({ [A]: `agreement Alliance {\n  purpose "People live well"\n}`, [S]: targets }, S, ["ALY065"]);
    expectPackClean({ [S]: targets }, S, ["ALY065"]);
  });

  it("says nothing when the agreement keeps a measure for safety as well as for learning: its measures are not for learning only", () => {
    const agreement = `agreement Alliance {\n  learning {\n    measure Goals "Goals reached" used for learning\n    measure FirstContact "Days to a first conversation" used for safety\n  }\n}`;
    const targets = `specification Spec for Alliance {\n  targets {\n    Waits "A first conversation within ten days"\n  }\n}`;
    expectPackClean({ [A]: agreement, [S]: targets }, S, ["ALY065"]);
  });
});

describe("a tender's stance on targets", () => {
  const targets = (names: string[]) => `  [|targets|] {\n${names.map((n) => `    ${n} "${n} wording"\n`).join("")}  }\n`;

  it("lets a tender say `targets none`, in a tender's own place for it", () => {
    const files = { [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  targets none\n}`, [T]: `tender Invitation for Spec {\n  targets none\n}` };
    expectPackClean(files, T, ["ALY012", "ALY065", "ALY070", "ALY001"]);
  });

  it("ALY065: reports a tender's targets when the agreement learns and the specification says nothing about targets", () => {
    const files = { [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  route light-touch\n}`, [T]: `tender Invitation for Spec {\n${targets(["Housed"])}}` };
    const [problem] = expectPack(files, T, [
      {
        code: "ALY065",
        message: "The agreement `Alliance` uses its measures only for learning, but this tender sets the target `Housed`. Remove it and write `targets none`, so that the tender does not bring targets back.",
      },
    ]);
    expect(problem.severity).toBe("warning");
    expect(problem.related[0].uri).toBe(A);
    expect(relatedText(files, problem.related[0], T)).toBe("learning");
    expect(problem.related[0].message).toBe("the agreement `Alliance` uses its measures for learning only");
  });

  it("ALY065: reads a tender written straight for the agreement, and counts many targets", () => {
    const files = { [A]: AGREEMENT, [T]: `tender Invitation for Alliance {\n${targets(["A1", "A2", "A3", "A4"])}}` };
    expectPack(files, T, [
      { code: "ALY065", message: "The agreement `Alliance` uses its measures only for learning, but this tender sets 4 targets. Remove them and write `targets none`, so that the tender does not bring targets back." },
    ]);
  });

  it("ALY070: reports a tender that sets targets when its specification says there are none, with the specification's clause", () => {
    const files = {
      [A]: `agreement Alliance {\n  purpose "People live well"\n}`,
      [S]: `specification Spec for Alliance {\n  targets none\n}`,
      [T]: `tender Invitation for Spec {\n${targets(["Housed", "Sober"])}}`,
    };
    const [problem] = expectPack(files, T, [
      {
        code: "ALY070",
        message:
          "This tender sets the targets `Housed` and `Sober`, but the specification `Spec` says there are no targets. Remove the tender's targets and write `targets none`, or correct the specification.",
      },
    ]);
    expect(problem.severity).toBe("error");
    expect(problem.related).toHaveLength(1);
    expect(problem.related[0].uri).toBe(S);
    expect(relatedText(files, problem.related[0], T)).toBe("targets");
    expect(problem.related[0].message).toBe("the specification `Spec` sets no targets");
  });

  it("ALY070: gives one finding when the agreement also learns: the contradiction with the specification", () => {
    const files = { [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  targets none\n}`, [T]: `tender Invitation for Spec {\n${targets(["Housed"])}}` };
    expectPack(files, T, [
      { code: "ALY070", message: "This tender sets the target `Housed`, but the specification `Spec` says there are no targets. Remove the tender's targets and write `targets none`, or correct the specification." },
    ]);
    expectPackClean(files, T, ["ALY065"]);
  });

  it("ALY070: reports a tender that says `targets none` when its specification sets targets", () => {
    const files = {
      [A]: `agreement Alliance {\n  purpose "People live well"\n}`,
      [S]: `specification Spec for Alliance {\n  targets {\n    Waits "Nobody waits more than two weeks"\n  }\n}`,
      [T]: `tender Invitation for Spec {\n  [|targets|] none\n}`,
    };
    const [problem] = expectPack(files, T, [
      {
        code: "ALY070",
        message: "This tender says there are no targets, but the specification `Spec` sets the target `Waits`. Make the two agree: list the targets here, or remove them from the specification.",
      },
    ]);
    expect(problem.related[0].uri).toBe(S);
    expect(relatedText(files, problem.related[0], T)).toBe("targets");
    expect(problem.related[0].message).toBe("the targets in the specification `Spec`");
  });

  it("ALY070: reports a specification's targets that the agreement's own principle rules out, pointing at the principle", () => {
    const agreement = `agreement Alliance {\n  principles {\n    learning "We learn from what happens and adapt; we do not set targets for one another"\n  }\n${LEARNING_ONLY}}`;
    const files = { [A]: agreement, [S]: `specification Spec for Alliance {\n${targets(["Contacts", "WaitTimes"])}}` };
    const [problem] = expectPack(files, S, [
      {
        code: "ALY070",
        message: "This specification sets the targets `Contacts` and `WaitTimes`, but the agreement's principle `learning` says the alliance does not set targets. Remove them and write `targets none`.",
      },
    ]);
    expect(problem.severity).toBe("error");
    expect(problem.related[0].uri).toBe(A);
    expect(relatedText(files, problem.related[0], S)).toBe("learning");
    // One cause, one finding: the learning-only measures do not add a warning about the same targets.
    expectPackClean(files, S, ["ALY065"]);
  });

  it("ALY070: reports a tender's targets against the agreement's principle when its specification says nothing", () => {
    const agreement = `agreement Alliance {\n  principles {\n    learning "We learn together rather than working to targets"\n  }\n}`;
    const files = { [A]: agreement, [S]: `specification Spec for Alliance {\n  route light-touch\n}`, [T]: `tender Invitation for Spec {\n${targets(["Housed"])}}` };
    expectPack(files, T, [
      { code: "ALY070", message: "This tender sets the target `Housed`, but the agreement's principle `learning` says the alliance does not set targets. Remove it and write `targets none`." },
    ]);
    expectPackClean({ [A]: `agreement Alliance {\n  principles {\n    learning "We learn from what happens and adapt"\n  }\n}`, [S]: `specification Spec for Alliance {\n  targets {\n    Housed "Housed"\n  }\n}` }, S, ["ALY070"]);
  });

  it("ALY070: is silent when the two agree, when either says nothing, and when the specification is not being checked", () => {
    const spec = (body: string) => `specification Spec for Alliance {\n${body}}`;
    const none = "  targets none\n";
    const some = '  targets {\n    Waits "Nobody waits more than two weeks"\n  }\n';
    const tender = (body: string) => `tender Invitation for Spec {\n${body}}`;
    const agreement = `agreement Alliance {\n  purpose "People live well"\n}`;
    expectPackClean({ [A]: agreement, [S]: spec(none), [T]: tender(none) }, T, ["ALY070"]);
    expectPackClean({ [A]: agreement, [S]: spec(some), [T]: tender(some) }, T, ["ALY070"]);
    expectPackClean({ [A]: agreement, [S]: spec("  route light-touch\n"), [T]: tender(some) }, T, ["ALY070"]);
    expectPackClean({ [A]: agreement, [S]: spec(none), [T]: tender("  deadline 2019-01-31\n") }, T, ["ALY070"]);
    expectPackClean({ [T]: tender(some) }, T, ["ALY070"]);
    // The specification reports nothing itself: the tender is where the two part.
    expectPackClean({ [A]: agreement, [S]: spec(none), [T]: tender(some) }, S, ["ALY070", "ALY065"]);
  });
});

describe("ALY066 operative principles disclosed", () => {
  it("reports the operative principles a specification leaves out, at its `principles` list", () => {
    const files = { [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  [|principles|] collective-risk, unanimous\n}` };
    const [problem] = expectPack(files, S, [
      {
        code: "ALY066",
        message:
          "The tender documents do not list the agreement's operative principles `no-fault-no-blame` and `open-book`. Add them to this `principles` list, so that every bidder knows what it signs up to.",
      },
    ]);
    expect(problem.severity).toBe("info");
    expect(problem.data).toEqual({ missing: ["no-fault-no-blame", "open-book"] });
    expect(problem.related.map((r) => relatedText(files, r, S))).toEqual(["no-fault-no-blame", "open-book"]);
    expect(problem.related.map((r) => r.message)).toEqual([
      "the principle `no-fault-no-blame` (no fault, no blame) in the agreement `Alliance`",
      "the principle `open-book` (open books) in the agreement `Alliance`",
    ]);
  });

  it("reports at the name of a specification with no `principles` list, and suggests one", () => {
    expectPack({ [A]: AGREEMENT, [S]: `specification [|Spec|] for Alliance {\n  route light-touch\n}` }, S, [
      { code: "ALY066", message: "The tender documents do not list the agreement's operative principles `unanimous`, `collective-risk`, `no-fault-no-blame` and `open-book`. Add a `principles` line to this specification that lists them, so that every bidder knows what it signs up to." },
    ]);
  });

  it("recognises a principle by its wording, whatever its short name", () => {
    const agreement = `agreement Alliance {\n  principles {\n    together "Every key issue is decided unanimously"\n  }\n}`;
    expectPack({ [A]: agreement, [S]: `specification Spec for Alliance {\n  [|principles|] open-book\n}` }, S, [
      { code: "ALY066", message: "The tender documents do not list the agreement's operative principle `together`. Add it to this `principles` list, so that every bidder knows what it signs up to." },
    ]);
    expectPackClean({ [A]: agreement, [S]: `specification Spec for Alliance {\n  principles together\n}` }, S, ["ALY066"]);
  });

  it("counts a tender's list for its specification, and lets the tender leave reporting to the specification", () => {
    const tender = `tender Invitation for Spec {\n  principles collective-risk, unanimous, no-fault-no-blame, open-book\n}`;
    expectPackClean({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  route light-touch\n}`, [T]: tender }, S, ["ALY066"]);
    expectPackClean({ [A]: AGREEMENT, [S]: `specification Spec for Alliance {\n  route light-touch\n}`, [T]: `tender Invitation for Spec {\n  deadline 2019-01-31\n}` }, T, ["ALY066"]);
  });

  it("checks a tender written straight for the agreement", () => {
    expectPack({ [A]: AGREEMENT, [T]: `tender Invitation for Alliance {\n  [|principles|] collective-risk, unanimous, open-book\n}` }, T, [
      { code: "ALY066", message: "The tender documents do not list the agreement's operative principle `no-fault-no-blame`. Add it to this `principles` list, so that every bidder knows what it signs up to." },
    ]);
  });

  it("asks only for the operative principles the agreement has", () => {
    const agreement = `agreement Alliance {\n  principles {\n    open-book "Our books are open"\n    best-person "Key roles go to the best person"\n  }\n}`;
    expectPackClean({ [A]: agreement, [S]: `specification Spec for Alliance {\n  principles open-book\n}` }, S, ["ALY066"]);
  });
});

describe("ALY067 criterion asked in the tender", () => {
  const spec = `specification Spec for Alliance {
  requirements {
    ShareRisk "Describe how you will carry risk" mandatory
    OpenBooks "Confirm you will keep open books" mandatory
    Learn "Describe how you will learn" mandatory
  }
}`;
  const tender = `tender Invitation for Spec {
  questions {
    QRisk "How will you share losses and savings?" about ShareRisk
    QBooks "Will you open your books?" about open-book
    QLearn "How will you learn with others?"
  }
}`;

  it("reports a criterion that scores something no question asks about, at its name", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: spec,
      [T]: tender,
      [E]: `evaluation Award for Spec {\n  criterion Risk "Risk" weight 50% assesses ShareRisk\n  criterion [|Learning|] "Learning" weight 50% assesses Learn, unanimous\n}`,
    };
    const [problem] = expectPack(files, E, [
      {
        code: "ALY067",
        message:
          "The award criterion `Learning` scores `Learn` and `unanimous`, but no question in the tender `Invitation` asks bidders about them. Add a tender question `about Learn`, or have the criterion score one of the tender's questions.",
      },
    ]);
    expect(problem.related[0].uri).toBe(T);
    expect(relatedText(files, problem.related[0], E)).toBe("questions");
  });

  it("accepts a question, or a requirement or principle a question is about", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: spec,
      [T]: tender,
      [E]: `evaluation Award for Spec {\n  criterion Risk "Risk" weight 40% assesses ShareRisk\n  criterion Books "Books" weight 30% assesses open-book\n  criterion Learning "Learning" weight 30% assesses QLearn\n}`,
    };
    expectPackClean(files, E, ["ALY067"]);
  });

  it("reads the questions of a tender the evaluation is written for", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: spec,
      [T]: tender,
      [E]: `evaluation Award for Invitation {\n  criterion [|Books|] "Books" weight 100% assesses OpenBooks\n}`,
    };
    expectPack(files, E, [{ code: "ALY067", message: "The award criterion `Books` scores `OpenBooks`, but no question in the tender `Invitation` asks bidders about it. Add a tender question `about OpenBooks`, or have the criterion score one of the tender's questions." }]);
  });

  it("leaves a criterion that scores only a measure to ALY060 and ALY065", () => {
    const files = { [A]: AGREEMENT, [S]: spec, [T]: tender, [E]: `evaluation Award for Spec {\n  criterion Goals "Goals" weight 100% assesses OwnGoals\n}` };
    expectPackClean(files, E, ["ALY067"]);
    expectPack({ ...files, [E]: `evaluation Award for Spec {\n  criterion Goals "Goals" weight 100% assesses [|OwnGoals|]\n}` }, E, [{ code: "ALY065" }]);
  });

  it("judges names that may be declared in a document not being checked by the tender's questions alone", () => {
    const files = { [T]: tender, [E]: `evaluation Award for Invitation {\n  criterion Risk "Risk" weight 50% assesses ShareRisk\n  criterion [|Books|] "Books" weight 50% assesses OpenBooks\n}` };
    expectPack(files, E, [{ code: "ALY067", message: "The award criterion `Books` scores `OpenBooks`, but no question in the tender `Invitation` asks bidders about it. Add a tender question `about OpenBooks`, or have the criterion score one of the tender's questions." }]);
  });

  it("is silent without a tender, for a criterion that assesses nothing, and for names that resolve to nothing", () => {
    expectPackClean({ [A]: AGREEMENT, [S]: spec, [E]: `evaluation Award for Spec {\n  criterion Learning "Learning" weight 100% assesses Learn\n}` }, E, ["ALY067"]);
    expectPackClean({ [A]: AGREEMENT, [S]: spec, [T]: tender, [E]: `evaluation Award for Spec {\n  criterion Learning "Learning" weight 100%\n}` }, E, ["ALY067"]);
    expectPackClean({ [A]: AGREEMENT, [S]: spec, [T]: tender, [E]: `evaluation Award for Spec {\n  criterion Learning "Learning" weight 100% assesses Nowhere\n}` }, E, ["ALY067"]);
  });
});

describe("ALY068 selection and award distinct", () => {
  it("reports a principle assessed at both stages, at the award criterion's reference", () => {
    const [problem] = expectProblems(
      `evaluation Tender {
  criterion Capability "Able to keep open books" weight 100% stage selection assesses open-book
  criterion Partnership "Working as one" weight 100% stage award assesses collective-risk, [|open-book|]
}`,
      [
        {
          code: "ALY068",
          message:
            "The name `open-book` is assessed at selection, by `Capability`, and again at award, by `Partnership`. Assess it at one stage only: selection tests whether a bidder can do the work, award which bid is best.",
        },
      ],
    );
    expect(problem.related.map((r) => r.message)).toEqual(["assessed at selection by criterion `Capability`"]);
  });

  it("compares with a selection evaluation written for the same specification, and names the kind of thing", () => {
    const files = {
      [A]: AGREEMENT,
      [S]: `specification Spec for Alliance {\n  requirements {\n    ShareRisk "Describe how you will carry risk" mandatory\n  }\n}`,
      [E2]: `evaluation Select for Spec {\n  criterion Capability "Able" weight 100% stage selection assesses ShareRisk\n}`,
      [E]: `evaluation Award for Spec {\n  criterion Partnership "Best" weight 100% assesses [|ShareRisk|]\n}`,
    };
    const [problem] = expectPack(files, E, [
      { code: "ALY068", message: "The requirement `ShareRisk` is assessed at selection, by `Capability` of the evaluation `Select`, and again at award, by `Partnership`. Assess it at one stage only: selection tests whether a bidder can do the work, award which bid is best." },
    ]);
    expect(problem.related[0].uri).toBe(E2);
    // The selection evaluation itself reports nothing: the award criterion is where the repetition is.
    expectPackClean(files, E2, ["ALY068"]);
  });

  it("accepts different things at each stage, and one stage only", () => {
    expectClean(
      `evaluation Tender {\n  criterion Capability "Able" weight 100% stage selection assesses open-book\n  criterion Partnership "Best" weight 100% stage award assesses collective-risk\n}`,
      ["ALY068"],
    );
    expectClean(`evaluation Tender {\n  criterion One "One" weight 50% assesses open-book\n  criterion Two "Two" weight 50% assesses open-book\n}`, ["ALY068"]);
  });
});

describe("ALY069 near-duplicate names", () => {
  it("reports the second of two principles that differ only by a hyphen", () => {
    const [problem] = expectProblems(
      `agreement A {\n  principles {\n    open-book "Our books are open"\n    [|openbook|] "We share our accounts"\n  }\n}`,
      [
        {
          code: "ALY069",
          message:
            "The principle `openbook` has nearly the same name as the principle `open-book` above. If they are the same, use one name; if not, choose names that cannot be confused.",
        },
      ],
    );
    expect(problem.data).toEqual({ name: "openbook", similarTo: "open-book" });
  });

  it("compares parties, roles and bodies with one another", () => {
    expectProblems(
      `agreement A {\n  parties {\n    Harbour provider "Harbourside Trust"\n  }\n  body [|Harbor|] {\n    members Harbour\n  }\n}`,
      [{ code: "ALY069", message: "The body `Harbor` has nearly the same name as the party `Harbour` above. If they are the same, use one name; if not, choose names that cannot be confused." }],
    );
  });

  it("finds a slip among names that carry numbers, and leaves a long numbered series alone", () => {
    const series = Array.from({ length: 40 }, (_, i) => `    Convener${i + 2} chair "Convener ${i + 2}"`).join("\n");
    expectProblems(`agreement A {\n  roles {\n    Harbour1 officer "Officer"\n${series}\n    [|Harbor1|] officer "Officer"\n  }\n}`, [
      { code: "ALY069", message: "The role `Harbor1` has nearly the same name as the role `Harbour1` above. If they are the same, use one name; if not, choose names that cannot be confused." },
    ]);
  });

  it("finds a slip of one name in a long numbered series, naming the first name it could be", () => {
    // `Convener#` holds more names than are compared one by one, so this goes through its index of spellings.
    const series = Array.from({ length: 30 }, (_, i) => `    Convener${i + 1} chair "Convener ${i + 1}"`).join("\n");
    expectProblems(`agreement A {\n  roles {\n${series}\n    [|Convenr7|] chair "Convener 7"\n    [|Convenr12|] chair "Convener 12"\n  }\n}`, [
      { code: "ALY069", message: "The role `Convenr7` has nearly the same name as the role `Convener7` above. If they are the same, use one name; if not, choose names that cannot be confused." },
      { code: "ALY069", message: "The role `Convenr12` has nearly the same name as the role `Convener12` above. If they are the same, use one name; if not, choose names that cannot be confused." },
    ]);
  });

  it("finds the same twins again after an edit that changes no name, at their new places, and new ones after one that does", () => {
    // The twins of the last lists of names are kept; a list that differs in one name is indexed afresh.
    const text = (gap: string, second: string) => `agreement A {\n  principles {\n    open-book "Our books are open"${gap}\n    ${second} "We share our accounts"\n  }\n}`;
    const spansOf = (source: string) => checkText(source).filter((p) => p.code === "ALY069").map((p) => source.slice(p.span.start, p.span.end));
    const startsOf = (source: string) => checkText(source).filter((p) => p.code === "ALY069").map((p) => p.span.start);
    const before = text("", "openbook");
    const moved = text(" always", "openbook");
    expect(spansOf(before)).toEqual(["openbook"]);
    expect(spansOf(moved)).toEqual(["openbook"]);
    expect(startsOf(moved)).toEqual([moved.indexOf("openbook")]);
    expect(spansOf(text(" always", "sharing"))).toEqual([]);
    expect(spansOf(text(" always", "open-bok"))).toEqual(["open-bok"]);
    expect(spansOf(moved)).toEqual(["openbook"]);
  });

  it("compares with the documents this one is written for", () => {
    const files = {
      [S]: `specification Spec {\n  route light-touch\n}`,
      [E2]: `evaluation Select for Spec {\n  criterion Capability "Able" weight 100% stage selection\n}`,
      [E]: `evaluation Award for Select {\n  criterion [|Capabilty|] "Best" weight 100%\n}`,
    };
    const [problem] = expectPack(files, E, [{ code: "ALY069", message: "The criterion `Capabilty` has nearly the same name as the criterion `Capability` in the evaluation `Select`. If they are the same, use one name; if not, choose names that cannot be confused." }]);
    expect(problem.related[0].uri).toBe(E2);
  });

  it("leaves a body named for the people in a role alone, but not a plural of the same kind", () => {
    expectClean(`agreement A {\n  roles {\n    Keyworker frontline "Keyworker"\n  }\n  body Keyworkers {\n    members all\n  }\n}`, ["ALY069"]);
    expectProblems(`agreement A {\n  roles {\n    Keyworker frontline "Keyworker"\n    [|Keyworkers|] frontline "Keyworkers"\n  }\n}`, [
      { code: "ALY069", message: "The role `Keyworkers` has nearly the same name as the role `Keyworker` above. If they are the same, use one name; if not, choose names that cannot be confused." },
    ]);
  });

  it("leaves numbered series, short names, different kinds and identical names alone", () => {
    expect(nearDuplicate("Q1", "Q2")).toBe(false);
    expect(nearDuplicate("SurvivorA", "SurvivorB")).toBe(false);
    expect(nearDuplicate("Stage1", "Stage12")).toBe(false);
    expect(nearDuplicate("PCC", "PCD")).toBe(false);
    expect(nearDuplicate("Board", "Board")).toBe(false);
    expect(nearDuplicate("Board", "Boards")).toBe(true);
    expect(nearDuplicate("values-and-behaviours", "values-and-behaviors")).toBe(true);
    expect(nearDuplicate("OpenBook", "open-book")).toBe(true);
    expect(nearDuplicate("best-person", "best-for-people")).toBe(false);
    // Two slips are too many, however long the names: these are different places.
    expect(nearDuplicate("TorOutreach2", "HoeOutreach2")).toBe(false);
    expect(nearDuplicate("Harbour1", "Harbor1")).toBe(true);
    expectClean(
      `agreement A {\n  parties {\n    SurvivorA lived-experience "A survivor"\n    SurvivorB lived-experience "A survivor"\n  }\n  principles {\n    Stories "We listen"\n  }\n  learning {\n    measure Storys "Stories" used for learning\n  }\n}`,
      ["ALY069"],
    );
  });
});

// --- the sample packs --------------------------------------------------------------------------------

describe("read-across rules on the samples", () => {
  const SAMPLES = join(__dirname, "../../../samples");
  const filesOf = (pack: string) => readdirSync(join(SAMPLES, pack)).filter((n) => n.endsWith(".alliance")).sort().map((n) => join(SAMPLES, pack, n));
  const uri = (path: string) => `file://${path}`;

  it.each(["plymouth", "york", "future-pathways"])("samples/%s reads across cleanly", (pack) => {
    const workspace = new Workspace();
    const files = filesOf(pack);
    for (const file of files) workspace.set(uri(file), readFileSync(file, "utf8"));
    const found = files.flatMap((file) => checkDocument(workspace, uri(file)).filter((p) => /^ALY0(6\d|70)$/.test(p.code)).map((p) => `${file}: ${p.code} ${p.message}`));
    expect(found).toEqual([]);
  });

  it("reports the broken evaluation draft's 90% once, at the first award weight, and nothing else of this topic", () => {
    const workspace = new Workspace();
    const draft = join(SAMPLES, "broken", "evaluation-weights.alliance");
    for (const file of [draft, ...filesOf("plymouth")]) workspace.set(uri(file), readFileSync(file, "utf8"));
    const text = workspace.get(uri(draft))!.text;
    const found = checkDocument(workspace, uri(draft)).filter((p) => /^ALY06\d$/.test(p.code));
    expect(found.map((p) => ({ code: p.code, at: text.slice(p.span.start, p.span.end), message: p.message }))).toEqual([
      {
        code: "ALY062",
        at: "25%",
        message: "The weights of the award criteria add up to 90%, not 100%: 10% is not given to any criterion. Change the weights so that they add up to exactly 100%.",
      },
    ]);
  });
});
