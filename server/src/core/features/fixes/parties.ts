// Quick fixes that write a party's missing details: a named contact for a commissioner (ALY091), and where
// a representative's authority comes from (ALY103). Each writes the detail line, with a bracketed
// placeholder for the drafter to replace, inside the party's own details (opening them if need be), and
// puts the cursor on the placeholder.

import type { PartyNode } from "../../tree";
import type { DocumentState } from "../../workspace";
import { appendToBlock, eolOf, fixesFor, indentAt, type Fix } from "./registry";

/** A fix that adds `line` to the details of `party`, or gives it details holding that line. */
function addDetail(state: DocumentState, party: PartyNode, line: string, title: string): Fix | null {
  const text = state.text;
  let edit: Fix["edits"][number] | null;
  if (party.open && party.close) {
    edit = appendToBlock(text, { keyword: party.name.span, items: party.items as never, close: party.close }, [line]);
  } else if (!party.open) {
    const eol = eolOf(text);
    const indent = indentAt(text, party.span.start);
    edit = { span: { start: party.span.end, end: party.span.end }, newText: ` {${eol}${indent}  ${line}${eol}${indent}}` };
  } else {
    edit = null;
  }
  if (!edit) return null;
  const placeholder = edit.newText.indexOf("[");
  return { title, edits: [edit], cursor: placeholder >= 0 ? edit.span.start + placeholder + 1 : undefined };
}

function partiesOf(state: DocumentState, data: Record<string, unknown> | undefined): PartyNode[] {
  const names = Array.isArray(data?.parties) ? (data!.parties as unknown[]).filter((n): n is string => typeof n === "string") : [];
  return names.map((n) => state.model.party(n)).filter((p): p is PartyNode => !!p);
}

fixesFor("ALY091", (state, problem) =>
  partiesOf(state, problem.data)
    .map((party) => addDetail(state, party, 'contact "[A named person or team, and how to reach them]"', `Add a named contact for ${party.name.name}, to fill in`))
    .filter((f): f is Fix => !!f),
);

fixesFor("ALY103", (state, problem) =>
  partiesOf(state, problem.data)
    .map((party) => addDetail(state, party, `authority "[Where the representative's authority to commit ${party.title?.value ?? party.name.name} comes from, such as a board delegation]"`, `Add where ${party.name.name}'s representative's authority comes from, to fill in`))
    .filter((f): f is Fix => !!f),
);
