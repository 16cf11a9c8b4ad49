// Files, folders and globs, as typed, to the files to check. A file named on its own is checked whatever
// its extension; a folder contributes the `.alliance` files inside it (at any depth); a glob contributes
// what it matches. Something that matches nothing is a usage error, so that a typo never passes CI silently.

import { readFileSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { UsageError } from "./usage-error";
// Loaded with `require` so that a bundler takes tinyglobby's CommonJS build: its ES module build reads
// `import.meta.url`, which is empty in a CommonJS bundle such as out/cli.js.
import tinyglobby = require("tinyglobby");

const { globSync, isDynamicPattern } = tinyglobby;

/** Folders never looked inside when expanding a folder or a glob. */
const IGNORED = ["**/node_modules/**", "**/.git/**"];

export interface InputFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the current folder, as a person reads it (native separators). */
  display: string;
}

/** Expands the inputs into a sorted list of distinct files. Throws UsageError when an input matches nothing. */
export function expandInputs(inputs: readonly string[], cwd: string): InputFile[] {
  const found = new Set<string>();
  for (const input of inputs) {
    for (const file of expandOne(input, cwd)) found.add(file);
  }
  return [...found].sort(compareStrings).map((absolute) => ({ absolute, display: displayPath(absolute, cwd) }));
}

function expandOne(input: string, cwd: string): string[] {
  const absolute = resolve(cwd, input);
  const stat = statOrNull(absolute);
  if (stat?.isFile()) return [absolute];
  if (stat?.isDirectory()) {
    const files = globSync("**/*.alliance", { cwd: absolute, absolute: true, onlyFiles: true, ignore: IGNORED }).map((f) => resolve(f));
    if (files.length === 0) throw new UsageError(`the folder \`${input}\` holds no .alliance files; check the folder name, or name the files to check`);
    return files;
  }
  if (stat) throw new UsageError(`\`${input}\` is neither a file nor a folder, so it cannot be checked`);
  if (isDynamicPattern(input)) {
    const files = globSync(input, { cwd, absolute: true, onlyFiles: true, ignore: IGNORED }).map((f) => resolve(f));
    if (files.length === 0) throw new UsageError(`no files match \`${input}\`; check the pattern, which is read from ${cwd}`);
    return files;
  }
  throw new UsageError(`cannot find \`${input}\`; check the spelling of the file or folder name (paths are read from ${cwd})`);
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
  try {
    return readFileSync(file.absolute, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read \`${file.display}\`: ${reason(error)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "you do not have permission to read it";
    case "ENOENT":
      return "it was removed while the check was running";
    case "EISDIR":
      return "it is a folder";
    default:
      return (error as Error).message ?? String(error);
  }
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
