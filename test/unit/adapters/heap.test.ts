import { describe, expect, it } from "vitest";
import { fullCollection, heapTrimmer } from "../../../server/src/lsp/heap";

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

  it("finds V8's full collection without a command-line flag", () => {
    const collect = fullCollection();
    expect(typeof collect).toBe("function");
    expect(() => collect!()).not.toThrow();
  });
});
