// When to check a document while it is being typed in. There is no fixed wait: a document whose last
// check was cheap is checked as soon as a change arrives; one whose check is dearer waits about as long
// as a check costs, so that a burst of keys costs one check, not one per key. A newer text cancels the
// check in progress, unless that would leave the person without findings for longer than `maxWaitMs`:
// then the check finishes and its findings are shown while the newer text is checked.

import type { Problem } from "../problem";
import type { DocumentState } from "../workspace";
import type { AnalysisService } from "./analysis-service";

/** What the scheduler needs of the analysis service. */
export type CheckSource = Pick<
  AnalysisService,
  "document" | "problems" | "problemsNow" | "cancel" | "isChecked" | "latestProblems" | "lastCheckCost" | "staleResults"
>;

export interface SchedulerPolicy {
  /** A check at most this long (ms) runs at once, with no wait. */
  cheapMs: number;
  /** While typing goes on, findings arrive at least this often (ms). */
  maxWaitMs: number;
}

export const DEFAULT_POLICY: SchedulerPolicy = { cheapMs: 15, maxWaitMs: 300 };

export interface Timers {
  now(): number;
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const REAL_TIMERS: Timers = {
  now: () => performance.now(),
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Findings ready for a document: `current` is false when its text moved on while they were worked out. */
export interface Delivery {
  uri: string;
  problems: Problem[];
  state: DocumentState;
  current: boolean;
}

interface Pending {
  timer: unknown;
  /** When the first change not yet covered by delivered findings arrived. */
  since: number | null;
  /** Whether a check is in progress. */
  running: boolean;
  /** Whether a newer text arrived while the check in progress ran, and when. */
  changedWhileRunning: number | null;
  /** When the change before the latest arrived: keys closer together than a check are a burst. */
  previousChangeAt: number;
  lastChangeAt: number;
  waiters: ((problems: Problem[]) => void)[];
}

export class CheckScheduler {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly service: CheckSource,
    private readonly deliver: (delivery: Delivery) => void,
    private readonly timers: Timers = REAL_TIMERS,
    private readonly policy: SchedulerPolicy = DEFAULT_POLICY,
    private readonly onFault: (uri: string, error: unknown) => void = () => undefined,
  ) {}

  /** The document's text changed (or it was opened, or something it reads changed). */
  changed(uri: string): void {
    const entry = this.entry(uri);
    const now = this.timers.now();
    entry.since ??= now;
    entry.previousChangeAt = entry.lastChangeAt;
    entry.lastChangeAt = now;
    if (entry.running) {
      entry.changedWhileRunning ??= now;
      // Cancel the older check only if a fresh one can still be shown within the promised wait.
      if (now + this.cost(uri) <= entry.since + this.policy.maxWaitMs) this.service.cancel(uri);
      return; // when the running check ends, the newer text is scheduled
    }
    this.arm(uri, entry, this.delay(uri, entry, now));
  }

  /** Check now, with no wait: a document just opened, or findings asked for. */
  checkNow(uri: string): void {
    const entry = this.entry(uri);
    entry.since ??= this.timers.now();
    if (entry.running) return;
    this.arm(uri, entry, 0);
  }

  /**
   * The findings for the document as it stands, for an editor that asks for them. If they cannot be
   * ready within the promised wait, the latest findings are answered, moved to where they now stand.
   */
  async findings(uri: string): Promise<{ problems: Problem[]; current: boolean }> {
    if (this.service.isChecked(uri)) return { problems: this.service.problemsNow(uri), current: true };
    if (!this.service.document(uri)) return { problems: [], current: true };
    const entry = this.entry(uri);
    const ready = new Promise<Problem[]>((resolve) => entry.waiters.push(resolve));
    this.checkNow(uri);
    // Never checked: there is nothing earlier to answer with, so wait for the first findings.
    if (this.service.lastCheckCost(uri) === null) return { problems: await ready, current: true };
    const waitFor = Math.max(0, (entry.since ?? this.timers.now()) + this.policy.maxWaitMs - this.timers.now());
    let timer: unknown;
    const late = new Promise<"late">((resolve) => (timer = this.timers.set(() => resolve("late"), waitFor)));
    const first = await Promise.race([ready, late]);
    this.timers.clear(timer);
    if (first !== "late" && this.service.isChecked(uri)) return { problems: first, current: true };
    return { problems: this.service.latestProblems(uri) ?? [], current: false };
  }

  /** The document was closed or removed: stop checking it. */
  forget(uri: string): void {
    const entry = this.pending.get(uri);
    if (!entry) return;
    this.timers.clear(entry.timer);
    this.service.cancel(uri);
    for (const waiter of entry.waiters) waiter([]);
    this.pending.delete(uri);
  }

  private entry(uri: string): Pending {
    let entry = this.pending.get(uri);
    if (!entry) {
      entry = { timer: undefined, since: null, running: false, changedWhileRunning: null, previousChangeAt: -Infinity, lastChangeAt: -Infinity, waiters: [] };
      this.pending.set(uri, entry);
    }
    return entry;
  }

  private cost(uri: string): number {
    return this.service.lastCheckCost(uri) ?? 0;
  }

  /**
   * No wait for a cheap check, or for a key that comes after a pause; while keys come faster than a check
   * takes, about a check's cost, but never past the promised wait.
   */
  private delay(uri: string, entry: Pending, now: number): number {
    const cost = this.cost(uri);
    if (cost <= this.policy.cheapMs) return 0;
    if (entry.lastChangeAt - entry.previousChangeAt > cost) return 0;
    const latestStart = (entry.since ?? now) + this.policy.maxWaitMs - cost - now;
    return Math.max(0, Math.min(cost, latestStart));
  }

  private arm(uri: string, entry: Pending, ms: number): void {
    this.timers.clear(entry.timer);
    entry.timer = this.timers.set(() => {
      entry.timer = undefined;
      this.run(uri, entry);
    }, ms);
  }

  private run(uri: string, entry: Pending): void {
    const state = this.service.document(uri);
    if (!state) return;
    entry.running = true;
    void this.service.problems({ uri }).then(
      (problems) => {
        entry.running = false;
        const current = this.service.document(uri) === state;
        if (problems !== null) {
          entry.since = current ? null : entry.changedWhileRunning;
          this.deliver({ uri, problems, state, current });
          if (current) for (const waiter of entry.waiters.splice(0)) waiter(problems);
        }
        entry.changedWhileRunning = null;
        if (!current || problems === null) {
          if (this.service.document(uri)) this.arm(uri, entry, this.delay(uri, entry, this.timers.now()));
        } else {
          // What read this document's old text is now out of date too.
          for (const other of this.service.staleResults()) if (other !== uri && this.pending.has(other)) this.changed(other);
        }
      },
      (error) => {
        entry.running = false;
        this.onFault(uri, error);
      },
    );
  }
}
