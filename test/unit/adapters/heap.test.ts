import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fullCollection, heapTrimmer } from "../../../server/src/lsp/heap";

const ROOT = join(__dirname, "..", "..", "..");
/** A timer that never fires, for the tests that are not about pauses in typing. */
const NO_TIMER = { set: () => null, clear: () => undefined };

describe("keeping the server's heap flat", () => {
  it("collects only when the heap has grown past what was live after the last collection, at most once an interval", () => {
    let t = 0;
    let heap = { heapTotal: 40, heapUsed: 20 };
    let collections = 0;
    const trimmer = heapTrimmer({ growthBytes: 16, minIntervalMs: 250, now: () => t, memory: () => heap, collect: () => (collections++, (heap = { heapTotal: 40, heapUsed: 21 })), timer: NO_TIMER });
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

  it("collects once typing pauses, if the heap holds more than a little past what was live, and not while it goes on", () => {
    let heap = { heapTotal: 30, heapUsed: 20 };
    let collections = 0;
    const compacted: boolean[] = [];
    const pending: (() => void)[] = [];
    const timer = { set: (run: () => void) => pending.push(run), clear: (handle: unknown) => (pending[(handle as number) - 1] = () => undefined) };
    const trimmer = heapTrimmer({ growthBytes: 100, idleMs: 500, idleGrowthBytes: 4, now: () => 0, memory: () => heap, collect: (compact) => (collections++, compacted.push(compact), (heap = { heapTotal: 22, heapUsed: 20 })), timer });
    // Two checks in a row: only the last one's pause counts.
    trimmer.afterCheck();
    heap = { heapTotal: 26, heapUsed: 24 };
    trimmer.afterCheck();
    expect(collections).toBe(0);
    for (const run of pending.splice(0)) run();
    expect(collections).toBe(1);
    expect(compacted).toEqual([true]);
    // Paused again with hardly anything past what was live: nothing to give back.
    heap = { heapTotal: 22, heapUsed: 21 };
    trimmer.afterCheck();
    for (const run of pending.splice(0)) run();
    expect(collections).toBe(1);
  });


  it("asks for no collection while much is live, typing or paused, and takes up asking once less is in use", () => {
    let t = 0;
    let heap = { heapTotal: 20, heapUsed: 10 };
    let collections = 0;
    const pending: (() => void)[] = [];
    const timer = { set: (run: () => void) => pending.push(run), clear: () => undefined };
    const afterCollection = () => ({ heapTotal: heap.heapTotal, heapUsed: live });
    let live = 150;
    const trimmer = heapTrimmer({ growthBytes: 8, largeLiveBytes: 100, minIntervalMs: 0, idleGrowthBytes: 1, now: () => t, memory: () => heap, collect: () => (collections++, (heap = afterCollection())), timer });
    // The first check of a large document: one collection finds out how much is live.
    heap = { heapTotal: 300, heapUsed: 250 };
    trimmer.afterCheck();
    expect(collections).toBe(1);
    // Then, however far the heap grows, typing goes on with no collection asked for, nor a pause's.
    for (const used of [200, 260, 280]) {
      t += 10;
      heap = { heapTotal: 400, heapUsed: used };
      trimmer.afterCheck();
      for (const run of pending.splice(0)) run();
    }
    expect(collections).toBe(1);
    // The document closed: V8's own collections leave little in use, and the server asks again.
    live = 20;
    heap = { heapTotal: 60, heapUsed: 30 };
    t += 10;
    trimmer.afterCheck();
    expect(collections).toBe(2);
  });
  it("stops the young generation growing once it has reached the cap, and only then", () => {
    let young = 4;
    let stops = 0;
    const trimmer = heapTrimmer({ collect: null, youngCapBytes: 8, youngSize: () => young, stopYoungGrowth: () => stops++, timer: NO_TIMER });
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

  it("compacts when asked: pages left mostly empty by a collection are given back, which a plain collection keeps", () => {
    const run = (mode: "plain" | "compacting") => {
      const dir = mkdtempSync(join(tmpdir(), "alliance-heap-"));
      const script = join(dir, "compact.ts");
      // In a child process, so that this test runner's own heap does not decide what is on which page.
      writeFileSync(
        script,
        `import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
        import { runInNewContext } from "node:vm";
        import { fullCollection } from ${JSON.stringify(join(ROOT, "server", "src", "lsp", "heap"))};
        const oldSpace = () => getHeapSpaceStatistics().find((s) => s.space_name === "old_space")!.space_size;
        const ours = fullCollection()!;
        setFlagsFromString("--expose-gc");
        const plain = runInNewContext("gc") as () => void;
        // Objects old enough to be in the old generation; then all but one in fifty are let go, a few on every page.
        let objects: object[] = [];
        for (let i = 0; i < 400_000; i++) objects.push({ i, text: "x" + i });
        plain();
        plain();
        const before = oldSpace();
        const kept = objects.filter((_, i) => i % 50 === 0);
        objects = [];
        ${mode === "plain" ? "ours(false)" : "ours(true)"};
        console.log(JSON.stringify({ before, after: oldSpace(), kept: kept.length }));`,
      );
      try {
        const out = execFileSync(process.execPath, [join(ROOT, "scripts", "run-ts.cjs"), script], { encoding: "utf8" });
        return JSON.parse(out.trim().split("\n").pop()!) as { before: number; after: number; kept: number };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const MB = 1024 * 1024;
    const plain = run("plain");
    const ours = run("compacting");
    expect(plain.kept).toBe(8_000);
    expect(plain.before).toBeGreaterThan(16 * MB);
    expect(plain.after).toBeGreaterThan(plain.before / 2);
    expect(ours.after).toBeLessThan(ours.before / 2);
  }, 30_000);

  it("finds V8's full collection without a command-line flag", () => {
    const collect = fullCollection();
    expect(typeof collect).toBe("function");
    expect(() => collect!(false)).not.toThrow();
  });
});
