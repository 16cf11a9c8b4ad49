// The check command lets go of each document's tree once the document and every document that reads it
// are checked, so that a large folder is not held in memory at once. Nothing it finds may change for that:
// the samples (an agreement with the specification, tender and evaluation written for it, and documents
// with problems of every kind) are checked both ways and compared.

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { expandInputs } from "../../../server/src/cli/files";
import { checkFiles } from "../../../server/src/cli/run";
import { RULES } from "../../../server/src/core/rules/registry";

const ROOT = resolve(__dirname, "../../..");
const everyRule = { rules: Object.fromEntries(RULES.map((rule) => [rule.code, rule.severity === "info" ? "info" : rule.severity])) };
const TODAY = () => "2026-12-03";

function findings(settle: boolean, inputs: string[]) {
  const result = checkFiles(expandInputs(inputs, ROOT), everyRule as never, "error", null, TODAY, settle);
  return { result, byFile: result.files.map((file) => [file.display, file.problems] as const) };
}

describe("letting go of each tree once it is checked", () => {
  it("changes no finding, for documents read across and on their own", () => {
    // Tender and evaluation first, so that the agreement they read is let go of only after them.
    const inputs = ["samples/plymouth/evaluation.alliance", "samples/plymouth/tender.alliance", "samples/plymouth", "samples/york", "samples/broken"];
    const kept = findings(false, inputs);
    const settled = findings(true, inputs);
    expect(settled.byFile.length).toBeGreaterThan(20);
    expect(settled.byFile.flatMap(([, problems]) => problems).length).toBeGreaterThan(20);
    expect(settled.byFile).toEqual(kept.byFile);
  });

  it("leaves every document readable afterwards: a tree asked for again is parsed again", () => {
    const { result } = findings(true, ["samples/plymouth"]);
    for (const file of result.files) {
      const state = result.service.document(file.uri)!;
      expect(state.model.document?.name?.name).toMatch(/^Plymouth/);
      expect(result.service.problemsNow(file.uri)).toBe(file.problems);
    }
    expect(result.service.summary({ uri: null, pathOf: (uri) => result.byUri.get(uri)!.display }).documents.length).toBe(4);
  });

  it("keeps what each header says of the links, read again after the folder changes", () => {
    const { result } = findings(true, ["samples/plymouth"]);
    const chainOf = (name: string) => result.service.linkedModels(result.files.find((f) => f.display.endsWith(name))!.uri).map((m) => m.name);
    const before = chainOf("evaluation.alliance");
    for (const file of result.files) result.service.settle(file.uri);
    result.service.setDocument("file:///elsewhere.alliance", 'agreement Elsewhere "Another alliance" {\n}\n');
    expect(before.length).toBeGreaterThan(1);
    expect(chainOf("evaluation.alliance")).toEqual(before);
  });
});
