// Keeping the server's memory flat while someone types. Every keystroke makes a new copy of the document's
// text (a large object for V8 when the text is long) and each check makes a tree; V8 frees them only at a
// full collection, which it puts off while the heap is small, so resident memory climbs for thousands of
// edits before it falls. After a check, when the heap has grown well past what was live after the last
// full collection, the server asks for one: a few milliseconds, at most once a second.

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface HeapTrimmer {
  /**
   * Called after each check's findings are sent: collects if the heap has grown enough and the last
   * collection was long enough ago.
   */
  afterCheck(): void;
}

export interface HeapOptions {
  growthBytes?: number;
  minIntervalMs?: number;
  /** For tests: the collection, the heap's figures and the clock. */
  collect?: (() => void) | null;
  memory?: () => { heapTotal: number; heapUsed: number };
  now?: () => number;
}

export function heapTrimmer(options: HeapOptions = {}): HeapTrimmer {
  const growthBytes = options.growthBytes ?? 16 * 1024 * 1024;
  const minIntervalMs = options.minIntervalMs ?? 250;
  const collect = options.collect === undefined ? fullCollection() : options.collect;
  const memory = options.memory ?? (() => process.memoryUsage());
  const now = options.now ?? (() => performance.now());
  if (!collect) return { afterCheck: () => undefined };
  let liveAfterLast = memory().heapUsed;
  let lastAt = -Infinity;
  return {
    afterCheck() {
      if (now() - lastAt < minIntervalMs) return;
      // A large live heap may grow by half again before a collection is worth its time.
      if (memory().heapTotal - liveAfterLast < Math.max(growthBytes, liveAfterLast / 2)) return;
      collect();
      lastAt = now();
      liveAfterLast = memory().heapUsed;
    },
  };
}

/** V8's full collection, made callable without a command-line flag; null where the engine refuses. */
export function fullCollection(): (() => void) | null {
  try {
    const existing = (globalThis as { gc?: () => void }).gc;
    if (typeof existing === "function") return existing;
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as unknown;
    setFlagsFromString("--no-expose-gc");
    return typeof gc === "function" ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
