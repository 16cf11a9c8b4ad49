// The `alliance` command run in-process: arguments in, exit code and captured output out.

import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CHECK_HELP, MAIN_HELP } from "../../../server/src/cli/help";
import { RULES, ruleByCode } from "../../../server/src/core/rules/registry";
import { whyOf } from "../../../server/src/core/rules/rule";
import { FIXTURES, LANGUAGE_CODES, languageOnlyConfig, languageOnlySettings, run, settingsShown, tempDir } from "./helpers";

let config: string;
beforeAll(() => {
  // An unused suppression is information by default; these tests raise it to a warning to see one reported.
  config = languageOnlyConfig({ ALY016: "warning" });
});

/** The why and guidance lines the text output shows for a rule, read from the registry. */
function explanation(code: string): string[] {
  const rule = ruleByCode(code)!;
  const lines = [`  why: ${whyOf(rule)}`];
  if (rule.guidance.length > 0) lines.push(`  guidance: ${rule.guidance.map((g) => g.cite).join("; ")}`);
  return lines;
}

const SHEKINHA = "No party or role is named `Shekinha`. Correct the name, or add it to the parties.";
const UP_TO = "A spending limit needs an amount after `up to`, for example `up to £1,000`.";
const MENTER = "No party is named `Mênter`. Correct the name, or add it to the parties.";
const UNUSED = "Nothing this comment covers is reported as `ALY010`, so it silences nothing; remove it.";

describe("alliance check, text output", () => {
  it("checks documents linked by `for` together, so the specification reads the agreement's names", () => {
    const both = run(["check", "clean", "--config", config]);
    expect(both).toEqual({ code: 0, stdout: `clean/agreement.alliance: no problems\nclean/specification.alliance: no problems\n${settingsShown(config)}\n2 files checked: no problems\n`, stderr: "" });

    // With every rule on, the specification still finds the agreement's principles through `for`.
    const defaults = run(["check", "clean"]);
    expect(defaults.stdout).not.toContain("ALY010");
    expect(defaults.stderr).toBe("");

    const alone = run(["check", "clean/specification.alliance", "--config", config]);
    expect(alone.code).toBe(1);
    expect(alone.stdout).toBe(
      [
        "clean/specification.alliance:1:77: error ALY010 No document named `PlymouthAlliance` is being checked. Check this file together with the document named `PlymouthAlliance`, or correct the name after `for`.",
        " 1 | specification PlymouthSpec \"Tender specification: complex needs system\" for PlymouthAlliance {",
        `   | ${" ".repeat(76)}^${"~".repeat("PlymouthAlliance".length - 1)}`,
        ...explanation("ALY010"),
        "",
        "clean/specification.alliance: 1 error, 0 warnings, 0 information",
        settingsShown(config),
        "1 file checked: 1 error, 0 warnings, 0 information",
        "",
      ].join("\n"),
    );
  });

  it("shows each problem with its place, source line, caret, why and guidance, then a summary", () => {
    const result = run(["check", "broken/undeclared.alliance", "--config", config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        `broken/undeclared.alliance:6:18: error ALY010 ${SHEKINHA}`,
        " 6 |     members PCC, Shekinha",
        "   |                  ^~~~~~~~",
        ...explanation("ALY010"),
        "",
        `broken/undeclared.alliance:9:11: error ALY001 ${UP_TO}`,
        " 9 |     up to approved by Board",
        "   |           ^~~~~~~~~~~~~~~~~",
        ...explanation("ALY001"),
        "",
        "broken/undeclared.alliance: 2 errors, 0 warnings, 0 information",
        settingsShown(config),
        "1 file checked: 2 errors, 0 warnings, 0 information",
        "",
      ].join("\n"),
    );
    expect(ruleByCode("ALY001")!.guidance).toEqual([]);
  });

  it("lines the caret up under a tab-indented line with non-ASCII text and counts columns in characters", () => {
    const result = run(["check", "unicode/tabs.alliance", "--config", config]);
    expect(result.stdout).toBe(
      [
        `unicode/tabs.alliance:6:33: error ALY010 ${MENTER}`,
        ' 6 | \t\tassign "gofal 🏥 cymunedol" to Mênter',
        `   | \t\t${" ".repeat(31)}^~~~~~`,
        ...explanation("ALY010"),
        "",
        "unicode/tabs.alliance: 1 error, 0 warnings, 0 information",
        settingsShown(config),
        "1 file checked: 1 error, 0 warnings, 0 information",
        "",
      ].join("\n"),
    );
  });

  it("shows a related place as a note", () => {
    const result = run(["check", "related", "--config", config]);
    expect(result.stdout).toBe(
      [
        "related/duplicate.alliance:4:5: error ALY011 The name `PCC` is already used for another party above. Give this party a different name.",
        ' 4 |     PCC provider "Plymouth Community Care"',
        "   |     ^~~",
        ...explanation("ALY011"),
        "related/duplicate.alliance:3:5: note: `PCC` is first used here",
        "",
        "related/duplicate.alliance: 1 error, 0 warnings, 0 information",
        settingsShown(config),
        "1 file checked: 1 error, 0 warnings, 0 information",
        "",
      ].join("\n"),
    );
  });

  it("checks every .alliance file in a folder, and what a glob matches", () => {
    const folder = run(["check", "broken", "--config", config]);
    expect(folder.code).toBe(1);
    expect(folder.stdout.split("\n").filter((line) => /^\S+:\d+:\d+: /.test(line))).toEqual([
      `broken/undeclared.alliance:6:18: error ALY010 ${SHEKINHA}`,
      `broken/undeclared.alliance:9:11: error ALY001 ${UP_TO}`,
      `broken/warning.alliance:5:22: warning ALY016 ${UNUSED}`,
    ]);
    expect(folder.stdout.endsWith("\n2 files checked: 2 errors, 1 warning, 0 information\n")).toBe(true);

    const glob = run(["check", "**/w*.alliance", "unicode/*.alliance", "--config", config, "--quiet"]);
    expect(glob).toEqual({
      code: 1,
      stdout: `broken/warning.alliance:5:22: warning ALY016 ${UNUSED}\nunicode/tabs.alliance:6:33: error ALY010 ${MENTER}\n`,
      stderr: "",
    });
  });

  it("fails only on problems at or above --fail-on", () => {
    expect(run(["check", "broken/warning.alliance", "--config", config]).code).toBe(0);
    expect(run(["check", "broken/warning.alliance", "--config", config, "--fail-on", "error"]).code).toBe(0);
    expect(run(["check", "broken/warning.alliance", "--config", config, "--fail-on", "warning"]).code).toBe(1);
    expect(run(["check", "broken/warning.alliance", "--config", config, "--fail-on", "info"]).code).toBe(1);
    const info = languageOnlyConfig({ ALY016: "information" });
    const asInfo = run(["check", "broken/warning.alliance", "--config", info, "--fail-on", "warning"]);
    expect(asInfo.code).toBe(0);
    expect(asInfo.stdout).toContain(`broken/warning.alliance:5:22: info ALY016 ${UNUSED}\n`);
    expect(asInfo.stdout.endsWith("\n1 file checked: 0 errors, 0 warnings, 1 information\n")).toBe(true);
    expect(run(["check", "broken/warning.alliance", "--config", info, "--fail-on", "info"]).code).toBe(1);
  });

  it("prints one line per problem and nothing else with --quiet", () => {
    expect(run(["check", "broken/undeclared.alliance", "--config", config, "--quiet"])).toEqual({
      code: 1,
      stdout: `broken/undeclared.alliance:6:18: error ALY010 ${SHEKINHA}\nbroken/undeclared.alliance:9:11: error ALY001 ${UP_TO}\n`,
      stderr: "",
    });
    expect(run(["check", "clean", "--config", config, "--quiet"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("colours only on a terminal, and never with --no-color or NO_COLOR", () => {
    const coloured = run(["check", "broken/warning.alliance", "--config", config], { tty: true });
    expect(coloured.stdout.split("\n")[0]).toBe(
      `\u001b[1mbroken/warning.alliance:5:22:\u001b[0m \u001b[1;33mwarning\u001b[0m \u001b[2mALY016\u001b[0m ${UNUSED}`,
    );
    const plain = run(["check", "broken/warning.alliance", "--config", config]).stdout;
    expect(plain).not.toContain("\u001b[");
    expect(run(["check", "broken/warning.alliance", "--config", config, "--no-color"], { tty: true }).stdout).toBe(plain);
    expect(run(["check", "broken/warning.alliance", "--config", config], { tty: true, env: { NO_COLOR: "1" } }).stdout).toBe(plain);
    expect(run(["check", "broken/warning.alliance", "--config", config], { tty: true, env: { NO_COLOR: "" } }).stdout).toContain("\u001b[");
  });

  it("finds alliance.config.json in a parent folder, and --config overrides it", () => {
    const root = tempDir();
    mkdirSync(join(root, "pack"));
    cpSync(join(FIXTURES, "unicode", "tabs.alliance"), join(root, "pack", "tabs.alliance"));
    writeFileSync(join(root, "alliance.config.json"), JSON.stringify(languageOnlySettings({ ALY010: "warning" })));
    const found = run(["check", "tabs.alliance", "--quiet"], { cwd: join(root, "pack") });
    expect(found).toEqual({ code: 0, stdout: `tabs.alliance:6:33: warning ALY010 ${MENTER}\n`, stderr: "" });
    const overridden = run(["check", "tabs.alliance", "--quiet", "--config", config], { cwd: join(root, "pack") });
    expect(overridden).toEqual({ code: 1, stdout: `tabs.alliance:6:33: error ALY010 ${MENTER}\n`, stderr: "" });
  });
});

describe("alliance check, usage errors (exit code 2)", () => {
  const HINT = "Run `alliance check --help` for how to name the files to check and the settings file.\n";

  it("stops on a missing file, naming it, and checks nothing", () => {
    expect(run(["check", "clean", "missing.alliance", "--config", config])).toEqual({
      code: 2,
      stdout: "",
      stderr: `alliance: cannot find \`missing.alliance\`; check the spelling of the file or folder name (paths are read from ${FIXTURES})\n${HINT}`,
    });
  });

  it("stops on a glob that matches nothing, and on something that is not a file", () => {
    expect(run(["check", "drafts/**/*.alliance", "--config", config])).toEqual({
      code: 2,
      stdout: "",
      stderr: `alliance: no files match \`drafts/**/*.alliance\`; check the pattern, which is read from ${FIXTURES}\n${HINT}`,
    });
    expect(run(["check", "/dev/null", "--config", config])).toEqual({
      code: 2,
      stdout: "",
      stderr: `alliance: \`/dev/null\` is neither a file nor a folder (it may be a named pipe or a device), so it cannot be checked; name a regular file\n${HINT}`,
    });
  });

  it("stops on a settings file that is not valid", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ rules: { ALY010: "loud" } }));
    expect(run(["check", "clean", "--config", join(dir, "bad.json")])).toEqual({
      code: 2,
      stdout: "",
      stderr: `alliance: the settings file \`${join(dir, "bad.json")}\` has a mistake:\n  - the level for \`ALY010\` must be off, information, warning or error\n${HINT}`,
    });
  });

  it("follows a mistake in the options with the help text", () => {
    expect(run(["check", "clean", "--colour"])).toEqual({
      code: 2,
      stdout: "",
      stderr: `alliance: \`--colour\` is not an option of \`alliance check\`\n\n${CHECK_HELP}`,
    });
    expect(run([])).toEqual({ code: 2, stdout: "", stderr: `alliance: say what to do: \`alliance check\` followed by the files, folders or globs to check\n\n${MAIN_HELP}` });
  });
});

describe("alliance --help, --version and rules", () => {
  it("prints help and the version", () => {
    expect(run(["--help"])).toEqual({ code: 0, stdout: MAIN_HELP, stderr: "" });
    expect(run(["check", "--help"])).toEqual({ code: 0, stdout: CHECK_HELP, stderr: "" });
    expect(CHECK_HELP).toContain("a column counts characters (Unicode code\n  points)");
    expect(CHECK_HELP).toContain("SARIF output counts columns in UTF-16 code units");
    expect(run(["--version"])).toEqual({ code: 0, stdout: `${require("../../../package.json").version}\n`, stderr: "" });
  });

  it("lists every rule with its code, severity and title, one per line", () => {
    const result = run(["rules"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.length).toBe(RULES.length);
    RULES.forEach((rule, i) => expect(lines[i]).toBe(`${rule.code}  ${rule.severity.padEnd(7)}  ${rule.title}`));
    expect(lines[LANGUAGE_CODES.indexOf("ALY010")]).toBe("ALY010  error    A name is used that nothing declares");
  });
});
