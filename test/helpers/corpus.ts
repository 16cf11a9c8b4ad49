// The blind corpus (test/corpus): drafts written from docs/language.md alone, each with the findings a
// careful adviser would make. This scores the checker against them: which findings it makes that the
// adviser would not (false), which faults it misses, by topic.

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { checkDocument, lineStarts, positionAt, ruleByCode, Workspace, type Problem } from "../../server/src/core";

/** The repository's root: found from here upwards, so this works bundled into a script as well. */
function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const CORPUS = join(repositoryRoot(), "test", "corpus");

export interface Expected {
  file: string;
  line: number;
  severity: "error" | "warning";
  finding: string;
  rests_on: string;
  /** The rule code that reports this fault, set on review. */
  code: string;
  /** Set on review when the checker does not find this fault yet: counted against recall. */
  missed?: string;
  /** What the review changed in this finding (its line, its severity) and why. */
  review?: string;
}

export interface Sidecar {
  verdict: "correct" | "flawed";
  summary: string;
  /** What the review changed in the draft's findings as a whole, and why. */
  review?: string;
  findings: Expected[];
}

export interface Actual {
  file: string;
  line: number;
  code: string;
  severity: Problem["severity"];
  message: string;
}

export interface DraftResult {
  /** The draft's name: an agreement file or a pack folder. */
  name: string;
  sidecar: Sidecar;
  /** Every finding the checker makes, at any severity. */
  actual: Actual[];
}

/** A finding at warning or error: the ones that must be right. */
export const serious = (a: { severity: string }) => a.severity === "error" || a.severity === "warning";

export function key(f: { file: string; line: number; code: string }): string {
  return `${f.file}:${f.line} ${f.code}`;
}

/** The drafts: every agreement file beside its `.expect.json`, and every pack folder with `expect.json`. */
export function drafts(): { name: string; files: string[]; sidecar: string }[] {
  const found: { name: string; files: string[]; sidecar: string }[] = [];
  for (const entry of readdirSync(CORPUS).sort()) {
    const path = join(CORPUS, entry);
    if (statSync(path).isDirectory()) {
      const files = readdirSync(path).filter((f) => f.endsWith(".alliance")).sort().map((f) => join(path, f));
      found.push({ name: entry, files, sidecar: join(path, "expect.json") });
    } else if (entry.endsWith(".alliance")) {
      found.push({ name: entry, files: [path], sidecar: path.replace(/\.alliance$/, ".expect.json") });
    }
  }
  return found;
}

/** Checks each draft on its own workspace (a pack's documents together), as of a fixed date. */
export function runCorpus(): DraftResult[] {
  return drafts().map(({ name, files, sidecar }) => {
    const workspace = new Workspace();
    const texts = new Map<string, string>();
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      texts.set(file, text);
      workspace.set(`file://${file}`, text);
    }
    const actual: Actual[] = [];
    for (const file of files) {
      const starts = lineStarts(texts.get(file)!);
      for (const p of checkDocument(workspace, `file://${file}`, { today: "2026-12-01" } as never)) {
        actual.push({ file: basename(file), line: positionAt(starts, p.span.start).line + 1, code: p.code, severity: p.severity, message: p.message });
      }
    }
    return { name, sidecar: JSON.parse(readFileSync(sidecar, "utf8")) as Sidecar, actual };
  });
}

export interface Score {
  truePositives: number;
  /** Serious findings the adviser would not make. */
  falsePositives: number;
  /** Faults the adviser finds that the checker misses. */
  falseNegatives: number;
}

export function emptyScore(): Score {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
}

/** Precision and recall at warning and error, overall and by the topic of the rule. */
export function score(results: DraftResult[]): { overall: Score; byTopic: Map<string, Score> } {
  const overall = emptyScore();
  const byTopic = new Map<string, Score>();
  const add = (code: string, field: keyof Score) => {
    overall[field]++;
    const topic = ruleByCode(code)?.topic ?? "Unknown";
    if (!byTopic.has(topic)) byTopic.set(topic, emptyScore());
    byTopic.get(topic)![field]++;
  };
  // Counted with multiplicity: two findings of one rule on one line are two findings.
  const count = (keys: string[]) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>());
  for (const { sidecar, actual } of results) {
    const expected = count(sidecar.findings.filter((f) => !f.missed).map(key));
    const made = count(actual.filter(serious).map(key));
    for (const [k, n] of made) {
      const code = k.split(" ")[1];
      const right = Math.min(n, expected.get(k) ?? 0);
      for (let i = 0; i < right; i++) add(code, "truePositives");
      for (let i = right; i < n; i++) add(code, "falsePositives");
    }
    for (const [k, n] of expected) for (let i = Math.min(n, made.get(k) ?? 0); i < n; i++) add(k.split(" ")[1], "falseNegatives");
    for (const f of sidecar.findings) if (f.missed) add(f.code, "falseNegatives");
  }
  return { overall, byTopic };
}

export const precision = (s: Score) => (s.truePositives + s.falsePositives === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives));
export const recall = (s: Score) => (s.truePositives + s.falseNegatives === 0 ? 1 : s.truePositives / (s.truePositives + s.falseNegatives));
