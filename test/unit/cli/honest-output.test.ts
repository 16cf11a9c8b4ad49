// What the command prints can be trusted: nothing from a document reaches the terminal as a control
// character, and the settings file used is always named.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { languageOnlySettings, run, runAsync, tempDir } from "./helpers";

const ESC = "\u001b";

describe("text output escapes control characters from documents", () => {
  it("shows escapes, carriage returns and bidirectional controls as visible codes, with or without colour", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "alliance.config.json"), JSON.stringify(languageOnlySettings()));
    const text = `agreement A {\n  parties {\n    PCC commissioner "Council"\n  }\n  body B {\n    members PCC, Nobody /* ${ESC}[2K\u0008\u202eall clear */\n  }\n  jurisdiction england ${ESC}[8mhidden\n}\n`;
    writeFileSync(join(dir, "bid.alliance"), text);
    for (const flags of [["--no-color"], []]) {
      const result = run(["check", "bid.alliance", ...flags], { cwd: dir, tty: true });
      expect(result.code).toBe(1);
      const fromDocument = result.stdout.replace(/\u001b\[[0-9;]*m/g, (m) => (flags.length === 0 ? "" : m));
      expect(fromDocument).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
      expect(result.stdout).toContain("members PCC, Nobody /* \\u{1B}[2K\\u{08}\\u{202E}all clear */");
      expect(result.stdout).toContain("\\u{1B}[8mhidden");
    }
    // The caret still sits under the name.
    const plain = run(["check", "bid.alliance", "--no-color"], { cwd: dir }).stdout.split("\n");
    const line = plain.findIndex((l) => l.includes("| ") && l.includes("members PCC, Nobody"));
    expect(plain[line + 1].indexOf("^")).toBe(plain[line].indexOf("Nobody"));
  });

  it("escapes the same characters in a summary written to the terminal", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.alliance"), `agreement A "Title ${ESC}]0;owned${ESC}\\\\ here" {\n}\n`);
    const result = await runAsync(["summary", "a.alliance"], { cwd: dir });
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).toContain("Title \\u{1B}]0;owned");
  });
});

describe("the settings file used is named", () => {
  function nested() {
    const top = tempDir();
    const cwd = join(top, "a", "b", "c");
    mkdirSync(cwd, { recursive: true });
    writeFileSync(join(top, "alliance.config.json"), JSON.stringify(languageOnlySettings({ ALY010: "off" })));
    writeFileSync(join(cwd, "x.alliance"), "agreement A {\n  body B {\n    members Nobody\n  }\n}\n");
    return { top, cwd };
  }

  it("in the text output, with its folder when it is not the current one", () => {
    const { top, cwd } = nested();
    const result = run(["check", "x.alliance"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`x.alliance: no problems\nsettings: ../../../alliance.config.json, from ${top}, which is not the current folder\n1 file checked: no problems\n`);
    writeFileSync(join(cwd, "alliance.config.json"), "{}");
    expect(run(["check", "x.alliance"], { cwd }).stdout).toContain("\nsettings: alliance.config.json\n");
  });

  it("in the JSON and SARIF output", () => {
    const { top, cwd } = nested();
    const json = JSON.parse(run(["check", "x.alliance", "--format", "json"], { cwd }).stdout);
    expect(json.settings).toEqual({ path: "../../../alliance.config.json", folder: top });
    const sarif = JSON.parse(run(["check", "x.alliance", "--format", "sarif"], { cwd }).stdout);
    expect(sarif.runs[0].invocations[0].properties).toEqual({ settingsFile: pathToFileURL(join(top, "alliance.config.json")).href });
  });

  it("says when there is none", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "x.alliance"), "agreement A {\n}\n");
    const json = JSON.parse(run(["check", "x.alliance", "--format", "json"], { cwd: dir }).stdout);
    expect(json.settings).toBeNull();
    expect(run(["check", "x.alliance"], { cwd: dir }).stdout).toContain("\nsettings: the defaults (no alliance.config.json in the current folder or any folder above it)\n");
  });
});
