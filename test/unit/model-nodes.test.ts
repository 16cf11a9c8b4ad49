// The model lists every node in the order a walk of the tree visits them, also after a reparse that kept
// clauses from an earlier tree (their nodes are then read from what was listed before).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentModel } from "../../server/src/core/model";
import { parse } from "../../server/src/core/parse";
import { reparse } from "../../server/src/core/incremental-parse";
import { walk, type AnyNode } from "../../server/src/core/tree";

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
