// Runs a check's steps a slice at a time, letting other work (such as the next keystroke arriving) in
// between slices, and stopping between rules as soon as the result is no longer wanted.

import type { CancellationToken } from "./cancellation";

export interface Pacing {
  /** How long the steps may run before other work is let in. */
  sliceMs: number;
  now: () => number;
  /** Lets other work in: the event loop's turn. */
  pause: () => Promise<void>;
}

/** The event loop's next turn: `setImmediate` where there is one (Node), else a zero timeout. */
const nextTurn: (run: () => void) => void = typeof setImmediate === "function" ? (run) => setImmediate(run) : (run) => setTimeout(run, 0);

export const DEFAULT_PACING: Pacing = {
  sliceMs: 8,
  now: () => performance.now(),
  pause: () => new Promise((resolve) => nextTurn(() => resolve())),
};

/** The steps' result, or null when the token was raised before the last step. */
export async function runSteps<T>(steps: Generator<void, T, void>, token: CancellationToken, pacing: Pacing = DEFAULT_PACING): Promise<T | null> {
  let sliceStart = pacing.now();
  for (;;) {
    if (token.isCancellationRequested) {
      steps.return(undefined as never);
      return null;
    }
    const step = steps.next();
    if (step.done) return step.value;
    if (pacing.now() - sliceStart >= pacing.sliceMs) {
      await pacing.pause();
      sliceStart = pacing.now();
    }
  }
}
