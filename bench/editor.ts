// What a person in an editor waits for, measured through the protocol alone: opening a document until
// its first diagnostics, hovering, and typing one key at a time inside a quoted text, each keystroke
// timed until the diagnostics for that version arrive (push) or the answer to the diagnostic request the
// editor sends after it (pull), before the next key. The same driver runs every server.

import { performance } from "node:perf_hooks";
import { keystrokes, memoryMb, startSession, type ServerSpec } from "./lsp";
import type { Diagnostic, Position } from "vscode-languageserver-protocol/node";

export interface EditorBudget {
  /** Stop typing once this much time has been spent, but never before minKeystrokes. */
  budgetMs: number;
  minKeystrokes: number;
  maxKeystrokes: number;
  hovers: number;
  /** How long to wait for one answer before giving up. */
  timeoutMs: number;
}

export interface EditorTimings {
  open: number;
  keystrokes: number[];
  hovers: number[];
  /** Characters of the hover's text (0: the hover found nothing, which would make its time meaningless). */
  hoverLength: number;
  /** Peak resident memory of the server process (VmHWM), MB. */
  peakRssMb: number | null;
  diagnosticsOnOpen: number;
  /** The first few diagnostics on opening, as code and message (a clean document should have none). */
  firstDiagnostics: string[];
  /** Diagnostics after each keystroke. */
  diagnosticsAfter: number[];
  /** Messages the server logged. */
  log: string[];
}

function hoverText(contents: unknown): string {
  if (typeof contents === "string") return contents;
  if (Array.isArray(contents)) return contents.map(hoverText).join("\n");
  if (contents && typeof contents === "object" && "value" in contents) return String((contents as { value: unknown }).value);
  return "";
}

/** Opens `text` in a fresh server, hovers, then types and deletes one key at a time. */
export async function measureEditor(spec: ServerSpec, uri: string, text: string, hoverAt: Position, budget: EditorBudget): Promise<EditorTimings> {
  const session = await startSession(spec);
  try {
    // Diagnostics for a version, as the editor gets them in this mode.
    const diagnosticsFor = async (version: number, sendChange: () => Promise<void>): Promise<Diagnostic[]> => {
      if (spec.pull) {
        await sendChange();
        return session.pull(uri, budget.timeoutMs);
      }
      const pushed = session.waitForPush(uri, version, budget.timeoutMs);
      await sendChange();
      return (await pushed).diagnostics;
    };

    const openStart = performance.now();
    const opened = await diagnosticsFor(1, () => session.open(uri, text, 1));
    const open = performance.now() - openStart;
    const firstDiagnostics = opened.slice(0, 3).map((d) => `${d.code ?? ""} ${d.message.split("\n")[0]}`.trim());

    const hovers: number[] = [];
    let hoverLength = 0;
    for (let i = 0; i < budget.hovers; i++) {
      const start = performance.now();
      const hover = await session.hover(uri, hoverAt, budget.timeoutMs);
      hovers.push(performance.now() - start);
      hoverLength = hover ? hoverText(hover.contents).length : 0;
    }

    const edits = keystrokes(text, budget.maxKeystrokes);
    const times: number[] = [];
    const diagnosticsAfter: number[] = [];
    let spent = 0;
    for (let i = 0; i < budget.maxKeystrokes; i++) {
      if (i >= budget.minKeystrokes && spent >= budget.budgetMs) break;
      const version = i + 2;
      const start = performance.now();
      diagnosticsAfter.push((await diagnosticsFor(version, () => session.change(uri, version, edits[i]))).length);
      const elapsed = performance.now() - start;
      times.push(elapsed);
      spent += elapsed;
    }
    return { open, keystrokes: times, hovers, hoverLength, peakRssMb: memoryMb(session.pid, "VmHWM"), diagnosticsOnOpen: opened.length, firstDiagnostics, diagnosticsAfter, log: session.log };
  } finally {
    await session.close();
  }
}
