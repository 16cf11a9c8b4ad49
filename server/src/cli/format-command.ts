// `alliance format`: lays documents out in the canonical way, without ever losing one. A file is read
// strictly (bytes that are not UTF-8 are refused, not replaced), only through links that stay inside the
// named folders, and replaced whole, so a failed write leaves it as it was.

import { format } from "../core/features/format";
import { parse } from "../core/parse";
import { replaceFile, writeFailure } from "../node/replace-file";
import type { FormatArgs } from "./args";
import { expandInputs, readInput } from "./files";
import type { CliIO } from "./io";
import { UsageError } from "./usage-error";

export const FORMAT_OK = 0;
export const FORMAT_PROBLEMS = 1;
export const FORMAT_REFUSED = 2;

export function runFormat(args: FormatArgs, io: CliIO): number {
  const files = expandInputs(args.inputs, io.cwd);
  let changed = 0;
  let failed = 0;
  let refused = 0;
  for (const file of files) {
    // Formatting writes, so even a named file must not lead out of its folder.
    if (file.reader && !file.reader.contains(file.absolute)) {
      io.stderr.write(`alliance: \`${file.display}\` not formatted: it is a link to a file outside the folders named, and formatting would change that file; format the file itself where it is\n`);
      refused++;
      continue;
    }
    let text: string;
    try {
      text = readInput({ ...file, named: false });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.stderr.write(`alliance: ${error.message}; it is left unchanged\n`);
      refused++;
      continue;
    }
    const result = format(text, parse(text));
    if ("error" in result) {
      io.stderr.write(`${file.display}: not formatted: ${result.error.charAt(0).toLowerCase()}${result.error.slice(1)} (run \`alliance check ${file.display}\`)\n`);
      failed++;
      continue;
    }
    if (result.text === text) continue;
    if (args.check) {
      changed++;
      io.stdout.write(`${file.display} would be laid out differently\n`);
      continue;
    }
    try {
      replaceFile(file.reader?.realPath(file.absolute) ?? file.absolute, result.text);
      changed++;
      io.stdout.write(`${file.display} formatted\n`);
    } catch (error) {
      io.stderr.write(`alliance: \`${file.display}\` could not be formatted because ${writeFailure(error)}; it is left unchanged\n`);
      refused++;
    }
  }
  const total = files.length;
  const notes = [failed ? `${failed} with syntax errors` : "", refused ? `${refused} refused or not written` : ""].filter(Boolean).map((n) => `, ${n}`).join("");
  io.stdout.write(args.check
    ? `${total} ${total === 1 ? "file" : "files"} looked at: ${changed === 0 ? "all laid out already" : `${changed} to format`}${notes}\n`
    : `${total} ${total === 1 ? "file" : "files"} looked at: ${changed} formatted${notes.replace("with syntax errors", "left alone because of syntax errors")}\n`);
  if (refused > 0) return FORMAT_REFUSED;
  return failed > 0 || (args.check && changed > 0) ? FORMAT_PROBLEMS : FORMAT_OK;
}
