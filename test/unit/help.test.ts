// Hover and completion help: every keyword and every fixed choice has help that a commissioner or
// lawyer can read, naming its source, written in our own words rather than copied from the reports.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { complete } from "../../server/src/core/features/completion";
import { hover, keywordOf } from "../../server/src/core/features/hover";
import { CHOICE_HELP, KEYWORD_HELP, WORD_HELP, type Help } from "../../server/src/core/guidance/help";
import { REPORTS } from "../../server/src/core/guidance/sources";
import { parse } from "../../server/src/core/parse";
import type { AnyNode } from "../../server/src/core/tree";
import { BLOCK_KEYWORDS, CHOICES, CLAUSE_KEYWORD, DOCUMENT_KINDS } from "../../server/src/core/vocabulary";
import { Workspace } from "../../server/src/core/workspace";
import { marked } from "../helpers/markers";
import { AGREEMENT, EVALUATION, SPECIFICATION, TENDER } from "./features/everything-fixture";

const ROOT = resolve(__dirname, "../..");
const SEEDS = resolve(ROOT, "../shared/guidance/seeds");
// The digest of the reports is paraphrase, but help must not copy it word for word either.
const DIGEST = resolve(ROOT, "../shared/guidance/DIGEST.md");

// The strings `keywordOf` in hover.ts returns for nodes that are not plain clauses.
const HOVER_KEYWORDS = [
  "pain share", "gain share", "budget share", "up to", "over", "if not unanimous", "year", "step",
  "people", "place", "scope",
  "representative", "authority", "contributes", "contact", "time", "framework",
  "source", "target", "linked-to", "perspective", "defined-by", "kind", "sense-maker", "owner", "shared-by",
  "feedback", "stories", "safe-sharing",
  "members", "chair", "decides", "meets", "functions", "reports to", "advises", "until", "quorum", "open to",
  "responds within", "responsibility", "cap", "no-fault-no-blame", "accounting", "claims for", "assign",
  "eligibility", "measure", "review", "data-sharing",
];

const EXPECTED_KEYWORDS = [
  ...new Set([
    ...DOCUMENT_KINDS,
    ...Object.values(CLAUSE_KEYWORD),
    ...Object.values(BLOCK_KEYWORDS).flat(),
    ...HOVER_KEYWORDS,
  ]),
].sort();

const EXPECTED_CHOICES = Object.entries(CHOICES).flatMap(([set, words]) => (words as readonly string[]).map((word) => `${set}:${word}`)).sort();

const ALL_HELP: [string, Help][] = [
  ...Object.entries(KEYWORD_HELP).map(([k, h]) => [`keyword \`${k}\``, h] as [string, Help]),
  ...Object.entries(CHOICE_HELP).map(([k, h]) => [`choice \`${k}\``, h] as [string, Help]),
];

// The small words inside a clause: held to the same wording rules; the purely structural ones (`from`,
// `per year`) cite nothing, since no guidance stands behind them.
const WORDS: [string, Help][] = Object.entries(WORD_HELP).map(([k, h]) => [`word \`${k}\``, h]);

/** Every node in a parsed file. */
function allNodes(value: unknown, out: AnyNode[] = []): AnyNode[] {
  if (Array.isArray(value)) {
    for (const item of value) allNodes(item, out);
  } else if (value && typeof value === "object") {
    if (typeof (value as { kind?: unknown }).kind === "string") out.push(value as AnyNode);
    for (const child of Object.values(value)) allNodes(child, out);
  }
  return out;
}

/** The keywords hover looks up for the nodes of a document: those of nodes that carry a keyword span. */
function hoverKeywords(text: string): string[] {
  const file = parse(text).file;
  const found: string[] = [];
  for (const node of allNodes(file)) {
    const span = (node as { keyword?: { start: number; end: number } | null }).keyword;
    if (!span || span.end <= span.start) continue;
    const keyword = keywordOf(node);
    if (keyword) found.push(keyword);
  }
  return found;
}

/** Sentences in a paragraph: a full stop, question or exclamation mark, then a space and a capital, quote or sign. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z`"“(£])/u).filter((s) => s.trim().length > 0);
}

/** Lower-case words with punctuation removed, for comparing wording. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’‘']/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const RUN = 8;

function runsOf(text: string): string[] {
  const w = words(text);
  const runs: string[] = [];
  for (let i = 0; i + RUN <= w.length; i++) runs.push(w.slice(i, i + RUN).join(" "));
  return runs;
}

describe("help for keywords and choices", () => {
  it("has an entry for every keyword a person writes, and no entry for anything else", () => {
    const missing = EXPECTED_KEYWORDS.filter((k) => !KEYWORD_HELP[k]);
    expect(missing).toEqual([]);
    const unknown = Object.keys(KEYWORD_HELP).filter((k) => !EXPECTED_KEYWORDS.includes(k));
    expect(unknown).toEqual([]);
  });

  it("has an entry for every word of every fixed choice, and no entry for anything else", () => {
    const missing = EXPECTED_CHOICES.filter((k) => !CHOICE_HELP[k]);
    expect(missing).toEqual([]);
    const unknown = Object.keys(CHOICE_HELP).filter((k) => !EXPECTED_CHOICES.includes(k));
    expect(unknown).toEqual([]);
  });

  it("covers every keyword hover finds in documents of each kind", () => {
    const found = new Set([AGREEMENT, SPECIFICATION, TENDER, EVALUATION].flatMap(hoverKeywords));
    // The fixtures really do reach every keyword hover names specially, and every clause.
    for (const keyword of [...HOVER_KEYWORDS, ...DOCUMENT_KINDS, ...new Set(Object.values(CLAUSE_KEYWORD))]) {
      expect(found.has(keyword), `the fixtures should use \`${keyword}\``).toBe(true);
    }
    expect([...found].filter((k) => !KEYWORD_HELP[k])).toEqual([]);
  });

  it("gives every entry a one-line plain summary and a detail of two to five sentences", () => {
    for (const [name, help] of [...ALL_HELP, ...WORDS]) {
      expect(help.summary.trim().length, `${name}: summary`).toBeGreaterThan(0);
      expect(help.summary, `${name}: the summary is one line`).not.toMatch(/\n/);
      expect(help.summary, `${name}: completion lists show the summary as plain text`).not.toMatch(/`/);
      expect(help.summary.length, `${name}: the summary is short`).toBeLessThanOrEqual(120);
      expect(help.summary, `${name}: the summary is a sentence`).toMatch(/^[A-Z].*[.?]$/);
      expect(help.detail.trim().length, `${name}: detail`).toBeGreaterThan(0);
      const count = sentences(help.detail).length;
      expect(count, `${name}: ${count} sentences in "${help.detail}"`).toBeGreaterThanOrEqual(2);
      expect(count, `${name}: ${count} sentences in "${help.detail}"`).toBeLessThanOrEqual(5);
    }
  });

  it("uses no internal names: no set names, node kinds or run-together words", () => {
    // Names of sets, clause kinds and blocks that run words together, such as `decisionMethod` or `KeyIssues`.
    const internal = [...Object.keys(CHOICES), ...Object.keys(CLAUSE_KEYWORD), ...Object.keys(BLOCK_KEYWORDS)].filter((n) => /[a-z][A-Z]/.test(n));
    expect(internal.length).toBeGreaterThan(10);
    for (const [name, help] of [...ALL_HELP, ...WORDS]) {
      const text = `${help.summary} ${help.detail}`;
      // Camel-case words such as `IfNotUnanimous` or `decisionMethod`; short names inside code examples are fine.
      const prose = text.replace(/`[^`]*`/g, "");
      expect(prose.match(/\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b/g) ?? [], `${name}`).toEqual([]);
      for (const n of internal) expect(text.includes(n), `${name} mentions ${n}`).toBe(false);
    }
  });

  it("names a report and section for every entry", () => {
    // No keyword or choice is purely structural without any guidance behind it, so every entry has a source.
    const reports = Object.values(REPORTS);
    for (const [name, help] of ALL_HELP) {
      expect(help.sources.length, `${name}: sources`).toBeGreaterThan(0);
      for (const source of help.sources) {
        // A law is cited by its key and provision; a report by its name and section.
        if (typeof source !== "string" && source.law) continue;
        const cited = source.cite;
        expect(reports.some((r) => cited.startsWith(`${r}, `) && cited.length > r.length + 4), `${name}: "${cited}"`).toBe(true);
      }
      const cites = help.sources.map((s) => (typeof s === "string" ? s : `${s.cite} ${s.phrase ?? ""}`));
      expect(new Set(cites).size, `${name}: a source is listed twice`).toBe(help.sources.length);
    }
  });

  it("carries the law in force, the reports' figures as history and the caution to confirm with an adviser", () => {
    for (const key of ["route:direct-award", "route:light-touch", "jurisdiction:england"]) {
      const help = CHOICE_HELP[key];
      expect(help.detail, key).toContain("£663,540");
      expect(help.detail, key).toContain("£589k");
      expect(help.detail, key).toContain("not the law now");
      expect(help.sources.some((s) => typeof s !== "string" && s.law === "pa2023"), key).toBe(true);
      expect(help.sources.some((s) => s.cite.startsWith(REPORTS.CwC) || s.cite.startsWith(REPORTS.ET)), key).toBe(true);
    }
    for (const key of ["route:direct-award", "route:light-touch", "notice:contract-notice", "jurisdiction:scotland"]) {
      expect(CHOICE_HELP[key].detail, key).toContain("confirm what applies with your legal adviser");
    }
    expect(CHOICE_HELP["jurisdiction:scotland"].detail).toContain("Public Contracts (Scotland) Regulations 2015");
    for (const key of ["value", "jurisdiction"]) {
      expect(KEYWORD_HELP[key].detail, key).toContain("£589k (EUR 750,000)");
      expect(KEYWORD_HELP[key].detail, key).toContain("£750k");
      expect(KEYWORD_HELP[key].detail, key).toContain("Procurement Act 2023");
    }
    for (const key of ["route", "reserved for", "notices", "services", "procurement starts"]) {
      expect(KEYWORD_HELP[key].detail, key).toMatch(/Procurement Act 2023|Provider Selection Regime/);
      expect(KEYWORD_HELP[key].detail, key).toContain("legal adviser");
    }
  });

  it("says what the guidance says about `if not unanimous`: no vote, a proposal not passed by all falls, as in Future Pathways", () => {
    const help = KEYWORD_HELP["if not unanimous"];
    expect(help.detail).toContain("consensus with no vote");
    expect(help.detail).toContain("falls");
    expect(help.detail).toContain("Future Pathways");
    expect(help.sources.map((s) => s.cite)).toContain(`${REPORTS.CwC}, ch. 6 (Future Pathways)`);
  });

  it.skipIf(!existsSync(SEEDS))("copies no run of eight words from the source reports or their digest", () => {
    const seen = new Set<string>();
    const files = readdirSync(SEEDS).filter((n) => n.endsWith(".txt")).map((n) => join(SEEDS, n));
    expect(files.length).toBeGreaterThan(0);
    if (existsSync(DIGEST)) files.push(DIGEST);
    for (const file of files) {
      for (const run of runsOf(readFileSync(file, "utf8"))) seen.add(run);
    }
    expect(seen.size).toBeGreaterThan(10000);
    const copied: string[] = [];
    for (const [name, help] of [...ALL_HELP, ...WORDS]) {
      // Text in quotation marks (a principle's wording, a name, a participant's words) is reported as a quote.
      const unquoted = `${help.summary}\n${help.detail}`.replace(/“[^”]*”/g, " ¦ ").replace(/"[^"\n]*"/g, " ¦ ");
      for (const part of unquoted.split("¦")) for (const run of runsOf(part)) if (seen.has(run)) copied.push(`${name}: "${run}"`);
    }
    expect(copied).toEqual([]);
  });

  it("compares wording regardless of case and punctuation, so the copy check can fail", () => {
    const original = "one two three four five six seven eight nine";
    const copied = "Look: One, two; three - FOUR five (six) seven eight!";
    const runs = new Set(runsOf(original));
    expect(runsOf(copied).filter((r) => runs.has(r))).toEqual(["one two three four five six seven eight"]);
    expect(runsOf("one two three four five six seven").length).toBe(0);
    expect(runsOf("two three four five six seven eight nine ten").filter((r) => runs.has(r))).toEqual(["two three four five six seven eight nine"]);
  });
});

describe("hover and completion show the help", () => {
  const FIXTURE = `[|agr<|>eement|] Small {
  body Board {
    members all
    decides key-issues by [|con<|>sensus|]
    [|if not un<|>animous|]: falls
  }
  risk {
    [|pain sh<|>are|] A 100%
  }
  spend {
    [|up<|> to|] £1,000 approved by Board
  }
}
`;

  function hoverAll() {
    const { text, positions, spans } = marked(FIXTURE);
    const workspace = new Workspace();
    workspace.set("file:///small.alliance", text);
    return { positions, spans, results: positions.map((p) => hover(workspace, "file:///small.alliance", p)) };
  }

  it("shows a keyword's summary, detail and source over the keyword", () => {
    const { spans, results } = hoverAll();
    const cases: [number, string, Help][] = [
      [0, "agreement", KEYWORD_HELP.agreement],
      [2, "if not unanimous", KEYWORD_HELP["if not unanimous"]],
      [3, "pain share", KEYWORD_HELP["pain share"]],
      [4, "up to", KEYWORD_HELP["up to"]],
    ];
    for (const [i, keyword, help] of cases) {
      const result = results[i];
      expect(result, keyword).not.toBeNull();
      expect(result!.span, keyword).toEqual(spans[i]);
      expect(result!.markdown, keyword).toContain(`**${keyword}** · ${help.summary}`);
      expect(result!.markdown, keyword).toContain(help.detail);
      expect(result!.markdown, keyword).toContain(`*Source: ${[...new Set(help.sources.map((s) => s.cite))].join("; ")}*`);
    }
  });

  it("shows a fixed choice's help over the word", () => {
    const { spans, results } = hoverAll();
    const help = CHOICE_HELP["decisionMethod:consensus"];
    expect(results[1]!.span).toEqual(spans[1]);
    expect(results[1]!.markdown).toContain(`**consensus** · ${help.summary}`);
    expect(results[1]!.markdown).toContain(help.sources[0].cite);
  });

  it("puts the summary and detail on keywords and choices offered in completion", () => {
    const { text, positions } = marked(`agreement Small {
  ris<|>
  body Board {
    decides key-issues by <|>
  }
}
`);
    const workspace = new Workspace();
    workspace.set("file:///small.alliance", text);
    const keywords = complete(workspace, "file:///small.alliance", positions[0]);
    const risk = keywords.find((c) => c.label === "risk");
    expect(risk).toMatchObject({ kind: "snippet", detail: KEYWORD_HELP.risk.summary, documentation: KEYWORD_HELP.risk.detail });
    const methods = complete(workspace, "file:///small.alliance", positions[1]);
    const majority = methods.find((c) => c.label === "majority");
    expect(majority).toMatchObject({ kind: "choice", detail: CHOICE_HELP["decisionMethod:majority"].summary });
  });
});
