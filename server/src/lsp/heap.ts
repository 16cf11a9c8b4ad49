// Keeping the server's memory flat while someone types. Every keystroke makes a new copy of the document's
// text (a large object for V8 when the text is long) and each check makes a tree; V8 frees them only at a
// full collection, which it puts off while the heap is small, so resident memory climbs for thousands of
// edits before it falls. After a check, when the heap has grown well past what was live after the last
// full collection (8 MB, or half of what was live), the server asks for one: a few milliseconds, at most
// every quarter of a second.
//
// V8 also doubles its young generation (where new objects start) each time many of them outlive a
// collection, up to 32 MB by default. A check's tree outlives many collections, so the young generation
// soon reaches its largest size and stays there: a quarter of the server's memory for a small document.
// After each check (and every 50 ms until then) the server looks at its size, and once it has reached
// 8 MB (enough for a small document's collections to stay short) tells V8 to grow it no further. A large
// document's first check takes it further on its own; it then stays where that check left it.

import { getHeapSpaceStatistics, setFlagsFromString } from "node:v8";
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
  /** The young generation's size past which it may grow no more; null leaves V8 to size it. */
  youngCapBytes?: number | null;
  /** For tests: the young generation's size now, and what stops it growing. */
  youngSize?: () => number;
  stopYoungGrowth?: () => void;
  minIntervalMs?: number;
  /** For tests: the collection, the heap's figures and the clock. */
  collect?: (() => void) | null;
  memory?: () => { heapTotal: number; heapUsed: number };
  now?: () => number;
}

export function heapTrimmer(options: HeapOptions = {}): HeapTrimmer {
  const growthBytes = options.growthBytes ?? 8 * 1024 * 1024;
  const minIntervalMs = options.minIntervalMs ?? 250;
  const collect = options.collect === undefined ? fullCollection() : options.collect;
  const memory = options.memory ?? (() => process.memoryUsage());
  const now = options.now ?? (() => performance.now());
  const capYoung = youngGenerationCap(options);
  if (!collect) return { afterCheck: capYoung };
  let liveAfterLast = memory().heapUsed;
  let lastAt = -Infinity;
  return {
    afterCheck() {
      capYoung();
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

/**
 * A check for the young generation's size: once it has reached the cap, V8 is told to stop doubling it.
 * V8 reads its growth factor each time it grows the young generation, so the flag takes effect in a
 * running process (the cap's own flag, --max-semi-space-size, is read only at start-up).
 */
function youngGenerationCap(options: HeapOptions): () => void {
  const cap = options.youngCapBytes === undefined ? 8 * 1024 * 1024 : options.youngCapBytes;
  if (cap === null) return () => undefined;
  const size = options.youngSize ?? youngGenerationSize;
  const stop = options.stopYoungGrowth ?? (() => setFlagsFromString("--semi-space-growth-factor=1"));
  let stopped = false;
  // Also on a timer until it is done: while keys come faster than checks, no check finishes for a while.
  const timer = setInterval(() => look(), YOUNG_LOOK_MS);
  timer.unref();
  const look = () => {
    if (stopped || size() < cap) return;
    stop();
    stopped = true;
    clearInterval(timer);
  };
  return look;
}

const YOUNG_LOOK_MS = 50;

/** The bytes V8 has set aside for new objects. */
export function youngGenerationSize(): number {
  return getHeapSpaceStatistics().find((space) => space.space_name === "new_space")?.space_size ?? 0;
}
