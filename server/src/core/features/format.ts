// One canonical layout: two spaces per block level, single spaces between words, a space after each
// comma, columns aligned in the parties, roles, principles and spend blocks, at most one blank line,
// and no blank line just inside braces. Comments and quoted text are kept exactly. Idempotent.
// A document whose lines could not all be read is left alone, since re-indenting text that did not parse
// could move it into another section; the answer says which line to put right first. A date, amount,
// percentage or length of time written wrongly does not stop formatting: the line around it was read.

import type { FileNode, Span } from "../tree";
import { itemsOf, walk } from "../tree";
import type { ParseResult } from "../parse";
import { lineStarts, positionAt } from "../text";

export type FormatResult = { text: string } | { error: string };

const INDENT = "  ";

/** Problems with one value (a date, an amount, a percentage, a length of time) leave the layout readable. */
const LITERAL_ONLY = new Set(["ALY004", "ALY005", "ALY006", "ALY007"]);

/** Spaces as a word processor may paste them: non-breaking, narrow, thin and other widths. */
const SPACE = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]/;

export function format(text: string, parsed: ParseResult): FormatResult {
  const blocking = parsed.problems.find((p) => /^ALY00\d$/.test(p.code) && !LITERAL_ONLY.has(p.code));
  if (blocking) {
    const line = positionAt(lineStarts(text), blocking.span.start).line + 1;
    return { error: `The document cannot be formatted until line ${line} is put right. ${blocking.message}` };
  }
  const file = parsed.file;
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const eol = /\r\n/.test(text) ? "\r\n" : "\n";
  const starts = lineStarts(text);
  const blocks = collectBlocks(file);
  const frozen = frozenSpans(file);
  const lines: { text: string; start: number; keep: boolean }[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    let raw = text.slice(start, end).replace(/(\r\n|\r|\n|\u2028|\u2029)$/, "");
    if (i === 0 && bom) raw = raw.slice(1);
    const insideFrozen = frozen.some((s) => s.start < start && start < s.end);
    lines.push({ text: raw, start: start + (i === 0 ? bom.length : 0), keep: insideFrozen });
  }
  const out: string[] = [];
  for (const line of lines) {
    if (line.keep) {
      out.push(line.text.replace(/[ \t]+$/, ""));
      continue;
    }
    const trimmed = line.text.trim();
    if (trimmed === "") {
      out.push("");
      continue;
    }
    const firstOffset = line.start + (line.text.length - line.text.trimStart().length);
    const depth = blocks.filter((b) => b.open.end <= line.start && b.close.start > firstOffset).length;
    out.push(INDENT.repeat(depth) + normaliseSpacing(trimmed));
  }
  alignColumns(out, lines, file, text);
  const collapsed: string[] = [];
  for (let i = 0; i < out.length; i++) {
    const line = out[i];
    if (line === "" && !lines[i].keep) {
      const previous = collapsed[collapsed.length - 1];
      const next = out.slice(i + 1).find((l) => l !== "");
      if (previous === undefined || previous === "" || previous.trimEnd().endsWith("{")) continue;
      if (next === undefined || next.trimStart().startsWith("}")) continue;
    }
    collapsed.push(line);
  }
  return { text: bom + collapsed.join(eol) + eol };
}

interface Braced {
  open: Span;
  close: Span;
}

function collectBlocks(file: FileNode): Braced[] {
  const blocks: Braced[] = [];
  walk(file, (node) => {
    const b = node as { open?: Span | null; close?: Span | null };
    if (b.open && b.close) blocks.push({ open: b.open, close: b.close });
  });
  return blocks;
}

/** Multi-line quoted text and block comments: their inner lines are kept exactly. */
function frozenSpans(file: FileNode): Span[] {
  const spans: Span[] = [];
  walk(file, (node) => {
    if (node.kind === "Str") spans.push(node.span);
  });
  for (const c of file.comments) if (c.block) spans.push(c.span);
  return spans;
}

/** Collapses runs of spaces to one and puts one space after commas, outside quoted text and comments. */
export function normaliseSpacing(line: string): string {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (line.startsWith("//", i)) {
      out = out.replace(/[ \t]+$/, "") + (out.length > 0 ? " " : "") + line.slice(i).trimEnd();
      break;
    }
    if (line.startsWith("/*", i)) {
      const end = line.indexOf("*/", i + 2);
      const stop = end < 0 ? line.length : end + 2;
      out += line.slice(i, stop);
      i = stop;
      continue;
    }
    if (line.startsWith('"""', i)) {
      const end = line.indexOf('"""', i + 3);
      const stop = end < 0 ? line.length : end + 3;
      out += line.slice(i, stop);
      i = stop;
      continue;
    }
    if (c === '"' || c === "“" || c === "”" || c === "‘") {
      const j = quoteEnd(line, i);
      out += line.slice(i, Math.min(j + 1, line.length));
      i = j + 1;
      continue;
    }
    if (SPACE.test(c)) {
      while (i < line.length && SPACE.test(line[i])) i++;
      if (out.length > 0 && !out.endsWith(" ") && i < line.length && line[i] !== ",") out += " ";
      continue;
    }
    if (c === ",") {
      // A comma between digits groups an amount (£1,000); any other comma separates items.
      if (/[0-9]$/.test(out) && /[0-9]/.test(line[i + 1] ?? "")) {
        out += c;
        i++;
        continue;
      }
      out = out.replace(/ +$/, "") + ",";
      i++;
      if (i < line.length && !SPACE.test(line[i])) out += " ";
      continue;
    }
    out += c;
    i++;
  }
  return out.trimEnd();
}

/**
 * Aligns the later columns of one-line items in table-like blocks. Each column starts where a node
 * starts (a party's role, its full name; a band's `approved by`); the cut is counted in words, so it
 * survives the re-spacing of the line.
 */
function alignColumns(out: string[], lines: { start: number }[], file: FileNode, text: string): void {
  const starts = lines.map((l) => l.start);
  const lineOf = (offset: number) => positionAt(starts, offset).line;
  const tables: { line: number; cuts: number[] }[][] = [];
  for (const item of file.document?.items ?? []) {
    if (item.kind === "Parties") {
      tables.push(itemsOf(item.items).filter((p) => p.roles.length > 0).map((p) => ({ line: lineOf(p.span.start), cuts: [p.roles[0].span.start, ...(p.title ? [p.title.span.start] : [])] })));
    } else if (item.kind === "Roles") {
      tables.push(itemsOf(item.items).map((r) => ({ line: lineOf(r.span.start), cuts: [r.roleKind.span.start, ...(r.title ? [r.title.span.start] : [])] })));
    } else if (item.kind === "Principles") {
      tables.push(itemsOf(item.items).map((p) => ({ line: lineOf(p.span.start), cuts: [p.text.span.start] })));
    } else if (item.kind === "Values") {
      tables.push(itemsOf(item.items).map((v) => ({ line: lineOf(v.span.start), cuts: [v.text.span.start] })));
    } else if (item.kind === "Definitions") {
      tables.push(itemsOf(item.items).map((d) => ({ line: lineOf(d.span.start), cuts: [d.text.span.start] })));
    } else if (item.kind === "Spend") {
      const rows: { line: number; cuts: number[] }[] = [];
      for (const band of itemsOf(item.items)) {
        if (band.kind === "Band") rows.push({ line: lineOf(band.span.start), cuts: [text.lastIndexOf("approved", band.approver.span.start)] });
      }
      tables.push(rows);
    }
  }
  for (const rows of tables) {
    const single = rows.filter((r) => r.cuts.every((c) => c >= starts[r.line] && lineOf(c) === r.line));
    if (single.length < 2) continue;
    const split = single.map((row) => {
      const pieces = tokensOf(out[row.line].trimStart());
      const counts = row.cuts.map((c) => tokensOf(normaliseSpacing(text.slice(starts[row.line], c).trim())).length);
      const cells: string[] = [];
      let from = 0;
      for (const count of counts) {
        cells.push(pieces.slice(from, count).join(" "));
        from = count;
      }
      cells.push(pieces.slice(from).join(" "));
      return cells;
    });
    const columns = Math.max(...split.map((s) => s.length));
    const widths: number[] = [];
    for (let c = 0; c < columns - 1; c++) widths[c] = Math.max(...split.map((s) => (c < s.length - 1 ? s[c].length : 0)));
    single.forEach((row, k) => {
      const cells = split[k];
      const indent = out[row.line].match(/^ */)![0];
      out[row.line] = indent + cells.map((cell, c) => (c < cells.length - 1 ? cell.padEnd(widths[c]) : cell)).join(" ").trimEnd();
    });
  }
}

/** Splits a normalised line into space-separated pieces, keeping quoted text and comments whole. */
function tokensOf(line: string): string[] {
  const pieces: string[] = [];
  let current = "";
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (line.startsWith("//", i)) {
      if (current) pieces.push(current);
      pieces.push(line.slice(i));
      return pieces;
    }
    if (c === '"' || c === "“" || c === "”" || c === "‘") {
      const j = quoteEnd(line, i);
      current += line.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === " ") {
      if (current) pieces.push(current);
      current = "";
      i++;
      continue;
    }
    current += c;
    i++;
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Where quoted text that opens at `i` ends, read as the parser reads it: straight quotes close at a straight
 * quote (or a curly closing one), curly ones at either, a single curly quote at one not followed by a letter.
 */
function quoteEnd(line: string, i: number): number {
  const open = line[i];
  if (open === '"') {
    let j = i + 1;
    while (j < line.length && line[j] !== '"') j += line[j] === "\\" ? 2 : 1;
    if (j < line.length) return j;
    const curly = line.indexOf("”", i + 1);
    return curly < 0 ? line.length : curly;
  }
  for (let j = i + 1; j < line.length; j++) {
    if (open === "‘" ? line[j] === "’" && !/[\p{L}\p{N}]/u.test(line[j + 1] ?? "") : line[j] === '"' || line[j] === "”") return j;
  }
  return line.length;
}
