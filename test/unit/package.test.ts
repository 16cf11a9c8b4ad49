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
let packagedReadme = "";

beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), "alliance-vsix-")), "alliance.vsix");
  const printed = execFileSync(process.execPath, [join(ROOT, "scripts", "package.mjs"), "--out", out, "--list"], { cwd: ROOT, encoding: "utf8" });
  files = /files in the package:\n([\s\S]*?)\nend of files/.exec(printed)![1].split("\n").sort();
  vsixSize = statSync(out).size;
  packagedReadme = execFileSync("unzip", ["-p", out, "extension/readme.md"], { encoding: "utf8" });
}, 120_000);

describe("the packaged extension", () => {
  it("has a page of its own for the people who use it, with a picture, and no developer's instructions", () => {
    expect(packagedReadme).toBe(readFileSync(join(ROOT, "client", "README.md"), "utf8"));
    expect(packagedReadme).toMatch(/!\[[^\]]+\]\(client\/images\/screenshot\.png\)/);
    expect(packagedReadme).not.toMatch(/\bnpm\b|node_modules|vitest/);
  });

  it("offers a walkthrough whose every step opens a page the package holds", () => {
    const steps = manifest.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown: string } }[] }) => w.steps);
    expect(steps.length).toBe(3);
    for (const step of steps) expect(files).toContain(step.media.markdown);
  });

  it("holds the bundles, grammar, walkthrough, images and docs, and nothing else", () => {
    expect(files).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "README.md",
      "client/images/icon.png",
      "client/images/screenshot.png",
      "client/language-configuration.json",
      "client/syntaxes/alliance.tmLanguage.json",
      "client/walkthrough/first-agreement.md",
      "client/walkthrough/read-a-finding.md",
      "client/walkthrough/share-the-summary.md",
      "dist/extension.js",
      "dist/server.js",
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
    expect(manifest.contributes.commands.map((c: { command: string }) => c.command)).toEqual(["alliance.showSummary", "alliance.exportWord", "alliance.exportHtml", "alliance.newAgreementPack", "alliance.insertStarter", "alliance.showRule", "alliance.restartServer", "alliance.showOutput"]);
    for (const [name, setting] of Object.entries(Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties)) as Record<string, { description?: string; markdownDescription?: string }>)) {
      expect(setting.description ?? setting.markdownDescription, name).toBeTruthy();
    }
  });

  it("lets each rule be set by its title in the Settings UI, as the registry lists them (run `npm run docs` to rewrite them)", async () => {
    const { withGeneratedSettings } = await import("../../server/src/core/docs/settings-manifest");
    expect(manifest).toEqual(withGeneratedSettings(manifest));
    const properties = Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties));
    expect(properties["alliance.rules.ALY503"]).toMatchObject({ enum: ["default", "off", "information", "warning", "error"], default: "default" });
    expect(properties["alliance.rules.ALY503"].markdownDescription).toMatch(/^\*\*.+\.\*\* ALY503, normally an error\.$/);
  });

  it("types as a person expects: Enter starts a new line unless a suggestion was chosen, no suggestions in quoted text", () => {
    expect(manifest.contributes.snippets).toBeUndefined();
    expect(manifest.contributes.configurationDefaults["[alliance]"]).toMatchObject({
      "editor.suggest.selectionMode": "never",
      "editor.quickSuggestions": { other: "on", comments: "off", strings: "off" },
      "editor.wordBasedSuggestions": "off",
      "editor.wordWrap": "on",
      "editor.tabSize": 2,
    });
  });
});
