// Quick fixes for decision rules: replace voting with unanimity, add the missing `if not unanimous`.

import { itemsOf } from "../../tree";
import { eolOf, fixesFor, indentAt, lineEndOf } from "./registry";

// A vote where the principles promise unanimity, or any vote: decide by unanimity instead.
for (const code of ["ALY401", "ALY402"] as const) {
  // Only a finding on the way of deciding offers it; a casting vote or a fallback has no such word to replace.
  fixesFor(code, (_state, problem) =>
    problem.data?.replacement === "unanimity"
      ? [{ title: "Decide by unanimity instead of by a vote", edits: [{ span: problem.span, newText: "unanimity" }], preferred: true }]
      : [],
  );
}

// One party deciding alone when members disagree: the proposal falls instead.
fixesFor("ALY404", (state, problem) => {
  const clause = state.model.bodies().flatMap((b) => itemsOf(b.items)).find((i) => i.kind === "IfNotUnanimous" && i.target && i.target.span.start === problem.span.start);
  if (!clause) return [];
  const text = state.text;
  const start = text.indexOf(":", clause.keyword.end) >= 0 && text.indexOf(":", clause.keyword.end) < clause.span.end ? text.indexOf(":", clause.keyword.end) + 1 : clause.keyword.end;
  return [{ title: "Let the proposal fall instead", edits: [{ span: { start, end: clause.span.end }, newText: " falls" }], preferred: true }];
});

// A body that decides by unanimity or consensus with no rule for disagreement.
fixesFor("ALY403", (state, problem) => {
  const body = state.model.bodies().find((b) => itemsOf(b.items).some((i) => i.kind === "Decides" && i.keyword.start === problem.span.start));
  if (!body) return [];
  const decides = itemsOf(body.items).find((i) => i.kind === "Decides" && i.keyword.start === problem.span.start)!;
  const text = state.text;
  const end = lineEndOf(text, decides.span.end);
  const line = (outcome: string) => ({ span: { start: end, end }, newText: `${eolOf(text)}${indentAt(text, decides.span.start)}if not unanimous: ${outcome}` });
  const fixes = [{ title: "Add `if not unanimous: falls`", edits: [line("falls")], preferred: true }];
  const principal = state.model.bodies().find((b) => b !== body && itemsOf(b.items).some((i) => i.kind === "Decides" && i.subject.word === "key-issues"));
  if (principal) fixes.push({ title: `Add \`if not unanimous: refer to ${principal.name.name}\``, edits: [line(`refer to ${principal.name.name}`)], preferred: false });
  return fixes;
});
