// The extension as it is published: a marketplace-ready manifest, and a .vsix that holds only what it
// needs (the bundles, the grammar and the docs), no development dependencies, and stays small.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
const manifest = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
let files: string[] = [];
let vsixSize = 0;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "ignore" });
  const vsce = join(ROOT, "node_modules", "@vscode", "vsce", "vsce");
  files = execFileSync(process.execPath, [vsce, "ls", "--no-dependencies"], { cwd: ROOT, encoding: "utf8" }).trim().split("\n").sort();
  const out = join(mkdtempSync(join(tmpdir(), "alliance-vsix-")), "alliance.vsix");
  execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--out", out], { cwd: ROOT, stdio: "ignore" });
  vsixSize = statSync(out).size;
}, 120_000);

describe("the packaged extension", () => {
  it("holds the bundles, grammar, snippets, icon and docs, and nothing else", () => {
    expect(files).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "README.md",
      "client/images/icon.png",
      "client/language-configuration.json",
      "client/syntaxes/alliance.tmLanguage.json",
      "dist/extension.js",
      "dist/server.js",
      "dist/snippets.json",
      "docs/language.md",
      "docs/rules.md",
      "package.json",
    ]);
  });

  it("stays under 2 MB", () => {
    expect(vsixSize).toBeGreaterThan(50_000);
    expect(vsixSize).toBeLessThan(2 * 1024 * 1024);
  });

  it("has a manifest ready for the marketplace", () => {
    for (const field of ["name", "displayName", "description", "version", "publisher", "license", "icon", "categories", "keywords", "repository", "engines"]) {
      expect(manifest[field], field).toBeTruthy();
    }
    expect(existsSync(join(ROOT, manifest.icon))).toBe(true);
    expect(manifest.main).toBe("./dist/extension.js");
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
    expect(manifest.contributes.languages[0]).toMatchObject({ id: "alliance", extensions: [".alliance"] });
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(["alliance.restartServer", "alliance.showOutput"]);
    for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>)) {
      expect(setting.description ?? setting.markdownDescription, name).toBeTruthy();
    }
  });

  it("publishes the snippets the server completes with", () => {
    const snippets = JSON.parse(readFileSync(join(ROOT, "dist", "snippets.json"), "utf8"));
    expect(Object.values(snippets).map((s) => (s as { prefix: string }).prefix)).toContain("body");
  });
});
