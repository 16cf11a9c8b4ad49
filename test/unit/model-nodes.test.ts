// The model lists every node in the order a walk of the tree visits them, also after a reparse that kept
// clauses from an earlier tree (their nodes are then read from what was listed before).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentModel } from "../../server/src/core/model";
import { parse } from "../../server/src/core/parse";
import { reparse } from "../../server/src/core/incremental-parse";
import { walk, type AnyNode } from "../../server/src/core/tree";
import { Workspace } from "../../server/src/core/workspace";

const SAMPLES = join(__dirname, "..", "..", "samples");
const samples = readdirSync(SAMPLES, { recursive: true }).map(String).filter((f) => f.endsWith(".alliance")).map((f) => readFileSync(join(SAMPLES, f), "utf8"));

function walked(file: ReturnType<typeof parse>["file"]): AnyNode[] {
  const nodes: AnyNode[] = [];
  walk(file.document, (node) => nodes.push(node));
  return nodes;
}

describe("the model's nodes", () => {
  it("are the walk's, in its order, for every sample", () => {
    for (const text of samples) {
      const { file } = parse(text);
      const model = new DocumentModel(file);
      expect(model.nodes.length).toBe(walked(file).length);
      expect(model.nodes.every((node, i) => node === walked(file)[i])).toBe(true);
    }
  });

  it("are the walk's after a reparse that kept most clauses, with their moved spans", () => {
    for (const text of samples) {
      const first = parse(text);
      new DocumentModel(first.file);
      const at = text.indexOf('"', Math.floor(text.length / 2)) + 1;
      if (at <= 0) continue;
      const edited = `${text.slice(0, at)}Xy ${text.slice(at)}`;
      const again = reparse(first, text, edited);
      const model = new DocumentModel(again.file);
      const expected = walked(again.file);
      expect(model.nodes).toHaveLength(expected.length);
      expect(model.nodes.every((node, i) => node === expected[i])).toBe(true);
      expect(new DocumentModel(parse(edited).file).declarationOrder.map((d) => [d.name, d.span.start])).toEqual(model.declarationOrder.map((d) => [d.name, d.span.start]));
    }
  });
});

describe("what a model works out from one clause", () => {
  const text = readFileSync(join(SAMPLES, "plymouth", "agreement.alliance"), "utf8");
  const uri = "file:///plymouth.alliance";

  it("is handed on to the next model for each clause a reparse kept, and worked out again for a clause it read again", () => {
    const workspace = new Workspace();
    const helper = {};
    const made: string[] = [];
    const work = (model: DocumentModel) =>
      model.items.filter((item) => item.kind !== "Error").map((item) => model.perClause(helper, item, (clause) => (made.push(clause.kind), { kind: clause.kind })));
    const first = work(workspace.set(uri, text).model);
    expect(made.length).toBe(first.length);

    // An edit inside a principle's wording: the reparse keeps most clauses (the same objects) and reads the rest again.
    const firstModel = workspace.get(uri)!.model;
    const before = [...firstModel.items];
    const at = text.indexOf('"', text.indexOf("\n  principles ")) + 1;
    made.length = 0;
    const model = workspace.set(uri, `${text.slice(0, at)}Truly, ${text.slice(at)}`).model;
    const second = work(model);
    const readAgain = model.items.filter((item) => item.kind !== "Error" && !before.includes(item)).map((item) => item.kind);
    expect(readAgain).toContain("Principles");
    expect(readAgain.length).toBeLessThan(before.length / 4);
    expect(made).toEqual(readAgain);
    const kept = model.items.filter((item) => item.kind !== "Error").map((item, i) => [item, second[i]] as const).filter(([item]) => before.includes(item));
    for (const [item, value] of kept) expect(value).toBe(first[before.filter((b) => b.kind !== "Error").indexOf(item)]);
  });

  it("is worked out afresh for a text parsed afresh", () => {
    const helper = {};
    let calls = 0;
    const model = new DocumentModel(parse(text).file);
    const block = model.clauses("Principles")[0];
    model.perClause(helper, block, () => ++calls);
    model.perClause(helper, block, () => ++calls);
    new DocumentModel(parse(text).file, model).perClause(helper, new DocumentModel(parse(text).file).clauses("Principles")[0], () => ++calls);
    expect(calls).toBe(2);
  });
});
