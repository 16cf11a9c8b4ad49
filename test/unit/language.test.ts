// The language reference (docs/language.md) and the shape of the tree the parser builds for every construct.
// Fixtures mark the spans they expect with `[|` … `|]`; markers are counted in the order they open.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText, lineStarts, positionAt } from "../../server/src/core";
import { parse } from "../../server/src/core/parse";
import type * as T from "../../server/src/core/tree";
import { itemsOf } from "../../server/src/core/tree";
import { CLAUSES_BY_DOCUMENT, CLAUSE_KEYWORD, DOCUMENT_KINDS } from "../../server/src/core/vocabulary";
import { marked } from "../helpers/markers";

const SYNTAX = /^ALY00\d$/;

interface Parsed {
  text: string;
  spans: T.Span[];
  file: T.FileNode;
  doc: T.DocumentNode;
}

/** Parses a fixture with span markers and asserts that it has no syntax problems. */
function parseClean(source: string): Parsed {
  const { text, spans } = marked(source);
  const { file, problems } = parse(text);
  expect(problems.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
  expect(file.document, "the fixture has a document").not.toBeNull();
  return { text, spans, file, doc: file.document! };
}

/** An agreement around some clauses, so that a fixture can show only the construct it is about. */
function agreement(body: string): string {
  return `agreement A "A" {\n${body}\n}\n`;
}

type ItemOf<K extends T.DocItemKind> = Extract<T.DocItem, { kind: K }>;

/** The one document-level clause of a kind. */
function only<K extends T.DocItemKind>(doc: T.DocumentNode, kind: K): ItemOf<K> {
  const found = doc.items.filter((item) => item.kind === kind);
  expect(found, `one \`${kind}\` clause`).toHaveLength(1);
  return found[0] as ItemOf<K>;
}

function all<K extends T.DocItemKind>(doc: T.DocumentNode, kind: K): ItemOf<K>[] {
  return doc.items.filter((item) => item.kind === kind) as ItemOf<K>[];
}

/** The items of a block that have a given kind, in order. */
function itemsOfKind<N extends { kind: string }, K extends N["kind"]>(items: (N | T.ErrorNode)[], kind: K): Extract<N, { kind: K }>[] {
  return itemsOf(items).filter((item): item is Extract<N, { kind: K }> => item.kind === kind);
}

function ident(name: string, span: T.Span) {
  return { kind: "Ident", name, span };
}

// ---------------------------------------------------------------------------------------------------

describe("docs/language.md", () => {
  const markdown = readFileSync(join(__dirname, "../../docs/language.md"), "utf8");
  const examples = [...markdown.matchAll(/```alliance\n([\s\S]*?)```/g)].map((m) => ({
    source: m[1],
    line: markdown.slice(0, m.index).split("\n").length,
  }));
  const sections = [...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]);

  it("has examples to check", () => {
    expect(examples.length).toBeGreaterThan(60);
  });

  it.each(examples)("the example at line $line parses with no syntax problems", ({ source }) => {
    expect(parse(source).problems.map((p) => `${p.code}: ${p.message}`)).toEqual([]);
    const syntax = checkText(source).filter((p) => SYNTAX.test(p.code));
    expect(syntax.map((p) => `${p.code}: ${p.message}`)).toEqual([]);
  });

  it.each(examples)("the example at line $line puts its clauses in the right kind of document, with known words and names", ({ source }) => {
    // Checked on its own, an example can name only its own declarations; the one exception is the
    // document it is `for`, which is not part of the example.
    const { file } = parse(source);
    const target = file.document?.target?.span;
    const problems = checkText(source)
      .filter((p) => /^ALY01[0-4]$/.test(p.code))
      .filter((p) => !(p.code === "ALY010" && target && p.span.start === target.start));
    expect(problems.map((p) => `${p.code} ${source.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
  });

  it("gives every section an example that is a complete document", () => {
    const parts = markdown.split(/^## /m).slice(1);
    for (const part of parts) {
      const title = part.split("\n")[0];
      expect(part, `section "${title}" has an example`).toMatch(/```alliance\n/);
    }
    for (const { source } of examples) {
      expect(source).toMatch(/^(\/\/[^\n]*\n)*(agreement|specification|tender|evaluation) /);
      expect(source.trimEnd().endsWith("}")).toBe(true);
    }
  });

  it("has a section for every clause keyword and every block's clauses", () => {
    const wanted = [
      "purpose", "jurisdiction", "term", "value", "parties", "roles", "principles", "values", "definitions", "key-issues",
      "body", "members", "chair", "decides", "if not unanimous", "meets", "functions", "reports to", "advises", "until",
      "quorum", "open to", "responds within", "steward", "risk", "responsibility", "pain share", "cap",
      "no-fault-no-blame", "accounting", "claims for", "assign", "spend", "eligibility", "learning", "measure", "review",
      "data-sharing", "involvement", "feedback", "stages", "exit-plan", "review-point", "staff-changes",
      "union-engagement", "route", "notices", "reserved for", "instrument", "process", "market-engagement",
      "input-sharing", "involved early", "minimum-turnover", "requirements", "targets", "questions", "deadline",
      "criterion", "Comments", "Text in quotes", "Amounts of money", "Percentages", "Lengths of time", "Dates",
      "How often", "Short names", "Lists", "Turning a check off with a reason", "Linking documents with `for`",
    ];
    const headings = sections.join("\n");
    for (const word of wanted) expect(headings, `a section about \`${word}\``).toContain(word);
  });

  it("says which clauses each kind of document holds, as the checks do", () => {
    const rows = markdown.split("\n").filter((line) => /^\| `/.test(line) && line.split("|").length === 7);
    const table = new Map<string, Set<string>>(DOCUMENT_KINDS.map((k) => [k, new Set<string>()]));
    const kindOf = (keyword: string, cell: string): T.DocItemKind[] => {
      if (keyword === "principles {") return ["Principles"];
      if (keyword === "principles") return cell.includes("list of names") ? ["PrincipleRefs"] : [];
      return (Object.keys(CLAUSE_KEYWORD) as T.DocItemKind[]).filter((k) => CLAUSE_KEYWORD[k] === keyword && k !== "PrincipleRefs" && k !== "Principles");
    };
    for (const row of rows) {
      const [, clauseCell, ...cells] = row.split("|").map((c) => c.trim());
      const keywords = [...clauseCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      DOCUMENT_KINDS.forEach((kind, i) => {
        const cell = cells[i];
        for (const keyword of keywords) {
          const only = [...cell.matchAll(/`([^`]+)` only/g)].map((m) => m[1]);
          if (cell === "yes" || only.includes(keyword)) for (const k of kindOf(keyword, clauseCell)) table.get(kind)!.add(k);
        }
      });
    }
    for (const kind of DOCUMENT_KINDS) {
      expect([...table.get(kind)!].sort(), `the ${kind} column`).toEqual([...CLAUSES_BY_DOCUMENT[kind]].sort());
    }
  });

  it("names no internal node kinds in its prose", () => {
    for (const internal of ["IfNotUnanimous", "NoFaultNoBlame", "PrincipleRefs", "KeyIssues", "ReservedFor", "InvolvedEarly"]) {
      expect(markdown).not.toContain(internal);
    }
  });
});

// ---------------------------------------------------------------------------------------------------

describe("documents and headers", () => {
  it("reads the kind, short name, title and braces of an agreement", () => {
    const { doc, spans, file } = parseClean(`[|[|agreement|] [|PlymouthAlliance|] [|"Plymouth Complex Needs Alliance"|] [|{|]
  jurisdiction england
[|}|]|]
`);
    expect(doc).toMatchObject({
      kind: "Document",
      span: spans[0],
      docKind: "agreement",
      keyword: spans[1],
      name: { kind: "Ident", name: "PlymouthAlliance", span: spans[2], decl: "document" },
      title: { kind: "Str", value: "Plymouth Complex Needs Alliance", span: spans[3], triple: false, error: null },
      target: null,
      forKeyword: null,
      open: spans[4],
      close: spans[5],
    });
    expect(file.strays).toEqual([]);
  });

  it("reads `for` and the document a specification belongs to", () => {
    const { doc, spans } = parseClean(`[|specification|] PlymouthSpec [|for|] [|PlymouthAlliance|] {
  targets none
}`);
    expect(doc.docKind).toBe("specification");
    expect(doc.keyword).toEqual(spans[0]);
    expect(doc.title).toBeNull();
    expect(doc.forKeyword).toEqual(spans[1]);
    expect(doc.target).toMatchObject({ ...ident("PlymouthAlliance", spans[2]), ref: ["document"] });
  });

  it.each(["agreement", "specification", "tender", "evaluation"])("reads a %s header", (kind) => {
    const { doc } = parseClean(`${kind} Example {\n}\n`);
    expect(doc.docKind).toBe(kind);
    expect(doc.items).toEqual([]);
  });

  it("still reads the clauses of a file with no header, and says the header is missing at the first clause's keyword", () => {
    const { text, spans } = marked(`[|jurisdiction|] england\nterm 10 years from 2019-04-01\n`);
    const { file, problems } = parse(text);
    expect(file.document).toMatchObject({ docKind: null, keyword: null, name: null });
    expect(file.document!.items.map((i) => i.kind)).toEqual(["Jurisdiction", "Term"]);
    expect(problems.map((p) => ({ code: p.code, span: p.span }))).toEqual([{ code: "ALY009", span: spans[0] }]);
    expect(problems[0].message).toContain("`agreement PlymouthAlliance`");
  });
});

describe("comments", () => {
  it("records line and block comments with their spans and text, outside the clauses", () => {
    const { file, spans, doc } = parseClean(`[|// Plymouth-style alliance|]
agreement A {
  [|/* pooled budget:
     £80m over 10 years */|]
  value £80,000,000 [|// the whole term|]
}`);
    expect(file.comments).toEqual([
      { kind: "Comment", span: spans[0], text: " Plymouth-style alliance", block: false, closed: true },
      { kind: "Comment", span: spans[1], text: " pooled budget:\n     £80m over 10 years ", block: true, closed: true },
      { kind: "Comment", span: spans[2], text: " the whole term", block: false, closed: true },
    ]);
    expect(doc.items.map((i) => i.kind)).toEqual(["Value"]);
  });
});

describe("suppression comments", () => {
  const undeclared = (suppression: string) => `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
  }
${suppression}
  body Board "Board" {
    members PCC, Later
  }
  body Forum "Forum" {
    members PCC, Unknown
  }
}`;

  it("silences a code on the next clause only, when it gives a reason", () => {
    const text = undeclared("  // alliance-ignore ALY010: the provider signs in April");
    const codes = checkText(text).filter((p) => p.code === "ALY010" || p.code === "ALY015" || p.code === "ALY016");
    expect(codes.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}`)).toEqual(["ALY010 Unknown"]);
  });

  it("silences a code in the whole file when it comes before the header", () => {
    const text = `// alliance-ignore undeclared-name: providers are named after the tender\n${undeclared("")}`;
    const codes = checkText(text).filter((p) => /^ALY01[0-7]$/.test(p.code));
    expect(codes).toEqual([]);
  });

  it("reports a suppression with no reason at the comment", () => {
    const { text, spans } = marked(undeclared("  [|// alliance-ignore ALY010|]"));
    const codes = checkText(text).filter((p) => /^ALY01[0-7]$/.test(p.code));
    expect(codes.map((p) => ({ code: p.code, span: p.span }))).toEqual([
      { code: "ALY015", span: spans[0] },
      { code: "ALY010", span: { start: text.indexOf("Unknown"), end: text.indexOf("Unknown") + "Unknown".length } },
    ]);
  });

  it("says what each faulty suppression needs, as information, in plain words", () => {
    const findings = (comment: string) =>
      checkText(undeclared(comment)).filter((p) => /^ALY01[5-7]$/.test(p.code)).map((p) => [p.code, p.severity, p.message]);
    expect(findings("  // alliance-ignore ALY010")).toEqual([
      ["ALY015", "info", "Say why the draft is right as it stands after the code and a colon, as in `// alliance-ignore ALY010: the reason`."],
    ]);
    expect(findings("  // alliance-ignore")).toEqual([
      ["ALY015", "info", "Give this comment the code of the finding it silences and the reason, as in `// alliance-ignore ALY012: why this is right here`."],
    ]);
    expect(findings("  // alliance-ignore ALY999: a reason")).toEqual([
      ["ALY017", "info", "There is no finding called `ALY999`; correct it to a code or name listed in docs/rules.md, or remove the comment."],
    ]);
    expect(findings("  // alliance-ignore ALY004: a reason")).toEqual([
      ["ALY016", "info", "Nothing this comment covers is reported as `ALY004`, so it silences nothing; remove it."],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------

describe("text in quotes", () => {
  it("reads plain text, escapes and curly quotes, with the quotes inside the span", () => {
    const { doc, spans } = parseClean(agreement(`  purpose [|"People say \\"this is my life\\"\\n\\tand \\u{2014} mean it \\\\ \\/"|]
  exit-plan [|“A handover plan in the final year”|]`));
    expect(only(doc, "Purpose").text).toEqual({
      kind: "Str", span: spans[0], value: 'People say "this is my life"\n\tand \u2014 mean it \\ /', triple: false, error: null,
    });
    expect(only(doc, "ExitPlan").text).toEqual({ kind: "Str", span: spans[1], value: "A handover plan in the final year", triple: false, error: null });
  });

  it("reads triple-quoted text over several lines, without the first and last line breaks", () => {
    const { doc, spans } = parseClean(agreement(`  exit-plan [|"""
    In the final year the Board agrees a handover plan,
    so that no one loses their support.
    """|]
  review-point after 18 months`));
    expect(only(doc, "ExitPlan").text).toEqual({
      kind: "Str",
      span: spans[0],
      value: "    In the final year the Board agrees a handover plan,\n    so that no one loses their support.",
      triple: true,
      error: null,
    });
    expect(only(doc, "ReviewPoint").after).toMatchObject({ amount: 18, unit: "month" });
  });

  it("reports text with no closing quote at the text", () => {
    const { text, spans } = marked(agreement(`  exit-plan [|"In the final year|]\n  review-point after 18 months`));
    const { problems, file } = parse(text);
    expect(problems.map((p) => ({ code: p.code, span: p.span }))).toEqual([{ code: "ALY003", span: spans[0] }]);
    expect(file.document!.items.map((i) => i.kind)).toEqual(["ExitPlan", "ReviewPoint"]);
  });
});

describe("amounts of money", () => {
  it.each([
    ["£1,000", "GBP", 100000],
    ["£1.5m", "GBP", 150000000],
    ["£25k", "GBP", 2500000],
    ["£2.1M", "GBP", 210000000],
    ["£1bn", "GBP", 100000000000],
    ["£12.50", "GBP", 1250],
    ["£80,000,000", "GBP", 8000000000],
    ["£ 500", "GBP", 50000],
    ["GBP 1000", "GBP", 100000],
    ["€750,000", "EUR", 75000000],
    ["EUR 750000", "EUR", 75000000],
    ["$2.50", "USD", 250],
    ["£0.01", "GBP", 1],
  ])("reads %s as %s %i minor units, exactly", (written, currency, minor) => {
    const { doc, spans } = parseClean(agreement(`  value [|${written}|]`));
    expect(only(doc, "Value").amount).toEqual({ kind: "Money", span: spans[0], currency, minor, text: written, error: null });
  });

  it.each(["£1,00", "£12.505", "£1,0000"])("reports %s as an amount not written exactly (ALY005), at the amount", (written) => {
    const { text, spans } = marked(agreement(`  value [|${written}|]`));
    const { problems } = parse(text);
    expect(problems.map((p) => ({ code: p.code, span: p.span }))).toEqual([{ code: "ALY005", span: spans[0] }]);
  });
});

describe("percentages", () => {
  it("holds percentages in thousandths, so that shares add up exactly", () => {
    const { doc, spans } = parseClean(agreement(`  risk {
    pain share PCC [|33.333%|], CCG [|33.333%|], Harbour [|33.334%|]
    gain share PCC [|12.5%|], CCG [|87.5 %|]
  }`));
    const [pain, gain] = itemsOfKind(only(doc, "Risk").items, "Share");
    expect(pain.entries.map((e) => e.percent)).toEqual([
      { kind: "Percent", span: spans[0], thousandths: 33333, text: "33.333%", error: null },
      { kind: "Percent", span: spans[1], thousandths: 33333, text: "33.333%", error: null },
      { kind: "Percent", span: spans[2], thousandths: 33334, text: "33.334%", error: null },
    ]);
    expect(pain.entries.reduce((sum, e) => sum + e.percent.thousandths, 0)).toBe(100000);
    expect(gain.entries.map((e) => [e.percent.thousandths, e.percent.span])).toEqual([[12500, spans[3]], [87500, spans[4]]]);
  });

  it("reports a percentage with four decimal places (ALY006) at the percentage", () => {
    const { text, spans } = marked(agreement(`  risk {\n    pain share PCC [|33.3333%|], CCG 66.667%\n  }`));
    const { problems } = parse(text);
    expect(problems.map((p) => ({ code: p.code, span: p.span }))).toEqual([{ code: "ALY006", span: spans[0] }]);
  });
});

describe("lengths of time", () => {
  it.each([
    ["10 years", 10, "year"],
    ["1 year", 1, "year"],
    ["18 months", 18, "month"],
    ["1 month", 1, "month"],
    ["6 weeks", 6, "week"],
    ["5 days", 5, "day"],
  ])("reads %s", (written, amount, unit) => {
    const { doc, spans } = parseClean(agreement(`  review-point after [|${written}|]`));
    expect(only(doc, "ReviewPoint").after).toEqual({ kind: "Duration", span: spans[0], amount, unit, text: written, error: null });
  });

  it("reports a length of zero (ALY007) at the length", () => {
    const { text, spans } = marked(agreement(`  review-point after [|0 months|]`));
    const { problems } = parse(text);
    expect(problems.map((p) => ({ code: p.code, span: p.span }))).toEqual([{ code: "ALY007", span: spans[0] }]);
  });
});

describe("dates", () => {
  it("reads a date's year, month and day", () => {
    const { doc, spans } = parseClean(agreement(`  term 10 years from [|2019-04-01|]`));
    expect(only(doc, "Term").from).toEqual({ kind: "Date", span: spans[0], iso: "2019-04-01", year: 2019, month: 4, day: 1, error: null });
  });

  it("accepts 29 February in a leap year", () => {
    const { doc } = parseClean(agreement(`  review-point 2024-02-29`));
    expect(only(doc, "ReviewPoint").date).toMatchObject({ year: 2024, month: 2, day: 29, error: null });
  });

  it.each(["2025-02-29", "2019-13-01", "2019-04-31", "2019-4-1"])("reports %s as not a real date (ALY004) at the date", (written) => {
    const { text, spans } = marked(agreement(`  term 10 years from [|${written}|]`));
    const { problems } = parse(text);
    expect(problems.map((p) => ({ code: p.code, span: p.span }))).toEqual([{ code: "ALY004", span: spans[0] }]);
  });
});

describe("how often", () => {
  it("reads a word or `every` and a length", () => {
    const { doc, spans } = parseClean(agreement(`  body Board "Board" {
    meets [|monthly|]
  }
  body Forum "Forum" {
    meets [|every [|6 weeks|]|]
  }`));
    const [board, forum] = all(doc, "Body");
    expect(itemsOfKind(board.items, "Meets")[0].cadence).toEqual({ kind: "Cadence", span: spans[0], word: "monthly", every: null });
    expect(itemsOfKind(forum.items, "Meets")[0].cadence).toEqual({
      kind: "Cadence", span: spans[1], word: null, every: { kind: "Duration", span: spans[2], amount: 6, unit: "week", text: "6 weeks", error: null },
    });
  });
});

describe("lists", () => {
  it("reads a list that carries on to the next line after a comma", () => {
    const { doc, spans } = parseClean(agreement(`  body Board "Board" {
    members [|PCC|],
      [|CCG|], [|Harbour|]
  }`));
    const members = itemsOfKind(only(doc, "Body").items, "Members")[0];
    expect(members.names).toEqual([
      { ...ident("PCC", spans[0]), ref: ["party", "role"] },
      { ...ident("CCG", spans[1]), ref: ["party", "role"] },
      { ...ident("Harbour", spans[2]), ref: ["party", "role"] },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------

describe("agreement clauses", () => {
  it("purpose, with people, place and scope", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|purpose|] [|"Adults in Plymouth live well"|] [|{|]
    [|[|people|] [|"Adults with complex needs"|]|]
    [|place|] "Plymouth"
    [|scope|] "Support and health care"
  [|}|]|]`));
    const purpose = only(doc, "Purpose");
    expect(purpose).toMatchObject({ span: spans[0], keyword: spans[1], text: { value: "Adults in Plymouth live well", span: spans[2] }, open: spans[3], close: spans[9] });
    expect(purpose.items).toEqual([
      { kind: "PurposeDetail", span: spans[4], keyword: spans[5], key: "people", value: { kind: "Str", span: spans[6], value: "Adults with complex needs", triple: false, error: null } },
      expect.objectContaining({ key: "place", keyword: spans[7], value: expect.objectContaining({ value: "Plymouth" }) }),
      expect.objectContaining({ key: "scope", keyword: spans[8], value: expect.objectContaining({ value: "Support and health care" }) }),
    ]);
  });

  it("purpose on one line", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|purpose|] "Adults in Plymouth live well"|]`));
    expect(only(doc, "Purpose")).toMatchObject({ span: spans[0], keyword: spans[1], items: [], open: null, close: null });
  });

  it("jurisdiction", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|jurisdiction|] [|scotland|]|]`));
    expect(only(doc, "Jurisdiction")).toEqual({ kind: "Jurisdiction", span: spans[0], keyword: spans[1], value: { kind: "Word", word: "scotland", span: spans[2] } });
  });

  it("term as a length from a start date", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|term|] [|10 years|] from [|2019-04-01|]|]`));
    expect(only(doc, "Term")).toMatchObject({
      span: spans[0], keyword: spans[1], duration: { amount: 10, unit: "year", span: spans[2] }, from: { iso: "2019-04-01", span: spans[3] }, until: null,
    });
  });

  it.each(["to", "until"])("term from one date %s another", (word) => {
    const { doc, spans } = parseClean(agreement(`  term [|2016-04-01|] ${word} [|2021-03-31|]`));
    expect(only(doc, "Term")).toMatchObject({ duration: null, from: { span: spans[0], year: 2016 }, until: { span: spans[1], year: 2021, month: 3, day: 31 } });
  });

  it("term as a length starting on a date, and a length alone", () => {
    expect(only(parseClean(agreement(`  term 7 years starting 2018-04-01`)).doc, "Term")).toMatchObject({ duration: { amount: 7 }, from: { iso: "2018-04-01" } });
    expect(only(parseClean(agreement(`  term 7 years`)).doc, "Term")).toMatchObject({ duration: { amount: 7 }, from: null, until: null });
  });

  it("value pooled by parties", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|value|] [|£80,000,000|] pooled by [|PCC|], [|CCG|]|]`));
    expect(only(doc, "Value")).toEqual({
      kind: "Value", span: spans[0], keyword: spans[1],
      amount: { kind: "Money", span: spans[2], currency: "GBP", minor: 8000000000, text: "£80,000,000", error: null },
      perYear: false,
      pooledBy: [{ ...ident("PCC", spans[3]), ref: ["party"] }, { ...ident("CCG", spans[4]), ref: ["party"] }],
    });
  });

  it.each(["per year", "per annum", "a year"])("value %s", (words) => {
    const { doc } = parseClean(agreement(`  value £2.1m ${words}`));
    expect(only(doc, "Value")).toMatchObject({ perYear: true, pooledBy: [], amount: { minor: 210000000 } });
  });

  it("parties, with kinds, full names and details", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|parties|] [|{|]
    [|[|PCC|] [|commissioner|] [|"Plymouth City Council"|] {
      [|[|representative|] [|"Strategic Commissioning Manager"|]|]
      [|authority|] "Delegated by Cabinet"
      [|contributes|] "Half of the pooled budget"
      [|contact|] "alliance@plymouth.example"
      [|time|] "Half a day a week"
      [|framework|] "Not applicable"
    }|]
    [|[|Bridge|] [|independent|], [|advocate|] "Bridge Advocacy"|]
  [|}|]|]`));
    const parties = only(doc, "Parties");
    expect(parties).toMatchObject({ span: spans[0], keyword: spans[1], open: spans[2], close: spans[19] });
    const [pcc, bridge] = itemsOfKind(parties.items, "Party");
    expect(pcc).toMatchObject({
      span: spans[3], name: { ...ident("PCC", spans[4]), decl: "party" }, roles: [{ kind: "Word", word: "commissioner", span: spans[5] }],
      title: { value: "Plymouth City Council", span: spans[6] },
    });
    expect(pcc.items[0]).toEqual({ kind: "PartyDetail", span: spans[7], keyword: spans[8], key: "representative", value: { kind: "Str", span: spans[9], value: "Strategic Commissioning Manager", triple: false, error: null } });
    expect(itemsOfKind(pcc.items, "PartyDetail").map((d) => [d.key, d.keyword])).toEqual([
      ["representative", spans[8]], ["authority", spans[10]], ["contributes", spans[11]], ["contact", spans[12]], ["time", spans[13]], ["framework", spans[14]],
    ]);
    expect(bridge).toMatchObject({
      span: spans[15], name: { name: "Bridge", span: spans[16], decl: "party" }, items: [], open: null, close: null,
      roles: [{ word: "independent", span: spans[17] }, { word: "advocate", span: spans[18] }], title: { value: "Bridge Advocacy" },
    });
  });

  it("roles, with reports to and held by", () => {
    const { doc, spans } = parseClean(agreement(`  roles {
    [|[|Coordinator|] [|frontline|] [|"Support co-ordinator"|] reports to [|Board|] held by [|Penumbra|]|]
    Chair chair "Independent chair"
  }`));
    const [coordinator, chair] = itemsOfKind(only(doc, "Roles").items, "RoleDecl");
    expect(coordinator).toEqual({
      kind: "RoleDecl", span: spans[0], name: { ...ident("Coordinator", spans[1]), decl: "role" }, roleKind: { kind: "Word", word: "frontline", span: spans[2] },
      title: { kind: "Str", span: spans[3], value: "Support co-ordinator", triple: false, error: null },
      reportsTo: { ...ident("Board", spans[4]), ref: ["body", "party", "role"] }, heldBy: { ...ident("Penumbra", spans[5]), ref: ["party"] },
    });
    expect(chair).toMatchObject({ name: { name: "Chair" }, roleKind: { word: "chair" }, reportsTo: null, heldBy: null });
  });

  it("principles, co-produced with parties", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|principles|] co-produced with [|PCC|], [|Voices|] {
    [|[|collective-risk|] [|"Together we carry every risk"|]|]
    best-for-people "People using services come first"
  }|]`));
    const principles = only(doc, "Principles");
    expect(principles).toMatchObject({ span: spans[0], keyword: spans[1] });
    expect(principles.coProducedWith).toEqual([{ ...ident("PCC", spans[2]), ref: ["party", "body"] }, { ...ident("Voices", spans[3]), ref: ["party", "body"] }]);
    expect(principles.items[0]).toEqual({
      kind: "Principle", span: spans[4], name: { ...ident("collective-risk", spans[5]), decl: "principle" },
      text: { kind: "Str", span: spans[6], value: "Together we carry every risk", triple: false, error: null },
    });
    expect(itemsOf(principles.items).map((p) => p.name.name)).toEqual(["collective-risk", "best-for-people"]);
  });

  it("principles without co-production", () => {
    const { doc } = parseClean(agreement(`  principles {\n    open-book "Open books"\n  }`));
    expect(only(doc, "Principles").coProducedWith).toBeNull();
  });

  it("values, definitions and key issues", () => {
    const { doc, spans } = parseClean(agreement(`  values {
    [|[|respect|] [|"We treat each other as equals"|]|]
  }
  definitions {
    [|[|wilful-default|] [|"A deliberate breach"|]|]
  }
  [|key-issues|] {
    [|[|"The pooled budget"|]|]
    "New parties"
  }`));
    expect(itemsOf(only(doc, "Values").items)).toEqual([
      { kind: "ValueDecl", span: spans[0], name: { ...ident("respect", spans[1]), decl: "value" }, text: { kind: "Str", span: spans[2], value: "We treat each other as equals", triple: false, error: null } },
    ]);
    expect(itemsOf(only(doc, "Definitions").items)).toEqual([
      { kind: "Definition", span: spans[3], term: { ...ident("wilful-default", spans[4]), decl: "term" }, text: { kind: "Str", span: spans[5], value: "A deliberate breach", triple: false, error: null } },
    ]);
    const keyIssues = only(doc, "KeyIssues");
    expect(keyIssues.keyword).toEqual(spans[6]);
    expect(itemsOf(keyIssues.items)).toEqual([
      { kind: "KeyIssue", span: spans[7], text: { kind: "Str", span: spans[8], value: "The pooled budget", triple: false, error: null } },
      expect.objectContaining({ kind: "KeyIssue", text: expect.objectContaining({ value: "New parties" }) }),
    ]);
  });

  it("steward", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|steward|] [|PCC|]|]`));
    expect(only(doc, "Steward")).toEqual({ kind: "Steward", span: spans[0], keyword: spans[1], who: { ...ident("PCC", spans[2]), ref: ["party", "body", "role"] } });
  });

  it("stages, with a single year, a range and joint authors", () => {
    const { doc, spans } = parseClean(agreement(`  stages {
    [|[|year|] [|1|] [|"Co-production"|]|]
    [|years|] [|3|] to [|7|] "Specification written jointly" written by [|CYC|], [|Ouse|]
    years [|8|]-[|9|] "Handover"
  }`));
    const [one, later, last] = itemsOfKind(only(doc, "Stages").items, "Stage");
    expect(one).toEqual({
      kind: "Stage", span: spans[0], keyword: spans[1], from: { kind: "Integer", value: 1, span: spans[2] }, to: { kind: "Integer", value: 1, span: spans[2] },
      text: { kind: "Str", span: spans[3], value: "Co-production", triple: false, error: null }, writtenBy: [],
    });
    expect(later).toMatchObject({
      keyword: spans[4], from: { value: 3, span: spans[5] }, to: { value: 7, span: spans[6] },
      writtenBy: [{ ...ident("CYC", spans[7]), ref: ["party"] }, { ...ident("Ouse", spans[8]), ref: ["party"] }],
    });
    expect(last).toMatchObject({ from: { value: 8, span: spans[9] }, to: { value: 9, span: spans[10] } });
  });

  it("exit-plan, review-point, staff-changes and union-engagement", () => {
    const { doc, spans } = parseClean(agreement(`  [|exit-plan|] [|"A handover plan"|]
  [|review-point|] [|2020-10-01|]
  [|staff-changes|] [|"No one's employer changes"|]
  [|union-engagement|] [|"Unions are briefed first"|]`));
    expect(only(doc, "ExitPlan")).toMatchObject({ keyword: spans[0], text: { value: "A handover plan", span: spans[1] } });
    expect(only(doc, "ReviewPoint")).toMatchObject({ keyword: spans[2], after: null, date: { iso: "2020-10-01", span: spans[3] } });
    expect(only(doc, "StaffChanges")).toMatchObject({ keyword: spans[4], text: { value: "No one's employer changes", span: spans[5] } });
    expect(only(doc, "UnionEngagement")).toMatchObject({ keyword: spans[6], text: { value: "Unions are briefed first", span: spans[7] } });
  });
});

describe("bodies", () => {
  it("a body's name, title, braces and every clause it can hold", () => {
    const { doc, spans } = parseClean(agreement(`  [|[|body|] [|Board|] [|"Alliance Leadership Board"|] [|{|]
    [|[|members|] [|PCC|], [|Chair|]|]
    [|[|chair|] [|Chair|]|]
    [|[|decides|] [|key-issues|] by [|unanimity|]|]
    [|[|if not unanimous|]: falls|]
    [|[|meets|] [|monthly|]|]
    [|[|functions|] [|allocate-resources|], [|test-purpose|]|]
    [|[|reports to|] [|Council|]|]
    [|[|advises|] [|Council|]|]
    [|[|until|] [|2017-03-31|]|]
    [|[|quorum|] [|4|]|]
    [|[|open to|] [|frontline-staff|]|]
    [|[|responds within|] [|5 days|]|]
  [|}|]|]`));
    const body = only(doc, "Body");
    expect(body).toMatchObject({
      span: spans[0], keyword: spans[1], name: { ...ident("Board", spans[2]), decl: "body" }, title: { value: "Alliance Leadership Board", span: spans[3] },
      open: spans[4], close: spans[43], errors: [],
    });
    expect(body.items).toEqual([
      { kind: "Members", span: spans[5], keyword: spans[6], all: false, names: [{ ...ident("PCC", spans[7]), ref: ["party", "role"] }, { ...ident("Chair", spans[8]), ref: ["party", "role"] }] },
      { kind: "Chair", span: spans[9], keyword: spans[10], who: { ...ident("Chair", spans[11]), ref: ["party", "role"] } },
      { kind: "Decides", span: spans[12], keyword: spans[13], subject: { kind: "Word", word: "key-issues", span: spans[14] }, method: { kind: "Word", word: "unanimity", span: spans[15] } },
      { kind: "IfNotUnanimous", span: spans[16], keyword: spans[17], outcome: "falls", target: null },
      { kind: "Meets", span: spans[18], keyword: spans[19], cadence: { kind: "Cadence", span: spans[20], word: "monthly", every: null } },
      { kind: "Functions", span: spans[21], keyword: spans[22], names: [{ kind: "Word", word: "allocate-resources", span: spans[23] }, { kind: "Word", word: "test-purpose", span: spans[24] }] },
      { kind: "ReportsTo", span: spans[25], keyword: spans[26], target: { ...ident("Council", spans[27]), ref: ["body"] } },
      { kind: "Advises", span: spans[28], keyword: spans[29], target: { ...ident("Council", spans[30]), ref: ["body"] } },
      { kind: "Until", span: spans[31], keyword: spans[32], date: { kind: "Date", span: spans[33], iso: "2017-03-31", year: 2017, month: 3, day: 31, error: null } },
      { kind: "Quorum", span: spans[34], keyword: spans[35], all: false, count: { kind: "Integer", value: 4, span: spans[36] } },
      { kind: "OpenTo", span: spans[37], keyword: spans[38], who: [{ kind: "Word", word: "frontline-staff", span: spans[39] }] },
      { kind: "RespondsWithin", span: spans[40], keyword: spans[41], duration: { kind: "Duration", span: spans[42], amount: 5, unit: "day", text: "5 days", error: null } },
    ]);
  });

  it("a body open to more than one group", () => {
    const { doc, spans } = parseClean(agreement(`  body Board "Board" {\n    open to [|frontline-staff|], [|people-using-services|]\n  }`));
    const [open] = only(doc, "Body").items;
    expect(open).toMatchObject({
      kind: "OpenTo",
      who: [{ kind: "Word", word: "frontline-staff", span: spans[0] }, { kind: "Word", word: "people-using-services", span: spans[1] }],
    });
  });

  it("members all and quorum all", () => {
    const { doc, spans } = parseClean(agreement(`  body Board "Board" {\n    [|members|] all\n    [|quorum|] all\n  }`));
    const [members, quorum] = only(doc, "Body").items;
    expect(members).toEqual({ kind: "Members", span: { start: spans[0].start, end: spans[0].end + " all".length }, keyword: spans[0], all: true, names: [] });
    expect(quorum).toEqual({ kind: "Quorum", span: { start: spans[1].start, end: spans[1].end + " all".length }, keyword: spans[1], all: true, count: null });
  });

  it("every way of writing what happens when a proposal is not agreed by everyone", () => {
    const { doc, spans } = parseClean(agreement(`  body Forum "Forum" {
    [|[|if not unanimous|]: refer to [|Board|]|]
    [|if not unanimous|] [|Chair|] decides
    [|if  not  agreed|] falls
  }`));
    expect(only(doc, "Body").items).toEqual([
      { kind: "IfNotUnanimous", span: spans[0], keyword: spans[1], outcome: "refer", target: { ...ident("Board", spans[2]), ref: ["body"] } },
      { kind: "IfNotUnanimous", span: expect.anything(), keyword: spans[3], outcome: "decides", target: { ...ident("Chair", spans[4]), ref: ["party", "role", "body"] } },
      { kind: "IfNotUnanimous", span: expect.anything(), keyword: spans[5], outcome: "falls", target: null },
    ]);
  });
});

describe("risk", () => {
  it("every clause of the risk block", () => {
    const { doc, spans } = parseClean(agreement(`  [|risk|] {
    [|[|responsibility|] [|collective|]|]
    [|[|pain share|] [|[|PCC|] [|40%|]|], [|CCG 60%|]|]
    [|gain share|] PCC 50%, CCG 50%
    [|budget share|] PCC 100%
    [|[|cap|] [|£1,500,000|] per year|]
    [|[|no-fault-no-blame|] except [|wilful-default|], [|fraud|]|]
    [|[|accounting|] [|open-book|]|]
    [|[|claims|] for [|wilful-default|]|]
    [|[|assign|] [|"Clinical governance"|] to [|Drake|]|]
  }`));
    const risk = only(doc, "Risk");
    expect(risk.keyword).toEqual(spans[0]);
    const [responsibility, pain, gain, budget, cap, noFault, accounting, claims, assign] = risk.items;
    expect(responsibility).toEqual({ kind: "Responsibility", span: spans[1], keyword: spans[2], value: { kind: "Word", word: "collective", span: spans[3] } });
    expect(pain).toEqual({
      kind: "Share", span: spans[4], keyword: spans[5], which: "pain",
      entries: [
        { kind: "ShareEntry", span: spans[6], party: { ...ident("PCC", spans[7]), ref: ["party"] }, percent: { kind: "Percent", span: spans[8], thousandths: 40000, text: "40%", error: null } },
        expect.objectContaining({ kind: "ShareEntry", span: spans[9], percent: expect.objectContaining({ thousandths: 60000 }) }),
      ],
    });
    expect(gain).toMatchObject({ kind: "Share", which: "gain", keyword: spans[10] });
    expect(budget).toMatchObject({ kind: "Share", which: "budget", keyword: spans[11], entries: [{ percent: { thousandths: 100000 } }] });
    expect(cap).toEqual({ kind: "Cap", span: spans[12], keyword: spans[13], amount: { kind: "Money", span: spans[14], currency: "GBP", minor: 150000000, text: "£1,500,000", error: null }, perYear: true });
    expect(noFault).toEqual({
      kind: "NoFaultNoBlame", span: spans[15], keyword: spans[16],
      exceptions: [{ kind: "Word", word: "wilful-default", span: spans[17] }, { kind: "Word", word: "fraud", span: spans[18] }],
    });
    expect(accounting).toEqual({ kind: "Accounting", span: spans[19], keyword: spans[20], value: { kind: "Word", word: "open-book", span: spans[21] } });
    expect(claims).toEqual({ kind: "Claims", span: spans[22], keyword: spans[23], grounds: [{ kind: "Word", word: "wilful-default", span: spans[24] }] });
    expect(assign).toEqual({
      kind: "Assign", span: spans[25], keyword: spans[26], what: { kind: "Str", span: spans[27], value: "Clinical governance", triple: false, error: null },
      party: { ...ident("Drake", spans[28]), ref: ["party"] },
    });
  });

  it("no-fault-no-blame with no exceptions, and a cap for the whole term", () => {
    const { doc, spans } = parseClean(agreement(`  risk {\n    [|no-fault-no-blame|]\n    cap £25k\n  }`));
    const [noFault, cap] = only(doc, "Risk").items;
    expect(noFault).toEqual({ kind: "NoFaultNoBlame", span: spans[0], keyword: spans[0], exceptions: [] });
    expect(cap).toMatchObject({ kind: "Cap", perYear: false, amount: { minor: 2500000 } });
  });
});

describe("spend ladder", () => {
  it("reads each band's bounds in minor units and its approver", () => {
    const { doc, spans } = parseClean(agreement(`  [|spend|] {
    [|[|up to|] [|£1,000|] approved by [|Coordinator|]|]
    [|[|over|] [|£1,000|] up to [|£50k|] approved by [|Panel|]|]
    [|[|above|] [|£50,000|] approved by [|Board|]|]
    [|[|eligibility|] [|"Lives in Plymouth"|]|]
  }`));
    const spend = only(doc, "Spend");
    expect(spend.keyword).toEqual(spans[0]);
    const money = (span: T.Span, minor: number, text: string) => ({ kind: "Money", span, currency: "GBP", minor, text, error: null });
    expect(spend.items).toEqual([
      { kind: "Band", span: spans[1], keyword: spans[2], over: null, upTo: money(spans[3], 100000, "£1,000"), approver: { ...ident("Coordinator", spans[4]), ref: ["role", "body", "party"] } },
      { kind: "Band", span: spans[5], keyword: spans[6], over: money(spans[7], 100000, "£1,000"), upTo: money(spans[8], 5000000, "£50k"), approver: { ...ident("Panel", spans[9]), ref: ["role", "body", "party"] } },
      { kind: "Band", span: spans[10], keyword: spans[11], over: money(spans[12], 5000000, "£50,000"), upTo: null, approver: { ...ident("Board", spans[13]), ref: ["role", "body", "party"] } },
      { kind: "Eligibility", span: spans[14], keyword: spans[15], text: { kind: "Str", span: spans[16], value: "Lives in Plymouth", triple: false, error: null } },
    ]);
  });

  it("reports a band with no amount after `up to` (ALY001)", () => {
    const { text } = marked(agreement(`  spend {\n    up to approved by Coordinator\n  }`));
    const { problems } = parse(text);
    expect(problems.map((p) => p.code)).toEqual(["ALY001"]);
    expect(problems[0].message).toContain("up to");
  });
});

describe("learning", () => {
  it("a measure with every detail, a review and data sharing", () => {
    const { doc, spans } = parseClean(agreement(`  learning {
    [|[|measure|] [|IROC|] [|"I-ROC wellbeing measure"|] used for [|learning|], [|statutory-return|] [|{|]
      [|[|source|] [|"I-ROC conversations"|]|]
      [|target|] [|"Half of people improve"|]
      [|linked-to|] [|"The shared purpose"|]
      [|[|perspective|] [|effective|]|]
      [|defined-by|] [|people|]
      [|kind|] [|person-defined|]
      [|[|sense-maker|] [|Alliance|]|]
      [|owner|] [|Penumbra|]
      [|shared-by|] [|Penumbra|], [|HealthInMind|]
    [|}|]|]
    [|[|review|] [|quarterly|] by [|Alliance|] against purpose|]
    [|[|data-sharing|] [|"Data sharing agreement"|]|]
  }`));
    const learning = only(doc, "Learning");
    const [measure, review, sharing] = learning.items;
    expect(measure).toMatchObject({
      kind: "Measure", span: spans[0], keyword: spans[1], name: { ...ident("IROC", spans[2]), decl: "measure" }, title: { value: "I-ROC wellbeing measure", span: spans[3] },
      uses: [{ kind: "Word", word: "learning", span: spans[4] }, { kind: "Word", word: "statutory-return", span: spans[5] }],
      open: spans[6], close: spans[29], errors: [],
    });
    const str = (span: T.Span, value: string) => ({ kind: "Str", span, value, triple: false, error: null });
    const word = (span: T.Span, w: string) => ({ kind: "Word", word: w, span });
    expect((measure as T.MeasureNode).items).toEqual([
      { kind: "MeasureDetail", span: spans[7], keyword: spans[8], key: "source", text: str(spans[9], "I-ROC conversations"), word: null, names: [] },
      { kind: "MeasureDetail", span: expect.anything(), keyword: spans[10], key: "target", text: str(spans[11], "Half of people improve"), word: null, names: [] },
      { kind: "MeasureDetail", span: expect.anything(), keyword: spans[12], key: "linked-to", text: str(spans[13], "The shared purpose"), word: null, names: [] },
      { kind: "MeasureDetail", span: spans[14], keyword: spans[15], key: "perspective", text: null, word: word(spans[16], "effective"), names: [] },
      { kind: "MeasureDetail", span: expect.anything(), keyword: spans[17], key: "defined-by", text: null, word: word(spans[18], "people"), names: [] },
      { kind: "MeasureDetail", span: expect.anything(), keyword: spans[19], key: "kind", text: null, word: word(spans[20], "person-defined"), names: [] },
      { kind: "MeasureDetail", span: spans[21], keyword: spans[22], key: "sense-maker", text: null, word: null, names: [{ ...ident("Alliance", spans[23]), ref: ["body", "party", "role"] }] },
      { kind: "MeasureDetail", span: expect.anything(), keyword: spans[24], key: "owner", text: null, word: null, names: [{ ...ident("Penumbra", spans[25]), ref: ["party"] }] },
      {
        kind: "MeasureDetail", span: expect.anything(), keyword: spans[26], key: "shared-by", text: null, word: null,
        names: [{ ...ident("Penumbra", spans[27]), ref: ["party"] }, { ...ident("HealthInMind", spans[28]), ref: ["party"] }],
      },
    ]);
    expect(review).toEqual({
      kind: "Review", span: spans[30], keyword: spans[31], cadence: { kind: "Cadence", span: spans[32], word: "quarterly", every: null },
      by: { ...ident("Alliance", spans[33]), ref: ["body"] }, againstPurpose: true,
    });
    expect(sharing).toEqual({ kind: "DataSharing", span: spans[34], keyword: spans[35], text: str(spans[36], "Data sharing agreement") });
  });

  it("a measure on one line, `used as`, and a review not against purpose", () => {
    const { doc, spans } = parseClean(agreement(`  learning {
    [|measure Returns "Outcome returns" used as [|statutory-return|]|]
    measure Plain
    review every 6 weeks by Board
  }`));
    const [returns, plain, review] = only(doc, "Learning").items;
    expect(returns).toMatchObject({ kind: "Measure", span: spans[0], uses: [{ word: "statutory-return", span: spans[1] }], items: [], open: null, close: null });
    expect(plain).toMatchObject({ kind: "Measure", name: { name: "Plain" }, title: null, uses: [] });
    expect(review).toMatchObject({ kind: "Review", againstPurpose: false, cadence: { word: null, every: { amount: 6, unit: "week" } } });
  });
});

describe("involvement", () => {
  it("who is involved at which stages, and how they hear back", () => {
    const { doc, spans } = parseClean(agreement(`  [|involvement|] {
    [|[|Voices|] in [|need|], [|design|], [|outcomes|], [|review|]|]
    [|[|feedback|] [|"The Board publishes what changed"|]|]
    [|stories|] "Stories every quarter"
    [|safe-sharing|] "Supported by a peer"
  }`));
    const involvement = only(doc, "Involvement");
    expect(involvement.keyword).toEqual(spans[0]);
    const [voices, feedback, stories, safe] = involvement.items;
    expect(voices).toEqual({
      kind: "Involve", span: spans[1], who: { ...ident("Voices", spans[2]), ref: ["party", "body"] },
      stages: [["need", 3], ["design", 4], ["outcomes", 5], ["review", 6]].map(([w, i]) => ({ kind: "Word", word: w, span: spans[i as number] })),
    });
    expect(feedback).toEqual({ kind: "InvolvementText", span: spans[7], keyword: spans[8], key: "feedback", text: { kind: "Str", span: spans[9], value: "The Board publishes what changed", triple: false, error: null } });
    expect(stories).toMatchObject({ kind: "InvolvementText", key: "stories", keyword: spans[10] });
    expect(safe).toMatchObject({ kind: "InvolvementText", key: "safe-sharing", keyword: spans[11] });
  });
});

// ---------------------------------------------------------------------------------------------------

describe("procurement and tender-side clauses", () => {
  it("route, notices, reserved for, instrument and involved early", () => {
    const { doc, spans } = parseClean(`specification S for A {
  [|[|route|] [|light-touch|] because [|"A bespoke process"|]|]
  [|[|notices|] [|contract-notice|], [|award-notice|]|]
  [|[|reserved for|] [|"Public service mutuals"|]|]
  [|[|instrument|] [|contract|] because [|"Shared risk needs a contract"|]|]
  [|[|involved early|] [|legal|], [|finance|]|]
}`);
    const word = (span: T.Span, w: string) => ({ kind: "Word", word: w, span });
    const str = (span: T.Span, value: string) => ({ kind: "Str", span, value, triple: false, error: null });
    expect(only(doc, "Route")).toEqual({ kind: "Route", span: spans[0], keyword: spans[1], value: word(spans[2], "light-touch"), because: str(spans[3], "A bespoke process"), justification: null });
    expect(only(doc, "Notices")).toEqual({ kind: "Notices", span: spans[4], keyword: spans[5], names: [word(spans[6], "contract-notice"), word(spans[7], "award-notice")] });
    expect(only(doc, "ReservedFor")).toEqual({ kind: "ReservedFor", span: spans[8], keyword: spans[9], text: str(spans[10], "Public service mutuals") });
    expect(only(doc, "Instrument")).toEqual({ kind: "Instrument", span: spans[11], keyword: spans[12], value: word(spans[13], "contract"), because: str(spans[14], "Shared risk needs a contract") });
    expect(only(doc, "InvolvedEarly")).toEqual({ kind: "InvolvedEarly", span: spans[15], keyword: spans[16], names: [word(spans[17], "legal"), word(spans[18], "finance")] });
  });

  it("a route and an instrument without reasons", () => {
    const { doc } = parseClean(`specification S {\n  route direct-award\n  instrument grant\n}`);
    expect(only(doc, "Route").because).toBeNull();
    expect(only(doc, "Instrument").because).toBeNull();
  });

  it("process steps, market engagement, input sharing and minimum turnover", () => {
    const { doc, spans } = parseClean(`specification S {
  [|process|] {
    [|[|step|] [|"Market engagement"|] [|12 weeks|]|]
    [|step|] "Award"
  }
  [|market-engagement|] [|"Open events"|]
  [|input-sharing|] [|"Notes sent to every bidder"|]
  [|[|minimum-turnover|] [|£250,000|]|]
}`);
    const process = only(doc, "Process");
    expect(process.keyword).toEqual(spans[0]);
    expect(process.items).toEqual([
      { kind: "Step", span: spans[1], keyword: spans[2], text: { kind: "Str", span: spans[3], value: "Market engagement", triple: false, error: null }, duration: { kind: "Duration", span: spans[4], amount: 12, unit: "week", text: "12 weeks", error: null } },
      expect.objectContaining({ kind: "Step", keyword: spans[5], duration: null }),
    ]);
    expect(only(doc, "MarketEngagement")).toMatchObject({ keyword: spans[6], text: { value: "Open events", span: spans[7] } });
    expect(only(doc, "InputSharing")).toMatchObject({ keyword: spans[8], text: { value: "Notes sent to every bidder", span: spans[9] } });
    expect(only(doc, "MinimumTurnover")).toEqual({ kind: "MinimumTurnover", span: spans[10], keyword: spans[11], amount: { kind: "Money", span: spans[12], currency: "GBP", minor: 25000000, text: "£250,000", error: null } });
  });

  it("principles as a list of the agreement's principles", () => {
    const { doc, spans } = parseClean(`specification S for A {\n  [|[|principles|] [|collective-risk|], [|open-book|]|]\n}`);
    expect(only(doc, "PrincipleRefs")).toEqual({
      kind: "PrincipleRefs", span: spans[0], keyword: spans[1],
      names: [{ ...ident("collective-risk", spans[2]), ref: ["principle"] }, { ...ident("open-book", spans[3]), ref: ["principle"] }],
    });
  });

  it("requirements, with levels and the principles they are about", () => {
    const { doc, spans } = parseClean(`specification S for A {
  [|requirements|] {
    [|[|Risk|] [|"Describe how you will share risk"|] [|mandatory|] about [|collective-risk|], [|unanimity|]|]
    [|[|SocialValue|] "Describe your social value"|]
  }
}`);
    const requirements = only(doc, "Requirements");
    expect(requirements.keyword).toEqual(spans[0]);
    expect(requirements.items).toEqual([
      {
        kind: "Requirement", span: spans[1], name: { ...ident("Risk", spans[2]), decl: "requirement" }, text: { kind: "Str", span: spans[3], value: "Describe how you will share risk", triple: false, error: null },
        level: { kind: "Word", word: "mandatory", span: spans[4] }, about: [{ ...ident("collective-risk", spans[5]), ref: ["principle"] }, { ...ident("unanimity", spans[6]), ref: ["principle"] }],
      },
      expect.objectContaining({ kind: "Requirement", span: spans[7], level: null, about: [] }),
    ]);
  });

  it("targets none, and a block of targets", () => {
    const none = parseClean(`specification S {\n  [|[|targets|] none|]\n}`);
    expect(only(none.doc, "Targets")).toEqual({ kind: "Targets", span: none.spans[0], keyword: none.spans[1], none: true, items: [], open: null, close: null, errors: [] });
    const block = parseClean(`specification S {\n  targets {\n    [|[|Waits|] [|"Nobody waits more than two weeks"|]|]\n  }\n}`);
    const targets = only(block.doc, "Targets");
    expect(targets.none).toBe(false);
    expect(targets.items).toEqual([
      { kind: "TargetDecl", span: block.spans[0], name: { ...ident("Waits", block.spans[1]), decl: "target" }, text: { kind: "Str", span: block.spans[2], value: "Nobody waits more than two weeks", triple: false, error: null } },
    ]);
  });

  it("questions and a deadline", () => {
    const { doc, spans } = parseClean(`tender T for S {
  [|questions|] {
    [|[|QRisk|] [|"How will you share risk?"|] about [|Risk|], [|collective-risk|]|]
    [|QOpen "Anything else?"|]
  }
  [|[|deadline|] [|2018-11-30|]|]
}`);
    const questions = only(doc, "Questions");
    expect(questions.keyword).toEqual(spans[0]);
    expect(questions.items).toEqual([
      {
        kind: "Question", span: spans[1], name: { ...ident("QRisk", spans[2]), decl: "question" }, text: { kind: "Str", span: spans[3], value: "How will you share risk?", triple: false, error: null },
        about: [{ ...ident("Risk", spans[4]), ref: ["requirement", "principle"] }, { ...ident("collective-risk", spans[5]), ref: ["requirement", "principle"] }],
      },
      expect.objectContaining({ kind: "Question", span: spans[6], about: [] }),
    ]);
    expect(only(doc, "Deadline")).toEqual({ kind: "Deadline", span: spans[7], keyword: spans[8], date: { kind: "Date", span: spans[9], iso: "2018-11-30", year: 2018, month: 11, day: 30, error: null } });
  });

  it("criteria, with weight, stage, what they assess and social value, in any order", () => {
    const { doc, spans } = parseClean(`evaluation E for S {
  [|[|criterion|] [|SharedRisk|] [|"Carrying risk together"|] weight [|60%|] stage [|award|] assesses [|Risk|], [|collective-risk|]|]
  [|criterion [|SocialValue|] weight [|40%|] social-value assesses [|SocialValue|]|]
}`);
    const [risk, social] = all(doc, "Criterion");
    const refKinds = ["principle", "requirement", "question", "measure"];
    expect(risk).toEqual({
      kind: "Criterion", span: spans[0], keyword: spans[1], name: { ...ident("SharedRisk", spans[2]), decl: "criterion" },
      title: { kind: "Str", span: spans[3], value: "Carrying risk together", triple: false, error: null },
      weight: { kind: "Percent", span: spans[4], thousandths: 60000, text: "60%", error: null }, stage: { kind: "Word", word: "award", span: spans[5] },
      assesses: [{ ...ident("Risk", spans[6]), ref: refKinds }, { ...ident("collective-risk", spans[7]), ref: refKinds }], socialValue: false,
    });
    expect(social).toMatchObject({
      span: spans[8], name: { name: "SocialValue", span: spans[9] }, title: null, weight: { thousandths: 40000, span: spans[10] }, stage: null,
      assesses: [{ name: "SocialValue", span: spans[11] }], socialValue: true,
    });
  });
});

// ---------------------------------------------------------------------------------------------------

describe("spans in files written in different ways", () => {
  it("counts a byte order mark as one character and skips it", () => {
    const { text, spans } = marked(`\uFEFF[|agreement|] [|A|] {\n  [|value|] [|£1,000|]\n [|}|]\n`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const { file, problems } = parse(text);
    expect(problems).toEqual([]);
    const doc = file.document!;
    expect(doc.keyword).toEqual(spans[0]);
    expect(doc.keyword!.start).toBe(1);
    expect(doc.name!.span).toEqual(spans[1]);
    expect(only(doc, "Value")).toMatchObject({ keyword: spans[2], amount: { span: spans[3], minor: 100000 } });
    expect(doc.close).toEqual(spans[4]);
  });

  // Files saved by some Windows editors start with a byte order mark; it must not shift the columns that
  // decide which block a closing brace closes.
  it("accepts a closing brace in column 1 in a file that starts with a byte order mark", () => {
    const { problems, file } = parse(`\uFEFFagreement A {\n  value £1,000\n}\n`);
    expect(problems).toEqual([]);
    expect(file.document!.close).not.toBeNull();
  });

  it("reads Windows line ends, and keeps spans and line numbers right", () => {
    const source = `agreement A {\n  parties {\n    [|PCC|] commissioner "Plymouth City Council"\n  }\n  exit-plan [|"""\n    A handover plan\n    """|]\n  body Board "Board" {\n    members [|PCC|]\n  }\n}\n`.replace(/\n/g, "\r\n");
    const { doc, spans, text } = parseClean(source);
    expect(text).toContain("\r\n");
    expect(itemsOf(only(doc, "Parties").items)[0]).toMatchObject({ name: { name: "PCC", span: spans[0] } });
    expect(only(doc, "ExitPlan").text).toMatchObject({ span: spans[1], value: "    A handover plan" });
    expect(itemsOfKind(only(doc, "Body").items, "Members")[0].names[0].span).toEqual(spans[2]);
    const starts = lineStarts(text);
    expect(positionAt(starts, spans[2].start)).toEqual({ line: 8, character: 12 });
  });

  it("reports a missing brace with the right line number in a file with Windows line ends", () => {
    const source = `agreement A {\n  [|risk|] {\n    responsibility collective\n  spend {\n    up to £1 approved by Board\n  }\n  body Board "Board" {\n    members all\n  }\n}\n`.replace(/\n/g, "\r\n");
    const { text, spans } = marked(source);
    const { problems } = parse(text);
    expect(problems.map((p) => ({ code: p.code, span: p.span, message: p.message }))).toEqual([
      { code: "ALY002", span: spans[0], message: "The `risk` section that starts on line 2 is never closed; close it with a curly bracket on its own line where it ends." },
    ]);
  });

  it("reads tabs as spaces", () => {
    const { doc, spans } = parseClean(`agreement\tA\t{\n\tspend\t{\n\t\t[|up to|]\t[|£1,000|]\tapproved by\t[|Board|]\n\t}\n\tbody Board "Board" {\n\t\tmembers all\n\t}\n}`);
    const [band] = itemsOfKind(only(doc, "Spend").items, "Band");
    expect(band).toMatchObject({ keyword: spans[0], upTo: { span: spans[1], minor: 100000 }, approver: { name: "Board", span: spans[2] } });
  });

  it("reads names in any alphabet and counts characters outside the basic plane as two", () => {
    const { doc, spans } = parseClean(`agreement Cynghrair "Cynghrair Môr 🙂" {
  parties {
    [|Môr|] provider "Môr Cymru 🙂"
    [|Comhairle_Ghlaschu|] commissioner "Comhairle Baile Ghlaschu"
    [|Ŵyn-2|] provider "Ŵyn"
  }
  risk {
    assign "risg 🙂 🙂" to [|Môr|]
    pain share [|Comhairle_Ghlaschu|] 50%, [|Ŵyn-2|] [|50%|]
  }
}`);
    expect(itemsOf(only(doc, "Parties").items).map((p) => [p.name.name, p.name.span])).toEqual([
      ["Môr", spans[0]], ["Comhairle_Ghlaschu", spans[1]], ["Ŵyn-2", spans[2]],
    ]);
    const [assign, share] = only(doc, "Risk").items as [T.AssignNode, T.ShareNode];
    expect(assign.party).toMatchObject({ name: "Môr", span: spans[3] });
    expect(assign.what.value).toBe("risg 🙂 🙂");
    expect(assign.what.span.end - assign.what.span.start).toBe('"risg 🙂 🙂"'.length);
    expect('"risg 🙂 🙂"'.length).toBe(12);
    expect(share.entries.map((e) => e.party.span)).toEqual([spans[4], spans[5]]);
    expect(share.entries[1].percent.span).toEqual(spans[6]);
  });
});
