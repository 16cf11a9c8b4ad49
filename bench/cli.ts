// The command line checker against a YAML reference: 300 agreements of 1,000 lines, written as .alliance
// files and as YAML into a temporary folder, checked by `node dist/cli.js check FOLDER` and by
// bench/yaml-ajv-check.cjs (the `yaml` package and ajv against the generated schema). Each is a whole
// process, timed from start to exit, several times; the median counts.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { generate } from "./generate";
import { newestSource } from "./lsp";
import { stats, type Stats } from "./measure";
import { toYaml } from "./yaml";

const ROOT = join(__dirname, "..");
export const CLI = join(ROOT, "dist", "cli.js");

/** Builds dist/cli.js with scripts/build-cli.mjs when it is missing or older than any source. */
export function ensureFreshCli(): boolean {
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= newestSource()) return false;
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-cli.mjs"), "--outfile", CLI], { cwd: ROOT, stdio: "inherit" });
  return true;
}

/** Writes `count` different agreements of `lines` lines, each as .alliance and as .yaml. Returns the folders. */
export function writeCorpus(root: string, count: number, lines: number): { alliance: string; yaml: string; bytes: { alliance: number; yaml: number } } {
  const alliance = join(root, "alliance");
  const yaml = join(root, "yaml");
  mkdirSync(alliance, { recursive: true });
  mkdirSync(yaml, { recursive: true });
  const bytes = { alliance: 0, yaml: 0 };
  for (let i = 1; i <= count; i++) {
    const generated = generate(lines, { seed: 1_000 + i, name: `GeneratedAlliance${i}` });
    const yamlText = toYaml(generated);
    const file = `agreement-${String(i).padStart(3, "0")}`;
    writeFileSync(join(alliance, `${file}.alliance`), generated.text);
    writeFileSync(join(yaml, `${file}.yaml`), yamlText);
    bytes.alliance += Buffer.byteLength(generated.text);
    bytes.yaml += Buffer.byteLength(yamlText);
  }
  return { alliance, yaml, bytes };
}

export interface ProcessRuns {
  wall: Stats;
  exitCode: number | null;
  /** The last line the command printed, to show what it found. */
  lastLine: string;
}

function timeProcess(args: string[], runs: number): ProcessRuns {
  const times: number[] = [];
  let exitCode: number | null = null;
  let lastLine = "";
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
    times.push(performance.now() - start);
    if (result.error) throw result.error;
    exitCode = result.status;
    lastLine = `${result.stdout}\n${result.stderr}`.trim().split("\n").pop() ?? "";
  }
  return { wall: stats(times), exitCode, lastLine };
}

export interface CliResult {
  documents: number;
  linesEach: number;
  bytes: { alliance: number; yaml: number };
  ours: ProcessRuns;
  reference: ProcessRuns;
  /** Reference median over ours. */
  ratio: number;
}

export function measureCli(root: string, schemaPath: string, documents: number, linesEach: number, runs: number): CliResult {
  const corpus = writeCorpus(root, documents, linesEach);
  const ours = timeProcess([CLI, "check", corpus.alliance], runs);
  const reference = timeProcess([join(__dirname, "yaml-ajv-check.cjs"), corpus.yaml, schemaPath], runs);
  return { documents, linesEach, bytes: corpus.bytes, ours, reference, ratio: reference.wall.median / ours.wall.median };
}
