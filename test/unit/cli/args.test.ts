import { describe, expect, it } from "vitest";
import { parseArgs } from "../../../server/src/cli/args";
import { UsageError } from "../../../server/src/cli/usage-error";

function usageError(argv: string[]): UsageError {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error(`no usage error for ${argv.join(" ")}`);
}

describe("reading the command line", () => {
  it("reads `check` with its defaults", () => {
    expect(parseArgs(["check", "tenders"])).toEqual({
      command: "check", inputs: ["tenders"], format: "text", failOn: "error", config: null, color: true, quiet: false,
    });
  });

  it("reads every option, with a space or an equals sign, in any order among the inputs", () => {
    expect(parseArgs(["check", "a.alliance", "--format", "sarif", "--fail-on=warning", "b", "--config", "x.json", "--no-color", "--quiet"])).toEqual({
      command: "check", inputs: ["a.alliance", "b"], format: "sarif", failOn: "warning", config: "x.json", color: false, quiet: true,
    });
    expect(parseArgs(["check", "--format=json", "--fail-on", "information", "a"])).toMatchObject({ format: "json", failOn: "info" });
  });

  it("treats everything after `--` as a file, even if it starts with a dash", () => {
    expect(parseArgs(["check", "--", "--odd-name.alliance"])).toMatchObject({ inputs: ["--odd-name.alliance"] });
  });

  it("reads help, version and rules", () => {
    expect(parseArgs(["--help"])).toEqual({ command: "help", topic: "main" });
    expect(parseArgs(["-h"])).toEqual({ command: "help", topic: "main" });
    expect(parseArgs(["check", "--help"])).toEqual({ command: "help", topic: "check" });
    expect(parseArgs(["check", "a", "-h"])).toEqual({ command: "help", topic: "check" });
    expect(parseArgs(["rules", "--help"])).toEqual({ command: "help", topic: "rules" });
    expect(parseArgs(["--version"])).toEqual({ command: "version" });
    expect(parseArgs(["rules"])).toEqual({ command: "rules" });
  });

  it("explains each mistake in plain words", () => {
    const cases: [string[], string][] = [
      [[], "say what to do: `alliance check` followed by the files, folders or globs to check"],
      [["lint"], "`lint` is not a command; the commands are `check`, `summary`, `format` and `rules`"],
      [["--format", "json"], "`--format` is not an option here; options come after the command, as in `alliance check --format json tenders`"],
      [["check"], "name at least one file, folder or glob to check, for example `alliance check tenders`"],
      [["check", "a", "--colour-me"], "`--colour-me` is not an option of `alliance check`"],
      [["check", "a", "--format", "xml"], "`xml` is not an output format; choose text, json or sarif"],
      [["check", "a", "--format"], "`--format` needs a format after it: text, json or sarif"],
      [["check", "a", "--format", "--quiet"], "`--format` needs a format after it: text, json or sarif"],
      [["check", "a", "--fail-on", "never"], "`--fail-on never` is not a level; choose error, warning or info"],
      [["check", "a", "--fail-on"], "`--fail-on` needs a level after it: error, warning or info"],
      [["check", "a", "--config"], "`--config` needs the path of a settings file after it, for example `--config alliance.config.json`"],
      [["check", "a", "--quiet=yes"], "`--quiet` takes no value; write it on its own"],
      [["rules", "extra"], "`alliance rules` takes no argument `extra`; it lists every rule"],
    ];
    for (const [argv, message] of cases) {
      const error = usageError(argv);
      expect(error.message, argv.join(" ")).toBe(message);
      expect(error.showHelp, argv.join(" ")).toBe(true);
    }
  });
});
