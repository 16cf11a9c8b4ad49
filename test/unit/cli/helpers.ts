// Shared by the CLI tests: run `main` in-process with captured output, and the fixture folder.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { displayPath } from "../../../server/src/cli/files";
import { RULES } from "../../../server/src/core/rules/registry";
import { main, type Output } from "../../../server/src/cli/main";

export const FIXTURES = resolve(__dirname, "../../fixtures/cli");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

class Capture implements Output {
  text = "";
  constructor(readonly isTTY: boolean) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

/** Runs `alliance <argv>` in-process, in `cwd` (the fixtures by default), with no colour variables set. */
export function run(argv: string[], options: { cwd?: string; tty?: boolean; env?: Record<string, string> } = {}): Run {
  const stdout = new Capture(options.tty ?? false);
  const stderr = new Capture(options.tty ?? false);
  const code = main(argv, { cwd: options.cwd ?? FIXTURES, stdout, stderr, env: options.env ?? {} });
  if (typeof code !== "number") throw new Error(`\`alliance ${argv[0]}\` works asynchronously: use runAsync`);
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** As `run`, for the commands that finish asynchronously (`export`, `summary`). */
export async function runAsync(argv: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const stdout = new Capture(false);
  const stderr = new Capture(false);
  const code = await main(argv, { cwd: options.cwd ?? FIXTURES, stdout, stderr, env: options.env ?? {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/**
 * The language's own codes (syntax, names and structure, suppressions). The CLI tests turn every other
 * rule off, so that guidance rules added later do not change what these tests expect.
 */
export const LANGUAGE_CODES = ["ALY001", "ALY002", "ALY003", "ALY004", "ALY005", "ALY006", "ALY007", "ALY009", "ALY018", "ALY010", "ALY011", "ALY012", "ALY013", "ALY014", "ALY015", "ALY016", "ALY017"];

/** Settings that keep only the language's own rules, plus any `extra` levels. */
export function languageOnlySettings(extra: Record<string, string> = {}): { rules: Record<string, string> } {
  const rules: Record<string, string> = {};
  for (const rule of RULES) if (!LANGUAGE_CODES.includes(rule.code)) rules[rule.code] = "off";
  return { rules: { ...rules, ...extra } };
}

/** The line of text output that names a settings file outside the current folder. */
export function settingsShown(path: string, cwd = FIXTURES): string {
  return `settings: ${displayPath(path, cwd)}, from ${dirname(path)}, which is not the current folder`;
}

/** A fresh temporary folder. */
export function tempDir(prefix = "alliance-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the language-only settings to a temporary file and returns its path. */
export function languageOnlyConfig(extra: Record<string, string> = {}): string {
  const path = join(tempDir(), "language-only.json");
  writeFileSync(path, JSON.stringify(languageOnlySettings(extra), null, 2));
  return path;
}
