// Settings for a run: `--config FILE`, or the nearest alliance.config.json in the current folder or a
// parent folder, or none. The file holds the same settings as the editor (see core/settings.ts).

import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseSettingsJson, validateSettings, type Settings } from "../core/settings";
import { WorkspaceReader } from "../node/workspace-reader";
import { displayPath } from "./files";
import { UsageError } from "./usage-error";

export const CONFIG_FILE_NAME = "alliance.config.json";

export interface LoadedConfig {
  settings: Settings;
  /** The file the settings came from, or null when there is none. */
  path: string | null;
}

/** Finds alliance.config.json in `cwd` or the nearest parent folder that has one. */
export function findConfig(cwd: string): string | null {
  let folder = resolve(cwd);
  for (;;) {
    const candidate = join(folder, CONFIG_FILE_NAME);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const parent = dirname(folder);
    if (parent === folder) return null;
    folder = parent;
  }
}

/** Loads the settings for a run. Throws UsageError when the file is missing, unreadable, not JSON or not valid settings. */
export function loadConfig(cwd: string, explicit: string | null): LoadedConfig {
  const path = explicit !== null ? resolve(cwd, explicit) : findConfig(cwd);
  if (path === null) return { settings: {}, path: null };
  const shown = displayPath(path, cwd);
  // Through the workspace reader, so that a named pipe or a device given as the settings file is refused.
  const read = new WorkspaceReader([]).read(path, { anywhere: true });
  if (!read.ok) {
    if (read.reason === "missing") throw new UsageError(`cannot find the settings file \`${shown}\`; check the path after \`--config\``);
    if (read.message === "it is a folder") throw new UsageError(`\`${shown}\` is a folder; \`--config\` needs the path of a settings file such as \`${CONFIG_FILE_NAME}\``);
    throw new UsageError(`cannot read the settings file \`${shown}\`: ${read.message}`);
  }
  const text = read.text;
  const parsed = parseSettingsJson(text);
  if (!parsed.ok) throw new UsageError(`the settings file \`${shown}\` is not valid JSON (${parsed.reason}); fix it, or remove it to use the default settings`);
  const value = parsed.value;
  const problems = validateSettings(value);
  if (problems.length > 0) {
    const list = problems.map((p) => `  - ${p}`).join("\n");
    throw new UsageError(`the settings file \`${shown}\` has ${problems.length === 1 ? "a mistake" : `${problems.length} mistakes`}:\n${list}`);
  }
  return { settings: value as Settings, path };
}
