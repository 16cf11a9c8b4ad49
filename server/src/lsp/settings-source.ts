// Settings for the server: the workspace's alliance.config.json (shared with the CLI), overlaid by the
// editor's `alliance` settings from workspace/configuration.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Settings } from "../core";
import { validateSettings } from "../core/settings";

export const CONFIG_FILE = "alliance.config.json";

export function readConfigFile(folder: string): { settings: Settings; problems: string[] } {
  const path = join(folder, CONFIG_FILE);
  if (!existsSync(path)) return { settings: {}, problems: [] };
  try {
    const value = JSON.parse(readFileSync(path, "utf8"));
    const problems = validateSettings(value);
    return { settings: problems.length === 0 ? (value as Settings) : {}, problems: problems.map((p) => `${CONFIG_FILE}: ${p}`) };
  } catch (error) {
    return { settings: {}, problems: [`${CONFIG_FILE} is not valid JSON: ${(error as Error).message}`] };
  }
}

/** Editor settings arrive as `{ jurisdiction, thresholds, rules }` under the `alliance` section; empty values mean "not set". */
export function mergeSettings(file: Settings, editor: unknown): Settings {
  const e = (editor && typeof editor === "object" ? editor : {}) as Record<string, unknown>;
  const merged: Settings = { ...file };
  if (typeof e.jurisdiction === "string" && e.jurisdiction !== "") merged.jurisdiction = e.jurisdiction;
  if (e.thresholds && typeof e.thresholds === "object") merged.thresholds = { ...file.thresholds, ...(e.thresholds as Settings["thresholds"]) };
  if (e.rules && typeof e.rules === "object") merged.rules = { ...file.rules, ...(e.rules as Settings["rules"]) };
  return merged;
}
