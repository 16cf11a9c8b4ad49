import { SYMBOL_KIND_WORDS } from "../../vocabulary";
import type { Ident } from "../../tree";
import type { Rule } from "../rule";

export const duplicateName: Rule = {
  code: "ALY011",
  name: "duplicate-name",
  title: "The same name is given to two things in one document",
  severity: "error",
  grounds: "unreadable",
  topic: "Names and structure",
  basis: "language",
  why: "A name must mean one thing. When two parties, bodies or principles share a name, a reader cannot tell which one a clause refers to.",
  rationale:
    "Names are how clauses point at each other: a body's members, a band's approver, a criterion's subject. If one document gives the same name to two things, even two different kinds of thing such as a party and a body, every clause that uses the name becomes ambiguous. The first use stands; each later one is reported where it is written.",
  guidance: [],
  example: {
    wrong: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    PCC provider "Plymouth Community Care"\n  }\n}\n',
    right: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    PCommCare provider "Plymouth Community Care"\n  }\n}\n',
  },
  check(context) {
    // Each name's first declaration itself: its kind and span are read from it only for a duplicate.
    const seen = new Map<string, Ident>();
    for (const id of context.model.declarationOrder) {
      const kind = id.decl!;
      if (kind === "document") continue;
      const first = seen.get(id.name);
      if (!first) {
        seen.set(id.name, id);
        continue;
      }
      context.report({
        span: id.span,
        message: `The name \`${id.name}\` is already used for ${first.decl === kind ? `another ${SYMBOL_KIND_WORDS[kind]}` : `a ${SYMBOL_KIND_WORDS[first.decl!]}`} above. Give this ${SYMBOL_KIND_WORDS[kind]} a different name.`,
        related: [{ span: first.span, message: `\`${id.name}\` is first used here` }],
        data: { name: id.name },
      });
    }
  },
};
