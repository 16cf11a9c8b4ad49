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

let snippetsText = "";

beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), "alliance-vsix-")), "alliance.vsix");
  const printed = execFileSync(process.execPath, [join(ROOT, "scripts", "package.mjs"), "--out", out, "--list"], { cwd: ROOT, encoding: "utf8" });
  files = /files in the package:\n([\s\S]*?)\nend of files/.exec(printed)![1].split("\n").sort();
  vsixSize = statSync(out).size;
  // The snippets the package ships, built the same way.
  const dist = mkdtempSync(join(tmpdir(), "alliance-dist-"));
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--outdir", dist], { cwd: ROOT, stdio: "ignore" });
  snippetsText = readFileSync(join(dist, "snippets.json"), "utf8");
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
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(["alliance.showSummary", "alliance.exportWord", "alliance.exportHtml", "alliance.restartServer", "alliance.showOutput"]);
    for (const [name, setting] of Object.entries(manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>)) {
      expect(setting.description ?? setting.markdownDescription, name).toBeTruthy();
    }
  });

  it("publishes the snippets the server completes with", () => {
    const snippets = JSON.parse(snippetsText);
    expect(Object.values(snippets).map((s) => (s as { prefix: string }).prefix)).toContain("body");
  });
});
