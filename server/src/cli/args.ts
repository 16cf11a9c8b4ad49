// The command line, read into what to do. Knows nothing about files or checking.

import { UsageError } from "./usage-error";

export type OutputFormat = "text" | "json" | "sarif";
export type FailOn = "error" | "warning" | "info";

export interface CheckArgs {
  command: "check";
  /** Files, folders and globs, as typed. */
  inputs: string[];
  format: OutputFormat;
  failOn: FailOn;
  /** `--config FILE`, as typed; null to look for alliance.config.json. */
  config: string | null;
  /** False with `--no-color`. */
  color: boolean;
  quiet: boolean;
}

export interface SummaryArgs {
  command: "summary";
  inputs: string[];
  format: "markdown" | "html";
  /** `--output FILE`; null for standard output. */
  output: string | null;
  config: string | null;
}

export interface FormatArgs {
  command: "format";
  inputs: string[];
  /** Report files whose layout would change, and change nothing. */
  check: boolean;
}

export interface ExportArgs {
  command: "export";
  inputs: string[];
  format: "docx" | "html";
  /** `--out DIR`: the folder the documents are written to. */
  out: string;
}

export type HelpTopic = "main" | "check" | "rules" | "summary" | "format" | "export";

export type Command =
  | CheckArgs
  | SummaryArgs
  | FormatArgs
  | ExportArgs
  | { command: "rules" }
  | { command: "help"; topic: HelpTopic }
  | { command: "version" };

const FORMATS: readonly OutputFormat[] = ["text", "json", "sarif"];
const FAIL_ON: Record<string, FailOn> = { error: "error", warning: "warning", info: "info", information: "info" };

/** Reads the arguments after the program name. Throws UsageError for anything it does not understand. */
export function parseArgs(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("say what to do: `alliance check` followed by the files, folders or globs to check", { showHelp: true });
  if (first === "--help" || first === "-h" || first === "help") {
    const topic: HelpTopic = rest[0] === "check" || rest[0] === "rules" || rest[0] === "summary" || rest[0] === "format" || rest[0] === "export" ? rest[0] : "main";
    return { command: "help", topic };
  }
  if (first === "--version" || first === "-V") return { command: "version" };
  if (first === "check") return parseCheck(rest);
  if (first === "summary") return parseSummary(rest);
  if (first === "format") return parseFormat(rest);
  if (first === "export") return parseExport(rest);
  if (first === "rules") {
    for (const arg of rest) {
      if (arg === "--help" || arg === "-h") return { command: "help", topic: "rules" };
      throw new UsageError(`\`alliance rules\` takes no ${arg.startsWith("-") ? `option \`${arg}\`` : `argument \`${arg}\``}; it lists every rule`, { showHelp: true });
    }
    return { command: "rules" };
  }
  if (first.startsWith("-")) throw new UsageError(`\`${first}\` is not an option here; options come after the command, as in \`alliance check --format json tenders\``, { showHelp: true });
  throw new UsageError(`\`${first}\` is not a command; the commands are \`check\`, \`summary\`, \`format\` and \`rules\``, { showHelp: true });
}

function parseCheck(argv: readonly string[]): Command {
  const result: CheckArgs = { command: "check", inputs: [], format: "text", failOn: "error", config: null, color: true, quiet: false };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || !arg.startsWith("-") || arg === "-") {
      result.inputs.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyInputs = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) throw new UsageError(missingValue(name), { showHelp: true });
      i++;
      return next;
    };
    const noValue = () => {
      if (inline !== undefined) throw new UsageError(`\`${name}\` takes no value; write it on its own`, { showHelp: true });
    };
    switch (name) {
      case "--help":
      case "-h":
        noValue();
        return { command: "help", topic: "check" };
      case "--format":
      case "-f": {
        const format = value();
        if (!(FORMATS as readonly string[]).includes(format)) {
          throw new UsageError(`\`${format}\` is not an output format; choose text, json or sarif`, { showHelp: true });
        }
        result.format = format as OutputFormat;
        break;
      }
      case "--fail-on": {
        const level = value();
        const failOn = FAIL_ON[level];
        if (!failOn) throw new UsageError(`\`--fail-on ${level}\` is not a level; choose error, warning or info`, { showHelp: true });
        result.failOn = failOn;
        break;
      }
      case "--config":
      case "-c": {
        const file = value();
        if (file === "") throw new UsageError("`--config` needs the path of a settings file, for example `--config alliance.config.json`", { showHelp: true });
        result.config = file;
        break;
      }
      case "--no-color":
      case "--no-colour":
        noValue();
        result.color = false;
        break;
      case "--quiet":
      case "-q":
        noValue();
        result.quiet = true;
        break;
      default:
        throw new UsageError(`\`${name}\` is not an option of \`alliance check\``, { showHelp: true });
    }
  }
  if (result.inputs.length === 0) {
    throw new UsageError("name at least one file, folder or glob to check, for example `alliance check tenders`", { showHelp: true });
  }
  return result;
}

function missingValue(name: string): string {
  switch (name) {
    case "--format":
    case "-f":
      return `\`${name}\` needs a format after it: text, json or sarif`;
    case "--fail-on":
      return "`--fail-on` needs a level after it: error, warning or info";
    default:
      return `\`${name}\` needs the path of a settings file after it, for example \`${name} alliance.config.json\``;
  }
}

/**
 * Walks a command's arguments: plain ones are inputs; each option is handed to `option` with a `next()` that
 * takes its value. `option` returns a command to stop with (`--help`), or nothing to go on.
 */
function walkArguments(argv: readonly string[], input: (arg: string) => void, option: (arg: string, next: () => string) => Command | void): Command | void {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("-")) {
      input(arg);
      continue;
    }
    const next = () => {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("-")) throw new UsageError(`\`${arg}\` needs a value after it`, { showHelp: true });
      i++;
      return value;
    };
    const stop = option(arg, next);
    if (stop) return stop;
  }
}

function parseSummary(argv: readonly string[]): Command {
  const result: SummaryArgs = { command: "summary", inputs: [], format: "markdown", output: null, config: null };
  const stop = walkArguments(argv, (arg) => result.inputs.push(arg), (arg, next) => {
    if (arg === "--help" || arg === "-h") return { command: "help", topic: "summary" };
    else if (arg === "--format" || arg === "-f") {
      const format = next();
      if (format !== "markdown" && format !== "html") throw new UsageError(`\`${format}\` is not a summary format; choose markdown or html`, { showHelp: true });
      result.format = format;
    } else if (arg === "--output" || arg === "-o") result.output = next();
    else if (arg === "--config" || arg === "-c") result.config = next();
    else throw new UsageError(`\`${arg}\` is not an option of \`alliance summary\``, { showHelp: true });
  });
  if (stop) return stop;
  if (result.inputs.length === 0) throw new UsageError("name the files, folders or globs to summarise, for example `alliance summary samples/plymouth`", { showHelp: true });
  return result;
}

function parseFormat(argv: readonly string[]): Command {
  const result: FormatArgs = { command: "format", inputs: [], check: false };
  for (const arg of argv) {
    if (arg === "--help" || arg === "-h") return { command: "help", topic: "format" };
    if (arg === "--check") result.check = true;
    else if (arg.startsWith("-")) throw new UsageError(`\`${arg}\` is not an option of \`alliance format\``, { showHelp: true });
    else result.inputs.push(arg);
  }
  if (result.inputs.length === 0) throw new UsageError("name the files, folders or globs to format, for example `alliance format tenders`", { showHelp: true });
  return result;
}

function parseExport(argv: readonly string[]): Command {
  const result: ExportArgs = { command: "export", inputs: [], format: "docx", out: "" };
  const stop = walkArguments(argv, (arg) => result.inputs.push(arg), (arg, next) => {
    if (arg === "--help" || arg === "-h") return { command: "help", topic: "export" };
    else if (arg === "--format" || arg === "-f") {
      const format = next();
      if (format !== "docx" && format !== "html") throw new UsageError(`\`${format}\` is not an export format; choose docx or html`, { showHelp: true });
      result.format = format;
    } else if (arg === "--out" || arg === "-o") result.out = next();
    else throw new UsageError(`\`${arg}\` is not an option of \`alliance export\``, { showHelp: true });
  });
  if (stop) return stop;
  if (result.inputs.length === 0) throw new UsageError("name the files, folders or globs to export, for example `alliance export samples/plymouth --out out`", { showHelp: true });
  if (!result.out) throw new UsageError("say which folder to write the documents to, with `--out DIR`", { showHelp: true });
  return result;
}
