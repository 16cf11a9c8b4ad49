// The parser knows nothing of the rules: nothing parse.ts reads, directly or through another module,
// comes from server/src/core/rules, so the rules can import the parser without a cycle.

import * as fs from "fs";
import * as path from "path";
import { describe, expect, it } from "vitest";

const CORE = path.join(__dirname, "../../../server/src/core");

/** The project's own modules a module imports, as files. */
function importsOf(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  return [...source.matchAll(/(?:from|import)\s+"(\.[^"]+)"/g)].flatMap((m) => {
    const base = path.resolve(path.dirname(file), m[1]);
    const found = [`${base}.ts`, path.join(base, "index.ts"), base].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
    return found ? [found] : [];
  });
}

function reachableFrom(file: string): Set<string> {
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...importsOf(next));
  }
  return seen;
}

describe("what the parser imports", () => {
  for (const entry of ["parse.ts", "incremental-parse.ts"]) {
    it(`${entry} reaches no module of the rules`, () => {
      const reached = [...reachableFrom(path.join(CORE, entry))].map((f) => path.relative(CORE, f));
      expect(reached).toContain("tree.ts");
      expect(reached.filter((f) => f.startsWith(`rules${path.sep}`))).toEqual([]);
    });
  }
});
