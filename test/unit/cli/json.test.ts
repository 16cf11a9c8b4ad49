// `--format json`, parsed and compared exactly.

import { beforeAll, describe, expect, it } from "vitest";
import type { JsonReport } from "../../../server/src/cli/format-json";
import { ruleByCode } from "../../../server/src/core/rules/registry";
import { whyOf } from "../../../server/src/core/rules/rule";
import { dirname } from "node:path";
import { displayPath } from "../../../server/src/cli/files";
import { FIXTURES, languageOnlyConfig, run } from "./helpers";

let config: string;
beforeAll(() => {
  // An unused suppression is information by default; these tests raise it to a warning to see one reported.
  config = languageOnlyConfig({ ALY016: "warning" });
});

/** A rule's explanation as the JSON report carries it, read from the registry. */
function about(code: string) {
  const rule = ruleByCode(code)!;
  return { why: whyOf(rule), guidance: rule.guidance.map((g) => (g.phrase ? { cite: g.cite, phrase: g.phrase } : { cite: g.cite })) };
}

describe("alliance check --format json", () => {
  it("writes one stable document: files, problems with 1-based ranges in characters, related places and a summary", () => {
    const result = run(["check", "broken/undeclared.alliance", "related", "unicode", "clean", "--format", "json", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout.endsWith("}\n")).toBe(true);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report).toEqual({
      version: 1,
      files: [
        {
          path: "broken/undeclared.alliance",
          problems: [
            {
              code: "ALY010",
              severity: "error",
              message: "No party or role is named `Shekinha`. Correct the name, or add it to the parties.",
              ...about("ALY010"),
              range: { start: { line: 6, column: 18 }, end: { line: 6, column: 26 } },
              related: [],
            },
            {
              code: "ALY001",
              severity: "error",
              message: "A spending limit needs an amount after `up to`, for example `up to £1,000`.",
              ...about("ALY001"),
              range: { start: { line: 9, column: 11 }, end: { line: 9, column: 28 } },
              related: [],
            },
          ],
        },
        { path: "clean/agreement.alliance", problems: [] },
        { path: "clean/specification.alliance", problems: [] },
        {
          path: "related/duplicate.alliance",
          problems: [
            {
              code: "ALY011",
              severity: "error",
              message: "The name `PCC` is already used for another party above. Give this party a different name.",
              ...about("ALY011"),
              range: { start: { line: 4, column: 5 }, end: { line: 4, column: 8 } },
              related: [
                { path: "related/duplicate.alliance", message: "`PCC` is first used here", range: { start: { line: 3, column: 5 }, end: { line: 3, column: 8 } } },
              ],
            },
          ],
        },
        {
          path: "unicode/tabs.alliance",
          problems: [
            {
              code: "ALY010",
              severity: "error",
              message: "No party is named `Mênter`. Correct the name, or add it to the parties.",
              ...about("ALY010"),
              range: { start: { line: 6, column: 33 }, end: { line: 6, column: 39 } },
              related: [],
            },
          ],
        },
      ],
      summary: { files: 5, errors: 4, warnings: 0, information: 0, failOn: "error", failed: true },
      settings: { path: displayPath(config, FIXTURES), folder: dirname(config) },
    });
  });

  it("says in the summary when nothing fails", () => {
    const result = run(["check", "broken/warning.alliance", "--format", "json", "--config", config]);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as JsonReport).summary).toEqual({ files: 1, errors: 0, warnings: 1, information: 0, failOn: "error", failed: false });
  });
});
