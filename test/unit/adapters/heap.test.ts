import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fullCollection, heapTrimmer } from "../../../server/src/lsp/heap";

const ROOT = join(__dirname, "..", "..", "..");

describe("keeping the server's heap flat", () => {
  it("collects only when the heap has grown past what was live after the last collection, at most once an interval", () => {
    let t = 0;
    let heap = { heapTotal: 40, heapUsed: 20 };
    let collections = 0;
    const trimmer = heapTrimmer({ growthBytes: 16, minIntervalMs: 250, now: () => t, memory: () => heap, collect: () => (collections++, (heap = { heapTotal: 40, heapUsed: 21 })) });
    heap = { heapTotal: 35, heapUsed: 30 };
    trimmer.afterCheck();
    expect(collections).toBe(0);
    heap = { heapTotal: 60, heapUsed: 50 };
    trimmer.afterCheck();
    expect(collections).toBe(1);
    heap = { heapTotal: 90, heapUsed: 80 };
    t = 100;
    trimmer.afterCheck();
    expect(collections).toBe(1);
    t = 300;
    trimmer.afterCheck();
    expect(collections).toBe(2);
  });

  it("stops the young generation growing once it has reached the cap, and only then", () => {
    let young = 4;
    let stops = 0;
    const trimmer = heapTrimmer({ collect: null, youngCapBytes: 8, youngSize: () => young, stopYoungGrowth: () => stops++ });
    trimmer.afterCheck();
    expect(stops).toBe(0);
    young = 8;
    trimmer.afterCheck();
    young = 16;
    trimmer.afterCheck();
    expect(stops).toBe(1);
  });

  it("keeps this Node's young generation where it was when it reached the cap, through work that would otherwise double it", () => {
    const run = (capped: boolean) => {
      const dir = mkdtempSync(join(tmpdir(), "alliance-heap-"));
      const script = join(dir, "young.ts");
      // In a child process, so that the flag does not change how this test runner's own heap behaves.
      writeFileSync(
        script,
        `import { heapTrimmer, youngGenerationSize } from ${JSON.stringify(join(ROOT, "server", "src", "lsp", "heap"))};
        const kept: object[][] = [];
        // Like a check: much of what it makes outlives the young generation's collections.
        const check = () => { const tree: object[] = []; for (let i = 0; i < 20_000; i++) tree.push({ i, list: [i] }); kept.push(tree); if (kept.length > 4) kept.shift(); };
        const trimmer = heapTrimmer({ collect: null, youngCapBytes: ${capped ? "8 * 1024 * 1024" : "null"} });
        const sizes: number[] = [];
        for (let round = 0; round < 80; round++) { check(); trimmer.afterCheck(); sizes.push(youngGenerationSize()); }
        console.log(JSON.stringify(sizes));`,
      );
      try {
        const out = execFileSync(process.execPath, [join(ROOT, "scripts", "run-ts.cjs"), script], { encoding: "utf8" });
        return JSON.parse(out.trim().split("\n").pop()!) as number[];
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const MB = 1024 * 1024;
    const free = run(false);
    expect(Math.max(...free)).toBeGreaterThanOrEqual(32 * MB);
    const capped = run(true);
    const reached = capped.findIndex((size) => size >= 8 * MB);
    expect(reached).toBeGreaterThanOrEqual(0);
    expect(capped[reached]).toBeLessThanOrEqual(16 * MB);
    // It may shrink again (V8 does when little is allocated), but never grows past where it was stopped.
    expect(Math.max(...capped.slice(reached))).toBe(capped[reached]);
  }, 30_000);

  it("finds V8's full collection without a command-line flag", () => {
    const collect = fullCollection();
    expect(typeof collect).toBe("function");
    expect(() => collect!()).not.toThrow();
  });
});
