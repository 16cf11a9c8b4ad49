// The checker against the blind corpus: drafts written from docs/language.md alone and reviewed against the
// guidance (see docs/quality.md). A correct draft gets no warning or error and at most three information
// notes; a flawed draft gets exactly the faults its reviewer found, at warning or error.

import { describe, expect, it } from "vitest";
import { CORPUS, key, precision, recall, runCorpus, score, serious } from "../helpers/corpus";
import { run } from "./cli/helpers";

const results = runCorpus();

describe("the blind corpus", () => {
  it("holds at least 15 agreements and 4 tender packs, correct and flawed", () => {
    const packs = results.filter((r) => !r.name.endsWith(".alliance"));
    expect(results.length - packs.length).toBeGreaterThanOrEqual(15);
    expect(packs.length).toBeGreaterThanOrEqual(4);
    expect(results.some((r) => r.sidecar.verdict === "correct")).toBe(true);
    expect(results.some((r) => r.sidecar.verdict === "flawed")).toBe(true);
  });

  describe.each(results.map((r) => [r.name, r] as const))("%s", (_name, result) => {
    if (result.sidecar.verdict === "correct") {
      it("has no warning or error, and at most three information notes", () => {
        expect(result.actual.filter(serious).map((a) => `${key(a)}: ${a.message}`)).toEqual([]);
        expect(result.actual.filter((a) => a.severity === "info").length).toBeLessThanOrEqual(3);
      });

      it("passes `alliance check` as a procurement team runs it: exit 0", () => {
        const checked = run(["check", result.name, "--no-color"], { cwd: CORPUS });
        expect(checked.stderr).toBe("");
        expect(checked.code, checked.stdout).toBe(0);
      });
    } else {
      it("has exactly the faults its reviewer found, at warning or error", () => {
        const made = result.actual.filter(serious).map((a) => `${key(a)} ${a.severity}`).sort();
        const expected = result.sidecar.findings.filter((f) => !f.missed).map((f) => `${key(f)} ${f.severity}`).sort();
        expect(made).toEqual(expected);
      });
    }
  });

  it("precision at warning and error is at least 97%, and recall at least 95%", () => {
    const { overall } = score(results);
    expect(precision(overall)).toBeGreaterThanOrEqual(0.97);
    expect(recall(overall)).toBeGreaterThanOrEqual(0.95);
  });
});

describe("docs/quality.md", () => {
  it("states the figures the corpus gives today (run `npm run docs` to rewrite them)", async () => {
    const { readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { withFigures } = await import("../helpers/quality");
    const doc = readFileSync(join(__dirname, "..", "..", "docs", "quality.md"), "utf8");
    expect(doc).toBe(withFigures(doc));
  });
});
