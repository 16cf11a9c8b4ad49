// Settings shared by the editor (workspace/configuration) and the CLI (alliance.config.json).

import type { Severity } from "./problem";
import { readerPositionAtEnd } from "./text";
import { DEFAULT_THRESHOLDS, JURISDICTIONS, MONEY_THRESHOLD_NAMES, THRESHOLD_NAMES, type Jurisdiction, type ThresholdName, type Thresholds } from "./thresholds";

export type RuleLevel = "default" | "off" | "info" | "information" | "warning" | "error";

export interface Settings {
  /** The jurisdiction to assume when a document does not say. */
  jurisdiction?: string;
  /** Overrides of the default figures: `{ "england": { "directAwardCeiling": 663540 } }` (money in pounds). */
  thresholds?: Record<string, Partial<Record<ThresholdName, number>>>;
  /** Severity per rule code or name: `{ "ALY701": "off", "spend-ladder-gap": "warning" }`. */
  rules?: Record<string, RuleLevel>;
}

export const DEFAULT_JURISDICTION: Jurisdiction = "england";

export function isJurisdiction(value: string | undefined | null): value is Jurisdiction {
  return !!value && (JURISDICTIONS as readonly string[]).includes(value);
}

/** The tool's own figures for a jurisdiction, with any overrides from settings. Money figures are in law/regime.ts. */
export function thresholdsFor(jurisdiction: Jurisdiction, settings: Settings): Thresholds {
  const base = DEFAULT_THRESHOLDS[jurisdiction];
  const overrides = settings.thresholds?.[jurisdiction] ?? {};
  const result = { ...base };
  for (const name of ["turnoverMultiple", "keyRolesPerHolder"] as const) {
    const value = overrides[name];
    if (typeof value === "number" && Number.isFinite(value)) {
      result[name] = { ...base[name], value: Math.round(value), source: "your settings", note: `Overrides the default: ${base[name].source}` };
    }
  }
  return result;
}

/**
 * An amount in pounds from settings (`663540`, `663540.5`, `"663,540"`) as whole pence, without floating point;
 * null when it is absent or not an amount of money.
 */
export function poundsToMinor(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return null;
    text = Number.isInteger(value) ? String(value) : String(value);
  } else if (typeof value === "string") text = value.trim().replace(/^\u00A3/, "").replace(/,/g, "");
  else return null;
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) return null;
  const minor = BigInt(match[1]) * 100n + BigInt((match[2] ?? "").padEnd(2, "0"));
  return minor <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(minor) : null;
}

/** The severity a rule is shown with, or "off". */
export function levelFor(code: string, name: string, defaultSeverity: Severity, settings: Settings): Severity | "off" {
  const level = settings.rules?.[code] ?? settings.rules?.[name];
  if (!level || level === "default" || !isRuleLevel(level)) return defaultSeverity;
  return level === "information" ? "info" : level;
}

/** `default` is what the Settings UI shows for a rule left as it is. */
const RULE_LEVELS: readonly string[] = ["default", "off", "info", "information", "warning", "error"];

export function isRuleLevel(value: unknown): value is RuleLevel {
  return typeof value === "string" && RULE_LEVELS.includes(value);
}

/**
 * The valid part of a settings object, and a sentence for each part left out, so that one mistake in
 * the editor's settings costs only that setting. Empty values (as the editor sends for "not set") are
 * not mistakes.
 */
export function sanitiseSettings(value: unknown): { settings: Settings; problems: string[] } {
  if (!value || typeof value !== "object" || Array.isArray(value)) return { settings: {}, problems: value == null ? [] : ["the settings must be an object"] };
  const given = value as Record<string, unknown>;
  const settings: Settings = {};
  const problems: string[] = [];
  if (given.jurisdiction !== undefined && given.jurisdiction !== "" && given.jurisdiction !== null) {
    if (typeof given.jurisdiction === "string" && isJurisdiction(given.jurisdiction)) settings.jurisdiction = given.jurisdiction;
    else problems.push(`\`jurisdiction\` is ${JSON.stringify(given.jurisdiction)}, which is not a jurisdiction; choose one of ${JURISDICTIONS.join(", ")}, or leave it empty to use the document's own`);
  }
  if (given.rules !== undefined && given.rules !== null) {
    if (typeof given.rules !== "object" || Array.isArray(given.rules)) problems.push("`rules` must be an object of rule codes and levels, such as `{ \"ALY701\": \"off\" }`");
    else {
      for (const [code, level] of Object.entries(given.rules)) {
        if (level === "default") continue;
        if (isRuleLevel(level)) (settings.rules ??= {})[code] = level;
        else problems.push(`the level ${JSON.stringify(level)} for \`${code}\` is not a level, so the rule keeps its usual severity; use off, information, warning or error`);
      }
    }
  }
  if (given.thresholds !== undefined && given.thresholds !== null) {
    if (typeof given.thresholds !== "object" || Array.isArray(given.thresholds)) problems.push("`thresholds` must be an object keyed by jurisdiction, such as `{ \"england\": { \"directAwardCeiling\": 663540 } }` (money in pounds)");
    else {
      for (const [jurisdiction, figures] of Object.entries(given.thresholds)) {
        if (!isJurisdiction(jurisdiction)) {
          problems.push(`\`${jurisdiction}\` under \`thresholds\` is not a jurisdiction, so its figures are not used; use one of ${JURISDICTIONS.join(", ")}`);
          continue;
        }
        if (!figures || typeof figures !== "object") {
          problems.push(`\`thresholds.${jurisdiction}\` must be an object of figures`);
          continue;
        }
        for (const [name, figure] of Object.entries(figures)) {
          // The Settings UI sends an empty figure as null: the law's own figure applies.
          if (figure === null || figure === undefined || figure === "") continue;
          if (!(THRESHOLD_NAMES as readonly string[]).includes(name)) problems.push(`\`${name}\` is not a threshold, so it is not used; they are ${THRESHOLD_NAMES.join(", ")}`);
          else if (typeof figure !== "number" || !Number.isFinite(figure)) problems.push(`\`thresholds.${jurisdiction}.${name}\` must be a number (money in pounds), so the default is used`);
          else ((settings.thresholds ??= {})[jurisdiction] ??= {})[name as ThresholdName] = figure;
        }
      }
    }
  }
  return { settings, problems };
}

/** Reads settings JSON. A mistake is given by line and column, never by quoting the text. */
export function parseSettingsJson(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch (error) {
    return { ok: false, reason: jsonReason(error, text) };
  }
}

/** JSON.parse's complaint, with the line and column where Node gives a position. */
function jsonReason(error: unknown, text: string): string {
  const message = (error as Error).message ?? "";
  const match = /position (\d+)/.exec(message);
  if (!match) return "it cannot be read as JSON";
  const offset = Number(match[1]);
  const { line, column } = readerPositionAtEnd(text.slice(0, offset).replace(/^\uFEFF/, ""));
  return `the first mistake is at line ${line}, column ${column}`;
}

/** Problems with a settings object itself (from the CLI's config file), as plain sentences. */
export function validateSettings(value: unknown): string[] {
  const problems: string[] = [];
  if (!value || typeof value !== "object" || Array.isArray(value)) return ["the settings must be a JSON object"];
  const settings = value as Record<string, unknown>;
  for (const key of Object.keys(settings)) {
    if (!["jurisdiction", "thresholds", "rules"].includes(key)) problems.push(`\`${key}\` is not a setting; the settings are \`jurisdiction\`, \`thresholds\` and \`rules\``);
  }
  if (settings.jurisdiction !== undefined && !isJurisdiction(settings.jurisdiction as string)) {
    problems.push(`\`jurisdiction\` must be one of ${JURISDICTIONS.join(", ")}`);
  }
  if (settings.rules !== undefined) {
    if (typeof settings.rules !== "object" || settings.rules === null) problems.push("`rules` must be an object of rule codes and levels");
    else {
      for (const [code, level] of Object.entries(settings.rules)) {
        if (!["default", "off", "info", "information", "warning", "error"].includes(level as string)) {
          problems.push(`the level for \`${code}\` must be off, information, warning or error`);
        }
      }
    }
  }
  if (settings.thresholds !== undefined) {
    if (typeof settings.thresholds !== "object" || settings.thresholds === null) problems.push("`thresholds` must be an object keyed by jurisdiction");
    else {
      for (const [jurisdiction, figures] of Object.entries(settings.thresholds)) {
        if (!isJurisdiction(jurisdiction)) problems.push(`\`${jurisdiction}\` under \`thresholds\` is not a jurisdiction`);
        for (const [name, figure] of Object.entries((figures as object) ?? {})) {
          if (!(THRESHOLD_NAMES as readonly string[]).includes(name)) problems.push(`\`${name}\` is not a threshold; they are ${THRESHOLD_NAMES.join(", ")}`);
          else if ((MONEY_THRESHOLD_NAMES as readonly string[]).includes(name)) {
            if (poundsToMinor(figure) === null) problems.push(`\`thresholds.${jurisdiction}.${name}\` must be an amount in pounds, such as 663540 or 663540.50`);
          } else if (typeof figure !== "number") problems.push(`\`thresholds.${jurisdiction}.${name}\` must be a number`);
        }
      }
    }
  }
  return problems;
}
