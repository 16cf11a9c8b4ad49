// `--format sarif`: a SARIF 2.1.0 log for code scanning. One run; the driver lists every rule in the
// registry (so a viewer can explain a code even when this run did not report it); locations are relative
// to %SRCROOT% (the current folder), with 1-based lines and columns counted in UTF-16 code units, SARIF's
// default column kind.

import { isAbsolute, relative, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import type { Severity } from "../core/problem";
import { RULES } from "../core/rules/registry";
import type { Rule } from "../core/rules/rule";
import { locateRelated, type CheckResult, type CheckedFile } from "./run";
import type { Range } from "./source";
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION, ruleHelpUri } from "./tool";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
export const SRCROOT = "%SRCROOT%";

const LEVEL: Record<Severity, Sarif.Result.level> = { error: "error", warning: "warning", info: "note" };

export function toSarifLog(result: CheckResult, cwd: string, rules: readonly Rule[] = RULES): Sarif.Log {
  const ruleIndex = new Map<string, number>(rules.map((rule, index) => [rule.code, index]));
  const results: Sarif.Result[] = [];
  for (const file of result.files) {
    for (const problem of file.problems) {
      const index = ruleIndex.get(problem.code);
      const sarifResult: Sarif.Result = {
        ruleId: problem.code,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[problem.severity],
        message: { text: problem.message },
        locations: [{ physicalLocation: physicalLocation(file, file.source.range(problem.span), cwd) }],
      };
      const related: Sarif.Location[] = [];
      for (const item of problem.related) {
        const located = locateRelated(result, file, item);
        if (!located) continue;
        related.push({ id: related.length, message: { text: located.message }, physicalLocation: physicalLocation(located.file, located.range, cwd) });
      }
      if (related.length > 0) sarifResult.relatedLocations = related;
      results.push(sarifResult);
    }
  }
  // The settings file used, so that a file in a folder above the checkout is never a surprise.
  const invocation: Sarif.Invocation = {
    executionSuccessful: true,
    properties: { settingsFile: result.settingsFile ? pathToFileURL(result.settingsFile.absolute).href : null },
  };
  if (result.ruleErrors.length > 0) {
    invocation.toolExecutionNotifications = result.ruleErrors.map(({ rule, file, error }) => ({
      level: "error",
      message: { text: `The check ${rule.code} (${rule.title}) stopped with an internal fault on ${file.display} and reported nothing there: ${(error as Error)?.message ?? String(error)}` },
      descriptor: { id: rule.code },
    }));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            informationUri: INFORMATION_URI,
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            rules: rules.map(reportingDescriptor),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        invocations: [invocation],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

export function formatSarif(result: CheckResult, cwd: string): string {
  return JSON.stringify(toSarifLog(result, cwd), null, 2) + "\n";
}

function reportingDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  return {
    id: rule.code,
    name: rule.name,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    helpUri: ruleHelpUri(rule.code),
    help: { text: helpText(rule), markdown: helpMarkdown(rule) },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [rule.topic] },
  };
}

function helpText(rule: Rule): string {
  const parts = [`${rule.title}.`, `Why it matters: ${rule.rationale}`];
  if (rule.guidance.length > 0) parts.push(`Guidance: ${rule.guidance.map((g) => g.cite).join("; ")}.`);
  parts.push(`A document that breaks the rule:\n${indent(rule.example.wrong)}`);
  parts.push(`The same document put right:\n${indent(rule.example.right)}`);
  return parts.join("\n\n");
}

function helpMarkdown(rule: Rule): string {
  const parts = [`**${rule.title}.**`, `**Why it matters.** ${rule.rationale}`];
  if (rule.guidance.length > 0) parts.push(`**Guidance.**\n\n${rule.guidance.map((g) => `- ${g.cite}`).join("\n")}`);
  parts.push(`**A document that breaks the rule:**\n\n${fence(rule.example.wrong)}`);
  parts.push(`**The same document put right:**\n\n${fence(rule.example.right)}`);
  return parts.join("\n\n");
}

function indent(text: string): string {
  return text.replace(/\n+$/, "").split("\n").map((line) => `    ${line}`).join("\n");
}

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return `${marks}alliance\n${text.replace(/\n+$/, "")}\n${marks}`;
}

function physicalLocation(file: CheckedFile, range: Range, cwd: string): Sarif.PhysicalLocation {
  return {
    artifactLocation: artifactLocation(file, cwd),
    region: {
      startLine: range.start.line,
      startColumn: range.start.utf16Column,
      endLine: range.end.line,
      endColumn: range.end.utf16Column,
    },
  };
}

/** Relative to %SRCROOT% when the file is inside the current folder; otherwise an absolute file URI. */
function artifactLocation(file: CheckedFile, cwd: string): Sarif.ArtifactLocation {
  const rel = relative(cwd, file.absolute);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    return { uri: pathToFileURL(file.absolute).href };
  }
  return { uri: rel.split(sep).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
