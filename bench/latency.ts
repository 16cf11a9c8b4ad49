// The latency benchmark: for agreements of about 1,000, 5,000 and 20,000 lines, how long from a keystroke
// to its diagnostics through the real language server, and how long parsing and checking take on their
// own, each compared with reference work on the same text measured in the same run.
//
// Run with `npm run bench` (see bench/README.md). Options:
//   --sizes 1000,5000       only these sizes (lines)
//   --keystrokes 20         at most this many keystrokes per size
//   --bursts 2              bursts of fast typing per size (default: 3, 2 and none, by size)
//   --no-lsp                skip the language server
//   --no-rules              skip the per-rule profile

import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { checkText, parse, RULES, Workspace, type Problem } from "../server/src/core";
import type { RuleContext } from "../server/src/core/rules/context";
import { thresholdsFor } from "../server/src/core/settings";
import { DIAGNOSTIC_DELAY_MS } from "../server/src/lsp/server";
import { countLines, generateAgreement, SIZES } from "./generate";
import { BURST_GAP_MS, BURST_LENGTH, ensureFreshServer, measureLsp, type LspBudget, type LspTimings } from "./lsp";
import { countLinesPlain, ms, referenceJson, sample, stats, times, type Samples, type Stats } from "./measure";

interface Options {
  sizes: number[];
  maxKeystrokes: number | null;
  bursts: number | null;
  lsp: boolean;
  rules: boolean;
}

function readOptions(argv: string[]): Options {
  const options: Options = { sizes: [...SIZES], maxKeystrokes: null, bursts: null, lsp: true, rules: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--sizes") options.sizes = argv[++i].split(",").map((s) => Number(s.replace(/[_,]/g, "")));
    else if (arg === "--keystrokes") options.maxKeystrokes = Number(argv[++i]);
    else if (arg === "--bursts") options.bursts = Number(argv[++i]);
    else if (arg === "--no-lsp") options.lsp = false;
    else if (arg === "--no-rules") options.rules = false;
    else throw new Error(`unknown option ${arg}; the options are --sizes 1000,5000, --keystrokes N, --bursts N, --no-lsp and --no-rules`);
  }
  if (options.sizes.some((s) => !Number.isInteger(s) || s < 100)) throw new Error("--sizes takes whole numbers of lines, each 100 or more");
  return options;
}

/** Times with their ratios to the two references (medians over medians). */
interface Ratioed extends Stats {
  /** Median over the median of JSON.parse on a JSON document of the same byte size. */
  timesJsonParse: number;
  /** Median over the median of counting the text's lines with a regular expression. */
  timesLineScan: number;
}

/** A figure: wall-clock time as a person waits for it, and CPU time, which a busy machine disturbs less. */
interface Figure extends Ratioed {
  /** For in-process figures, this process's CPU time; for the server, its main thread's. */
  cpu: Ratioed | null;
}

interface Reference {
  wall: Stats;
  cpu: Stats;
}

interface RuleTiming {
  code: string;
  name: string;
  /** Wall-clock time of one run. */
  ms: number;
  /** CPU time of the same run. */
  cpuMs: number;
}

interface SizeResult {
  requestedLines: number;
  lines: number;
  bytes: number;
  parties: number;
  bodies: number;
  measures: number;
  principles: number;
  diagnostics: number;
  reference: { jsonBytes: number; jsonParse: Reference; lineScan: Reference };
  parse: Figure;
  checkText: Figure;
  rules?: RuleTiming[];
  lsp?: {
    open: Figure;
    keystroke: Figure;
    /** Keystroke latency minus the server's fixed wait before checking: the work itself. */
    keystrokeWork: Figure;
    /** Bursts of fast typing: last keystroke to diagnostics; CPU over the whole burst. */
    burst: Figure | null;
    diagnosticsOnOpen: number;
    diagnosticsChanged: boolean;
  };
}

// Time budgets per size, so that a whole run stays within about three minutes on a 2-core machine.
const PARSE_BUDGET = { budgetMs: 3_000, minSamples: 3, maxSamples: 30 };
const CHECK_BUDGET = { budgetMs: 5_000, minSamples: 1, maxSamples: 20 };
const REFERENCE_BUDGET = { budgetMs: 500, minSamples: 10, maxSamples: 200 };

/** A ratio, or NaN when the reference took no measurable time. */
function ratio(value: number, reference: number): number {
  return reference > 0 ? value / reference : NaN;
}

function ratioed(samples: number[], jsonParse: Stats, lineScan: Stats): Ratioed {
  const s = stats(samples);
  return { ...s, timesJsonParse: ratio(s.median, jsonParse.median), timesLineScan: ratio(s.median, lineScan.median) };
}

function figure(samples: Samples, jsonParse: Reference, lineScan: Reference): Figure {
  return {
    ...ratioed(samples.wall, jsonParse.wall, lineScan.wall),
    cpu: samples.cpu.length > 0 ? ratioed(samples.cpu, jsonParse.cpu, lineScan.cpu) : null,
  };
}

function reference(samples: Samples): Reference {
  return { wall: stats(samples.wall), cpu: stats(samples.cpu) };
}

/** Runs every rule once on its own, as the pipeline does, and times each. */
function profileRules(text: string): RuleTiming[] {
  const workspace = new Workspace();
  const uri = "file:///bench/profile.alliance";
  const state = workspace.set(uri, text);
  const document = state.model.document;
  if (!document) return [];
  const timings: RuleTiming[] = [];
  for (const rule of RULES) {
    if (!rule.check) continue;
    if (rule.appliesTo && (!state.model.kind || !rule.appliesTo.includes(state.model.kind))) continue;
    const context: RuleContext = {
      uri, text, file: state.parsed.file, document, kind: state.model.kind, model: state.model, workspace, linked: [],
      jurisdiction: "england", thresholds: thresholdsFor("england", {}), settings: {}, today: new Date().toISOString().slice(0, 10),
      resolve: (id) => workspace.resolve(uri, id),
      report: () => undefined,
    };
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    try {
      rule.check(context);
    } catch {
      // a failing rule is the rule tests' business; here it only costs what it cost
    }
    const cpu = process.cpuUsage(cpuStart);
    timings.push({ code: rule.code, name: rule.name, ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  return timings.sort((a, b) => b.cpuMs - a.cpuMs);
}

function lspBudget(lines: number, options: Options): LspBudget {
  // Small documents: many keystrokes; the largest: as many as fit in the budget, but at least a typed
  // character and a deleted one. Bursts re-parse on every keystroke, so the largest size has none.
  const budget = lines <= 2_000 ? { budgetMs: 15_000, minKeystrokes: 10, maxKeystrokes: 30, bursts: 3 }
    : lines <= 10_000 ? { budgetMs: 20_000, minKeystrokes: 6, maxKeystrokes: 20, bursts: 2 }
      : { budgetMs: 25_000, minKeystrokes: 2, maxKeystrokes: 10, bursts: 0 };
  if (options.maxKeystrokes !== null) {
    budget.maxKeystrokes = options.maxKeystrokes;
    budget.minKeystrokes = Math.min(budget.minKeystrokes, options.maxKeystrokes);
  }
  if (options.bursts !== null) budget.bursts = options.bursts;
  return { ...budget, timeoutMs: 600_000 };
}

const HEAD = ["".padEnd(40), "median".padStart(8), "p95".padStart(8), "×JSON".padStart(8), "×scan".padStart(8), "CPU".padStart(8), "×JSON".padStart(8), "runs".padStart(5)].join(" ");

function row(label: string, f: Figure, note = ""): string {
  return [
    label.padEnd(40),
    ms(f.median).padStart(8),
    ms(f.p95).padStart(8),
    times(f.timesJsonParse).padStart(8),
    times(f.timesLineScan).padStart(8),
    (f.cpu ? ms(f.cpu.median) : "-").padStart(8),
    (f.cpu ? times(f.cpu.timesJsonParse) : "-").padStart(8),
    String(f.samples).padStart(5),
  ].join(" ") + (note ? `  ${note}` : "");
}

function referenceRow(label: string, r: Reference, jsonParse: Reference, lineScan: Reference): string {
  return row(label, {
    ...r.wall,
    timesJsonParse: ratio(r.wall.median, jsonParse.wall.median),
    timesLineScan: ratio(r.wall.median, lineScan.wall.median),
    cpu: { ...r.cpu, timesJsonParse: ratio(r.cpu.median, jsonParse.cpu.median), timesLineScan: ratio(r.cpu.median, lineScan.cpu.median) },
  });
}

function printSize(r: SizeResult): void {
  const { jsonParse, lineScan } = r.reference;
  console.log("");
  console.log(
    `${r.lines.toLocaleString("en-GB")} lines, ${(r.bytes / 1024).toFixed(0)} KiB: ${r.parties} parties, ${r.bodies} bodies, ` +
      `${r.principles} principles, ${r.measures} measures; ${r.diagnostics} problems reported`,
  );
  console.log(HEAD);
  console.log(referenceRow(`reference: JSON.parse, ${(r.reference.jsonBytes / 1024).toFixed(0)} KiB`, jsonParse, jsonParse, lineScan));
  console.log(referenceRow("reference: line count by regex", lineScan, jsonParse, lineScan));
  console.log(row("parse", r.parse));
  console.log(row("checkText (parse and every rule)", r.checkText));
  if (r.lsp) {
    console.log(row("server: open to first diagnostics", r.lsp.open, "checked at once"));
    console.log(row("server: keystroke to diagnostics", r.lsp.keystroke, `includes the ${DIAGNOSTIC_DELAY_MS} ms wait`));
    console.log(row(`server: keystroke minus the wait`, r.lsp.keystrokeWork, "the work itself"));
    if (r.lsp.burst) {
      console.log(row(`server: burst of ${BURST_LENGTH} keys ${BURST_GAP_MS} ms apart`, r.lsp.burst, "last key to diagnostics; CPU: whole burst"));
    }
    if (r.lsp.diagnosticsChanged) console.log("  warning: the number of diagnostics changed while typing, so the edits did not leave the document valid");
  }
  if (r.rules) {
    const top = r.rules.slice(0, 5).map((t) => `${t.code} ${t.name} ${ms(t.cpuMs)} ms`).join("; ");
    console.log(`  slowest rules (CPU, one run each): ${top}`);
  }
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const began = performance.now();
  const loadBefore = loadavg();
  if (options.lsp && ensureFreshServer()) console.log("built out/server.js from the current sources");
  const cpu = cpus();
  console.log(`Alliance latency benchmark, ${new Date().toISOString().slice(0, 10)}: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}, load average ${loadBefore.map((l) => l.toFixed(1)).join(" ")}`);
  console.log(`Every figure is also given as a multiple of reference work on the same text in the same run: JSON.parse of a JSON document of the same byte size, and a line count by regular expression.`);

  const results: SizeResult[] = [];
  for (const lines of options.sizes) {
    const text = generateAgreement(lines);
    const bytes = Buffer.byteLength(text);
    const parsed = parse(text);
    if (parsed.problems.length > 0) throw new Error(`the generated ${lines}-line agreement has syntax problems, starting with ${parsed.problems[0].code}: ${parsed.problems[0].message}`);
    const json = referenceJson(parsed.file, bytes);
    const jsonParse = reference(sample(() => JSON.parse(json), REFERENCE_BUDGET));
    const lineScan = reference(sample(() => countLinesPlain(text), REFERENCE_BUDGET));
    const parseTimes = sample(() => parse(text), PARSE_BUDGET);
    let problems: Problem[] = [];
    const checkTimes = sample(() => (problems = checkText(text)), CHECK_BUDGET);
    const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
    const result: SizeResult = {
      requestedLines: lines,
      lines: countLines(text),
      bytes,
      parties: parsed.file.document?.items.filter((i) => i.kind === "Parties").reduce((n, b) => n + ((b as { items: unknown[] }).items.length), 0) ?? 0,
      bodies: count(/^ {2}body /gm),
      measures: count(/^ {4}measure /gm),
      principles: parsed.file.document?.items.filter((i) => i.kind === "Principles").reduce((n, b) => n + ((b as { items: unknown[] }).items.length), 0) ?? 0,
      diagnostics: problems.length,
      reference: { jsonBytes: Buffer.byteLength(json), jsonParse, lineScan },
      parse: figure(parseTimes, jsonParse, lineScan),
      checkText: figure(checkTimes, jsonParse, lineScan),
    };
    if (options.rules) result.rules = profileRules(text);
    if (options.lsp) {
      const timings: LspTimings = await measureLsp(text, lspBudget(lines, options));
      result.lsp = {
        open: figure({ wall: [timings.open], cpu: timings.openCpu === null ? [] : [timings.openCpu] }, jsonParse, lineScan),
        keystroke: figure({ wall: timings.keystrokes, cpu: timings.keystrokesCpu }, jsonParse, lineScan),
        // The server waits without working, so the CPU time is the same with or without the wait.
        keystrokeWork: figure({ wall: timings.keystrokes.map((t) => Math.max(0, t - DIAGNOSTIC_DELAY_MS)), cpu: timings.keystrokesCpu }, jsonParse, lineScan),
        burst: timings.bursts.length > 0 ? figure({ wall: timings.bursts, cpu: timings.burstsCpu }, jsonParse, lineScan) : null,
        diagnosticsOnOpen: timings.diagnosticsOnOpen,
        diagnosticsChanged: timings.diagnosticsAfter.some((n) => n !== timings.diagnosticsOnOpen),
      };
    }
    results.push(result);
    printSize(result);
  }

  const loadAfter = loadavg();
  const output = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model.trim() ?? "unknown",
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
    },
    diagnosticDelayMs: DIAGNOSTIC_DELAY_MS,
    note: "Times in milliseconds. timesJsonParse and timesLineScan are the median divided by the reference's median, measured on the same text in the same run.",
    sizes: results,
    seconds: (performance.now() - began) / 1000,
  };
  const dir = join(__dirname, "results");
  mkdirSync(dir, { recursive: true });
  // Microseconds are as fine as these timings go.
  const rounded = (_key: string, value: unknown) => (typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value);
  writeFileSync(join(dir, "latest.json"), JSON.stringify(output, rounded, 2) + "\n");
  console.log("");
  console.log(`Load average after: ${loadAfter.map((l) => l.toFixed(1)).join(" ")}. Took ${output.seconds.toFixed(0)} s. Written to bench/results/latest.json.`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
