// The scheduler's timing, on a clock the test moves: no fixed wait, a wait about a check's cost for a
// dear document, a newer text cancelling the older check, and findings arriving at least every 300 ms
// however long the typing goes on. The checks are stand-ins that take exactly as long as the test says.

import { describe, expect, it } from "vitest";
import type { Problem } from "../../../server/src/core/problem";
import { CheckScheduler, DEFAULT_POLICY, type CheckSource, type Delivery, type Timers } from "../../../server/src/core/service/check-scheduler";
import type { DocumentState } from "../../../server/src/core/workspace";

const URI = "file:///a.alliance";

class FakeClock implements Timers {
  t = 0;
  private timers: { at: number; run: () => void; id: number }[] = [];
  private next = 0;
  now = () => this.t;
  set = (run: () => void, ms: number) => {
    const id = ++this.next;
    this.timers.push({ at: this.t + ms, run, id });
    return id;
  };
  clear = (handle: unknown) => {
    this.timers = this.timers.filter((t) => t.id !== handle);
  };
  /** Moves time on a millisecond at a time, running what falls due and letting promises settle. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      await settle();
      const due = this.timers.filter((t) => t.at <= this.t).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (due) {
        this.clear(due.id);
        due.run();
        continue;
      }
      if (this.t >= end) return;
      this.t++;
    }
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A document whose every check takes `cost` ms of the fake clock. */
class FakeSource implements CheckSource {
  version = 1;
  states = new Map<number, DocumentState>();
  started: { version: number; at: number }[] = [];
  cancelled: number[] = [];
  private running: { version: number; resolve: (p: Problem[] | null) => void; timer: unknown } | null = null;
  private checked: number | null = null;

  constructor(private clock: FakeClock, public cost: number) {}

  state(version = this.version): DocumentState {
    let state = this.states.get(version);
    if (!state) this.states.set(version, (state = { uri: URI, text: `v${version}`, version } as unknown as DocumentState));
    return state;
  }
  type(): void {
    this.version++;
  }
  document = () => this.state();
  problems = () => {
    const version = this.version;
    this.started.push({ version, at: this.clock.t });
    return new Promise<Problem[] | null>((resolve) => {
      const timer = this.clock.set(() => {
        this.running = null;
        this.checked = version;
        resolve([]);
      }, this.cost);
      this.running = { version, resolve, timer };
    });
  };
  problemsNow = () => [];
  cancel = () => {
    if (!this.running) return;
    this.cancelled.push(this.running.version);
    this.clock.clear(this.running.timer);
    this.running.resolve(null);
    this.running = null;
  };
  isChecked = () => this.checked === this.version;
  latestProblems = () => (this.checked === null ? null : []);
  lastCheckCost = () => (this.checked === null && this.started.length === 0 ? null : this.cost);
  staleResults = () => [];
}

function setUp(cost: number) {
  const clock = new FakeClock();
  const source = new FakeSource(clock, cost);
  const deliveries: (Delivery & { at: number })[] = [];
  const scheduler = new CheckScheduler(source, (d) => deliveries.push({ ...d, at: clock.t }), clock, DEFAULT_POLICY);
  return { clock, source, deliveries, scheduler };
}

describe("the check scheduler", () => {
  it("checks a cheap document as soon as a change arrives, with no wait", async () => {
    const { clock, source, deliveries, scheduler } = setUp(5);
    scheduler.checkNow(URI);
    await clock.advance(5);
    source.type();
    scheduler.changed(URI);
    await clock.advance(0);
    expect(source.started.at(-1)).toEqual({ version: 2, at: 5 });
    await clock.advance(5);
    expect(deliveries.map((d) => [d.state.version, d.at, d.current])).toEqual([[1, 5, true], [2, 10, true]]);
  });

  it("checks a dear document at once after a pause, and waits about a check's cost between keys that come faster", async () => {
    const { clock, source, deliveries, scheduler } = setUp(100);
    scheduler.checkNow(URI);
    await clock.advance(100);
    for (let i = 0; i < 3; i++) {
      source.type();
      scheduler.changed(URI);
      await clock.advance(30);
    }
    // The first key came after a pause and was checked at once; the second cancelled that check, and the
    // burst then waited a check's cost after its last key, so the burst cost one finished check.
    expect(source.started.map((s) => [s.version, s.at])).toEqual([[1, 0], [2, 100]]);
    expect(source.cancelled).toEqual([2]);
    await clock.advance(200);
    expect(source.started.map((s) => [s.version, s.at])).toEqual([[1, 0], [2, 100], [4, 260]]);
    expect(deliveries.map((d) => d.state.version)).toEqual([1, 4]);
    await clock.advance(1000);
    source.type();
    scheduler.changed(URI);
    await clock.advance(0);
    expect(source.started.at(-1)).toEqual({ version: 5, at: clock.t });
  });

  it("cancels the older check when a newer text arrives and a fresh check can still be shown in time", async () => {
    const { clock, source, deliveries, scheduler } = setUp(100);
    scheduler.checkNow(URI);
    await clock.advance(20);
    source.type();
    scheduler.changed(URI);
    expect(source.cancelled).toEqual([1]);
    await clock.advance(400);
    expect(deliveries.map((d) => [d.state.version, d.current])).toEqual([[2, true]]);
  });

  it("keeps findings arriving at least every 300 ms while typing goes on, and shows the last text's at the end", async () => {
    const { clock, source, deliveries, scheduler } = setUp(120);
    scheduler.checkNow(URI);
    await clock.advance(120);
    const firstKey = clock.t;
    for (let key = 0; key < 40; key++) {
      source.type();
      scheduler.changed(URI);
      await clock.advance(50);
    }
    const typingEnds = clock.t;
    await clock.advance(1000);
    const during = deliveries.filter((d) => d.at > firstKey && d.at <= typingEnds).map((d) => d.at);
    const gaps = [during[0] - firstKey, ...during.slice(1).map((at, i) => at - during[i])];
    expect(Math.max(...gaps)).toBeLessThanOrEqual(300);
    // Findings for an older text are marked as such; the last are for the text as typed.
    expect(deliveries.filter((d) => d.at > firstKey && d.at <= typingEnds).every((d) => !d.current)).toBe(true);
    expect(deliveries.at(-1)).toMatchObject({ current: true, state: { version: source.version } });
  });

  it("answers an editor that asks for findings with the latest ones when the current ones cannot be ready in time", async () => {
    const { clock, source, scheduler } = setUp(500);
    scheduler.checkNow(URI);
    await clock.advance(500);
    source.type();
    scheduler.changed(URI);
    let answer: { current: boolean } | null = null;
    void scheduler.findings(URI).then((a) => (answer = a));
    await clock.advance(299);
    expect(answer).toBeNull();
    await clock.advance(2);
    expect(answer).toEqual({ problems: [], current: false });
  });
});
