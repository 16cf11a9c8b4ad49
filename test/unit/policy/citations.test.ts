// Citations that hold up: every source a rule or a hover names gives the report, the section and a short
// phrase found word for word in that report, and no product text repeats the reports at length (names and
// principle wordings quoted in quotation marks excepted).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, type GuidanceSource } from "../../../server/src/core";
import { CHOICE_HELP, KEYWORD_HELP, WORD_HELP } from "../../../server/src/core/guidance/help";
import { whyOf } from "../../../server/src/core/rules/rule";
import { exampleFindings } from "../../helpers/examples";

const ROOT = join(__dirname, "..", "..", "..");
const SEEDS = join(ROOT, "..", "shared", "guidance", "seeds");

/** Which seed files hold each report (Examples and Tools is also printed inside Exploring the New World). */
const REPORT_FILES: Record<NonNullable<GuidanceSource["report"]>, string[]> = {
  CwC: ["000_"],
  ENW: ["001_"],
  ET: ["001_", "002_"],
  TPC: ["003_"],
  CP: ["004_"],
};

/** Lower case, one kind of quote, dash and space, so a phrase matches however the report was converted. */
export function normalise(text: string): string {
  return text
    .replace(/\u00ad/g, "")
    .replace(/[‘’ʼ`]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s+/g, " ")
    .toLowerCase()
    .trim();
}

function wordsOf(text: string): string[] {
  return normalise(text).match(/[a-z0-9£%']+/g) ?? [];
}

/** Text outside quotation marks: quoted names and principle wordings may repeat the reports. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, " ¦ ").replace(/"[^"\n]*"/g, " ¦ ");
}

const RUN = 10;

const seedsPresent = existsSync(SEEDS);
const seedText = new Map<string, string>();
if (seedsPresent) for (const name of readdirSync(SEEDS)) seedText.set(name, normalise(readFileSync(join(SEEDS, name), "utf8")));

function reportText(report: NonNullable<GuidanceSource["report"]>): string {
  return [...seedText].filter(([name]) => REPORT_FILES[report].some((prefix) => name.startsWith(prefix))).map(([, text]) => text).join("\n");
}

interface Cited {
  where: string;
  source: GuidanceSource | string;
}

function everySource(): Cited[] {
  const cited: Cited[] = [];
  for (const rule of RULES) for (const source of rule.guidance) cited.push({ where: rule.code, source });
  for (const [table, entries] of [["keyword", KEYWORD_HELP], ["choice", CHOICE_HELP], ["word", WORD_HELP]] as const) {
    for (const [key, help] of Object.entries(entries)) for (const source of help.sources as (GuidanceSource | string)[]) cited.push({ where: `${table} hover ${key}`, source });
  }
  return cited;
}

describe.runIf(seedsPresent)("citations", () => {
  it("the reports are there to check against", () => {
    expect(seedText.size).toBe(5);
  });

  it("language rules carry no citation", () => {
    expect(RULES.filter((r) => r.basis === "language" && r.guidance.length > 0).map((r) => r.code)).toEqual([]);
  });

  it("every source names a report and a short phrase found in it, or a law", () => {
    const bad: string[] = [];
    for (const { where, source } of everySource()) {
      if (typeof source === "string") {
        bad.push(`${where}: "${source}" gives no phrase to find`);
        continue;
      }
      if (source.law) continue;
      if (!source.report || !source.phrase) {
        bad.push(`${where}: "${source.cite}" gives no report or phrase`);
        continue;
      }
      const n = wordsOf(source.phrase).length;
      if (n < 2 || n > 20) bad.push(`${where}: the phrase "${source.phrase}" should be 2 to 20 words`);
      if (!reportText(source.report).includes(normalise(source.phrase))) bad.push(`${where}: "${source.phrase}" is not in ${source.report}`);
    }
    expect(bad).toEqual([]);
  });

  it(`no product text shares a run of ${RUN} words with the reports, outside quotation marks`, () => {
    const runs = new Set<string>();
    for (const text of seedText.values()) {
      const w = wordsOf(text);
      for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(" "));
    }
    const texts: { where: string; text: string }[] = [];
    for (const rule of RULES) {
      texts.push({ where: `${rule.code} title`, text: rule.title }, { where: `${rule.code} why`, text: whyOf(rule) }, { where: `${rule.code} rationale`, text: rule.rationale });
    }
    for (const f of exampleFindings()) texts.push({ where: `${f.problem.code} message`, text: f.problem.message });
    for (const [table, entries] of [["keyword", KEYWORD_HELP], ["choice", CHOICE_HELP], ["word", WORD_HELP]] as const) {
      for (const [key, help] of Object.entries(entries)) texts.push({ where: `${table} hover ${key}`, text: `${help.summary}\n${help.detail}` });
    }
    for (const doc of ["README.md", "docs/language.md"]) texts.push({ where: doc, text: readFileSync(join(ROOT, doc), "utf8") });
    const bad: string[] = [];
    for (const { where, text } of texts) {
      for (const part of unquoted(text).split("¦")) {
        const w = wordsOf(part);
        for (let i = 0; i + RUN <= w.length; i++) {
          const run = w.slice(i, i + RUN).join(" ");
          if (runs.has(run)) {
            bad.push(`${where}: "${run}"`);
            break;
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
