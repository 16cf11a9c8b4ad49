// `npm run bench`: our language server (push and pull) against yaml-language-server on the same
// agreements written as YAML, the command line checker against the `yaml` package with ajv, memory over
// many edits, and the in-process figures. Prints one table (and two short ones) and writes every figure
// to bench/results/latest.json. See bench/README.md.
//
// Options:
//   --sizes 2000,10000       only these sizes (lines); default 2,000, 10,000 and 50,000
//   --keystrokes N           at most N keystrokes per size and server (default 40, 20 and 10 by size)
//   --hovers N               hovers per size and server (default 20)
//   --cli-docs N             documents for the command line comparison (default 300)
//   --cli-runs N             runs of each command (default 2; the median counts)
//   --memory-edits N         edits for the memory figure (default 10,000)
//   --memory-seconds N       stop the memory figure after this long (default 180)
//   --only editor,cli,memory,inprocess   only these parts
//   --quick                  2,000 lines, 10 keystrokes, 5 hovers, 30 documents, 1,000 edits

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { ensureFreshCli, measureCli, type CliResult } from "./cli";
import { measureEditor, type EditorBudget, type EditorTimings } from "./editor";
import { countLines, generate, SIZES } from "./generate";
import { measureInProcess, type InProcessResult } from "./inprocess";
import { ensureFreshServer, positionFromMiddle, startSession, type ServerSpec } from "./lsp";
import { stats, type Stats } from "./measure";
import { measureMemory, type MemoryResult } from "./memory";
import { ourServer, yamlServer } from "./servers";
import { agreementSchema, brokenYaml, SCHEMA_FILE, toYaml } from "./yaml";

const PARTS = ["editor", "cli", "memory", "inprocess"] as const;
type Part = (typeof PARTS)[number];

interface Options {
  sizes: number[];
  keystrokes: number | null;
  hovers: number;
  cliDocs: number;
  cliRuns: number;
  memoryEdits: number;
  memorySeconds: number;
  parts: Set<Part>;
}

function readOptions(argv: string[]): Options {
  const o: Options = { sizes: [...SIZES], keystrokes: null, hovers: 20, cliDocs: 300, cliRuns: 2, memoryEdits: 10_000, memorySeconds: 180, parts: new Set(PARTS) };
  const number = (i: number) => {
    const value = Number(argv[i]?.replace(/[_,]/g, ""));
    if (!Number.isInteger(value) || value < 1) throw new Error(`${argv[i - 1]} takes a whole number, not ${argv[i]}`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--sizes") o.sizes = argv[++i].split(",").map((s) => Number(s.replace(/_/g, "")));
    else if (arg === "--keystrokes") o.keystrokes = number(++i);
    else if (arg === "--hovers") o.hovers = number(++i);
    else if (arg === "--cli-docs") o.cliDocs = number(++i);
    else if (arg === "--cli-runs") o.cliRuns = number(++i);
    else if (arg === "--memory-edits") o.memoryEdits = number(++i);
    else if (arg === "--memory-seconds") o.memorySeconds = number(++i);
    else if (arg === "--only") {
      const parts = argv[++i].split(",");
      const unknown = parts.filter((p) => !(PARTS as readonly string[]).includes(p));
      if (unknown.length > 0) throw new Error(`--only takes ${PARTS.join(", ")}; not ${unknown.join(", ")}`);
      o.parts = new Set(parts as Part[]);
    } else if (arg === "--quick") Object.assign(o, { sizes: [2_000], keystrokes: 10, hovers: 5, cliDocs: 30, cliRuns: 1, memoryEdits: 1_000 });
    else throw new Error(`unknown option ${arg}; see the top of bench/bench.ts or bench/README.md`);
  }
  if (o.sizes.some((s) => !Number.isInteger(s) || s < 200)) throw new Error("--sizes takes whole numbers of lines, each 200 or more");
  return o;
}

function budgetFor(lines: number, o: Options): EditorBudget {
  const budget = lines <= 2_000 ? { budgetMs: 15_000, minKeystrokes: 20, maxKeystrokes: 40 }
    : lines <= 10_000 ? { budgetMs: 20_000, minKeystrokes: 10, maxKeystrokes: 20 }
      : { budgetMs: 30_000, minKeystrokes: 5, maxKeystrokes: 10 };
  if (o.keystrokes !== null) {
    budget.maxKeystrokes = o.keystrokes;
    budget.minKeystrokes = Math.min(budget.minKeystrokes, o.keystrokes);
  }
  return { ...budget, hovers: o.hovers, timeoutMs: 600_000 };
}

// --- figures ---------------------------------------------------------------------------------------

interface ServerFigures {
  label: string;
  keystroke: Stats;
  open: number;
  hover: Stats;
  hoverLength: number;
  peakRssMb: number | null;
  diagnosticsOnOpen: number;
  firstDiagnostics: string[];
  /** True when the number of diagnostics changed while typing (the edits should leave it valid). */
  diagnosticsChanged: boolean;
}

interface SizeResult {
  requestedLines: number;
  alliance: { lines: number; bytes: number };
  yaml: { lines: number; bytes: number };
  servers: ServerFigures[];
}

function figures(label: string, t: EditorTimings): ServerFigures {
  return {
    label,
    keystroke: stats(t.keystrokes),
    open: t.open,
    hover: stats(t.hovers.length > 0 ? t.hovers : [NaN]),
    hoverLength: t.hoverLength,
    peakRssMb: t.peakRssMb,
    diagnosticsOnOpen: t.diagnosticsOnOpen,
    firstDiagnostics: t.firstDiagnostics,
    diagnosticsChanged: t.diagnosticsAfter.some((n) => n !== t.diagnosticsOnOpen),
  };
}

// --- targets ---------------------------------------------------------------------------------------

/** Our p95 and peak memory targets, by size; sizes between take the next larger size's target. */
const P95_TARGET: [lines: number, ms: number][] = [[2_000, 90], [10_000, 150], [50_000, 300]];
const RSS_TARGET: [lines: number, mb: number][] = [[2_000, 100], [10_000, 155], [50_000, 300]];
const SPEEDUP_TARGET = 5;
const CLI_TARGET = 2;
const MEMORY_GROWTH_TARGET = 1.1;
const CHECK_TARGET = 15;
/** yaml-language-server's own wait after a change before it validates (validationDelayMs in its yamlSettings.js, not configurable). */
const YAML_LS_DELAY_MS = 200;

function targetFor(table: [number, number][], lines: number): number | null {
  return table.find(([size]) => lines <= size)?.[1] ?? null;
}

const met = (ok: boolean) => (ok ? "met" : "NOT met");

/**
 * The generated documents are clean: a server that reports something on opening one did not check it as
 * it checks a real document (ours, for one, declines documents over its size limit with one diagnostic),
 * so its figures do not count towards a target.
 */
const checkedCleanly = (s: ServerFigures) => s.diagnosticsOnOpen === 0 && !s.diagnosticsChanged;

// --- formatting ------------------------------------------------------------------------------------

function ms(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "-";
  if (value >= 100) return Math.round(value).toLocaleString("en-GB");
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

function times(value: number): string {
  if (!Number.isFinite(value)) return "-";
  return `${value >= 10 ? value.toFixed(1) : value.toFixed(2)}×`;
}

/** A table in Markdown, with its columns lined up so that it reads as well in a terminal. */
function table(head: string[], rows: string[][], right: boolean[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const cell = (text: string, i: number) => (right[i] ? text.padStart(widths[i]) : text.padEnd(widths[i]));
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(head), `| ${widths.map((w, i) => (right[i] ? `${"-".repeat(w - 1)}:` : "-".repeat(w))).join(" | ")} |`, ...rows.map(line)].join("\n");
}

const grouped = (n: number) => n.toLocaleString("en-GB");

function mainTable(sizes: SizeResult[], cli: CliResult | null, memory: MemoryResult | null): string {
  const head = ["figure", "size", "ours, push", "ours, pull", "yaml-ls", "yaml-ls ÷ push", "yaml-ls ÷ pull", "target", "push", "pull"];
  const rows: string[][] = [];
  for (const size of sizes) {
    const [push, pull, yaml] = ["ours, push", "ours, pull", "yaml-language-server"].map((l) => size.servers.find((s) => s.label === l) ?? null);
    const sizeLabel = `${grouped(size.requestedLines)} lines`;
    const ratio = (pick: (s: ServerFigures) => number | null, ours: ServerFigures | null) => {
      const a = yaml ? pick(yaml) : null;
      const b = ours ? pick(ours) : null;
      return a !== null && b !== null ? times(a / b) : "-";
    };
    const verdict = (judge: ((s: ServerFigures) => boolean) | null, s: ServerFigures | null) =>
      !judge || !s ? "" : !checkedCleanly(s) || (yaml && !checkedCleanly(yaml)) ? "not comparable*" : met(judge(s));
    const row = (name: string, pick: (s: ServerFigures) => number | null, target: string, judge: ((s: ServerFigures) => boolean) | null) => rows.push([
      name, sizeLabel, ms(push ? pick(push) : null), ms(pull ? pick(pull) : null), ms(yaml ? pick(yaml) : null), ratio(pick, push), ratio(pick, pull), target,
      verdict(judge, push), verdict(judge, pull),
    ]);
    const median = (s: ServerFigures) => s.keystroke.median;
    row("keystroke to diagnostics, p50 (ms)", median, `≥ ${SPEEDUP_TARGET}× faster than yaml-ls`, yaml ? (s) => yaml.keystroke.median / s.keystroke.median >= SPEEDUP_TARGET : null);
    const p95 = targetFor(P95_TARGET, size.requestedLines);
    row("keystroke to diagnostics, p95 (ms)", (s) => s.keystroke.p95, p95 === null ? "" : `ours ≤ ${p95} ms`, p95 === null ? null : (s) => s.keystroke.p95 <= p95);
    row("open to first diagnostics (ms)", (s) => s.open, "", null);
    row("hover, p95 (ms)", (s) => s.hover.p95, "", null);
    const rss = targetFor(RSS_TARGET, size.requestedLines);
    row("peak memory of the server (MB)", (s) => s.peakRssMb, rss === null ? "" : `ours ≤ ${rss} MB`, rss === null ? null : (s) => s.peakRssMb !== null && s.peakRssMb <= rss);
  }
  if (cli) {
    rows.push([
      `command line: ${grouped(cli.documents)} documents (ms)`, `${grouped(cli.linesEach)} lines each`, ms(cli.ours.wall.median), "", `${ms(cli.reference.wall.median)} (yaml+ajv)`,
      times(cli.ratio), "", `ours ≤ ½ of yaml+ajv`, met(cli.ratio >= CLI_TARGET), "",
    ]);
  }
  if (memory) {
    const first = memory.readings.find((r) => r.edits === 100);
    const last = memory.readings[memory.readings.length - 1];
    rows.push([
      `memory: RSS after ${grouped(last?.edits ?? 0)} edits ÷ after 100`, `${grouped(memory.lines)} lines`,
      `${ms(last?.rssMb ?? null)} ÷ ${ms(first?.rssMb ?? null)} MB = ${times(memory.growth)}`, "", "", "", "",
      `≤ ${MEMORY_GROWTH_TARGET}× over ${grouped(memory.requestedEdits)} edits`,
      memory.edits < memory.requestedEdits ? `not measured in full (${grouped(memory.edits)} edits)` : met(memory.growth <= MEMORY_GROWTH_TARGET), "",
    ]);
  }
  return table(head, rows, [false, false, true, true, true, true, true, false, false, false]);
}

function growthTable(sizes: SizeResult[], inProcess: { lines: number; result: InProcessResult }[]): string {
  if (sizes.length < 2 && inProcess.length < 2) return "";
  const steps = (list: number[]) => list.slice(1).map((l, i) => `${grouped(list[i])} → ${grouped(l)}`);
  const lines = sizes.length >= 2 ? sizes.map((s) => s.requestedLines) : inProcess.map((s) => s.lines);
  const head = ["figure", ...steps(lines)];
  const rows: string[][] = [];
  const grow = (name: string, values: (number | null)[]) =>
    rows.push([name, ...values.slice(1).map((v, i) => (v !== null && values[i] !== null ? times(v / values[i]!) : "-"))]);
  if (sizes.length >= 2) {
    grow("text (bytes)", sizes.map((s) => s.alliance.bytes));
    for (const label of ["ours, push", "ours, pull", "yaml-language-server"]) {
      // A size the server did not check as usual has no figure to grow from or to.
      const of = (pick: (f: ServerFigures) => number | null) => sizes.map((s) => { const f = s.servers.find((x) => x.label === label); return f && checkedCleanly(f) ? pick(f) : null; });
      if (of(() => 1).every((v) => v === null)) continue;
      grow(`${label}: keystroke p50`, of((f) => f.keystroke.median));
      grow(`${label}: keystroke p95`, of((f) => f.keystroke.p95));
      grow(`${label}: open`, of((f) => f.open));
      grow(`${label}: hover p95`, of((f) => f.hover.p95));
      grow(`${label}: peak memory`, of((f) => f.peakRssMb));
    }
  }
  if (inProcess.length === lines.length && inProcess.length >= 2) {
    grow("in process: parse", inProcess.map((r) => r.result.parse.median));
    grow("in process: parse and check", inProcess.map((r) => r.result.checkText.median));
  }
  return table(head, rows, [false, ...lines.slice(1).map(() => true)]);
}

function inProcessTable(results: { lines: number; result: InProcessResult }[]): string {
  const head = ["size", "JSON.parse, same bytes (ms)", "parse (ms)", "parse and check (ms)", "parse ÷ JSON", "parse and check ÷ JSON", "target", ""];
  const rows = results.map(({ lines, result: r }) => {
    const ratio = r.checkText.median / r.jsonParse.median;
    return [`${grouped(lines)} lines (${grouped(Math.round(r.bytes / 1024))} KiB)`, ms(r.jsonParse.median), ms(r.parse.median), ms(r.checkText.median),
      times(r.parse.median / r.jsonParse.median), times(ratio), `≤ ${CHECK_TARGET}× JSON.parse`, met(ratio <= CHECK_TARGET)];
  });
  return table(head, rows, [false, true, true, true, true, true, false, false]);
}

// --- the run ---------------------------------------------------------------------------------------

/** Checks that yaml-language-server applies the schema: a broken copy must get diagnostics. */
async function yamlSchemaInForce(spec: ServerSpec, folder: string, yaml: string): Promise<string[]> {
  const session = await startSession(spec);
  try {
    const uri = pathToFileURL(join(folder, "broken.yaml")).href;
    const pushed = session.waitForPush(uri, 1, 60_000);
    await session.open(uri, brokenYaml(yaml), 1);
    return (await pushed).diagnostics.map((d) => d.message);
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const o = readOptions(process.argv.slice(2));
  const began = performance.now();
  const loadBefore = loadavg();
  const cpu = cpus();
  const date = new Date().toISOString();
  console.log(`Alliance benchmark, ${date.slice(0, 16).replace("T", " ")} UTC: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadBefore.map((l) => l.toFixed(1)).join(" ")}`);
  if (o.parts.has("editor") || o.parts.has("memory")) {
    if (ensureFreshServer()) console.log("built out/server.js from the current sources");
  }
  if (o.parts.has("cli") && ensureFreshCli()) console.log("built dist/cli.js from the current sources");

  const work = mkdtempSync(join(tmpdir(), "alliance-bench-"));
  const schemaPath = join(work, SCHEMA_FILE);
  writeFileSync(schemaPath, JSON.stringify(agreementSchema(), null, 2));
  const networkLog = join(work, "network-attempts.log");
  const yamlSpec = yamlServer(schemaPath, networkLog);
  const sizes: SizeResult[] = [];
  const inProcess: { lines: number; result: InProcessResult }[] = [];
  let cli: CliResult | null = null;
  let memory: MemoryResult | null = null;
  let schemaCheck: string[] | null = null;
  let networkAttempts: string[] = [];
  const progress = (what: string) => process.stderr.write(`  … ${what} (${((performance.now() - began) / 1000).toFixed(0)} s)\n`);

  try {
    for (const lines of o.sizes) {
      const generated = generate(lines);
      const yaml = toYaml(generated);
      if (o.parts.has("inprocess")) {
        progress(`in process, ${grouped(lines)} lines`);
        inProcess.push({ lines, result: measureInProcess(generated.text) });
      }
      if (!o.parts.has("editor")) continue;
      if (schemaCheck === null) {
        schemaCheck = await yamlSchemaInForce(yamlSpec, work, yaml);
        if (schemaCheck.length === 0) throw new Error("yaml-language-server reported nothing for a broken YAML document: the schema is not in force, so its figures would not be comparable");
      }
      const result: SizeResult = {
        requestedLines: lines,
        alliance: { lines: countLines(generated.text), bytes: Buffer.byteLength(generated.text) },
        yaml: { lines: countLines(yaml), bytes: Buffer.byteLength(yaml) },
        servers: [],
      };
      const budget = budgetFor(lines, o);
      // A name in the middle of the agreement (a party, role or measure); for YAML, a key.
      const nameAt = positionFromMiddle(generated.text, /^\s+([A-Z][A-Za-z0-9]+) /);
      const keyAt = positionFromMiddle(yaml, /^\s+([a-z][a-z-]*):/);
      for (const pull of [false, true]) {
        const spec = ourServer(pull, networkLog);
        progress(`${spec.label}, ${grouped(lines)} lines`);
        const uri = pathToFileURL(join(work, `agreement-${lines}.alliance`)).href;
        result.servers.push(figures(spec.label, await measureEditor(spec, uri, generated.text, nameAt, budget)));
      }
      progress(`yaml-language-server, ${grouped(lines)} lines`);
      const uri = pathToFileURL(join(work, `agreement-${lines}.yaml`)).href;
      result.servers.push(figures(yamlSpec.label, await measureEditor(yamlSpec, uri, yaml, keyAt, budget)));
      sizes.push(result);
    }

    if (o.parts.has("memory")) {
      const lines = o.sizes[0];
      progress(`memory over ${grouped(o.memoryEdits)} edits, ${grouped(lines)} lines`);
      const text = generate(lines).text;
      memory = await measureMemory(ourServer(false, networkLog), pathToFileURL(join(work, `memory-${lines}.alliance`)).href, text, lines, o.memoryEdits, o.memorySeconds);
    }

    if (o.parts.has("cli")) {
      progress(`command line, ${grouped(o.cliDocs)} documents`);
      cli = measureCli(join(work, "corpus"), schemaPath, o.cliDocs, 1_000, o.cliRuns);
    }
  } finally {
    networkAttempts = existsSync(networkLog) ? readFileSync(networkLog, "utf8").trim().split("\n").filter(Boolean) : [];
    rmSync(work, { recursive: true, force: true });
  }

  console.log("");
  console.log(mainTable(sizes, cli, memory));
  for (const size of sizes) {
    for (const s of size.servers) {
      if (s.hoverLength === 0) console.log(`warning: ${s.label} found nothing to show on hover at ${grouped(size.requestedLines)} lines, so its hover time is not comparable`);
      if (!checkedCleanly(s)) {
        console.log(`* ${s.label} at ${grouped(size.requestedLines)} lines reported ${s.diagnosticsOnOpen} diagnostics on the clean document${s.diagnosticsChanged ? ", and a different number while typing" : ""}, so it did not check it as usual and its figures are not comparable: ${s.firstDiagnostics.map((d) => JSON.stringify(d.length > 160 ? `${d.slice(0, 160)}…` : d)).join("; ")}`);
      }
    }
  }
  if (sizes.length > 0) {
    console.log("");
    console.log(`Sizes: ${sizes.map((s) => `${grouped(s.requestedLines)} lines = ${grouped(Math.round(s.alliance.bytes / 1024))} KiB of Alliance, ${grouped(s.yaml.lines)} lines / ${grouped(Math.round(s.yaml.bytes / 1024))} KiB of YAML`).join("; ")}.`);
    console.log(`yaml-language-server waits ${YAML_LS_DELAY_MS} ms after each change before it validates (its own fixed delay); its figures include that wait, as a person typing experiences it.`);
    console.log(`yaml-language-server applies the schema: a broken copy of the YAML got ${schemaCheck?.length ?? 0} diagnostics (${(schemaCheck ?? []).slice(0, 2).map((m) => JSON.stringify(m.split("\n")[0])).join(", ")}).`);
  }
  if (memory) console.log(`Memory of our server (push) while editing, RSS by edits: ${memory.readings.map((r) => `${grouped(r.edits)}: ${Math.round(r.rssMb)} MB`).join(", ")} (${memory.seconds.toFixed(0)} s).`);
  console.log(`Network connection attempts by the servers: ${networkAttempts.length}${networkAttempts.length > 0 ? ` (refused):\n  ${networkAttempts.join("\n  ")}` : " (every connection and host look-up is refused and logged)"}.`);
  const growth = growthTable(sizes, inProcess);
  if (growth) {
    console.log("");
    console.log("Growth: each figure at one size over the same figure at the size before; the first row is the text's own growth.");
    console.log(growth);
  }
  if (inProcess.length > 0) {
    console.log("");
    console.log("In process: parsing and the whole check against JSON.parse of a JSON document of the same byte size, in the same run.");
    console.log(inProcessTable(inProcess));
  }

  const output = {
    date,
    machine: { cpu: cpu[0]?.model.trim() ?? "unknown", cores: cpu.length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverageBefore: loadBefore, loadAverageAfter: loadavg() },
    options: { ...o, parts: [...o.parts] },
    note: "Times in milliseconds, memory in MB. Keystroke figures are from sending the change to the diagnostics for that version (push) or to the answer to textDocument/diagnostic (pull).",
    editor: sizes,
    cli,
    memory,
    inProcess,
    yamlSchemaCheck: schemaCheck,
    networkAttempts,
    seconds: (performance.now() - began) / 1000,
  };
  const dir = join(__dirname, "results");
  mkdirSync(dir, { recursive: true });
  const rounded = (_key: string, value: unknown) => (typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value);
  writeFileSync(join(dir, "latest.json"), JSON.stringify(output, rounded, 2) + "\n");
  console.log("");
  console.log(`Took ${output.seconds.toFixed(0)} s; load average after ${loadavg().map((l) => l.toFixed(1)).join(" ")}. Every figure is in bench/results/latest.json.`);
  if (networkAttempts.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exitCode = 1;
});
