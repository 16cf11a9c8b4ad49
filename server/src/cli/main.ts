// The `alliance` command. `main` takes the arguments, a working folder and output streams and returns
// the exit code, so tests run it in-process; `cliEntry` wires it to the real process.

import { RULES } from "../core/rules/registry";
import { parseArgs, type CheckArgs, type Command } from "./args";
import { loadConfig } from "./config";
import { displayPath, expandInputs } from "./files";
import { formatJson } from "./format-json";
import { formatSarif } from "./format-sarif";
import { formatText } from "./format-text";
import { CHECK_HELP, EXPORT_HELP, FORMAT_HELP, MAIN_HELP, RULES_HELP, SUMMARY_HELP } from "./help";
import { runExport } from "./export-command";
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { todayIso } from "../core/law/regime";
import type { SummaryArgs } from "./args";
import { runFormat } from "./format-command";
import { checkFiles, type SettingsFile } from "./run";
import { TOOL_VERSION } from "./tool";
import { UsageError } from "./usage-error";
import { visibleLines } from "./visible";

import type { CliIO } from "./io";

export type { CliIO, Output } from "./io";

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

/** The exit code; a promise for the commands that lay out documents (`export`, `summary`), which wait on libraries that work asynchronously. */
export function main(argv: readonly string[], io: CliIO): number | Promise<number> {
  let command: Command | null = null;
  try {
    command = parseArgs(argv);
    switch (command.command) {
      case "help":
        io.stdout.write(HELP[command.topic]);
        return EXIT_OK;
      case "version":
        io.stdout.write(`${TOOL_VERSION}\n`);
        return EXIT_OK;
      case "rules":
        io.stdout.write(listRules());
        return EXIT_OK;
      case "check":
        return runCheck(command, io);
      case "summary":
        return runSummary(command, io).catch((error: unknown) => failed(error, command, argv, io));
      case "format":
        return runFormat(command, io);
      case "export":
        return runExport(command, io).catch((error: unknown) => failed(error, command, argv, io));
    }
  } catch (error) {
    return failed(error, command, argv, io);
  }
}

function failed(error: unknown, command: Command | null, argv: readonly string[], io: CliIO): number {
  if (error instanceof UsageError) {
    io.stderr.write(`alliance: ${error.message}\n`);
    if (error.showHelp) io.stderr.write(`\n${helpFor(command, argv)}`);
    else io.stderr.write(`Run \`alliance check --help\` for how to name the files to check and the settings file.\n`);
    return EXIT_USAGE;
  }
  io.stderr.write(`alliance: the checker itself failed, so nothing was checked; please report this fault: ${(error as Error)?.stack ?? String(error)}\n`);
  return EXIT_USAGE;
}

function runCheck(args: CheckArgs, io: CliIO): number {
  const config = loadConfig(io.cwd, args.config);
  const files = expandInputs(args.inputs, io.cwd);
  // Each tree is let go of once checked: a large folder need not be held in memory at once.
  const result = checkFiles(files, config.settings, args.failOn, settingsFileOf(config.path, io.cwd), undefined, true);
  for (const { rule, file, error } of result.ruleErrors) {
    io.stderr.write(
      `alliance: the check ${rule.code} (${rule.title}) stopped with an internal fault on ${file.display}, so it reported nothing there; the other checks ran. Please report this fault: ${(error as Error)?.message ?? String(error)}\n`,
    );
  }
  switch (args.format) {
    case "json":
      io.stdout.write(formatJson(result));
      break;
    case "sarif":
      io.stdout.write(formatSarif(result, io.cwd));
      break;
    case "text": {
      const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "";
      io.stdout.write(formatText(result, { color: args.color && !noColor && io.stdout.isTTY === true, quiet: args.quiet }));
      break;
    }
  }
  return result.failed ? EXIT_PROBLEMS : EXIT_OK;
}

function settingsFileOf(path: string | null, cwd: string): SettingsFile | null {
  if (path === null) return null;
  const folder = dirname(path);
  return { absolute: path, display: displayPath(path, cwd), folder: folder === resolve(cwd) ? null : folder };
}

/** One line per rule: code, default severity, title. */
export function listRules(): string {
  const codeWidth = Math.max(...RULES.map((r) => r.code.length));
  return RULES.map((rule) => `${rule.code.padEnd(codeWidth)}  ${rule.severity.padEnd(7)}  ${rule.title}\n`).join("");
}

const HELP = { main: MAIN_HELP, check: CHECK_HELP, rules: RULES_HELP, summary: SUMMARY_HELP, format: FORMAT_HELP, export: EXPORT_HELP } as const;

function helpFor(command: Command | null, argv: readonly string[]): string {
  const topic = command?.command ?? argv[0];
  return topic === "check" || topic === "rules" || topic === "summary" || topic === "format" || topic === "export" ? HELP[topic] : MAIN_HELP;
}

async function runSummary(args: SummaryArgs, io: CliIO): Promise<number> {
  const config = loadConfig(io.cwd, args.config);
  const files = expandInputs(args.inputs, io.cwd);
  const today = todayIso();
  const result = checkFiles(files, config.settings, "error", null, () => today);
  const report = result.service.summary({ uri: null, pathOf: (uri) => result.byUri.get(uri)!.display });
  // The writers are loaded only by the commands that use them, so that `alliance check` starts quickly.
  const text = args.format === "html"
    ? (await import("../export/summary-html")).renderSummaryHtml(report, { layout: await (await import("../export/graphviz")).loadGraphviz(), preparedOn: today })
    : (await import("../export/summary-markdown")).renderMarkdown(report);
  if (args.output) {
    const target = resolve(io.cwd, args.output);
    try {
      writeFileSync(target, text);
    } catch (error) {
      throw new UsageError(`the summary could not be written to ${args.output}: ${(error as Error).message}`);
    }
    io.stdout.write(`wrote the summary of ${result.files.length} ${result.files.length === 1 ? "document" : "documents"} to ${args.output}\n`);
  } else {
    io.stdout.write(args.format === "html" ? text : visibleLines(text));
  }
  return EXIT_OK;
}

/** Runs the command for the real process: arguments, folder, streams and exit code. */
export function cliEntry(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      // A reader that stops early (`alliance check … | head`) is not a fault.
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  void Promise.resolve(main(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env })).then((code) => {
    process.exitCode = code;
  });
}

if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) cliEntry();
