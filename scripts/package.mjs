// Packages the extension as a .vsix from a staging folder of its own: the manifest, the assets and a
// fresh build. Nothing is written to the repository's dist/, so a test can package while another builds.
// Usage: node scripts/package.mjs [--out FILE.vsix] [--list]   (--list also prints the files it holds)
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const at = args.indexOf("--out");
const out = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : join(root, "alliance-language.vsix");

const stage = mkdtempSync(join(tmpdir(), "alliance-package-"));
try {
  for (const path of ["package.json", ".vscodeignore", "CHANGELOG.md", "LICENSE", "client/images", "client/syntaxes", "client/walkthrough", "client/language-configuration.json", "docs"]) {
    cpSync(join(root, path), join(stage, path), { recursive: true });
  }
  // The extension's page is written for the people who use it, not for the developers' README.
  cpSync(join(root, "client", "README.md"), join(stage, "README.md"));
  execFileSync(process.execPath, [join(root, "scripts", "build.mjs"), "--outdir", join(stage, "dist")], { stdio: "inherit" });
  const vsce = join(root, "node_modules", "@vscode", "vsce", "vsce");
  if (args.includes("--list")) {
    const files = execFileSync(process.execPath, [vsce, "ls", "--no-dependencies"], { cwd: stage, encoding: "utf8" });
    console.log(`files in the package:\n${files.trim()}\nend of files`);
  }
  execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--no-rewrite-relative-links", "--out", out], { cwd: stage, stdio: ["ignore", "ignore", "inherit"] });
  console.log(`packaged ${out}`);
} finally {
  rmSync(stage, { recursive: true, force: true });
}
