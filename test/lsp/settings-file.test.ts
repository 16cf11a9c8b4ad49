// One settings-file loader for the editor and the command line: the same alliance.config.json, with a
// byte-order mark as Windows editors write it, sets the same rule level in both.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { DiagnosticSeverity } from "vscode-languageserver-protocol/node";
import { run } from "../unit/cli/helpers";
import { startClient } from "./client";

const TEXT = `agreement Test "Test alliance" {
  parties {
    PCC commissioner "Plymouth City Council"
  }
  body Board "Alliance Leadership Board" {
    members PCC, Shekinha
  }
}
`;

/** A workspace whose settings file starts with a byte-order mark and turns ALY010 (an error by default) into information. */
function workspaceWithBomSettings(settings: unknown = { rules: { ALY010: "information" } }): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), "alliance-bom-"));
  writeFileSync(join(root, "alliance.config.json"), `\uFEFF${JSON.stringify(settings, null, 2)}\n`);
  writeFileSync(join(root, "agreement.alliance"), TEXT);
  return { root, file: join(root, "agreement.alliance") };
}

describe("alliance.config.json with a byte-order mark", () => {
  it("sets the rule level in the editor, over stdio", async () => {
    const { root, file } = workspaceWithBomSettings();
    const uri = pathToFileURL(file).toString();
    const client = await startClient({ pull: false, rootUri: pathToFileURL(root).toString() });
    try {
      await client.open(uri, TEXT, 1);
      const pushed = await client.waitForPush(uri, (p) => p.version === 1);
      expect(pushed.diagnostics.filter((d) => d.code === "ALY010").map((d) => [d.severity, d.range])).toEqual([
        [DiagnosticSeverity.Information, { start: { line: 5, character: 17 }, end: { line: 5, character: 25 } }],
      ]);
      expect(client.messages.filter((m) => m.includes("alliance.config.json"))).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it("sets the same rule level on the command line", () => {
    const { root } = workspaceWithBomSettings();
    const result = run(["check", "agreement.alliance", "--format", "json"], { cwd: root });
    expect(result.stderr).toBe("");
    const problems = JSON.parse(result.stdout).files[0].problems.filter((p: { code: string }) => p.code === "ALY010");
    expect(problems.map((p: { severity: string; range: unknown }) => [p.severity, p.range])).toEqual([
      ["info", { start: { line: 6, column: 18 }, end: { line: 6, column: 26 } }],
    ]);
  });

  it("is refused by both, for the same reason, when its settings are wrong", async () => {
    const { root, file } = workspaceWithBomSettings({ rules: { ALY010: "loud" } });
    const cli = run(["check", "agreement.alliance"], { cwd: root });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe("alliance: the settings file `alliance.config.json` has a mistake:\n  - the level for `ALY010` must be off, information, warning or error\nRun `alliance check --help` for how to name the files to check and the settings file.\n");
    const client = await startClient({ pull: false, rootUri: pathToFileURL(root).toString() });
    try {
      const uri = pathToFileURL(file).toString();
      await client.open(uri, TEXT, 1);
      const pushed = await client.waitForPush(uri, (p) => p.version === 1);
      expect(pushed.diagnostics.filter((d) => d.code === "ALY010").map((d) => d.severity)).toEqual([DiagnosticSeverity.Error]);
      expect(client.messages.filter((m) => m.includes("alliance.config.json"))).toContain(
        `${join(root, "alliance.config.json")} is not used, so the default settings apply: the level for \`ALY010\` must be off, information, warning or error.`,
      );
    } finally {
      await client.close();
    }
  });
});
