// Settings for a run: `--config FILE`, or the nearest alliance.config.json in the current folder or a
// parent folder, or none. The file holds the same settings as the editor (see core/settings.ts).

import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Settings } from "../core/settings";
import { readSettingsFile, SETTINGS_FILE_NAME } from "../node/settings-file";
import { WorkspaceReader } from "../node/workspace-reader";
import { displayPath } from "./files";
import { UsageError } from "./usage-error";

export const CONFIG_FILE_NAME = SETTINGS_FILE_NAME;

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
  const file = readSettingsFile(new WorkspaceReader([]), path, { anywhere: true });
  if (file.ok) return { settings: file.settings, path };
  switch (file.kind) {
    case "missing": throw new UsageError(`cannot find the settings file \`${shown}\`; check the path after \`--config\``);
    case "unreadable":
      if (file.failure === "not-a-file" && file.message === "it is a folder") throw new UsageError(`\`${shown}\` is a folder; \`--config\` needs the path of a settings file such as \`${CONFIG_FILE_NAME}\``);
      throw new UsageError(`cannot read the settings file \`${shown}\`: ${file.message}`);
    case "not-json": throw new UsageError(`the settings file \`${shown}\` is not valid JSON (${file.reason}); fix it, or remove it to use the default settings`);
    case "invalid": {
      const list = file.problems.map((p) => `  - ${p}`).join("\n");
      throw new UsageError(`the settings file \`${shown}\` has ${file.problems.length === 1 ? "a mistake" : `${file.problems.length} mistakes`}:\n${list}`);
    }
  }
}
