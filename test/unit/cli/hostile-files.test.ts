// The command line on a folder it cannot trust: named pipes, self-links, links to devices and links out
// of the folder. Each run is a real process with a time limit and a memory ceiling, so that a regression
// fails the test instead of hanging it or exhausting the machine.

import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { hostileFolder, SECRET_TITLE, type HostileFolder } from "../../helpers/hostile-folder";
import { languageOnlyConfig, tempDir } from "./helpers";

const ROOT = resolve(__dirname, "../../..");
let cli: string;
let config: string;
let pack: HostileFolder;

beforeAll(() => {
  cli = join(tempDir("alliance-cli-build-"), "cli.js");
  const built = spawnSync(process.execPath, [join(ROOT, "scripts/build-cli.mjs"), "--outfile", cli], { cwd: ROOT, encoding: "utf8" });
  expect(built.status, built.stderr).toBe(0);
  config = languageOnlyConfig();
  pack = hostileFolder();
}, 60000);

function alliance(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, ["--max-old-space-size=200", cli, ...args], { cwd, encoding: "utf8", timeout: 10000, killSignal: "SIGKILL" });
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

describe("alliance check on a folder it cannot trust", () => {
  it("reads only the regular document inside the folder, once, and finishes", () => {
    for (const input of [".", "**/*.alliance", "./**/*.alliance"]) {
      const result = alliance(["check", input, "--config", config, "--format", "json"], pack.root);
      expect(result.signal, input).toBeNull();
      expect(result.stderr, input).toBe("");
      const report = JSON.parse(result.stdout);
      expect(report.files.map((f: { path: string }) => f.path), input).toEqual(["good.alliance"]);
      expect(result.stdout).not.toContain("Secret");
    }
  });

  it("keeps the outside document's title out of the summary", () => {
    const result = alliance(["summary", "."], pack.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("The good agreement");
    expect(result.stdout).not.toContain(SECRET_TITLE);
  });

  it("refuses a named pipe or a device named on its own, saying what it is", () => {
    const pipe = alliance(["check", "pipe.alliance", "--config", config], pack.root);
    expect(pipe.signal).toBeNull();
    expect(pipe.code).toBe(2);
    expect(pipe.stderr).toMatch(/`pipe.alliance` is neither a file nor a folder \(it may be a named pipe or a device\)/);
    for (const device of ["zero.alliance", "random.alliance"]) {
      const result = alliance(["check", device, "--config", config], pack.root);
      expect(result.signal, device).toBeNull();
      expect(result.code, device).toBe(2);
    }
  });

  it("reports a file that is not UTF-8, with where the first bad byte is, instead of replacing it", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "latin1.alliance"), Buffer.concat([Buffer.from('agreement A {\n  purpose "Caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]));
    const result = alliance(["check", "latin1.alliance", "--config", config], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("alliance: cannot read `latin1.alliance`: it is not UTF-8 text: the byte at line 2, column 15 (byte 29) is not valid UTF-8. Save the file as UTF-8 in your editor\n");
  });
});

describe("alliance format cannot lose a file", () => {
  const UNFORMATTED = 'agreement A "An agreement" {\n      jurisdiction   england\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n}\n';

  function bigUnformatted(): string {
    let text = "agreement Big {\n";
    while (text.length < 100_000) text += '      purpose   "A purpose that goes on for a while"\n';
    return text + "}\n";
  }

  it("leaves the file whole when the write fails, and says why in plain words", () => {
    const dir = tempDir();
    const path = join(dir, "big.alliance");
    const original = bigUnformatted();
    writeFileSync(path, original);
    // A size limit of 8 KB for files this process writes: the formatted text cannot be written.
    const result = spawnSync("bash", ["-c", `ulimit -f 8; exec "${process.execPath}" "${cli}" format big.alliance`], { cwd: dir, encoding: "utf8", timeout: 10000 });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("alliance: `big.alliance` could not be formatted because the file would be larger than this process may write (see `ulimit -f`); it is left unchanged\n");
    expect(readFileSync(path, "utf8")).toBe(original);
    expect(readdirSync(dir)).toEqual(["big.alliance"]);
  });

  it("keeps the file's permissions, and formats a link inside the folder by formatting what it points to", () => {
    const dir = tempDir();
    const path = join(dir, "a.alliance");
    writeFileSync(path, UNFORMATTED);
    chmodSync(path, 0o640);
    symlinkSync("a.alliance", join(dir, "alias.alliance"));
    const result = alliance(["format", "alias.alliance"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readFileSync(path, "utf8")).toContain("\n  jurisdiction england\n");
    expect(lstatSync(join(dir, "alias.alliance")).isSymbolicLink()).toBe(true);
  });

  it("refuses a link out of the named folders and a file that is not UTF-8, leaving both untouched", () => {
    const dir = tempDir();
    const outside = join(tempDir(), "outside.alliance");
    writeFileSync(outside, UNFORMATTED);
    mkdirSync(join(dir, "pack"));
    symlinkSync(outside, join(dir, "pack", "linked.alliance"));
    const latin1 = Buffer.concat([Buffer.from(UNFORMATTED.replace("Shekinah\"", "Caf")), Buffer.from([0xe9]), Buffer.from('"\n')]);
    writeFileSync(join(dir, "pack", "latin1.alliance"), latin1);
    for (const input of ["pack/linked.alliance", "pack/latin1.alliance"]) {
      const result = alliance(["format", input], dir);
      expect(result.code, input).toBe(2);
    }
    const named = alliance(["format", "pack/linked.alliance"], dir);
    expect(named.stderr).toBe("alliance: `pack/linked.alliance` not formatted: it is a link to a file outside the folders named, and formatting would change that file; format the file itself where it is\n");
    const bad = alliance(["format", "pack/latin1.alliance"], dir);
    expect(bad.stderr).toMatch(/^alliance: cannot read `pack\/latin1.alliance`: it is not UTF-8 text: the byte at line \d+, column \d+ \(byte \d+\) is not valid UTF-8. Save the file as UTF-8 in your editor; it is left unchanged\n$/);
    expect(readFileSync(outside, "utf8")).toBe(UNFORMATTED);
    expect(readFileSync(join(dir, "pack", "latin1.alliance"))).toEqual(latin1);
    // A folder does not follow the link out at all.
    expect(alliance(["format", "pack"], dir).stdout).not.toContain("linked");
  });
});
