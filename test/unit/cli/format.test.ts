import { AnalysisService } from "../../../server/src/core/service/analysis-service";
// The three formatters on a hand-made result: a related place in another file, one in a document that
// was not checked, a problem spanning lines, and a rule that failed.

import { describe, expect, it } from "vitest";
import { toJsonReport } from "../../../server/src/cli/format-json";
import { toSarifLog } from "../../../server/src/cli/format-sarif";
import { formatText, summaryLine } from "../../../server/src/cli/format-text";
import type { CheckResult, CheckedFile } from "../../../server/src/cli/run";
import { SourceText } from "../../../server/src/cli/source";
import type { Problem } from "../../../server/src/core/problem";
import { RULES, ruleByCode } from "../../../server/src/core/rules/registry";
import { marked } from "../../helpers/markers";

const spec = marked('specification S for [|A|] {\n  principles [|open-book,\n    best|]-for-people\n}\n');
const agreement = marked('agreement A {\n  principles {\n    [|open-book|] "Open books"\n  }\n}\n');

function file(display: string, text: string, problems: Problem[]): CheckedFile {
  return { display, absolute: `/pack/${display}`, uri: `file:///pack/${display}`, source: new SourceText(text), problems };
}

function problem(code: string, span: { start: number; end: number }, message: string, related: Problem["related"] = []): Problem {
  const rule = ruleByCode(code)!;
  return { code, severity: rule.severity, message, span, related, why: "Why it matters.", guidance: [{ id: "R1.1", cite: "A report, section 1" }] };
}

function result(): CheckResult {
  const a = file("agreement.alliance", agreement.text, []);
  const s = file("spec.alliance", spec.text, [
    problem("ALY010", spec.spans[1], "these names span two lines", [
      { uri: a.uri, span: agreement.spans[0], message: "`open-book` is declared here" },
      { uri: "file:///elsewhere/other.alliance", span: { start: 0, end: 1 }, message: "and in a document not checked" },
    ]),
  ]);
  const files = [a, s];
  return {
    files,
    byUri: new Map(files.map((f) => [f.uri, f])),
    counts: { errors: 1, warnings: 0, information: 0 },
    service: new AnalysisService(),
    settingsFile: null,
    failOn: "error",
    failed: true,
    ruleErrors: [{ rule: ruleByCode("ALY010")!, file: s, error: new Error("boom") }],
  };
}

describe("the formatters", () => {
  it("text: underlines only the first line of a span, and notes related places in other files", () => {
    expect(formatText(result(), { color: false, quiet: false })).toBe(
      [
        "spec.alliance:2:14: error ALY010 these names span two lines",
        " 2 |   principles open-book,",
        "   |              ^~~~~~~~~~",
        "  why: Why it matters.",
        "  guidance: A report, section 1",
        "agreement.alliance:3:5: note: `open-book` is declared here",
        "file:///elsewhere/other.alliance: note: and in a document not checked",
        "",
        "agreement.alliance: no problems",
        "spec.alliance: 1 error, 0 warnings, 0 information",
        "settings: the defaults (no alliance.config.json in the current folder or any folder above it)",
        "2 files checked: 1 error, 0 warnings, 0 information",
        "",
      ].join("\n"),
    );
  });

  it("json: gives related places their file, or no range for a document not checked", () => {
    const report = toJsonReport(result());
    expect(report.files[1].problems[0].range).toEqual({ start: { line: 2, column: 14 }, end: { line: 3, column: 9 } });
    expect(report.files[1].problems[0].related).toEqual([
      { path: "agreement.alliance", message: "`open-book` is declared here", range: { start: { line: 3, column: 5 }, end: { line: 3, column: 14 } } },
      { path: "file:///elsewhere/other.alliance", message: "and in a document not checked", range: null },
    ]);
  });

  it("sarif: points related locations at the other file and records a rule that failed", () => {
    const log = toSarifLog(result(), "/pack");
    const run = log.runs[0];
    expect(run.results![0].locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: "spec.alliance", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 14, endLine: 3, endColumn: 9 } } },
    ]);
    expect(run.results![0].relatedLocations).toEqual([
      {
        id: 0,
        message: { text: "`open-book` is declared here" },
        physicalLocation: { artifactLocation: { uri: "agreement.alliance", uriBaseId: "%SRCROOT%" }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 14 } },
      },
    ]);
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        properties: { settingsFile: null },
        toolExecutionNotifications: [
          {
            level: "error",
            message: { text: "The check ALY010 (A name is used that nothing declares) stopped with an internal fault on spec.alliance and reported nothing there: boom" },
            descriptor: { id: "ALY010" },
          },
        ],
      },
    ]);
    expect(run.tool.driver.rules!.map((r) => r.id)).toEqual(RULES.map((r) => r.code));
  });

  it("sarif: uses an absolute file URI for a file outside the current folder, and escapes names", () => {
    const r = result();
    r.files[1].absolute = "/elsewhere/spec.alliance";
    r.files[0].absolute = "/pack/with space/ä.alliance";
    const run = toSarifLog(r, "/pack").runs[0];
    expect(run.results![0].locations![0].physicalLocation!.artifactLocation).toEqual({ uri: "file:///elsewhere/spec.alliance" });
    expect(run.results![0].relatedLocations![0].physicalLocation!.artifactLocation).toEqual({ uri: "with%20space/%C3%A4.alliance", uriBaseId: "%SRCROOT%" });
  });

  it("sums up in plain words", () => {
    expect(summaryLine(1, { errors: 0, warnings: 0, information: 0 })).toBe("1 file checked: no problems");
    expect(summaryLine(3, { errors: 2, warnings: 1, information: 0 })).toBe("3 files checked: 2 errors, 1 warning, 0 information");
    expect(summaryLine(2, { errors: 1, warnings: 2, information: 1 })).toBe("2 files checked: 1 error, 2 warnings, 1 information");
  });
});
