// The settings speak the vocabulary's words: the editor's choices in package.json, the law tables'
// jurisdictions and the levels a rule may be set to are the vocabulary's lists, in both directions.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isJurisdiction, isRuleLevel } from "../../../server/src/core/settings";
import { JURISDICTIONS, THRESHOLD_NAMES } from "../../../server/src/core/thresholds";
import { JURISDICTION_WORDS, RULE_LEVEL_CHOICES, RULE_LEVEL_WORDS } from "../../../server/src/core/vocabulary";

const manifest = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8"));
const properties: Record<string, { enum?: string[]; enumDescriptions?: string[]; enumItemLabels?: string[] }> = Object.assign(
  {},
  ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties),
);

describe("the editor's settings, against the vocabulary", () => {
  it("offer the vocabulary's jurisdictions, after the choice to follow the document", () => {
    const setting = properties["alliance.jurisdiction"];
    expect(setting.enum).toEqual(["", ...JURISDICTION_WORDS]);
    expect(setting.enumDescriptions).toHaveLength(setting.enum!.length);
    expect(setting.enumItemLabels).toHaveLength(setting.enum!.length);
  });

  it("offer the vocabulary's levels for every rule", () => {
    const rules = Object.entries(properties).filter(([name]) => /^alliance\.rules\.ALY\d{3}$/.test(name));
    expect(rules.length).toBeGreaterThan(50);
    for (const [name, setting] of rules) expect(setting.enum, name).toEqual([...RULE_LEVEL_CHOICES]);
  });

  it("have one field for each figure of each of the vocabulary's jurisdictions", () => {
    const figures = Object.keys(properties).filter((name) => name.startsWith("alliance.thresholds."));
    expect(figures.sort()).toEqual(JURISDICTION_WORDS.flatMap((j) => THRESHOLD_NAMES.map((t) => `alliance.thresholds.${j}.${t}`)).sort());
  });

  it("have no other list of choices than these and the language client's trace levels", () => {
    const lists = Object.entries(properties).filter(([, s]) => s.enum).map(([name]) => name);
    expect(lists.filter((name) => name !== "alliance.jurisdiction" && name !== "alliance.trace.server" && !name.startsWith("alliance.rules."))).toEqual([]);
  });
});

describe("the settings and the law tables, against the vocabulary", () => {
  it("know the vocabulary's jurisdictions and no others", () => {
    expect([...JURISDICTIONS]).toEqual([...JURISDICTION_WORDS]);
    for (const word of JURISDICTION_WORDS) expect(isJurisdiction(word), word).toBe(true);
    for (const word of ["England", "uk", "northern ireland", ""]) expect(isJurisdiction(word), word).toBe(false);
  });

  it("accept the vocabulary's rule levels and no others", () => {
    for (const level of RULE_LEVEL_WORDS) expect(isRuleLevel(level), level).toBe(true);
    for (const level of RULE_LEVEL_CHOICES) expect(RULE_LEVEL_WORDS as readonly string[]).toContain(level);
    for (const level of ["warn", "Error", "none", "hint", ""]) expect(isRuleLevel(level), level).toBe(false);
  });
});
