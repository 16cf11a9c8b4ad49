// Runs the integration suite in a real VS Code (bundled by code-server) with the packaged extension, then
// has LibreOffice open the Word documents the editor's Export as Word command wrote, as a lawyer would.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace } from "../../server/src/core";

const ROOT = resolve(__dirname, "..", "..");
const EXPORTED = join(ROOT, "out", "e2e", "exported");

describe.skipIf(process.env.ALLIANCE_SKIP_E2E === "1")("the extension in a real VS Code", () => {
  it("the packaged extension passes its integration suite", () => {
    const run = spawnSync(process.execPath, [join(__dirname, "code-server.mjs")], { encoding: "utf8", timeout: 900_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    console.log(output.split("\n").filter((l) => /✓|✗|passed|failed|\[e2e\]/.test(l)).join("\n"));
    expect(output).toMatch(/^21 passed, 0 failed$/m);
    expect(run.status, output.slice(-3000)).toBe(0);
    // The walkthrough the suite opened is ours: its title and first step are on the page.
    const page = readFileSync(join(ROOT, "out", "e2e", "walkthrough.html"), "utf8");
    expect(page).toContain("Write your first alliance agreement");
    expect(page).toContain("Create an agreement pack");
  }, 900_000);

  it.skipIf(process.env.ALLIANCE_SKIP_READERS === "1")("the Word documents it exported open in LibreOffice, with every party of the Plymouth agreement", () => {
    expect(existsSync(EXPORTED), "the suite keeps what Export as Word wrote").toBe(true);
    const installed = spawnSync("bash", [join(ROOT, "test", "export", "install-libreoffice.sh")], { encoding: "utf8" });
    expect(installed.status, installed.stderr).toBe(0);
    const docx = ["agreement", "specification", "tender", "evaluation"].map((n) => join(EXPORTED, `${n}.docx`));
    const profile = `-env:UserInstallation=file://${mkdtempSync(join(tmpdir(), "alliance-lo-profile-"))}`;
    const converted = spawnSync("soffice", [profile, "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", EXPORTED, ...docx], { encoding: "utf8", timeout: 300_000 });
    expect(converted.status, converted.stderr).toBe(0);
    const text = readFileSync(join(EXPORTED, "agreement.txt"), "utf8").replace(/\s+/g, " ");
    const workspace = new Workspace();
    const model = workspace.set("file:///agreement.alliance", readFileSync(join(ROOT, "samples", "plymouth", "agreement.alliance"), "utf8")).model;
    const parties = model.parties();
    expect(parties.length).toBeGreaterThan(3);
    for (const party of parties) expect(text, party.name.name).toContain(party.title?.value ?? party.name.name);
    expect(readdirSync(EXPORTED).filter((f) => f.endsWith(".txt")).sort()).toEqual(["agreement.txt", "evaluation.txt", "specification.txt", "tender.txt"]);
  }, 300_000);
});
