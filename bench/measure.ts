// Timing helpers for the benchmarks: repeated runs within a time budget, medians and 95th percentiles,
// and the reference workloads every figure is compared with.

import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { FileNode } from "../server/src/core";

export interface Stats {
  /** Milliseconds. */
  median: number;
  /** Milliseconds; the nearest-rank 95th percentile, so with fewer than 20 samples it is the slowest one. */
  p95: number;
  min: number;
  max: number;
  samples: number;
}

export function stats(times: number[]): Stats {
  if (times.length === 0) throw new Error("no samples");
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  return { median, p95, min: sorted[0], max: sorted[sorted.length - 1], samples: sorted.length };
}

export interface Budget {
  /** Stop taking samples once this much time has been spent (but never before `minSamples`). */
  budgetMs: number;
  minSamples: number;
  maxSamples: number;
}

/** Wall-clock times and, for the same runs, the CPU time this process used (all its threads), in ms. */
export interface Samples {
  wall: number[];
  cpu: number[];
}

/**
 * Times `run` repeatedly, after warming it up: runs are left out of the figures until both a quarter of
 * the budget and ten runs have gone, so that what is timed is the compiled code a long-running server
 * runs, not V8 compiling it (V8 optimises a large function such as the parser's only after it has run
 * for a while, so ten quick runs of a small document are not enough). When one run alone costs more than
 * a quarter of the budget, every run counts (the code is already warm from the smaller sizes, which are
 * measured first).
 */
export function sample(run: () => unknown, budget: Budget): Samples {
  const samples: Samples = { wall: [], cpu: [] };
  let spent = 0;
  const first = timeOnce(run);
  spent += first.wall;
  if (first.wall > budget.budgetMs / 4) add(samples, first);
  else {
    for (let warm = 1; warm < WARM_UP_RUNS || spent < budget.budgetMs / 4; warm++) spent += timeOnce(run).wall;
  }
  while (samples.wall.length < budget.maxSamples && (samples.wall.length < budget.minSamples || spent < budget.budgetMs)) {
    const t = timeOnce(run);
    add(samples, t);
    spent += t.wall;
  }
  return samples;
}

const WARM_UP_RUNS = 10;

function add(samples: Samples, t: { wall: number; cpu: number }): void {
  samples.wall.push(t.wall);
  samples.cpu.push(t.cpu);
}

function timeOnce(run: () => unknown): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  run();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * CPU time used so far by the main thread of another process, in ms, from Linux's scheduler statistics
 * (nanosecond resolution); null where /proc is not available.
 */
export function mainThreadCpu(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/task/${pid}/schedstat`, "utf8").trim().split(/\s+/);
    const ns = Number(fields[0]);
    return Number.isFinite(ns) ? ns / 1e6 : null;
  } catch {
    return null;
  }
}

/**
 * A JSON document of exactly `bytes` bytes (UTF-8), made from the parse tree itself: its clauses, one
 * by one in document order (the clauses of a block one by one), serialised until the next would not fit,
 * then a short padding string to make up the size. Parsing it is the reference for parsing the text.
 */
export function referenceJson(file: FileNode, bytes: number): string {
  const pieces: string[] = [];
  const clauses: unknown[] = [];
  for (const item of file.document?.items ?? []) {
    const inner = (item as { items?: unknown[] }).items;
    if (Array.isArray(inner) && inner.length > 0) clauses.push(...inner);
    else clauses.push(item);
  }
  const frame = (body: string, pad: string) => `{"clauses":[${body}],"pad":"${pad}"}`;
  let size = Buffer.byteLength(frame("", ""));
  for (let i = 0; clauses.length > 0; i++) {
    const piece = JSON.stringify(clauses[i % clauses.length]);
    const cost = Buffer.byteLength(piece) + (pieces.length > 0 ? 1 : 0);
    if (size + cost > bytes) break;
    pieces.push(piece);
    size += cost;
  }
  const json = frame(pieces.join(","), "x".repeat(Math.max(0, bytes - size)));
  return json;
}

/** A plain pass over the text: counting its lines with a regular expression. */
export function countLinesPlain(text: string): number {
  return (text.match(/\n/g)?.length ?? 0) + 1;
}

/** Milliseconds, to a sensible precision for a table. */
export function ms(value: number): string {
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** A ratio, written as a multiple: "9.8×". */
export function times(value: number): string {
  if (!Number.isFinite(value)) return "-";
  if (value >= 100) return `${value.toFixed(0)}×`;
  if (value >= 10) return `${value.toFixed(1)}×`;
  return `${value.toFixed(2)}×`;
}
