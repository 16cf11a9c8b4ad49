// docs/guidance.md: the reports and laws the product relies on, generated from the registry, the hover help
// and the law tables, and checked here so that it cannot fall behind what the product cites.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { citations, renderGuidanceDoc } from "../../server/src/core/docs/guidance-doc";
import { LAWS, LIGHT_TOUCH_THRESHOLDS } from "../../server/src/core/law/tables";
import { formatMoney } from "../../server/src/core/numbers";

describe("docs/guidance.md", () => {
  const doc = renderGuidanceDoc();

  it("is up to date (run `npm run docs` to regenerate it)", () => {
    const onDisk = readFileSync(join(__dirname, "..", "..", "docs", "guidance.md"), "utf8");
    expect(onDisk).toBe(doc);
  });

  it("lists every law with its date in force, and every light-touch figure with its dates and VAT", () => {
    for (const law of Object.values(LAWS)) {
      expect(doc).toContain(`### ${law.title}`);
      expect(doc).toContain(`\`${law.key}\``);
    }
    for (const figure of [...LIGHT_TOUCH_THRESHOLDS.england, ...LIGHT_TOUCH_THRESHOLDS.scotland]) {
      expect(doc).toContain(`| ${formatMoney(figure.minor)} |`);
      expect(doc).toContain(figure.cite);
    }
    expect(doc).toContain("£615,278");
    expect(doc).toContain("including VAT");
    expect(doc).toContain("excluding VAT");
  });

  it("says which rules and hovers rest on each source, and the threshold rule rests on the Act and the report", () => {
    const { reports, laws } = citations();
    expect([...laws.pa2023.rules]).toContain("ALY902");
    expect([...laws.psr2023.rules]).toContain("ALY913");
    expect([...laws.pcsr2015.hovers]).toContain("jurisdiction:scotland");
    expect([...reports.CwC.rules]).toContain("ALY902");
    expect([...reports.ET.hovers]).toContain("route:light-touch");
    expect(doc).toMatch(/### Procurement Act 2023[^#]*Rules that cite it:[^\n]*`ALY902`/);
  });

  it("keeps the reports' figures as history, not as the default", () => {
    expect(doc).toContain("kept only as history");
    expect(doc).not.toMatch(/default[^.\n]*£589/);
  });
});
