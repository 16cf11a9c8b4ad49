// The editor's settings written into package.json from the registry and the law tables, so a commissioner
// sets each figure and each rule in the Settings UI rather than in JSON: one field per jurisdiction and
// figure, in pounds (`alliance.thresholds.scotland.directAwardCeiling` reads back as
// `thresholds: { scotland: { directAwardCeiling: … } }`), and one choice per rule, listed by what it checks
// and grouped by topic (`alliance.rules.ALY503` reads back as `rules: { ALY503: … }`).

import { RULES } from "../rules/registry";
import { JURISDICTIONS, THRESHOLD_NAMES, type ThresholdName } from "../thresholds";

const NATIONS = { england: "England", wales: "Wales", scotland: "Scotland", "northern-ireland": "Northern Ireland" } as const;

const FIGURES: Record<ThresholdName, { what: string; unit: string }> = {
  directAwardCeiling: { what: "The highest value that may be awarded directly without a recorded justification, in place of the light-touch threshold in force", unit: "in pounds" },
  noticeThreshold: { what: "The value above which notices announcing the contract and its award are expected, in place of the light-touch threshold in force", unit: "in pounds" },
  turnoverMultiple: { what: "The largest minimum-turnover requirement, as a multiple of the yearly value", unit: "a multiple" },
  keyRolesPerHolder: { what: "How many key roles one person or party may hold before it is pointed out", unit: "a count" },
};

export interface ThresholdSetting {
  type: ["number", "null"];
  default: null;
  minimum: 0;
  markdownDescription: string;
  order: number;
}

/** One section for the figures: each jurisdiction's figures, left empty to use the law's own. */
export function thresholdSettingsSection(): { id: string; title: string; order: number; properties: Record<string, ThresholdSetting> } {
  const properties: Record<string, ThresholdSetting> = {};
  let order = 0;
  for (const jurisdiction of JURISDICTIONS) {
    for (const name of THRESHOLD_NAMES) {
      properties[`alliance.thresholds.${jurisdiction}.${name}`] = {
        type: ["number", "null"],
        default: null,
        minimum: 0,
        markdownDescription: `**${NATIONS[jurisdiction]}.** ${FIGURES[name].what} (${FIGURES[name].unit}). Leave it empty to use the figure the law or the guidance gives, with its date; confirm any figure you enter with your legal adviser.`,
        order: order++,
      };
    }
  }
  return { id: "alliance.thresholds", title: "Figures", order: 5, properties };
}

const SEVERITY_WORD = { error: "error", warning: "warning", info: "information" } as const;

export interface RuleSettingsSection {
  id: string;
  title: string;
  order: number;
  properties: Record<string, RuleSetting>;
}

export interface RuleSetting {
  type: "string";
  enum: string[];
  enumDescriptions: string[];
  default: "default";
  markdownDescription: string;
  order: number;
}

/** One section of settings per topic, in the registry's order. Syntax is not a choice: unreadable text hides everything after it. */
export function ruleSettingsSections(): RuleSettingsSection[] {
  const topics = [...new Set(RULES.map((r) => r.topic))].filter((t) => t !== "Syntax");
  return topics.map((topic, t) => ({
    id: `alliance.rules.${topic.toLowerCase().replace(/[^a-z]+/g, "-").replace(/^-|-$/g, "")}`,
    title: `Checks: ${topic}`,
    order: 10 + t,
    properties: Object.fromEntries(
      RULES.filter((r) => r.topic === topic).map((rule, i) => [
        `alliance.rules.${rule.code}`,
        {
          type: "string",
          enum: ["default", "off", "information", "warning", "error"],
          enumDescriptions: [`As the rule says: ${SEVERITY_WORD[rule.severity]}`, "Do not check this", "Show as a suggestion", "Show as a warning", "Show as an error"],
          default: "default",
          markdownDescription: `**${rule.title}.** ${rule.code}, normally ${SEVERITY_WORD[rule.severity] === "information" ? "a suggestion" : `a${rule.severity === "error" ? "n" : ""} ${SEVERITY_WORD[rule.severity]}`}.`,
          order: i,
        },
      ]),
    ),
  }));
}

/** The manifest with its generated settings replaced by today's: the settings written by hand are left as they are. */
export function withGeneratedSettings(manifest: { contributes: { configuration: unknown } }): typeof manifest {
  const configuration = Array.isArray(manifest.contributes.configuration) ? manifest.contributes.configuration : [manifest.contributes.configuration];
  const own = configuration
    .filter((c: { id?: string }) => !c.id?.startsWith("alliance.rules.") && c.id !== "alliance.thresholds")
    .map((c: { properties?: Record<string, unknown> }) => {
      const { ["alliance.thresholds"]: _object, ...rest } = c.properties ?? {};
      return { ...c, properties: rest };
    });
  return { ...manifest, contributes: { ...manifest.contributes, configuration: [...own, thresholdSettingsSection(), ...ruleSettingsSections()] } };
}
