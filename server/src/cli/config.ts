// Settings for a run: `--config FILE`, or the nearest alliance.config.json in the current folder or a
// parent folder, or none. The file holds the same settings as the editor (see core/settings.ts).

import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { validateSettings, type Settings } from "../core/settings";
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
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") throw new UsageError(`cannot find the settings file \`${shown}\`; check the path after \`--config\``);
    if (code === "EISDIR") throw new UsageError(`\`${shown}\` is a folder; \`--config\` needs the path of a settings file such as \`${CONFIG_FILE_NAME}\``);
    throw new UsageError(`cannot read the settings file \`${shown}\`: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`the settings file \`${shown}\` is not valid JSON (${jsonReason(error, text)}); fix it, or remove it to use the default settings`);
  }
  const problems = validateSettings(value);
  if (problems.length > 0) {
    const list = problems.map((p) => `  - ${p}`).join("\n");
    throw new UsageError(`the settings file \`${shown}\` has ${problems.length === 1 ? "a mistake" : `${problems.length} mistakes`}:\n${list}`);
  }
  return { settings: value as Settings, path };
}

/** JSON.parse's complaint, with the line and column where Node gives a position. */
function jsonReason(error: unknown, text: string): string {
  const message = (error as Error).message ?? "";
  const match = /position (\d+)/.exec(message);
  if (!match) return "it cannot be read as JSON";
  const offset = Number(match[1]);
  const before = text.slice(0, offset).replace(/^\uFEFF/, "");
  const line = before.split("\n").length;
  const column = [...before.slice(before.lastIndexOf("\n") + 1)].length + 1;
  return `the first mistake is at line ${line}, column ${column}`;
}
