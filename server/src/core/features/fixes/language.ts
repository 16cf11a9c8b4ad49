// Quick fixes for the language's own rules: a misspelt choice, an undeclared name.

import type { RuleCode } from "../../rules/registry";
import type { AnyNode, Span } from "../../tree";
import { itemsOf } from "../../tree";
import { eolOf, fixesFor, indentAt, lineEndOf, lineStartOf, type Fix } from "./registry";


fixesFor("ALY014", (_state, problem) => {
  const suggestion = problem.data?.suggestion;
  if (typeof suggestion !== "string") return [];
  return [{ title: `Change to \`${suggestion}\``, edits: [{ span: problem.span, newText: suggestion }], preferred: true }];
});

fixesFor("ALY010", (state, problem) => {
  const name = problem.data?.name;
  const kinds = problem.data?.kinds;
  if (typeof name !== "string" || !Array.isArray(kinds)) return [];
  const fixes: Fix[] = [];
  const text = state.text;
  const eol = eolOf(text);
  const suggestion = /did you mean `([^`]+)`/.exec(problem.message)?.[1];
  if (suggestion) fixes.push({ title: `Change to \`${suggestion}\``, edits: [{ span: problem.span, newText: suggestion }], preferred: true });
  const model = state.model;
  const document = model.document;
  if (!document) return fixes;
  const addLine = (block: { items: AnyNode[]; close: Span | null; keyword: Span }, line: string): Fix["edits"][number] | null => {
    const entries = itemsOf(block.items as { kind: string; span: Span }[]);
    if (!block.close) return null;
    if (entries.length > 0) {
      const last = entries[entries.length - 1];
      const end = lineEndOf(text, last.span.end);
      return { span: { start: end, end }, newText: `${eol}${indentAt(text, last.span.start)}${line}` };
    }
    const at = lineStartOf(text, block.close.start);
    return { span: { start: at, end: at }, newText: `${indentAt(text, block.keyword.start)}  ${line}${eol}` };
  };
  if (kinds.includes("party")) {
    const parties = model.first("Parties");
    const edit = parties && addLine(parties as never, `${name} provider "${name}"`);
    if (edit) fixes.push({ title: `Declare \`${name}\` as a party`, edits: [edit] });
  }
  if (kinds.includes("principle") && model.kind === "agreement") {
    const principles = model.first("Principles");
    const edit = principles && addLine(principles as never, `${name} "What this principle commits the parties to"`);
    if (edit) fixes.push({ title: `Declare \`${name}\` as a principle`, edits: [edit] });
  }
  return fixes;
});

// Slips in writing a line, whose correction is not in doubt: a misspelt keyword or heading, a date written
// day first, thousands marked with points, single or unclosed quotation marks, a section never closed, a
// stray closing bracket. The parser gives the text to put in the problem's place, or to insert.
const SLIP_TITLES = {
  ALY001: (r) => `Change to \`${r}\``,
  ALY002: (r) => (r === "" ? "Remove the stray closing bracket" : r.trim() === "{" ? "Open the section at the end of its first line" : "Close the section after its last line"),
  ALY003: (_r, written) => (written.startsWith("‘") ? "Change to double quotation marks" : "Close the quotation at the end of the line"),
  ALY004: (r) => `Write the date as \`${r}\``,
  ALY005: (r) => `Write the amount as \`${r}\``,
  ALY009: (r) => `Change to \`${r}\``,
} satisfies Partial<Record<RuleCode, (replacement: string, written: string) => string>>;
for (const [code, title] of Object.entries(SLIP_TITLES) as [keyof typeof SLIP_TITLES, (replacement: string, written: string) => string][]) {
  fixesFor(code, (state, problem) => {
    const replacement = problem.data?.replacement;
    const insert = problem.data?.insert as { at?: unknown; text?: unknown } | undefined;
    if (typeof replacement === "string") {
      const written = state.text.slice(problem.span.start, problem.span.end);
      return [{ title: title(replacement, written), edits: [{ span: problem.span, newText: replacement }], preferred: true }];
    }
    if (insert && typeof insert.at === "number" && typeof insert.text === "string") {
      const newText = insert.text.replace(/\n/g, eolOf(state.text));
      return [{ title: title(insert.text, ""), edits: [{ span: { start: insert.at, end: insert.at }, newText }], preferred: true }];
    }
    return [];
  });
}
