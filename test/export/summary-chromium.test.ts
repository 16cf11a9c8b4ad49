// The HTML summary as a reader sees it: rendered in headless Chromium (Debian's, driven by
// playwright-core). For every sample the governance diagram has a box for every body and an arrow for
// every referral when a decision is not unanimous, and the spend and risk charts are drawn. Screenshots go
// to .cache/test-record. Chromium is installed by test/export/install-libreoffice.sh; ALLIANCE_SKIP_READERS=1 skips.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { Workspace } from "../../server/src/core";
import { bodyId, edgeId, governanceGraph } from "../../server/src/core/features/governance-graph";
import { runAsync } from "../unit/cli/helpers";

const ROOT = resolve(__dirname, "../..");
const SAMPLES = join(ROOT, "samples");
const RECORD = join(ROOT, ".cache/test-record");
const skip = process.env.ALLIANCE_SKIP_READERS === "1";

const PACKS = ["plymouth", "future-pathways", "york"];

describe.skipIf(skip)("the HTML summary, rendered in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    const install = spawnSync("bash", [join(ROOT, "test/export/install-libreoffice.sh")], { encoding: "utf8", timeout: 900_000 });
    if (install.status !== 0) throw new Error(install.stdout + install.stderr);
    mkdirSync(RECORD, { recursive: true });
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
  });

  for (const pack of PACKS) {
    it(`draws the governance of ${pack}: every body, every referral, the spend ladder and the risk shares`, async () => {
      const out = join(mkdtempSync(join(tmpdir(), "alliance-summary-")), "summary.html");
      const result = await runAsync(["summary", pack, "--format", "html", "--output", out], { cwd: SAMPLES });
      expect(result.code, result.stderr).toBe(0);
      const html = readFileSync(out, "utf8");
      expect(html, "self-contained: nothing fetched").not.toMatch(/<script|<link|src="http/);

      const workspace = new Workspace();
      const agreementText = readFileSync(join(SAMPLES, pack, "agreement.alliance"), "utf8");
      const model = workspace.set("file:///agreement.alliance", agreementText).model;
      const graph = governanceGraph(model)!;
      expect(graph.edges.some((e) => e.kind === "referral")).toBe(true);

      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(`file://${out}`);
      for (const body of graph.bodies) {
        const box = page.locator(`svg g#${bodyId(body)}`);
        expect(await box.count(), `box for ${body}`).toBe(1);
        expect((await box.boundingBox())!.width, `${body} is drawn`).toBeGreaterThan(50);
        expect(await box.textContent()).toContain(model.body(body)!.title!.value);
      }
      for (const edge of graph.edges.filter((e) => e.kind === "referral")) {
        const arrow = page.locator(`svg g#${edgeId(edge)}`);
        expect(await arrow.count(), `arrow ${edgeId(edge)}`).toBe(1);
        expect(await arrow.textContent()).toContain("if not unanimous");
      }
      expect(await page.locator("svg.spend-ladder g.band").count()).toBe(model.bands().length);
      expect(await page.locator("svg.risk-shares g.share").count()).toBeGreaterThan(0);
      // The report names what a reviewer needs, in plain English.
      const text = await page.locator("body").innerText();
      for (const heading of ["Key roles", "Definitions", "Key issues", "Who decides what", "Risk and reward", "Spend authority", "What the checks assume"]) expect(text).toContain(heading);
      await page.locator("figure.governance").screenshot({ path: join(RECORD, `${pack}-governance.png`) });
      await page.locator("svg.spend-ladder").screenshot({ path: join(RECORD, `${pack}-spend-ladder.png`) });
      await page.locator("svg.risk-shares").screenshot({ path: join(RECORD, `${pack}-risk-shares.png`) });
      await page.close();
    }, 120_000);
  }
});
