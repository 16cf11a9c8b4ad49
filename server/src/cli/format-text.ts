// Compiler-style output for people:
//
//   path:line:col: severity CODE message
//      6 |     members PCC, Shekinha
//        |                  ^~~~~~~~
//     why: the rule's rationale
//     guidance: the sources it rests on
//   path:line:col: note: a related place
//
// Lines are 1-based; columns count characters (code points). Closing lines name the settings file used
// and sum up the run. Anything taken from a document (its lines, names quoted in messages, paths) is
// printed with control characters made visible, so that a document cannot hide or rewrite a line.

import type { Problem, Severity } from "../core/problem";
import { caretLine } from "./display-width";
import { visible } from "./visible";
import { locateRelated, type CheckResult, type CheckedFile, type Counts, type SettingsFile } from "./run";

export interface TextOptions {
  color: boolean;
  quiet: boolean;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: "1;31", warning: "1;33", info: "1;36" };

export function formatText(result: CheckResult, options: TextOptions): string {
  const paint = (codes: string, text: string) => (options.color ? `\u001b[${codes}m${text}\u001b[0m` : text);
  const out: string[] = [];
  for (const file of result.files) {
    for (const problem of file.problems) {
      if (options.quiet) out.push(headline(file, problem, paint));
      else out.push(block(result, file, problem, paint));
    }
  }
  if (!options.quiet) {
    // Every file checked, so a reader can see nothing was skipped, then the totals.
    for (const file of result.files) out.push(`${paint("1", visible(file.display))}: ${fileCounts(file)}`);
    out.push(settingsLine(result.settingsFile));
    out.push(summaryLine(result.files.length, result.counts));
  }
  return out.length === 0 ? "" : out.join("\n") + "\n";
}

type Paint = (codes: string, text: string) => string;

function headline(file: CheckedFile, problem: Problem, paint: Paint): string {
  const start = file.source.position(problem.span.start);
  const where = paint("1", `${visible(file.display)}:${start.line}:${start.column}:`);
  return `${where} ${paint(SEVERITY_COLOR[problem.severity], problem.severity)} ${paint("2", problem.code)} ${visible(problem.message)}`;
}

function block(result: CheckResult, file: CheckedFile, problem: Problem, paint: Paint): string {
  const lines = [headline(file, problem, paint)];
  const { start, end } = file.source.range(problem.span);
  const source = file.source.line(start.line);
  const number = String(start.line);
  const gutter = " ".repeat(number.length + 2);
  const spanStart = file.source.offsetInLine(start);
  const spanEnd = end.line === start.line ? file.source.offsetInLine(end) : source.length;
  // The caret goes under the span as printed, escapes and all.
  const before = visible(source.slice(0, spanStart));
  const marked = visible(source.slice(spanStart, Math.max(spanStart, spanEnd)));
  const shown = before + marked + visible(source.slice(Math.max(spanStart, spanEnd)));
  lines.push(`${paint("2", ` ${number} |`)} ${shown}`);
  lines.push(`${paint("2", `${gutter}|`)} ${paint("1;32", caretLine(shown, before.length, before.length + marked.length))}`);
  if (problem.why) lines.push(`  ${paint("1", "why:")} ${problem.why}`);
  if (problem.guidance.length > 0) lines.push(`  ${paint("1", "guidance:")} ${problem.guidance.map((g) => g.cite).join("; ")}`);
  for (const related of problem.related) {
    const located = locateRelated(result, file, related);
    if (!located) {
      lines.push(`${paint("1", `${visible(related.uri ?? file.display)}:`)} ${paint("1;36", "note:")} ${visible(related.message)}`);
      continue;
    }
    const where = paint("1", `${visible(located.file.display)}:${located.range.start.line}:${located.range.start.column}:`);
    lines.push(`${where} ${paint("1;36", "note:")} ${visible(located.message)}`);
  }
  return lines.join("\n") + "\n";
}

function fileCounts(file: CheckedFile): string {
  const counts: Counts = { errors: 0, warnings: 0, information: 0 };
  for (const p of file.problems) counts[p.severity === "error" ? "errors" : p.severity === "warning" ? "warnings" : "information"]++;
  return countsText(counts);
}

function countsText(counts: Counts): string {
  if (counts.errors + counts.warnings + counts.information === 0) return "no problems";
  const errors = `${counts.errors} ${counts.errors === 1 ? "error" : "errors"}`;
  const warnings = `${counts.warnings} ${counts.warnings === 1 ? "warning" : "warnings"}`;
  return `${errors}, ${warnings}, ${counts.information} information`;
}

/** Which settings file the run used, so that a file in a folder above is never a surprise. */
export function settingsLine(file: SettingsFile | null): string {
  if (!file) return "settings: the defaults (no alliance.config.json in the current folder or any folder above it)";
  const where = file.folder === null ? "" : `, from ${visible(file.folder)}, which is not the current folder`;
  return `settings: ${visible(file.display)}${where}`;
}

export function summaryLine(fileCount: number, counts: Counts): string {
  return `${fileCount} ${fileCount === 1 ? "file" : "files"} checked: ${countsText(counts)}`;
}
