// Hover and the check read the same documents and settings through the service, so they agree on the
// law and the figure for a document whose jurisdiction comes from the agreement it is for.

import { describe, expect, it } from "vitest";
import { AnalysisService } from "../../../server/src/core/service/analysis-service";

const AGREEMENT = `agreement Scot "Scottish alliance" {\n  jurisdiction scotland\n}\n`;
const SPEC = `specification ScotSpec "Spec" for Scot {\n  services social-care\n  value £700,000\n  route direct-award\n}\n`;

function service(settings: object) {
  const s = new AnalysisService({ today: () => "2026-12-01" });
  s.setDocument("file:///p/agreement.alliance", AGREEMENT);
  s.setDocument("file:///p/spec.alliance", SPEC);
  s.setSettings(settings);
  return s;
}

describe("hover and the check", () => {
  it("both use Scotland's figure, read from the agreement, with the default figure", () => {
    const s = service({});
    expect(s.problemsNow("file:///p/spec.alliance").filter((p) => p.code === "ALY902").map((p) => p.message)).toEqual([
      "This direct award is worth £700,000, above the light-touch threshold of £663,540 (Public Contracts (Scotland) Regulations 2015, from 1 January 2022). Advertise the contract, or record the legal ground with `justification`.",
    ]);
    expect(s.hover({ uri: "file:///p/spec.alliance", offset: SPEC.indexOf("700") })?.markdown).toContain(
      "Above the light-touch threshold of £663,540 (Public Contracts (Scotland) Regulations 2015, from 1 January 2022) assumed for this document",
    );
  });

  it("both use Scotland's figure from the settings when it is raised there", () => {
    const s = service({ thresholds: { scotland: { directAwardCeiling: 800000 } } });
    expect(s.problemsNow("file:///p/spec.alliance").map((p) => p.code)).not.toContain("ALY902");
    expect(s.hover({ uri: "file:///p/spec.alliance", offset: SPEC.indexOf("700") })?.markdown).toContain(
      "Within the light-touch threshold of £800,000 (the figure in your settings) assumed for this document",
    );
  });
});
