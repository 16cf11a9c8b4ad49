// `alliance summary` and `alliance format`.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run, tempDir } from "./helpers";

const SAMPLES = resolve(__dirname, "../../../samples");

describe("alliance summary", () => {
  it("summarises a pack as Markdown: who decides what, the spend ladder and the risk shares", () => {
    const result = run(["summary", "plymouth"], { cwd: SAMPLES });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Alliance summary\n\n## Plymouth Complex Needs Alliance \(agreement, plymouth\/agreement.alliance\)\n/);
    expect(result.stdout).toContain("### Who decides what\n\n| Body | Members | Chair | Decides | If not unanimous | Meets |");
    expect(result.stdout).toContain("| Board (Alliance Leadership Board) | PCC, CCG, Harbour, Tamar, Drake, Sound and Voices | Chair | key-issues by unanimity | the proposal falls | monthly |");
    expect(result.stdout).toContain("### Spend authority\n\n| Spend | Approved by |\n| --- | --- |\n| up to £1,000 | Keyworker |");
    expect(result.stdout).toContain("| pain share | 30% | 30% | 10% | 10% | 10% | 10% |");
    expect(result.stdout).toContain("### What the checks found\n\nNo problems: the document follows the language and the guidance the checks rest on.");
  });

  it("writes a self-contained HTML page to a file, and lists the findings of a broken draft", () => {
    const dir = tempDir();
    const result = run(["summary", "broken/shares-not-100.alliance", "--format", "html", "--output", join(dir, "summary.html")], { cwd: SAMPLES });
    expect(result).toEqual({ code: 0, stdout: `wrote the summary of 1 document to ${join(dir, "summary.html")}\n`, stderr: "" });
    const html = readFileSync(join(dir, "summary.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<h3>Spend authority</h3>");
    expect(html).toContain("<li>ALY503 (error): The pain share adds up to 95%, so 5% of any overspend or loss is carried by no one.");
  });

  it("refuses an unknown format with exit code 2", () => {
    const result = run(["summary", "plymouth", "--format", "pdf"], { cwd: SAMPLES });
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("alliance: `pdf` is not a summary format; choose markdown or html");
  });
});

describe("alliance format", () => {
  const messy = 'agreement Test {\n    parties {\n  PCC commissioner   "Plymouth City Council"\n  Shekinah provider "Shekinah"\n    }\n}\n';
  const tidy = 'agreement Test {\n  parties {\n    PCC      commissioner "Plymouth City Council"\n    Shekinah provider     "Shekinah"\n  }\n}\n';

  it("with --check, reports files that would change and changes nothing", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a.alliance"), messy);
    writeFileSync(join(dir, "b.alliance"), tidy);
    const result = run(["format", "--check", "."], { cwd: dir });
    expect(result).toEqual({ code: 1, stdout: "a.alliance would be laid out differently\n2 files looked at: 1 to format\n", stderr: "" });
    expect(readFileSync(join(dir, "a.alliance"), "utf8")).toBe(messy);
  });

  it("rewrites files in the canonical layout, and leaves a file with syntax errors alone", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "pack"));
    writeFileSync(join(dir, "pack", "a.alliance"), messy);
    writeFileSync(join(dir, "pack", "broken.alliance"), "agreement Broken {\n  spend {\n    up to approved by Board\n  }\n}\n");
    const result = run(["format", "pack"], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("pack/a.alliance formatted\n2 files looked at: 1 formatted, 1 left alone because of syntax errors\n");
    expect(result.stderr).toBe("pack/broken.alliance: not formatted: the document has syntax errors; fix them first, then format (run `alliance check pack/broken.alliance`)\n");
    expect(readFileSync(join(dir, "pack", "a.alliance"), "utf8")).toBe(tidy);
    expect(run(["format", "--check", "pack/a.alliance"], { cwd: dir })).toEqual({ code: 0, stdout: "1 file looked at: all laid out already\n", stderr: "" });
  });
});
