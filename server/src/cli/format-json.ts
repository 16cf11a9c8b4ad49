// `--format json`: a stable document for scripts. Version 1 has this shape, and fields are only ever added:
//
//   { version: 1,
//     files: [{ path, problems: [{ code, severity, message, why, guidance: [{ cite, phrase? }],
//               range: { start: { line, column }, end: { line, column } },
//               related: [{ path, message, range }] }] }],
//     summary: { files, errors, warnings, information, failOn, failed },
//     settings: { path, folder } | null }
//
// `settings` names the settings file used (null for the defaults); `folder` is the folder it is in when
// that is not the current folder, else null.
//
// Paths are relative to the current folder with `/` between folders. Lines and columns are 1-based;
// columns count characters (code points), as the text output does; `end` is just after the last character.

import { sep } from "node:path";
import type { Severity } from "../core/problem";
import type { FailOn } from "./args";
import { locateRelated, type CheckResult } from "./run";
import type { Range } from "./source";

export interface JsonPosition {
  line: number;
  column: number;
}

export interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}

export interface JsonProblem {
  code: string;
  severity: Severity;
  message: string;
  why: string;
  guidance: { cite: string; phrase?: string }[];
  range: JsonRange;
  related: { path: string; message: string; range: JsonRange | null }[];
}

export interface JsonReport {
  version: 1;
  files: { path: string; problems: JsonProblem[] }[];
  summary: { files: number; errors: number; warnings: number; information: number; failOn: FailOn; failed: boolean };
  settings: { path: string; folder: string | null } | null;
}

export function toJsonReport(result: CheckResult): JsonReport {
  return {
    version: 1,
    files: result.files.map((file) => ({
      path: slashes(file.display),
      problems: file.problems.map((problem) => ({
        code: problem.code,
        severity: problem.severity,
        message: problem.message,
        why: problem.why,
        guidance: problem.guidance.map((g) => (g.phrase ? { cite: g.cite, phrase: g.phrase } : { cite: g.cite })),
        range: jsonRange(file.source.range(problem.span)),
        related: problem.related.map((related) => {
          const located = locateRelated(result, file, related);
          return located
            ? { path: slashes(located.file.display), message: located.message, range: jsonRange(located.range) }
            : { path: related.uri ?? slashes(file.display), message: related.message, range: null };
        }),
      })),
    })),
    summary: {
      files: result.files.length,
      errors: result.counts.errors,
      warnings: result.counts.warnings,
      information: result.counts.information,
      failOn: result.failOn,
      failed: result.failed,
    },
    settings: result.settingsFile ? { path: slashes(result.settingsFile.display), folder: result.settingsFile.folder } : null,
  };
}

export function formatJson(result: CheckResult): string {
  return JSON.stringify(toJsonReport(result), null, 2) + "\n";
}

function jsonRange(range: Range): JsonRange {
  return {
    start: { line: range.start.line, column: range.start.column },
    end: { line: range.end.line, column: range.end.column },
  };
}

/** A display path with `/` between folders, whatever the platform. */
export function slashes(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}
