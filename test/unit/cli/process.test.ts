// The built command as a real process: scripts/build-cli.mjs bundles it (with esbuild's API) into a
// temporary folder, and the tests run that file the way CI does.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, languageOnlyConfig, run, settingsShown, tempDir } from "./helpers";

const ROOT = resolve(__dirname, "../../..");
let cli: string;
let config: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, "server/src/core/generated/parser.js"))) {
    const parser = spawnSync("npm", ["run", "build:parser"], { cwd: ROOT, encoding: "utf8" });
    expect(parser.status, parser.stderr).toBe(0);
  }
  cli = join(tempDir("alliance-cli-build-"), "cli.js");
  const built = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs"), "--outfile", cli], { cwd: ROOT, encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
  config = languageOnlyConfig();
}, 60000);

function spawnCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: FIXTURES, encoding: "utf8", env: { PATH: process.env.PATH ?? "", ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the built alliance command", () => {
  it("is one executable file that starts with a node shebang", () => {
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    const direct = spawnSync(cli, ["--version"], { encoding: "utf8" });
    expect(direct.stdout).toBe(`${require("../../../package.json").version}\n`);
    expect(direct.status).toBe(0);
  });

  it("exits 0 for a clean pair, 1 for problems and 2 for a missing file", () => {
    expect(spawnCli(["check", "clean", "--config", config])).toEqual({ code: 0, stdout: `clean/agreement.alliance: no problems\nclean/specification.alliance: no problems\n${settingsShown(config)}\n2 files checked: no problems\n`, stderr: "" });
    const problems = spawnCli(["check", "unicode/tabs.alliance", "--config", config, "--quiet"]);
    expect(problems).toEqual({
      code: 1,
      stdout: "unicode/tabs.alliance:6:33: error ALY010 No party is named `Mênter`. Correct the name, or add it to the parties.\n",
      stderr: "",
    });
    const missing = spawnCli(["check", "missing.alliance"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.split("\n")[0]).toBe(`alliance: cannot find \`missing.alliance\`; check the spelling of the file or folder name (paths are read from ${FIXTURES})`);
  });

  it("writes exactly what the in-process command writes, in every format, with every rule on", () => {
    for (const format of ["text", "json", "sarif"]) {
      const real = spawnCli(["check", ".", "--format", format, "--fail-on", "warning"]);
      const inProcess = run(["check", ".", "--format", format, "--fail-on", "warning"]);
      expect(real.stdout.length).toBeGreaterThan(1000);
      expect({ ...real, format }).toEqual({ ...inProcess, format });
    }
  });

  it("does not colour output that goes to a pipe", () => {
    expect(spawnCli(["check", "broken", "--config", config]).stdout).not.toContain("\u001b[");
  });
});
