// Memory over many edits, through our real language server: one-key edits inside a quoted text, sent
// as a quick typist sends them (fifty at a time without waiting), with a wait for the diagnostics of
// the last edit of each batch. The server's resident memory (VmRSS) is read after 100 edits and then
// every 1,000, each time after a pause in typing of a second, so that every reading is of the memory
// the server keeps between bursts of typing rather than of wherever its collector happened to be; flat
// means the last reading is at most 1.1 times the one after 100 edits. (The peak while typing is
// the editor figures' peak memory.)

import { performance } from "node:perf_hooks";
import { keystrokes, memoryMb, startSession, type ServerSpec } from "./lsp";

export interface MemoryResult {
  lines: number;
  /** Edits made (fewer than asked when the time ran out). */
  edits: number;
  requestedEdits: number;
  /** Resident memory after so many edits, MB. */
  readings: { edits: number; rssMb: number }[];
  /** The last reading over the reading after 100 edits. */
  growth: number;
  seconds: number;
}

// Fifty keys at a time: enough for memory to show any growth, few enough waits for 10,000 edits to take minutes.
const BATCH = 50;
/** The pause in typing before each reading: longer than the server waits before it tidies its heap. */
const PAUSE_MS = 1_000;

export async function measureMemory(spec: ServerSpec, uri: string, text: string, lines: number, requestedEdits: number, maxSeconds: number): Promise<MemoryResult> {
  const session = await startSession(spec);
  const started = performance.now();
  try {
    const pushed = session.waitForPush(uri, 1, 120_000);
    await session.open(uri, text, 1);
    await pushed;
    // keystrokes() types five letters and deletes them: every ten edits leave the text as it was.
    const cycle = keystrokes(text, 10);
    const readings: MemoryResult["readings"] = [];
    let edits = 0;
    while (edits < requestedEdits) {
      const batch = Math.min(BATCH, requestedEdits - edits, edits < 100 ? 100 - edits : BATCH);
      const last = edits + batch + 1;
      const arrived = session.waitForPush(uri, last, 120_000);
      for (let i = 0; i < batch; i++) {
        edits++;
        void session.change(uri, edits + 1, cycle[(edits - 1) % 10]);
      }
      await arrived;
      if (edits === 100 || edits % 1_000 === 0 || edits === requestedEdits) {
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
        const rss = memoryMb(session.pid, "VmRSS");
        if (rss !== null) readings.push({ edits, rssMb: rss });
      }
      if ((performance.now() - started) / 1000 > maxSeconds && edits >= 100) {
        const rss = memoryMb(session.pid, "VmRSS");
        if (rss !== null && readings[readings.length - 1]?.edits !== edits) readings.push({ edits, rssMb: rss });
        break;
      }
    }
    const first = readings.find((r) => r.edits === 100)?.rssMb ?? NaN;
    const lastReading = readings[readings.length - 1]?.rssMb ?? NaN;
    return { lines, edits, requestedEdits, readings, growth: lastReading / first, seconds: (performance.now() - started) / 1000 };
  } finally {
    await session.close();
  }
}
