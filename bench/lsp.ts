// Keystroke-to-diagnostics latency through the real language server (out/server.js) over stdio, using
// the same client as the server's own tests (test/lsp/client.ts).

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DidChangeTextDocumentNotification, type Position } from "vscode-languageserver-protocol/node";
import { SERVER, startClient } from "../test/lsp/client";
import { mainThreadCpu } from "./measure";

const ROOT = join(__dirname, "..");

/** The newest modification time of any file below `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Builds out/server.js with scripts/build-server.mjs when it is missing or older than any source of the
 * server, so that the figures are for the code as it is now. Returns true when it built.
 */
export function ensureFreshServer(): boolean {
  const sources = Math.max(newest(join(ROOT, "server", "src")), statSync(join(ROOT, "grammar", "alliance.peggy")).mtimeMs);
  if (existsSync(SERVER) && statSync(SERVER).mtimeMs >= sources) return false;
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-server.mjs")], { cwd: ROOT, stdio: "inherit" });
  return true;
}

export interface KeystrokeEdit {
  /** Where the edit goes, as LSP counts (0-based line, UTF-16 character). */
  range: { start: Position; end: Position };
  text: string;
}

/**
 * Single-character edits inside a quoted text: type five letters, delete them again, and so on, so the
 * document stays valid and ends as it began after every ten edits.
 */
export function keystrokes(text: string, count: number): KeystrokeEdit[] {
  const lines = text.split("\n");
  let line = lines.length >> 1;
  const quoted = /"([^"\\]{12,})"/;
  while (line < lines.length && !quoted.test(lines[line])) line++;
  if (line === lines.length) throw new Error("no quoted text of 12 characters or more in the second half of the document");
  const match = quoted.exec(lines[line])!;
  let character = match.index + 1 + (match[1].length >> 1);
  const letters = "alliance";
  const edits: KeystrokeEdit[] = [];
  for (let i = 0; i < count; i++) {
    if (Math.floor(i / 5) % 2 === 0) {
      edits.push({ range: { start: { line, character }, end: { line, character } }, text: letters[i % letters.length] });
      character++;
    } else {
      edits.push({ range: { start: { line, character: character - 1 }, end: { line, character } }, text: "" });
      character--;
    }
  }
  return edits;
}

export interface LspTimings {
  /** From sending didOpen to the first diagnostics (checked at once, with no delay). */
  open: number;
  /** From sending each didChange to the diagnostics for that version. */
  keystrokes: number[];
  /** CPU time of the server's main thread over the same spans (empty where it cannot be read). */
  openCpu: number | null;
  keystrokesCpu: number[];
  /** Diagnostics the server published on opening, and after each keystroke. */
  diagnosticsOnOpen: number;
  diagnosticsAfter: number[];
  /**
   * Bursts of fast typing (keystrokes sent BURST_GAP_MS apart without waiting): from the last keystroke
   * of each burst to the diagnostics for it, and the server's CPU time over the whole burst.
   */
  bursts: number[];
  burstsCpu: number[];
}

/** A quick typist: a keystroke every 50 ms, ten to a burst. */
export const BURST_GAP_MS = 50;
export const BURST_LENGTH = 10;

export interface LspBudget {
  budgetMs: number;
  minKeystrokes: number;
  maxKeystrokes: number;
  /** How many bursts of fast typing to measure after the single keystrokes. */
  bursts: number;
  /** How long to wait for one result before giving up. */
  timeoutMs: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens `text` in a fresh server, then types and deletes inside a quoted text, one keystroke at a time. */
export async function measureLsp(text: string, budget: LspBudget): Promise<LspTimings> {
  const client = await startClient({ pull: false });
  const uri = `file:///bench/generated-${text.length}.alliance`;
  try {
    const pid = client.process.pid!;
    const cpuSpan = (before: number | null) => {
      const after = mainThreadCpu(pid);
      return before === null || after === null ? null : after - before;
    };
    const openCpuStart = mainThreadCpu(pid);
    const openStart = performance.now();
    await client.open(uri, text, 1);
    const opened = await client.waitForPush(uri, (p) => p.version === 1, budget.timeoutMs);
    const open = performance.now() - openStart;
    const result: LspTimings = {
      open, keystrokes: [], openCpu: cpuSpan(openCpuStart), keystrokesCpu: [],
      diagnosticsOnOpen: opened.diagnostics.length, diagnosticsAfter: [], bursts: [], burstsCpu: [],
    };
    const edits = keystrokes(text, budget.maxKeystrokes + budget.bursts * BURST_LENGTH);
    const send = (i: number) =>
      client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: i + 2 },
        contentChanges: [edits[i]],
      });
    let spent = 0;
    let i = 0;
    for (; i < budget.maxKeystrokes; i++) {
      if (i >= budget.minKeystrokes && spent >= budget.budgetMs) break;
      const version = i + 2;
      const cpuStart = mainThreadCpu(pid);
      const start = performance.now();
      const pushed = client.waitForPush(uri, (p) => p.version === version, budget.timeoutMs);
      await send(i);
      const diagnostics = await pushed;
      const elapsed = performance.now() - start;
      const cpu = cpuSpan(cpuStart);
      result.keystrokes.push(elapsed);
      if (cpu !== null) result.keystrokesCpu.push(cpu);
      result.diagnosticsAfter.push(diagnostics.diagnostics.length);
      spent += elapsed;
    }
    for (let b = 0; b < budget.bursts; b++) {
      const last = i + BURST_LENGTH - 1;
      const pushed = client.waitForPush(uri, (p) => p.version === last + 2, budget.timeoutMs);
      const cpuStart = mainThreadCpu(pid);
      let lastSent = 0;
      for (; i <= last; i++) {
        if (i < last) {
          void send(i);
          await sleep(BURST_GAP_MS);
        } else {
          lastSent = performance.now();
          await send(i);
        }
      }
      const diagnostics = await pushed;
      result.bursts.push(performance.now() - lastSent);
      const cpu = cpuSpan(cpuStart);
      if (cpu !== null) result.burstsCpu.push(cpu);
      result.diagnosticsAfter.push(diagnostics.diagnostics.length);
    }
    return result;
  } finally {
    await client.close();
  }
}
