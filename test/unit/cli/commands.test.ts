// `alliance summary`, `alliance export` and `alliance format`.

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run, runAsync, tempDir } from "./helpers";
import { Workspace } from "../../../server/src/core";
import { bodyId, edgeId, governanceGraph } from "../../../server/src/core/features/governance-graph";
import { expandInputs } from "../../../server/src/cli/files";

const SAMPLES = resolve(__dirname, "../../../samples");

describe("alliance summary", () => {
  it("summarises a pack as Markdown in plain English: roles, key issues, definitions, the cap, the exceptions and the award weights", async () => {
    const result = await runAsync(["summary", "plymouth"], { cwd: SAMPLES });
    expect(result.code).toBe(0);
    const md = result.stdout;
    expect(md).toMatch(/^# Reviewer's summary\n\n## Plymouth Complex Needs Alliance\n\nAlliance agreement, from plymouth\/agreement.alliance.\n/);
    expect(md).toContain("| Role | Kind | Reports to | Held by |\n| --- | --- | --- | --- |\n| Independent chair of the Alliance Leadership Board | Chair | The Alliance Leadership Board | No named party |");
    expect(md).toContain("### Key issues\n\nThe agreement names these as key issues:\n\n- Changes to the shared purpose or to the Alliance Principles");
    expect(md).toContain("- **“wilful default”:** A deliberate act or omission by a party");
    expect(md).toContain("| Alliance Leadership Board | Plymouth City Council, Clinical Commissioning Group for Plymouth, Harbourside Recovery Trust, Tamar Housing Support, Drake Community Health CIC, Sound Minds Plymouth and Plymouth Lived Experience Voices | The Independent chair of the Alliance Leadership Board | The key issues, unanimously | The proposal falls |  | Every month |");
    expect(md).toContain("- **Cap:** No party gains or loses more than £1,500,000 in any year under the risk share.");
    expect(md).toContain("- **No fault, no blame:** The parties do not bring disputes or claims against one another, except in a case of wilful default");
    expect(md).toContain("| Up to £1,000 | The Keyworker in any member organisation |");
    expect(md).toContain("| Carrying risk together | 25% | Requirement Risk and the principle “collective risk” |");
    expect(md).toContain("| **Total** | **100%** |  |");
    expect(md).toContain("### What the checks found\n\nNothing: the document follows the language and the guidance the checks rest on.");
    expect(md).toContain(
      "## What the checks assume\n\n- **Procurement law assumed for plymouth/agreement.alliance, plymouth/specification.alliance and plymouth/tender.alliance:** The Public Contracts Regulations 2015, for England (from the document), the kind of service is not stated (add “services”), and the term starts on 1 April 2019 (no “procurement starts” date is given). The light-touch threshold is £615,278 (Public Contracts Regulations 2015, from 1 January 2018), excluding VAT; cited as Public Contracts Regulations 2015, regulation 5, thresholds for 2018–19. The reports cite £589k (EUR 750,000), the 2016–17 light-touch threshold, and Examples and Tools writes the threshold as £750k; the law has changed since. This is not legal advice: confirm the law and the figure with your legal adviser.\n",
    );
    for (const raw of ["england", "key-issues", "by unanimity", "route light-touch", "pain share"]) expect(md, raw).not.toContain(raw);
  });

  it("writes a self-contained HTML page, with the findings of a broken draft grouped by severity and topic", async () => {
    const dir = tempDir();
    const result = await runAsync(["summary", "broken/shares-not-100.alliance", "--format", "html", "--output", join(dir, "summary.html")], { cwd: SAMPLES });
    expect(result).toEqual({ code: 0, stdout: `wrote the summary of 1 document to ${join(dir, "summary.html")}\n`, stderr: "" });
    const html = readFileSync(join(dir, "summary.html"), "utf8");
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<h3>Spend authority</h3>");
    expect(html).toContain("<h4>Must be put right before signing (1)</h4>\n<p><strong>Risk and reward</strong></p>");
    expect(html).toMatch(/<div class="finding error" data-code="ALY503"><p>The pain share adds up to 95%, so 5% of any overspend or loss is carried by no one.<\/p><p class="meta">Where: broken\/shares-not-100.alliance, line \d+, section 7: Risk and reward<\/p>/);
    expect(html).toMatch(/Rests on: [^<]*Exploring the New World/);
    expect(html.replace(/&#45;/g, "-")).toContain('<g id="body-Board" class="node body">');
  });

  it("draws the governance diagram of every sample that has bodies, with every body and every referral", async () => {
    const dir = tempDir();
    const result = await runAsync(["summary", ".", "--format", "html", "--output", join(dir, "all.html")], { cwd: SAMPLES });
    expect(result.code).toBe(0);
    // Graphviz writes the hyphen in an id as a character reference.
    const html = readFileSync(join(dir, "all.html"), "utf8").replace(/&#45;/g, "-");
    const workspace = new Workspace();
    let drawn = 0;
    for (const file of expandInputs(["."], SAMPLES)) {
      const model = workspace.set(file.absolute, readFileSync(file.absolute, "utf8")).model;
      const graph = governanceGraph(model);
      if (!graph || !model.kind) continue;
      drawn++;
      for (const body of graph.bodies) expect(html, `${file.display}: ${body}`).toContain(`id="${bodyId(body)}"`);
      for (const edge of graph.edges) expect(html, `${file.display}: ${edgeId(edge)}`).toContain(`id="${edgeId(edge)}"`);
    }
    expect(drawn).toBeGreaterThan(15);
  });

  it("refuses an unknown format with exit code 2", () => {
    const result = run(["summary", "plymouth", "--format", "pdf"], { cwd: SAMPLES });
    expect(result.code).toBe(2);
    expect(result.stderr.split("\n")[0]).toBe("alliance: `pdf` is not a summary format; choose markdown or html");
  });
});

describe("alliance export", () => {
  it("writes the four Plymouth documents as Word files named after their short names", async () => {
    const dir = tempDir();
    const result = await runAsync(["export", "plymouth", "--format", "docx", "--out", join(dir, "out")], { cwd: SAMPLES });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")).toEqual([
      `plymouth/agreement.alliance → ${join(dir, "out", "PlymouthAlliance.docx")}`,
      `plymouth/evaluation.alliance → ${join(dir, "out", "PlymouthEvaluation.docx")}`,
      `plymouth/specification.alliance → ${join(dir, "out", "PlymouthSpec.docx")}`,
      `plymouth/tender.alliance → ${join(dir, "out", "PlymouthTender.docx")}`,
      "wrote 4 documents",
      "",
    ]);
    for (const name of ["PlymouthAlliance", "PlymouthEvaluation", "PlymouthSpec", "PlymouthTender"]) {
      const bytes = readFileSync(join(dir, "out", `${name}.docx`));
      expect(bytes.subarray(0, 2).toString(), "a .docx is a zip file").toBe("PK");
    }
  });

  it("writes self-contained HTML, and says which sources have errors", async () => {
    const dir = tempDir();
    const result = await runAsync(["export", "broken/shares-not-100.alliance", "--format", "html", "--out", dir], { cwd: SAMPLES });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("(the source has 1 error: run `alliance check broken/shares-not-100.alliance`)");
    const html = readFileSync(join(dir, "NorthbayAlliance.html"), "utf8");
    expect(html).toContain("<h2>7 Risk and reward</h2>");
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it("needs --out, and refuses an unknown format", () => {
    expect(run(["export", "plymouth"], { cwd: SAMPLES }).stderr.split("\n")[0]).toBe("alliance: say which folder to write the documents to, with `--out DIR`");
    const bad = run(["export", "plymouth", "--format", "pdf", "--out", "x"], { cwd: SAMPLES });
    expect(bad.code).toBe(2);
    expect(bad.stderr.split("\n")[0]).toBe("alliance: `pdf` is not an export format; choose docx or html");
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
    expect(result.stderr).toBe("pack/broken.alliance: not formatted: the document cannot be formatted until line 3 is put right. A spending limit needs an amount after `up to`, for example `up to £1,000`. (run `alliance check pack/broken.alliance`)\n");
    expect(readFileSync(join(dir, "pack", "a.alliance"), "utf8")).toBe(tidy);
    expect(run(["format", "--check", "pack/a.alliance"], { cwd: dir })).toEqual({ code: 0, stdout: "1 file looked at: all laid out already\n", stderr: "" });
  });
});
