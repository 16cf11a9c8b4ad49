// The procurement law in force: the regime decided by jurisdiction, kind of service and start date, the dated
// light-touch figures, settings in pounds, the clauses that feed the model, and the hover that shows it.

import { describe, expect, it } from "vitest";
import { Workspace, parse } from "../../server/src/core";
import { hover } from "../../server/src/core/features/hover";
import { assumedRegime } from "../../server/src/core/law/regime";
import { LAWS, LIGHT_TOUCH_THRESHOLDS, figureOn } from "../../server/src/core/law/tables";
import { DocumentModel } from "../../server/src/core/model";
import { poundsToMinor, validateSettings } from "../../server/src/core/settings";
import type { DocItem } from "../../server/src/core/tree";

const TODAY = "2026-12-01";

function model(text: string): DocumentModel {
  return new DocumentModel(parse(text).file);
}

function regime(body: string, settings = {}, today = TODAY) {
  return assumedRegime(model(`specification S {\n${body}\n}`), settings, today);
}

describe("the regime in force", () => {
  it("England: the Provider Selection Regime for health care from 2024, the Act from 24 February 2025, the 2015 regulations before", () => {
    expect(regime("  services health-care").regime).toBe("psr");
    expect(regime("  services health-care\n  procurement starts 2023-12-31").regime).toBe("pcr2015");
    expect(regime("  services social-care").regime).toBe("pa2023");
    expect(regime("  services social-care\n  procurement starts 2025-02-23").regime).toBe("pcr2015");
    expect(regime("  services social-care\n  procurement starts 2025-02-24").regime).toBe("pa2023");
    expect(regime("  services social-care, health-care").regime).toBe("pa2023");
    const mixed = regime("  services health-care, social-care");
    expect(mixed.regime).toBe("psr");
    expect(mixed.cautions.join(" ")).toContain("main part");
  });

  it("Wales and Northern Ireland: the Act, or the 2015 regulations before it; Scotland: its own regulations", () => {
    expect(regime("  jurisdiction wales\n  services health-care").regime).toBe("pa2023");
    expect(regime("  jurisdiction wales\n  services health-care").cautions.join(" ")).toContain("Health Service Procurement (Wales)");
    expect(regime("  jurisdiction northern-ireland\n  procurement starts 2020-01-01").regime).toBe("pcr2015");
    expect(regime("  jurisdiction scotland\n  services health-care").regime).toBe("pcsr2015");
    expect(regime("  jurisdiction scotland\n  procurement starts 2016-04-17").regime).toBeNull();
  });

  it("takes the start from `procurement starts`, else the term's start, else today, and says which", () => {
    expect(regime("  procurement starts 2019-05-01\n  term 5 years from 2020-04-01")).toMatchObject({ start: "2019-05-01", startFrom: "procurement starts" });
    expect(regime("  term 5 years from 2020-04-01")).toMatchObject({ start: "2020-04-01", startFrom: "the term's start" });
    expect(regime("  value £1m", {}, "2024-07-01")).toMatchObject({ start: "2024-07-01", startFrom: "today", regime: "pcr2015" });
  });

  it("reads the jurisdiction and the kind of service from a linked document, then the settings", () => {
    const spec = model(`specification S for A {\n  route light-touch\n}`);
    const agreement = model(`agreement A {\n  jurisdiction scotland\n  services social-care\n}`);
    expect(assumedRegime([spec, agreement], {}, TODAY)).toMatchObject({ jurisdiction: "scotland", jurisdictionFrom: "a linked document", services: ["social-care"], servicesFrom: "a linked document" });
    expect(assumedRegime(spec, { jurisdiction: "wales" }, TODAY)).toMatchObject({ jurisdiction: "wales", jurisdictionFrom: "your settings" });
    expect(assumedRegime(spec, {}, TODAY)).toMatchObject({ jurisdiction: "england", jurisdictionFrom: "the default" });
  });

  it("takes a process of the Provider Selection Regime as health care when nothing says otherwise", () => {
    expect(regime("  route direct-award-c")).toMatchObject({ regime: "psr", services: ["health-care"], servicesFrom: "the route" });
  });
});

describe("the light-touch figures", () => {
  it("are dated, with their instrument and VAT treatment", () => {
    const england = LIGHT_TOUCH_THRESHOLDS.england;
    expect(figureOn(england, "2016-06-01")).toMatchObject({ minor: 58_914_800, law: "pcr2015", vat: "exclusive" });
    expect(figureOn(england, "2019-06-01")).toMatchObject({ minor: 61_527_800, law: "pcr2015" });
    expect(figureOn(england, "2021-06-01")).toMatchObject({ minor: 66_354_000, vat: "exclusive" });
    expect(figureOn(england, "2022-01-01")).toMatchObject({ minor: 66_354_000, vat: "inclusive" });
    expect(figureOn(england, "2025-02-24")).toMatchObject({ minor: 66_354_000, law: "pa2023", cite: "Procurement Act 2023, Schedule 1" });
    expect(figureOn(england, "2015-12-31")).toBeNull();
    expect(figureOn(LIGHT_TOUCH_THRESHOLDS.scotland, "2026-06-01")).toMatchObject({ minor: 66_354_000, law: "pcsr2015" });
    expect(figureOn(LIGHT_TOUCH_THRESHOLDS.scotland, "2017-01-01")).toMatchObject({ minor: 58_914_800 });
  });

  it("leave no gap or overlap between 2016 and today", () => {
    for (const figures of [LIGHT_TOUCH_THRESHOLDS.england, LIGHT_TOUCH_THRESHOLDS.scotland]) {
      for (let i = 1; i < figures.length; i++) {
        const before = new Date(`${figures[i - 1].until}T00:00:00Z`);
        before.setUTCDate(before.getUTCDate() + 1);
        expect(before.toISOString().slice(0, 10)).toBe(figures[i].from);
      }
      expect(figures[figures.length - 1].until).toBeUndefined();
      for (const f of figures) expect(Number.isInteger(f.minor)).toBe(true);
    }
  });

  it("are used for the regime, and none under the Provider Selection Regime", () => {
    expect(regime("  procurement starts 2019-01-01").lightTouch?.minor).toBe(61_527_800);
    expect(regime("  services health-care").lightTouch).toBeNull();
    expect(regime("  services health-care").directAwardCeiling).toBeNull();
    expect(LAWS.psr2023.inForce).toBe("2024-01-01");
  });
});

describe("settings in pounds", () => {
  it("turns pounds into whole pence without floating point", () => {
    expect(poundsToMinor(663540)).toBe(66_354_000);
    expect(poundsToMinor(663540.5)).toBe(66_354_050);
    expect(poundsToMinor(0.1)).toBe(10);
    expect(poundsToMinor(1.005)).toBeNull();
    expect(poundsToMinor("£663,540.01")).toBe(66_354_001);
    expect(poundsToMinor(-1)).toBeNull();
    expect(poundsToMinor(undefined)).toBeNull();
  });

  it("replaces the figure for the jurisdiction only, and says it came from settings", () => {
    const settings = { thresholds: { england: { directAwardCeiling: 1_000_000 } } };
    expect(regime("  value £1m", settings).directAwardCeiling).toMatchObject({ minor: 100_000_000, fromSettings: true });
    expect(regime("  value £1m", settings).noticeThreshold).toMatchObject({ minor: 66_354_000 });
    expect(regime("  jurisdiction scotland", settings).directAwardCeiling).toMatchObject({ minor: 66_354_000 });
  });

  it("are validated as amounts in pounds", () => {
    expect(validateSettings({ thresholds: { england: { directAwardCeiling: 663540 } } })).toEqual([]);
    expect(validateSettings({ thresholds: { england: { directAwardCeiling: "lots" } } })).toEqual([
      "`thresholds.england.directAwardCeiling` must be an amount in pounds, such as 663540 or 663540.50",
    ]);
  });
});

describe("the clauses", () => {
  function item(text: string, kind: string): DocItem {
    return parse(`specification S {\n  ${text}\n}`).file.document!.items.find((i) => i.kind === kind)!;
  }

  it("reads `services`, `procurement starts` and a route's `justification`, in either order with `because`", () => {
    expect(item("services health-care, social-care", "Services")).toMatchObject({ names: [{ word: "health-care" }, { word: "social-care" }] });
    expect(item("procurement starts 2026-04-01", "ProcurementStart")).toMatchObject({ date: { year: 2026, month: 4, day: 1 } });
    expect(item('route direct-award justification "Urgency" because "Failed provider"', "Route")).toMatchObject({ justification: { value: "Urgency" }, because: { value: "Failed provider" } });
    expect(item('route direct-award because "Failed provider" justification "Urgency"', "Route")).toMatchObject({ justification: { value: "Urgency" }, because: { value: "Failed provider" } });
    expect(parse(`specification S {\n  procurement 2026\n}`).problems.map((p) => p.message)).toEqual([
      "`procurement starts` needs the date the procurement begins, written year-month-day, for example `procurement starts 2026-04-01`",
    ]);
  });
});

describe("the hover on route and jurisdiction", () => {
  function hoverOn(text: string, needle: string, today = TODAY): string {
    const workspace = new Workspace();
    workspace.set("file:///a.alliance", text);
    return hover(workspace, "file:///a.alliance", text.indexOf(needle) + 1, {}, today)!.markdown;
  }

  it("says which regime and figure were assumed, from what, and to confirm with an adviser", () => {
    const text = `specification S {\n  jurisdiction scotland\n  services social-care\n  procurement starts 2026-04-01\n  route direct-award\n}`;
    const markdown = hoverOn(text, "route");
    expect(markdown).toContain("**Procurement law assumed:** the Public Contracts (Scotland) Regulations 2015, with the Procurement Reform (Scotland) Act 2014, for Scotland (from the document), social care, from the document, and the procurement starts on 1 April 2026.");
    expect(markdown).toContain("**Light-touch threshold:** £663,540 (Public Contracts (Scotland) Regulations 2015, from 1 January 2022), including VAT");
    expect(markdown).toContain("The reports cite £589k (EUR 750,000), the 2016–17 light-touch threshold");
    expect(markdown).toContain("confirm the law and the figure with your legal adviser");
    expect(hoverOn(text, "jurisdiction")).toContain("**Procurement law assumed:**");
  });

  it("says when the date was taken from today, and names the Provider Selection Regime for English health care", () => {
    const markdown = hoverOn(`specification S {\n  services health-care\n  route competitive\n}`, "route");
    expect(markdown).toContain("the Provider Selection Regime (Health Care Services (Provider Selection Regime) Regulations 2023)");
    expect(markdown).toContain("today is 1 December 2026");
    expect(markdown).toContain("no value threshold");
  });
});

describe("completion after `services`", () => {
  it("offers the kinds of service", async () => {
    const { complete } = await import("../../server/src/core/features/completion");
    const text = `specification S {\n  services \n}`;
    const workspace = new Workspace();
    workspace.set("file:///a.alliance", text);
    const labels = complete(workspace, "file:///a.alliance", text.indexOf("services ") + "services ".length).map((c) => c.label);
    expect(labels).toEqual(expect.arrayContaining(["health-care", "social-care", "other-light-touch"]));
  });
});
