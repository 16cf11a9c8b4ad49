// The workspace reader shared by the server and the command line: what it reads, what it refuses, and
// the limits it stops at.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { globMatcher, splitGlob } from "../../server/src/node/glob-pattern";
import { DEFAULT_LIMITS, WorkspaceReader } from "../../server/src/node/workspace-reader";
import { GOOD, hostileFolder } from "../helpers/hostile-folder";
import { tempDir } from "./cli/helpers";

const alliance = (path: string) => path.endsWith(".alliance");

describe("the workspace reader", () => {
  it("finds the one regular document in a hostile folder, and refuses everything else by name", () => {
    const pack = hostileFolder();
    const reader = new WorkspaceReader([pack.root]);
    const events = [...reader.walk(alliance)];
    expect(events.filter((e) => e.kind === "file").map((e) => (e as { path: string }).path)).toEqual([pack.good]);
    expect(events.some((e) => e.kind === "limit")).toBe(false);
    expect(reader.read(join(pack.root, "pipe.alliance"))).toMatchObject({ ok: false, reason: "not-a-file", message: expect.stringContaining("a named pipe") });
    expect(reader.read(join(pack.root, "zero.alliance"))).toMatchObject({ ok: false, reason: "outside" });
    expect(reader.read(join(pack.root, "zero.alliance"), { anywhere: true })).toMatchObject({ ok: false, reason: "not-a-file", message: expect.stringContaining("a device") });
    expect(reader.read(join(pack.root, "linked-out.alliance"))).toMatchObject({ ok: false, reason: "outside" });
    expect(reader.read(join(pack.root, "sub", "alias.alliance"))).toEqual({ ok: true, text: GOOD, realPath: pack.good });
    expect(reader.contains(join(pack.root, "sub", "up", "good.alliance"))).toBe(true);
    expect(reader.contains(join(pack.root, "linked-folder", "secret.alliance"))).toBe(false);
    expect(reader.contains(join(pack.outside, "secret.alliance"))).toBe(false);
    expect(reader.contains(join(pack.root, "not-yet-written.alliance"))).toBe(true);
  });

  it("stops at the folder and file limits, saying so", () => {
    const dir = tempDir();
    for (let i = 0; i < 5; i++) {
      mkdirSync(join(dir, `f${i}`));
      writeFileSync(join(dir, `f${i}`, "a.alliance"), GOOD);
    }
    const files = [...new WorkspaceReader([dir], { ...DEFAULT_LIMITS, files: 2 }).walk(alliance)];
    expect(files.filter((e) => e.kind === "file")).toHaveLength(2);
    expect(files.at(-1)).toEqual({ kind: "limit", message: expect.stringMatching(/^stopped after finding 2 documents, the most one search reads, so the rest were not read; open a smaller folder/) });
    const folders = [...new WorkspaceReader([dir], { ...DEFAULT_LIMITS, folders: 3 }).walk(alliance)];
    expect(folders.at(-1)).toEqual({ kind: "limit", message: expect.stringMatching(/^stopped after looking inside 3 folders/) });
  });

  it("stops at the byte limits, for one file and for all together, and counts a file read again once", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.alliance"), "x".repeat(100));
    writeFileSync(join(dir, "b.alliance"), "x".repeat(100));
    writeFileSync(join(dir, "big.alliance"), "x".repeat(300));
    const reader = new WorkspaceReader([dir], { ...DEFAULT_LIMITS, fileBytes: 200, totalBytes: 150 });
    expect(reader.read(join(dir, "big.alliance"))).toMatchObject({ ok: false, reason: "too-large" });
    expect(reader.read(join(dir, "a.alliance")).ok).toBe(true);
    expect(reader.read(join(dir, "a.alliance")).ok).toBe(true);
    expect(reader.read(join(dir, "b.alliance"))).toMatchObject({ ok: false, reason: "limit", message: expect.stringContaining("the most that is read in all") });
    reader.forget(join(dir, "a.alliance"));
    expect(reader.read(join(dir, "b.alliance")).ok).toBe(true);
  });

  it("refuses bytes that are not UTF-8, and keeps a byte order mark", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "bad.alliance"), Buffer.from([0x61, 0x0a, 0x62, 0xc3, 0x28]));
    writeFileSync(join(dir, "bom.alliance"), "\uFEFFagreement A {\n}\n");
    const reader = new WorkspaceReader([dir]);
    expect(reader.read(join(dir, "bad.alliance"))).toMatchObject({ ok: false, reason: "not-utf8", message: expect.stringContaining("line 2, column 2 (byte 4)") });
    expect(reader.read(join(dir, "bom.alliance"))).toMatchObject({ ok: true, text: "\uFEFFagreement A {\n}\n" });
  });
});

describe("globs", () => {
  it("split into the folder they start from and the pattern below it", () => {
    expect(splitGlob("**/*.alliance")).toEqual({ base: ".", rest: "**/*.alliance" });
    expect(splitGlob("tenders/2019/*.alliance")).toEqual({ base: "tenders/2019", rest: "*.alliance" });
    expect(splitGlob("/srv/packs/{a,b}/*.alliance")).toEqual({ base: "/srv/packs", rest: "{a,b}/*.alliance" });
  });

  it("match as a shell does", () => {
    const cases: [string, string, boolean][] = [
      ["**/*.alliance", "a.alliance", true],
      ["**/*.alliance", "x/y/a.alliance", true],
      ["*.alliance", "x/a.alliance", false],
      ["s*.alliance", "spec.alliance", true],
      ["**/{warning,tabs}.alliance", "unicode/tabs.alliance", true],
      ["**/{warning,tabs}.alliance", "unicode/tab.alliance", false],
      ["a?.alliance", "ab.alliance", true],
      ["[ab].alliance", "b.alliance", true],
      ["[!ab].alliance", "b.alliance", false],
      ["a.alliance", "a_alliance", false],
    ];
    for (const [pattern, path, expected] of cases) expect(globMatcher(pattern)(path), `${pattern} ${path}`).toBe(expected);
  });
});
