// The settings file, alliance.config.json, read one way for the editor and the command line alike: through
// the workspace reader (a regular file, never a pipe or a device), with or without a byte-order mark, and
// checked in full. Each mistake is a plain sentence; the caller decides what follows from it (the command
// line stops, the editor falls back to the default settings) and never quotes the file.

import { parseSettingsJson, validateSettings, type Settings } from "../core/settings";
import type { ReadFailure, WorkspaceReader } from "./workspace-reader";

export const SETTINGS_FILE_NAME = "alliance.config.json";

export type SettingsFile =
  | { ok: true; settings: Settings }
  | { ok: false; kind: "missing" }
  /** `message` says why, in plain words, to follow "cannot read `x`: ". */
  | { ok: false; kind: "unreadable"; failure: ReadFailure; message: string }
  /** `reason` gives the first mistake's line and column. */
  | { ok: false; kind: "not-json"; reason: string }
  /** Each of `problems` is one mistake in the settings. */
  | { ok: false; kind: "invalid"; problems: string[] };

/** Reads and checks a settings file; `anywhere` allows a file outside the reader's folders (one named on the command line). */
export function readSettingsFile(reader: WorkspaceReader, path: string, options: { anywhere?: boolean } = {}): SettingsFile {
  const read = reader.read(path, options);
  if (!read.ok) return read.reason === "missing" ? { ok: false, kind: "missing" } : { ok: false, kind: "unreadable", failure: read.reason, message: read.message };
  // Without its byte-order mark, so that a mistake's line and column count from the first character shown.
  const parsed = parseSettingsJson(read.text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) return { ok: false, kind: "not-json", reason: parsed.reason };
  const problems = validateSettings(parsed.value);
  if (problems.length > 0) return { ok: false, kind: "invalid", problems };
  return { ok: true, settings: parsed.value as Settings };
}
