// `alliance export`: every named document through the outline and one writer, into the --out folder.
// A thin adapter: reading files and writing bytes here, wording in core/export, layout in export/.

import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { ExportArgs } from "./args";
import { expandInputs } from "./files";
import type { CliIO } from "./io";
import { checkFiles } from "./run";
import { UsageError } from "./usage-error";
import { loadConfig } from "./config";
import { todayIso } from "../core/law/regime";

export async function runExport(args: ExportArgs, io: CliIO, today = todayIso()): Promise<number> {
  const files = expandInputs(args.inputs, io.cwd);
  // Checked together, as `alliance check` would, so that each document reads the ones it is `for`.
  const result = checkFiles(files, loadConfig(io.cwd, null).settings, "error", null, () => today);
  const outDir = resolve(io.cwd, args.out);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new UsageError(`the folder ${args.out} could not be made: ${(error as Error).message}`);
  }
  const written: string[] = [];
  const usedNames = new Set<string>();
  for (const file of result.files) {
    const outline = result.service.exportOutline({ uri: file.uri, source: file.display });
    if (!outline) {
      io.stderr.write(`${file.display}: not exported: it has no document header (such as \`agreement Name "Title" {\`) to go by\n`);
      continue;
    }
    let base = outline.name;
    for (let n = 2; usedNames.has(base); n++) base = `${outline.name}-${n}`;
    usedNames.add(base);
    const target = join(outDir, `${base}.${args.format}`);
    const content = args.format === "docx" ? await (await import("../export/docx-writer")).writeDocx(outline) : (await import("../export/html-writer")).writeHtml(outline);
    try {
      writeFileSync(target, content);
    } catch (error) {
      throw new UsageError(`${target} could not be written: ${(error as Error).message}`);
    }
    const errors = file.problems.filter((p) => p.severity === "error").length;
    written.push(join(args.out, `${base}.${args.format}`));
    io.stdout.write(`${file.display} → ${join(args.out, `${base}.${args.format}`)}${errors ? ` (the source has ${errors} ${errors === 1 ? "error" : "errors"}: run \`alliance check ${file.display}\`)` : ""}\n`);
  }
  io.stdout.write(`wrote ${written.length} ${written.length === 1 ? "document" : "documents"}\n`);
  return written.length === result.files.length ? 0 : 2;
}
