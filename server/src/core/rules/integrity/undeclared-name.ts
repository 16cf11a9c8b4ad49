import { closest } from "../../suggest";
import type { SymbolKind } from "../../tree";
import type { Rule } from "../rule";

const KIND_WORDS: Record<SymbolKind, string> = {
  document: "document",
  party: "party",
  role: "role",
  body: "body",
  principle: "principle",
  value: "value",
  term: "defined term",
  measure: "measure",
  requirement: "requirement",
  target: "target",
  question: "question",
  criterion: "criterion",
};

const WHERE_DECLARED: Record<SymbolKind, string> = {
  document: "a document with that short name must be checked alongside this one",
  party: "declare it in the `parties` block",
  role: "declare it in the `roles` block",
  body: "declare it with `body`",
  principle: "declare it in the agreement's `principles` block",
  value: "declare it in the `values` block",
  term: "define it in the `definitions` block",
  measure: "declare it with `measure` in the `learning` block",
  requirement: "declare it in the specification's `requirements` block",
  target: "declare it in the `targets` block",
  question: "declare it in the tender's `questions` block",
  criterion: "declare it with `criterion`",
};

function orList(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

export const undeclaredName: Rule = {
  code: "ALY010",
  name: "undeclared-name",
  title: "A name is used that nothing declares",
  severity: "error",
  topic: "Names and structure",
  basis: "inferred",
  rationale: "Every party, body, role, principle and measure that a clause names must be declared, or the agreement says that someone decides or approves who is not part of it.",
  guidance: [
    { id: "R1.2", cite: "CCPS, Coping with Complexity programme notes (2017-18), ch. 6: an alliance is the parties who commit to it" },
    { id: "R8.12", cite: "Exploring the New World, Examples and Tools, Example 1: settle at design stage which data is used" },
  ],
  example: {
    wrong: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n  body Board {\n    members PCC, Shekinah\n  }\n}\n',
    right: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members PCC, Shekinah\n  }\n}\n',
  },
  check(context) {
    for (const id of context.model.references) {
      const resolution = context.resolve(id);
      if (resolution !== null) continue;
      const kinds = id.ref ?? [];
      if (kinds.includes("document")) {
        context.report({
          span: id.span,
          message: `\`${id.name}\` is not a document being checked. Check this file together with the document whose short name is \`${id.name}\`, or correct the name after \`for\``,
        });
        continue;
      }
      const candidates = [context.model, ...context.linked.map((d) => d.model)].flatMap((m) => kinds.flatMap((k) => m.declaredNames(k)));
      const guess = closest(id.name, candidates);
      const what = orList(kinds.map((k) => KIND_WORDS[k]));
      context.report({
        span: id.span,
        message: `\`${id.name}\` is not a declared ${what}${guess ? `; did you mean \`${guess}\`? If not,` : "."} ${guess ? "correct the name" : "Correct the name"}, or ${WHERE_DECLARED[kinds[0]]}`,
        data: { name: id.name, kinds },
      });
    }
  },
};
