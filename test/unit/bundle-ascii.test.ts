// The bundles the build writes are plain ASCII (scripts/ascii-only.mjs), so that V8 holds the server's
// source at one byte a character, and they still read the typographic characters they look for.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..");
let outdir = "";

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), "alliance-bundles-"));
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--outdir", outdir], { cwd: ROOT, stdio: "ignore" });
}, 120_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Each non-ASCII character with a little of the code around it. */
function nonAscii(code: string): string[] {
  return [...code.matchAll(/[^\x00-\x7f]/g)].map((m) => `${JSON.stringify(m[0])} in …${code.slice(Math.max(0, m.index - 40), m.index + 20)}…`);
}

describe("the bundles", () => {
  for (const file of ["server.js", "cli.js", "extension.js"]) {
    it(`${file} is ASCII only`, () => {
      expect(nonAscii(readFileSync(join(outdir, file), "utf8"))).toEqual([]);
    });
  }

  it("finds what the sources find, in documents full of curly quotes, apostrophes and pound signs", () => {
    const folders = [join(ROOT, "samples", "broken"), join(ROOT, "samples", "plymouth")];
    const run = (command: string[]) => {
      try {
        return execFileSync(process.execPath, [...command, "check", ...folders, "--format", "json"], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      } catch (error) {
        // Findings make the check exit with 1; its report is what is compared.
        return String((error as { stdout?: string }).stdout);
      }
    };
    const bundled = run([join(outdir, "cli.js")]);
    expect(bundled).toMatch(/[\u2018-\u201d£]/);
    const entry = join(outdir, "from-source.ts");
    writeFileSync(entry, `import { cliEntry } from ${JSON.stringify(join(ROOT, "server", "src", "cli", "main"))};\ncliEntry();\n`);
    expect(bundled).toBe(run([join(ROOT, "scripts", "run-ts.cjs"), entry]));
  }, 60_000);
});
