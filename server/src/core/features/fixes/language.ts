// Quick fixes for the language's own rules: a misspelt choice, an undeclared name.

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
