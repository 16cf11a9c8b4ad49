import type { SymbolKind } from "../../tree";
import type { Rule } from "../rule";

export const duplicateName: Rule = {
  code: "ALY011",
  name: "duplicate-name",
  title: "The same short name is declared twice",
  severity: "error",
  topic: "Names and structure",
  basis: "inferred",
  rationale: "A short name must mean one thing, or a reader cannot tell which party, body or principle a clause refers to.",
  guidance: [{ id: "R1.2", cite: "CCPS, Coping with Complexity programme notes (2017-18), ch. 6" }],
  example: {
    wrong: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    PCC provider "Plymouth Community Care"\n  }\n}\n',
    right: 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    PCommCare provider "Plymouth Community Care"\n  }\n}\n',
  },
  check(context) {
    const seen = new Map<string, { kind: SymbolKind; span: { start: number; end: number } }>();
    const all = [...context.model.declarations.entries()].flatMap(([kind, byName]) =>
      [...byName.values()].flatMap((ids) => ids.map((id) => ({ kind, id }))),
    );
    all.sort((a, b) => a.id.span.start - b.id.span.start);
    for (const { kind, id } of all) {
      if (kind === "document") continue;
      const first = seen.get(id.name);
      if (!first) {
        seen.set(id.name, { kind, span: id.span });
        continue;
      }
      context.report({
        span: id.span,
        message: `\`${id.name}\` is already declared${first.kind === kind ? "" : ` as a ${first.kind}`}; give this ${kind} a different short name`,
        related: [{ span: first.span, message: `\`${id.name}\` is first declared here` }],
      });
    }
  },
};
