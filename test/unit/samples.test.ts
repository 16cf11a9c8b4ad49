// The sample packs in samples/: the clean packs read as one workspace each and break none of the language's
// own rules; every broken draft has exactly the syntax, name and structure problems it was written to have.
// Ranges are written `line:column-line:column`, counted from 1, as an editor shows them.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace, checkDocument, lineStarts, positionAt, ruleByCode, walk, type AnyNode, type Problem } from "../../server/src/core";

const SAMPLES = join(__dirname, "../../samples");
const CLEAN_PACKS = ["plymouth", "future-pathways", "york"];

interface Checked {
  file: string;
  text: string;
  problems: Problem[];
}

function filesOf(folder: string): string[] {
  return readdirSync(join(SAMPLES, folder))
    .filter((name) => name.endsWith(".alliance"))
    .sort()
    .map((name) => join(SAMPLES, folder, name));
}

function uriOf(path: string): string {
  return `file://${path}`;
}

/** Checks `files` (the first `checkedCount` of them, or all) in one workspace that holds every file given. */
function checkTogether(files: string[], checkedCount = files.length): { workspace: Workspace; results: Checked[] } {
  const workspace = new Workspace();
  for (const file of files) workspace.set(uriOf(file), readFileSync(file, "utf8"));
  const results = files.slice(0, checkedCount).map((file) => ({
    file,
    text: workspace.get(uriOf(file))!.text,
    problems: checkDocument(workspace, uriOf(file)),
  }));
  return { workspace, results };
}

function range(text: string, span: { start: number; end: number }): string {
  const starts = lineStarts(text);
  const a = positionAt(starts, span.start);
  const b = positionAt(starts, span.end);
  return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1}`;
}

function describeProblems(checked: Checked, codes: RegExp): string[] {
  return checked.problems
    .filter((p) => codes.test(p.code))
    .map((p) => `${checked.file.slice(SAMPLES.length + 1)} ${p.code} ${range(checked.text, p.span)}: ${p.message}`);
}

const SYNTAX = /^ALY00\d$/;
const NAMES_AND_STRUCTURE = /^ALY01[0-4]$/;
const SUPPRESSIONS = /^ALY01[5-7]$/;
/** The language's own codes: syntax, names and structure, suppressions. */
const LANGUAGE = /^ALY0(0\d|1[0-7])$/;

// ---------------------------------------------------------------------------------------------------

describe("clean sample packs", () => {
  describe.each(CLEAN_PACKS)("samples/%s", (pack) => {
    const files = filesOf(pack);
    const { workspace, results } = checkTogether(files);

    it("holds an agreement, and every other document in it is linked to it by `for`", () => {
      const kinds = results.map((r) => workspace.get(uriOf(r.file))!.model.kind);
      expect(kinds.filter((k) => k === "agreement")).toHaveLength(1);
      expect(kinds).not.toContain(null);
      for (const { file } of results) {
        const state = workspace.get(uriOf(file))!;
        const { linked, missing } = workspace.chain(uriOf(file));
        expect(missing, `${file}: the document it is for is in the pack`).toBeNull();
        if (state.model.kind !== "agreement") expect(linked.map((d) => d.model.kind), file).toContain("agreement");
      }
    });

    it("starts every file with comments that explain it to a reader", () => {
      for (const { text, file } of results) expect(text.startsWith("//"), file).toBe(true);
    });

    it("has no syntax problems (ALY001-ALY009)", () => {
      expect(results.flatMap((r) => describeProblems(r, SYNTAX))).toEqual([]);
    });

    it("has no problems with names or structure (ALY010-ALY014)", () => {
      expect(results.flatMap((r) => describeProblems(r, NAMES_AND_STRUCTURE))).toEqual([]);
    });

    it("has no problems with suppressions (ALY015-ALY017), because it needs none", () => {
      expect(results.flatMap((r) => describeProblems(r, SUPPRESSIONS))).toEqual([]);
      for (const { text, file } of results) expect(text, file).not.toContain("alliance-ignore");
    });

    it("has no problems at all, from any rule", () => {
      expect(results.flatMap((r) => describeProblems(r, /./))).toEqual([]);
    });
  });

  it("uses every construct a well-drafted alliance needs, across the three packs", () => {
    const used = new Set<string>();
    for (const pack of CLEAN_PACKS) {
      for (const { file } of checkTogether(filesOf(pack)).results) {
        const workspace = new Workspace();
        const state = workspace.set(uriOf(file), readFileSync(file, "utf8"));
        walk(state.parsed.file, (node: AnyNode) => {
          used.add(node.kind);
          const n = node as unknown as Record<string, unknown>;
          if (typeof n.key === "string") used.add(`${node.kind}:${n.key}`);
          if (node.kind === "IfNotUnanimous") used.add(`IfNotUnanimous:${n.outcome}`);
          if (node.kind === "Share") used.add(`Share:${n.which}`);
          if (node.kind === "Term") used.add(n.duration ? "Term:length" : "Term:dates");
          if (node.kind === "Cadence") used.add(n.word ? "Cadence:word" : "Cadence:every");
          if (node.kind === "Value" && n.perYear) used.add("Value:per-year");
          if (node.kind === "RoleDecl" && n.reportsTo) used.add("RoleDecl:reports-to");
          if (node.kind === "Criterion" && n.socialValue) used.add("Criterion:social-value");
          if (node.kind === "Targets") used.add(n.none ? "Targets:none" : "Targets:block");
        });
      }
    }
    // Left out on purpose, because a well-drafted alliance would be warned about them:
    //   ReservedFor (only for a reserved contract), PartyDetail:framework (only for a framework call-off),
    //   RoleDecl held by (a key role reserved to a party), Assign (contradicts collective risk),
    //   Eligibility (Future Pathways has no eligibility thresholds), MeasureDetail:target (a measure as a
    //   target), IfNotUnanimous:decides (one party decides alone), Targets:block (the specifications set none).
    const wanted = [
      "Document", "Comment", "Purpose", "PurposeDetail:people", "PurposeDetail:place", "PurposeDetail:scope", "Jurisdiction",
      "Term:length", "Term:dates", "Value", "Value:per-year", "Parties", "Party", "PartyDetail:representative",
      "PartyDetail:authority", "PartyDetail:contributes", "PartyDetail:contact", "PartyDetail:time", "Roles", "RoleDecl",
      "RoleDecl:reports-to", "Principles", "Principle", "PrincipleRefs", "Values", "ValueDecl", "Definitions", "Definition",
      "KeyIssues", "KeyIssue", "Body", "Members", "Chair", "Decides", "IfNotUnanimous:falls", "IfNotUnanimous:refer", "Meets",
      "Cadence:word", "Cadence:every", "Functions", "ReportsTo", "Advises", "Until", "Quorum", "OpenTo", "RespondsWithin",
      "Steward", "Risk", "Responsibility", "Share:pain", "Share:gain", "Share:budget", "ShareEntry", "Cap", "NoFaultNoBlame",
      "Accounting", "Claims", "Spend", "Band", "Learning", "Measure", "MeasureDetail:source", "MeasureDetail:linked-to",
      "MeasureDetail:perspective", "MeasureDetail:defined-by", "MeasureDetail:kind", "MeasureDetail:sense-maker",
      "MeasureDetail:owner", "MeasureDetail:shared-by", "Review", "DataSharing", "Involvement", "Involve",
      "InvolvementText:feedback", "InvolvementText:stories", "InvolvementText:safe-sharing", "Route", "Notices", "Stages",
      "Stage", "Requirements", "Requirement", "Targets:none", "Questions", "Question", "Criterion", "Criterion:social-value",
      "Deadline", "Instrument", "InvolvedEarly", "ExitPlan", "ReviewPoint", "MarketEngagement", "InputSharing", "Process",
      "Step", "MinimumTurnover", "StaffChanges", "UnionEngagement",
    ];
    expect(wanted.filter((w) => !used.has(w))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------

interface Expected {
  code: string;
  /** `line:column-line:column`, from 1. */
  range: string;
  message: string;
}

interface BrokenDraft {
  /** Clean packs checked in the same workspace (for a draft that is `for` one of their documents). */
  with?: string[];
  /** Every problem with a code from ALY001 to ALY017, in order. */
  language: Expected[];
}

// Messages are the parser's and the integrity rules' as they stand; the ones that read badly are listed in
// the report to the integrator (a "?." after "did you mean", and no suggestion for the transposed `Panle`).
const BROKEN: Record<string, BrokenDraft> = {
  "bad-figures.alliance": {
    language: [
      { code: "ALY005", range: "17:9-17:18", message: "Commas in an amount separate groups of three digits, counting from the right, so `£6,00,000` has one out of place; it may be meant as `£600,000`." },
      { code: "ALY007", range: "204:22-204:30", message: "A length of time must be at least one, for example `1 month`; `0 months` is no time at all." },
    ],
  },
  "commissioner-chair.alliance": { language: [] },
  "duplicate-name.alliance": {
    language: [{ code: "ALY011", range: "41:5-41:12", message: "The name `Harbour` is already used for another party above. Give this party a different name." }],
  },
  "evaluation-weights.alliance": {
    with: ["plymouth"],
    language: [{ code: "ALY014", range: "9:80-9:84", message: "The word `awrd` is not an evaluation stage; did you mean `award`? The choices are `selection` or `award`." }],
  },
  "invalid-date.alliance": {
    language: [{ code: "ALY004", range: "15:21-15:31", message: "The date `2025-02-29` is not a real date: February 2025 has 28 days. Check the day, for example `2025-02-28`." }],
  },
  "majority-voting.alliance": { language: [] },
  "measure-as-target.alliance": { language: [] },
  "missing-brace.alliance": {
    language: [{ code: "ALY002", range: "123:3-123:7", message: "The `risk` section that starts on line 123 is never closed; close it with a curly bracket on its own line where it ends." }],
  },
  "misspelt-header.alliance": {
    language: [
      {
        code: "ALY009",
        range: "6:1-6:9",
        message: "There is no kind of document called `agrement`; did you mean `agreement`? A file starts with `agreement`, `specification`, `tender` or `evaluation`, then the document's name.",
      },
    ],
  },
  "misspelt-keywords.alliance": {
    language: [
      { code: "ALY001", range: "14:3-14:14", message: "An agreement has no clause `jurisdicton`; did you mean `jurisdiction`? Correct the spelling." },
      { code: "ALY014", range: "91:11-91:17", message: "The word `montly` is not how often; did you mean `monthly`? The choices are `daily`, `weekly`, `fortnightly`, `monthly`, `bimonthly`, `quarterly`, `annually` or `yearly`." },
    ],
  },
  "no-if-not-unanimous.alliance": { language: [] },
  "requirements-in-agreement.alliance": {
    language: [{ code: "ALY012", range: "208:3-208:15", message: "An agreement does not hold `requirements`: it belongs in a specification. Move or remove this clause." }],
  },
  "shares-not-100.alliance": { language: [] },
  "spend-ladder-gap.alliance": { language: [] },
  "suppression-without-reason.alliance": {
    language: [
      { code: "ALY015", range: "100:5-100:30", message: "Say why the draft is right as it stands after the code and a colon, as in `// alliance-ignore ALY010: the reason`." },
      { code: "ALY016", range: "125:22-125:28", message: "Nothing this comment covers is reported as `ALY010`, so it silences nothing; remove it." },
    ],
  },
  "unclosed-quote.alliance": {
    language: [{ code: "ALY003", range: "203:13-203:81", message: "This text has no closing quotation mark; add `\"` where the text ends, on the same line." }],
  },
  "undeclared-party.alliance": {
    language: [
      { code: "ALY010", range: "100:31-100:37", message: "No party or role is named `Beacon`. Correct the name, or add it to the parties." },
      { code: "ALY010", range: "126:60-126:66", message: "No party is named `Beacon`. Correct the name, or add it to the parties." },
      { code: "ALY010", range: "136:43-136:48", message: "No role, body or party is named `Panle`; did you mean `Panel`? If not, correct the name or add it to the roles." },
    ],
  },
};

function checkBroken(name: string): Checked {
  const draft = BROKEN[name];
  const files = [join(SAMPLES, "broken", name), ...(draft?.with ?? []).flatMap(filesOf)];
  return checkTogether(files, 1).results[0];
}

describe("broken drafts", () => {
  const names = readdirSync(join(SAMPLES, "broken")).filter((n) => n.endsWith(".alliance")).sort();

  it("has at least six drafts, each with an expectation here", () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(names).toEqual(Object.keys(BROKEN).sort());
  });

  it.each(names)("%s starts with a comment that says what is wrong", (name) => {
    const text = readFileSync(join(SAMPLES, "broken", name), "utf8");
    expect(text).toMatch(/^\/\/ WHAT IS WRONG: \S/);
  });

  it.each(Object.keys(BROKEN))("%s has exactly its syntax, name, structure and suppression problems", (name) => {
    const checked = checkBroken(name);
    const actual = checked.problems
      .filter((p) => LANGUAGE.test(p.code))
      .map((p) => ({ code: p.code, range: range(checked.text, p.span), message: p.message }));
    expect(actual).toEqual(BROKEN[name].language);
  });

  it("still reads the rest of a draft after a missing brace: every clause after the `risk` block is there", () => {
    const checked = checkBroken("missing-brace.alliance");
    const workspace = new Workspace();
    const state = workspace.set("file:///missing-brace.alliance", checked.text);
    const kinds = state.model.document!.items.map((i) => i.kind);
    expect(kinds.slice(kinds.indexOf("Risk"))).toEqual([
      "Risk", "Spend", "Learning", "Involvement", "Route", "Notices", "Instrument", "Process", "MarketEngagement", "InputSharing",
      "InvolvedEarly", "ReviewPoint", "ExitPlan", "StaffChanges", "UnionEngagement",
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------

interface GuidanceExpectation {
  draft: string;
  /** The digest rule the mistake breaks. */
  digest: string;
  /** The code, where the rule exists; null while it is not yet written. */
  code: string | null;
  range: string;
  /** A part of the message that says what is wrong. */
  says: string;
}

// What each broken draft was written to show, beyond the language's own problems above. Together with
// those, this is every problem the draft has: the last test checks the complete list.
const GUIDANCE: GuidanceExpectation[] = [
  { draft: "spend-ladder-gap.alliance", digest: "R6.1", code: "ALY601", range: "135:10-135:16", says: "Nothing approves spend over £1,000 up to £1,500" },
  { draft: "shares-not-100.alliance", digest: "R5.3", code: "ALY503", range: "125:5-125:15", says: "adds up to 95%, so 5% of any overspend or loss is carried by no one" },
  { draft: "majority-voting.alliance", digest: "R4.1", code: "ALY401", range: "90:27-90:35", says: "decides `key-issues` by a majority vote" },
  { draft: "commissioner-chair.alliance", digest: "R7.1", code: "ALY701", range: "88:11-88:14", says: "is chaired by `NBC`, a commissioner" },
  { draft: "no-if-not-unanimous.alliance", digest: "R4.3", code: "ALY403", range: "101:5-101:12", says: "does not say what happens when they disagree" },
  // One cause, one finding: payment on a measure for learning (which is also one party's own measure) is the
  // contradiction; the target on a measure one party owns is the single-party target.
  { draft: "measure-as-target.alliance", digest: "R8.2", code: "ALY802", range: "141:78-141:85", says: "is for learning, but it is used for payment" },
  { draft: "measure-as-target.alliance", digest: "R8.10", code: "ALY810", range: "149:13-149:19", says: "sets a target and is owned by `Voices` alone" },
  { draft: "evaluation-weights.alliance", digest: "R10.3", code: "ALY062", range: "8:56-8:59", says: "add up to 90%, not 100%" },
];

describe("guidance rules on the broken drafts", () => {
  for (const expectation of GUIDANCE) {
    const title = `${expectation.draft}: ${expectation.code ?? "(no code yet)"} for digest rule ${expectation.digest}`;
    if (!expectation.code || !ruleByCode(expectation.code)) {
      it.todo(title);
      continue;
    }
    it(title, () => {
      const checked = checkBroken(expectation.draft);
      const found = checked.problems
        .filter((p) => p.code === expectation.code)
        .map((p) => ({ range: range(checked.text, p.span), message: p.message }));
      expect(found.map((f) => f.range)).toContain(expectation.range);
      expect(found.find((f) => f.range === expectation.range)!.message).toContain(expectation.says);
    });
  }
});

describe("each broken draft has exactly its planted mistakes and nothing else", () => {
  it.each(Object.keys(BROKEN))("%s", (name) => {
    const checked = checkBroken(name);
    const actual = checked.problems.map((p) => `${p.code} ${range(checked.text, p.span)}`).sort();
    const expected = [
      ...BROKEN[name].language.map((p) => `${p.code} ${p.range}`),
      ...GUIDANCE.filter((g) => g.draft === name && g.code).map((g) => `${g.code} ${g.range}`),
    ].sort();
    expect(actual).toEqual(expected);
  });
});
