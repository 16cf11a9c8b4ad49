// Keeping the server's memory flat while someone types. Every keystroke makes a new copy of the document's
// text (a large object for V8 when the text is long) and each check makes a tree; V8 frees them only at a
// full collection, which it puts off while the heap is small, so resident memory climbs for thousands of
// edits before it falls. After a check, when the heap has grown well past what was live after the last
// full collection (8 MB, or half of what was live), the server asks for one: a few milliseconds, at most
// every quarter of a second. When typing pauses (no check for half a second) and the heap holds more than
// a megabyte past what was live, it asks for one too, and that one compacts (`fullCollection`), so that
// what the server keeps between bursts of typing is what is live, not wherever the last burst left it.
// Collections while typing do not compact: over a large document's heap, compacting takes far longer.
// A collection the server asks for stops everything until it is done: a few milliseconds for a small
// document, but 50 ms or more between a keystroke and its findings once tens of megabytes are live, while
// V8's own collections mark a large heap in the background. So while more than 32 MB is live (a document
// of some 30,000 lines) the server asks for none, and takes up asking again when what is in use falls
// below that (the document closed).
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
  /** What is live past which the server leaves collections to V8. */
  largeLiveBytes?: number;
  /** How long after the last check typing counts as paused, and how much past what was live is then worth a collection. */
  idleMs?: number;
  idleGrowthBytes?: number;
  /** For tests: the collection, the heap's figures, the clock and the timer. */
  collect?: ((compact: boolean) => void) | null;
  memory?: () => { heapTotal: number; heapUsed: number };
  now?: () => number;
  timer?: { set(run: () => void, ms: number): unknown; clear(handle: unknown): void };
}

const UNREF_TIMER = {
  set: (run: () => void, ms: number) => setTimeout(run, ms).unref(),
  clear: (handle: unknown) => clearTimeout(handle as NodeJS.Timeout),
};

export function heapTrimmer(options: HeapOptions = {}): HeapTrimmer {
  const growthBytes = options.growthBytes ?? 8 * 1024 * 1024;
  const minIntervalMs = options.minIntervalMs ?? 250;
  const collect = options.collect === undefined ? fullCollection() : options.collect;
  const memory = options.memory ?? (() => process.memoryUsage());
  const now = options.now ?? (() => performance.now());
  const capYoung = youngGenerationCap(options);
  if (!collect) return { afterCheck: capYoung };
  const idleMs = options.idleMs ?? 500;
  const idleGrowthBytes = options.idleGrowthBytes ?? 1024 * 1024;
  const timer = options.timer ?? UNREF_TIMER;
  const largeLiveBytes = options.largeLiveBytes ?? 32 * 1024 * 1024;
  let liveAfterLast = memory().heapUsed;
  let lastAt = -Infinity;
  let idle: unknown = null;
  const collectNow = (compact: boolean) => {
    collect(compact);
    lastAt = now();
    liveAfterLast = memory().heapUsed;
  };
  const whenIdle = () => {
    idle = null;
    if (liveAfterLast <= largeLiveBytes && memory().heapTotal - liveAfterLast >= idleGrowthBytes) collectNow(true);
  };
  return {
    afterCheck() {
      capYoung();
      const { heapTotal, heapUsed } = memory();
      // Less in use than was live: V8's own collections freed something since, so less is live.
      if (heapUsed < liveAfterLast) liveAfterLast = heapUsed;
      if (liveAfterLast > largeLiveBytes) return;
      if (idle !== null) timer.clear(idle);
      idle = timer.set(whenIdle, idleMs);
      if (now() - lastAt < minIntervalMs) return;
      // A large live heap may grow by half again before a collection is worth its time.
      if (heapTotal - liveAfterLast < Math.max(growthBytes, liveAfterLast / 2)) return;
      collectNow(false);
    },
  };
}

/**
 * V8's full collection, made callable without a command-line flag; null where the engine refuses. When
 * asked to compact, V8 moves what is live out of pages left mostly empty, so that they can be given back:
 * without that, a page that keeps a few live objects stays, and the heap the server holds creeps up over
 * thousands of edits while what is live stays the same. Only that collection is made to compact (V8 reads
 * the flag as each collection starts); V8's own keep their usual choice.
 */
export function fullCollection(): ((compact: boolean) => void) | null {
  try {
    let gc = (globalThis as { gc?: () => void }).gc as unknown;
    if (typeof gc !== "function") {
      setFlagsFromString("--expose-gc");
      gc = runInNewContext("gc") as unknown;
      setFlagsFromString("--no-expose-gc");
    }
    if (typeof gc !== "function") return null;
    const collect = gc as () => void;
    return (compact) => {
      if (!compact) return collect();
      setFlagsFromString("--compact-on-every-full-gc");
      try {
        collect();
      } finally {
        setFlagsFromString("--no-compact-on-every-full-gc");
      }
    };
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
