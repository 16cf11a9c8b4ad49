// Files, folders and globs, as typed, to the files to check. A file named on its own is checked whatever
// its extension; a folder contributes the `.alliance` files inside it (at any depth); a glob contributes
// what it matches. Something that matches nothing is a usage error, so that a typo never passes CI silently.
// Folders and globs are read by the workspace reader, the same one the language server uses: regular files
// only, links followed only within the named folders, each folder once, with limits.

import { statSync } from "node:fs";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { globMatcher, isGlob, splitGlob } from "../node/glob-pattern";
import { DEFAULT_LIMITS, WorkspaceReader } from "../node/workspace-reader";
import { UsageError } from "./usage-error";

export interface InputFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the current folder, as a person reads it (native separators). */
  display: string;
  /** True when the file was named itself, rather than found in a folder or by a glob. */
  named?: boolean;
  /** The reader for this run: it knows the named folders, and counts the bytes read. */
  reader?: WorkspaceReader;
}

/** The command line reads more documents at once than an editor holds open. */
const CLI_LIMITS = { ...DEFAULT_LIMITS, totalBytes: 256_000_000 };

/** Expands the inputs into a sorted list of distinct files. Throws UsageError when an input matches nothing. */
export function expandInputs(inputs: readonly string[], cwd: string): InputFile[] {
  const reader = new WorkspaceReader(inputs.map((input) => scopeOf(input, cwd)), CLI_LIMITS);
  const found = new Map<string, boolean>();
  for (const input of inputs) {
    for (const file of expandOne(input, cwd, reader)) found.set(file.absolute, (found.get(file.absolute) ?? false) || file.named);
  }
  return [...found.keys()].sort(compareStrings).map((absolute) => ({ absolute, display: displayPath(absolute, cwd), named: found.get(absolute), reader }));
}

/** The folder an input reads from: itself for a folder, its base for a glob, its own folder for a file. */
function scopeOf(input: string, cwd: string): string {
  const absolute = resolve(cwd, input);
  const stat = statOrNull(absolute);
  if (stat?.isDirectory()) return absolute;
  if (stat) return dirname(absolute);
  return isGlob(input) ? resolve(cwd, splitGlob(input).base) : absolute;
}

function expandOne(input: string, cwd: string, reader: WorkspaceReader): { absolute: string; named: boolean }[] {
  const absolute = resolve(cwd, input);
  const stat = statOrNull(absolute);
  if (stat?.isFile()) return [{ absolute, named: true }];
  if (stat?.isDirectory()) {
    const files = walk(reader, absolute, (path) => path.endsWith(".alliance"), input);
    if (files.length === 0) throw new UsageError(`the folder \`${input}\` holds no .alliance files; check the folder name, or name the files to check`);
    return files;
  }
  if (stat) throw new UsageError(`\`${input}\` is neither a file nor a folder (it may be a named pipe or a device), so it cannot be checked; name a regular file`);
  if (isGlob(input)) {
    const { base, rest } = splitGlob(input);
    const files = walk(reader, resolve(cwd, base), globMatcher(rest), input);
    if (files.length === 0) throw new UsageError(`no files match \`${input}\`; check the pattern, which is read from ${cwd}`);
    return files;
  }
  throw new UsageError(`cannot find \`${input}\`; check the spelling of the file or folder name (paths are read from ${cwd})`);
}

function walk(reader: WorkspaceReader, from: string, accept: (path: string) => boolean, input: string): { absolute: string; named: boolean }[] {
  const files: { absolute: string; named: boolean }[] = [];
  for (const event of reader.walk(accept, [from])) {
    if (event.kind === "file") files.push({ absolute: event.path, named: false });
    else if (event.kind === "limit") throw new UsageError(`while reading \`${input}\`, ${event.message}`);
  }
  return files;
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Reads a file as UTF-8 text. Throws UsageError with a plain reason when it cannot. */
export function readInput(file: InputFile): string {
  const reader = file.reader ?? new WorkspaceReader([dirname(file.absolute)], CLI_LIMITS);
  // A file named on the command line is read wherever its links lead; one found in a folder only inside it.
  const result = reader.read(file.absolute, { anywhere: file.named ?? true });
  if (result.ok) return result.text;
  // The file was there when the inputs were expanded.
  const reason = result.reason === "missing" ? "it was removed while the check was running" : result.message;
  throw new UsageError(`cannot read \`${file.display}\`: ${reason}`);
}

/**
 * A path as a person reads it: relative to the current folder, unless the file is outside it and the
 * full path is shorter than climbing out with `../`.
 */
export function displayPath(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel === "") return ".";
  if (isAbsolute(rel)) return absolute;
  return rel.startsWith("..") && absolute.length < rel.length ? absolute : rel;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
