// The editor's settings for each rule, written into package.json from the registry: one choice per rule,
// listed by what it checks, grouped by topic, so a commissioner picks rules by title in the Settings UI
// rather than writing JSON by code. `alliance.rules.ALY503` reads back as `rules: { ALY503: … }`.

import { RULES } from "../rules/registry";

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

/** The manifest with its rule settings replaced by the registry's: the other settings are left as they are. */
export function withRuleSettings(manifest: { contributes: { configuration: unknown } }): typeof manifest {
  const configuration = Array.isArray(manifest.contributes.configuration) ? manifest.contributes.configuration : [manifest.contributes.configuration];
  const own = configuration.filter((c: { id?: string }) => !c.id?.startsWith("alliance.rules."));
  return { ...manifest, contributes: { ...manifest.contributes, configuration: [...own, ...ruleSettingsSections()] } };
}
