import { SYMBOL_KIND_WORDS } from "../../vocabulary";
import { closest } from "../../suggest";
import type { DocumentModel } from "../../model";
import type { Ident, SymbolKind } from "../../tree";
import type { Rule } from "../rule";

/** How to put the name right where it belongs, in words (the quick fix writes the line). */
const WHERE_ADDED: Record<SymbolKind, string> = {
  document: "check the document of that name alongside this one",
  party: "add it to the parties",
  role: "add it to the roles",
  body: "add a body of that name",
  principle: "add it to the agreement's principles",
  value: "add it to the values",
  term: "define it in the definitions",
  measure: "add it as a measure under learning",
  requirement: "add it to the specification's requirements",
  target: "add it to the targets",
  question: "add it to the tender's questions",
  criterion: "add a criterion of that name",
};

function orList(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

/** Whether the document itself declares what `id` refers to (a document name is always looked up across documents). */
function declaredHere(model: DocumentModel, id: Ident): boolean {
  const kinds = id.ref;
  if (!kinds) return false;
  for (const kind of kinds) if (kind === "document") return false;
  for (const kind of kinds) if (model.declarations.get(kind)?.has(id.name)) return true;
  return false;
}

export const undeclaredName: Rule = {
  code: "ALY010",
  name: "undeclared-name",
  title: "A name is used that nothing declares",
  severity: "error",
  grounds: "unreadable",
  topic: "Names and structure",
  basis: "language",
  why: "A clause that names a party, body, principle or measure the documents never set out cannot be read: nobody can tell who decides, who approves or what is meant.",
  rationale:
    "Every party, role, body, principle, measure, requirement and question a clause names must be set out somewhere in the document or in one it is written for, so that each name points at one thing. A name that points at nothing usually means a misspelling, or a party or body that was meant to be added and was not. When the name is close to one that exists, the finding suggests it. A name after `for` that no document being checked carries means the document it is written for has not been opened alongside it.",
  guidance: [],
  example: {
    wrong: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n  body Board {\n    members PCC, Shekinah\n  }\n}\n',
    right: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members PCC, Shekinah\n  }\n}\n',
  },
  check(context) {
    for (const id of context.model.references) {
      // Most names are declared in the document itself: found there, they need no look-up across documents.
      if (declaredHere(context.model, id)) continue;
      const resolution = context.resolve(id);
      if (resolution !== null) continue;
      const kinds = id.ref ?? [];
      if (kinds.includes("document")) {
        context.report({
          span: id.span,
          message: `No document named \`${id.name}\` is being checked. Check this file together with the document named \`${id.name}\`, or correct the name after \`for\`.`,
          data: { name: id.name, kinds },
        });
        continue;
      }
      const candidates = [context.model, ...context.linked.map((d) => d.model)].flatMap((m) => kinds.flatMap((k) => m.declaredNames(k)));
      const guess = closest(id.name, candidates);
      const what = orList(kinds.map((k) => SYMBOL_KIND_WORDS[k]));
      context.report({
        span: id.span,
        message: guess
          ? `No ${what} is named \`${id.name}\`; did you mean \`${guess}\`? If not, correct the name or ${WHERE_ADDED[kinds[0]]}.`
          : `No ${what} is named \`${id.name}\`. Correct the name, or ${WHERE_ADDED[kinds[0]]}.`,
        data: { name: id.name, kinds, suggestion: guess ?? null },
      });
    }
  },
};
