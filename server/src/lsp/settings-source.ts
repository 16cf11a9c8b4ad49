// Settings for the server: the workspace's alliance.config.json (shared with the CLI), overlaid by the
// editor's `alliance` settings from workspace/configuration. Both are checked, and only their valid parts
// are used; each mistake becomes a sentence for the log and the editor.

import { join } from "node:path";
import type { Settings } from "../core";
import { sanitiseSettings } from "../core/settings";
import { readSettingsFile, SETTINGS_FILE_NAME } from "../node/settings-file";
import type { WorkspaceReader } from "../node/workspace-reader";

export const CONFIG_FILE = SETTINGS_FILE_NAME;

/** The settings file at the top of a workspace folder, read through the reader: inside the workspace, a regular file. */
export function readConfigFile(reader: WorkspaceReader, folder: string): { settings: Settings; problems: string[] } {
  const path = join(folder, CONFIG_FILE);
  // Never quote the file: it may be a link to something private, and the log is shown to the user.
  const file = readSettingsFile(reader, path);
  if (file.ok) return { settings: file.settings, problems: [] };
  switch (file.kind) {
    case "missing": return { settings: {}, problems: [] };
    case "unreadable": return { settings: {}, problems: [`${path} is not used, so the default settings apply: ${file.message}.`] };
    case "not-json": return { settings: {}, problems: [`${path} is not valid JSON (${file.reason}), so the default settings apply; fix it, or remove it.`] };
    case "invalid": return { settings: {}, problems: file.problems.map((p) => `${path} is not used, so the default settings apply: ${p}.`) };
  }
}

/** Editor settings arrive as `{ jurisdiction, thresholds, rules }` under the `alliance` section; empty values mean "not set". */
export function mergeSettings(file: Settings, editor: unknown): { settings: Settings; problems: string[] } {
  const picked = editor && typeof editor === "object" && !Array.isArray(editor)
    ? (({ jurisdiction, thresholds, rules }: Record<string, unknown>) => ({ jurisdiction, thresholds, rules }))(editor as Record<string, unknown>)
    : editor;
  const { settings: e, problems } = sanitiseSettings(picked);
  const merged: Settings = { ...file };
  if (e.jurisdiction) merged.jurisdiction = e.jurisdiction;
  if (e.thresholds) merged.thresholds = { ...file.thresholds, ...e.thresholds };
  if (e.rules) merged.rules = { ...file.rules, ...e.rules };
  return { settings: merged, problems: problems.map((p) => `Alliance settings in the editor: ${p}. That setting is left out until it is corrected.`) };
}
