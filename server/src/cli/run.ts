// The check itself: every file into one analysis service (so that documents `for` each other are read
// together), then the findings of each. The formatters read the result; nothing here writes output.

import { pathToFileURL } from "node:url";
import { SEVERITY_ORDER, type Problem, type RelatedLocation, type Severity } from "../core/problem";
import type { Rule } from "../core/rules/rule";
import type { Settings } from "../core/settings";
import { AnalysisService } from "../core/service/analysis-service";
import type { FailOn } from "./args";
import { readInput, type InputFile } from "./files";
import { SourceText, type Range } from "./source";

export interface CheckedFile {
  /** Path relative to the current folder, native separators. */
  display: string;
  absolute: string;
  /** The URI the workspace knows the document by. */
  uri: string;
  source: SourceText;
  problems: Problem[];
}

/** The settings file a run used. */
export interface SettingsFile {
  absolute: string;
  /** As a person reads it, relative to the current folder where that is shorter. */
  display: string;
  /** The folder it is in, when that is not the current folder; else null. */
  folder: string | null;
}

export interface Counts {
  errors: number;
  warnings: number;
  information: number;
}

export interface CheckResult {
  files: CheckedFile[];
  byUri: Map<string, CheckedFile>;
  counts: Counts;
  failOn: FailOn;
  /** True when a problem is at or above `failOn`. */
  failed: boolean;
  /** Rules that threw, with the file they threw on: the rest still ran. */
  ruleErrors: { rule: Rule; file: CheckedFile; error: unknown }[];
  /** The settings file used, or null for the defaults. */
  settingsFile: SettingsFile | null;
  /** The service that checked them, for the summary and the export. */
  service: AnalysisService;
}

/** Where a related location is, in one of the checked files. */
export interface LocatedRelated {
  file: CheckedFile;
  range: Range;
  message: string;
}

/**
 * Reads every file (throws UsageError when one cannot be read), then checks them together. With `settle`,
 * each document's tree is let go of once it and every document that reads it are checked, so that a large
 * folder does not hold every tree at once; a command that goes on to read the trees (the summary, the
 * export) leaves it off.
 */
export function checkFiles(
  inputs: readonly InputFile[], settings: Settings, failOn: FailOn, settingsFile: SettingsFile | null = null, today?: () => string, settle = false,
): CheckResult {
  const ruleErrors: CheckResult["ruleErrors"] = [];
  const byUri = new Map<string, CheckedFile>();
  const service = new AnalysisService({ today, onRuleError: (rule, uri, error) => ruleErrors.push({ rule, file: byUri.get(uri)!, error }) });
  service.setSettings(settings);
  const files: CheckedFile[] = inputs.map((input) => {
    const text = readInput(input);
    const uri = pathToFileURL(input.absolute).href;
    service.setDocument(uri, text);
    const file: CheckedFile = { display: input.display, absolute: input.absolute, uri, source: new SourceText(text), problems: [] };
    byUri.set(uri, file);
    return file;
  });
  const unchecked = new Set(files.map((f) => f.uri));
  for (const file of files) {
    file.problems = service.problemsNow(file.uri);
    unchecked.delete(file.uri);
    if (!settle) continue;
    for (const uri of [file.uri, ...service.workspace.chain(file.uri).linked.map((d) => d.uri)]) {
      if (!unchecked.has(uri) && !service.workspace.dependents(uri).some((d) => unchecked.has(d))) service.settle(uri);
    }
  }
  const counts = countProblems(files);
  const threshold = SEVERITY_ORDER[failOn];
  const failed = files.some((f) => f.problems.some((p) => SEVERITY_ORDER[p.severity] >= threshold));
  return { files, byUri, counts, failOn, failed, ruleErrors, service, settingsFile };
}

function countProblems(files: readonly CheckedFile[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, information: 0 };
  const key: Record<Severity, keyof Counts> = { error: "errors", warning: "warnings", info: "information" };
  for (const file of files) for (const problem of file.problems) counts[key[problem.severity]]++;
  return counts;
}

/** The file and range of a related location: the same file when it names no URI. Null for a document not checked. */
export function locateRelated(result: CheckResult, owner: CheckedFile, related: RelatedLocation): LocatedRelated | null {
  const file = related.uri === undefined || related.uri === owner.uri ? owner : result.byUri.get(related.uri);
  if (!file) return null;
  return { file, range: file.source.range(related.span), message: related.message };
}
