// The figures in docs/quality.md: precision and recall of the checker on the blind corpus, overall and by
// topic, rendered the same way by the script that writes them and the test that checks they are current.

import { precision, recall, runCorpus, score, serious, type Score } from "./corpus";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function row(name: string, s: Score): string {
  return `| ${name} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${pct(precision(s))} | ${pct(recall(s))} |`;
}

export function renderQualityFigures(): string {
  const results = runCorpus();
  const { overall, byTopic } = score(results);
  const correct = results.filter((r) => r.sidecar.verdict === "correct");
  const infos = correct.map((r) => r.actual.filter((a) => a.severity === "info").length);
  const clean = correct.filter((r) => !r.actual.some(serious)).length;
  const lines = [
    `Drafts: ${results.length} (${results.filter((r) => !r.name.endsWith(".alliance")).length} tender packs), ${correct.length} correct and ${results.length - correct.length} flawed; ${results.reduce((n, r) => n + r.sidecar.findings.length, 0)} faults found by their reviewers.`,
    "",
    `Correct drafts with no warning or error: ${clean} of ${correct.length}; information notes on a correct draft: at most ${Math.max(0, ...infos)}.`,
    "",
    "| Topic | Correct findings | False findings | Missed faults | Precision | Recall |",
    "| --- | --- | --- | --- | --- | --- |",
    ...[...byTopic].sort(([a], [b]) => a.localeCompare(b)).map(([topic, s]) => row(topic, s)),
    row("**All topics**", overall),
  ];
  return lines.join("\n");
}

export const FIGURES_START = "<!-- figures: written by `npm run docs` from test/corpus; do not edit by hand -->";
export const FIGURES_END = "<!-- end of figures -->";

/** The document with its figures block replaced by the current figures. */
export function withFigures(doc: string): string {
  const start = doc.indexOf(FIGURES_START);
  const end = doc.indexOf(FIGURES_END);
  if (start < 0 || end < start) throw new Error("docs/quality.md has no figures block");
  return `${doc.slice(0, start + FIGURES_START.length)}\n${renderQualityFigures()}\n${doc.slice(end)}`;
}
