// The exported Word documents as their readers get them: LibreOffice opens each .docx and converts it to
// PDF and to text, and the text holds every party, amount, body and principle and one signature block per
// party. Page one of each agreement is rendered to PNG (pdftoppm) for the test record in .cache/test-record.
// LibreOffice and poppler are installed by test/export/install-libreoffice.sh; ALLIANCE_SKIP_READERS=1 skips.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Workspace } from "../../server/src/core";
import { formatMoney } from "../../server/src/core/numbers";
import { runAsync } from "../unit/cli/helpers";

const ROOT = resolve(__dirname, "../..");
const SAMPLES = join(ROOT, "samples");
const RECORD = join(ROOT, ".cache/test-record");
const skip = process.env.ALLIANCE_SKIP_READERS === "1";

function sh(command: string, args: string[], options: { cwd?: string; timeout?: number } = {}): string {
  const run = spawnSync(command, args, { encoding: "utf8", timeout: options.timeout ?? 300_000, cwd: options.cwd });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${run.status}): ${run.stdout}\n${run.stderr}`);
  return run.stdout;
}

const PACKS = ["plymouth", "future-pathways", "york"];
/** Where each pack's documents went, and the text LibreOffice read from each, by document name. */
const out = mkdtempSync(join(tmpdir(), "alliance-export-"));
const texts = new Map<string, string>();

/** Exports every pack, then has LibreOffice convert all the documents at once (it is slow to start). */
async function exportAndRead(): Promise<void> {
  for (const pack of PACKS) {
    const result = await runAsync(["export", pack, "--format", "docx", "--out", out], { cwd: SAMPLES });
    expect(result.code, result.stderr).toBe(0);
  }
  const docx = readdirSync(out).filter((f) => f.endsWith(".docx")).map((f) => join(out, f));
  // A profile of its own, so that this run does not wait on (or disturb) another LibreOffice.
  const profile = `-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), "alliance-lo-profile-"))}`;
  sh("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", out, ...docx]);
  sh("soffice", [profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out, ...docx]);
  for (const file of docx) {
    const base = file.replace(/\.docx$/, "");
    texts.set(base.split("/").pop()!, readFileSync(`${base}.txt`, "utf8"));
    expect(readFileSync(`${base}.pdf`).subarray(0, 5).toString()).toBe("%PDF-");
  }
}

function sampleModels(folder: string) {
  const workspace = new Workspace();
  for (const f of readdirSync(join(SAMPLES, folder)).filter((f) => f.endsWith(".alliance"))) workspace.set(`file:///${f}`, readFileSync(join(SAMPLES, folder, f), "utf8"));
  return workspace.all().map((d) => d.model);
}

/** Text as LibreOffice writes it, with its line wrapping and spacing ignored. */
function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

describe.skipIf(skip)("exported Word documents, opened by LibreOffice", () => {
  beforeAll(async () => {
    sh("bash", [join(ROOT, "test/export/install-libreoffice.sh")], { timeout: 900_000 });
    mkdirSync(RECORD, { recursive: true });
    await exportAndRead();
  }, 900_000);

  it("alliance export samples/plymouth writes four documents that LibreOffice opens and converts", () => {
    const pdfs = out;
    expect([...texts.keys()].filter((k) => k.startsWith("Plymouth")).sort()).toEqual(["PlymouthAlliance", "PlymouthEvaluation", "PlymouthSpec", "PlymouthTender"]);
    const agreement = squash(texts.get("PlymouthAlliance")!);
    const model = sampleModels("plymouth").find((m) => m.kind === "agreement")!;
    for (const party of model.parties()) expect(agreement, party.name.name).toContain(party.title!.value);
    for (const body of model.bodies()) expect(agreement, body.name.name).toContain(body.title!.value);
    for (const principle of model.principles()) expect(agreement, principle.name.name).toContain(squash(principle.text.value));
    for (const amount of ["£80,000,000", "£1,500,000", "£1,000", "£50,000"]) expect(agreement).toContain(amount);
    expect(agreement.match(/Signed for and on behalf of/g)?.length).toBe(model.parties().length);
    const evaluation = squash(texts.get("PlymouthEvaluation")!);
    for (const weight of ["25%", "15%", "10%", "100%"]) expect(evaluation).toContain(weight);
    expect(squash(texts.get("PlymouthSpec")!)).toContain("£250,000");
    expect(squash(texts.get("PlymouthTender")!)).toContain("30 November 2018");
    sh("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", join(pdfs, "PlymouthAlliance.pdf"), join(RECORD, "PlymouthAlliance-page-1")]);
    sh("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", join(pdfs, "PlymouthEvaluation.pdf"), join(RECORD, "PlymouthEvaluation-page-1")]);
    const pages = Number(/Pages:\s+(\d+)/.exec(sh("pdfinfo", [join(pdfs, "PlymouthAlliance.pdf")]))![1]);
    expect(pages).toBeGreaterThan(5);
  });

  for (const folder of ["future-pathways", "york"]) {
    it(`the ${folder} agreement names every party, body, principle and amount, with a signature block for each party`, () => {
      const pdfs = out;
      const model = sampleModels(folder).find((m) => m.kind === "agreement")!;
      const text = squash(texts.get(model.name!)!);
      for (const party of model.parties()) expect(text, party.name.name).toContain(party.title!.value);
      for (const body of model.bodies()) expect(text, body.name.name).toContain(body.title!.value);
      for (const principle of model.principles()) expect(text, principle.name.name).toContain(squash(principle.text.value));
      for (const band of model.bands()) for (const m of [band.over, band.upTo]) if (m) expect(text).toContain(formatMoney(m));
      expect(text.match(/Signed for and on behalf of/g)?.length).toBe(model.parties().length);
      sh("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", join(pdfs, `${model.name}.pdf`), join(RECORD, `${model.name}-page-1`)]);
    });
  }
});
