import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { documentSpan } from "../purpose/text";

export const tooFewParties: Rule = {
  code: "ALY101",
  name: "too-few-parties",
  title: "An alliance agreement declares fewer than two parties",
  severity: "error",
  topic: "Parties and membership",
  basis: "direct",
  rationale:
    "An alliance is a commitment between two or more organisations or people to work towards one goal in agreed ways; the commissioner and the providers answer for delivery together. An agreement with one party, or none, cannot share risk or decide anything jointly. (CCPS, Coping with Complexity, ch. 6.)",
  guidance: [{ id: "R1.1", cite: cite("CwC", "ch. 6, Contracting for culture change: alliancing and alliance contracting") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n}\n',
    right: 'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n}\n',
  },
  check(context) {
    const blocks = context.model.clauses("Parties");
    const parties = context.model.parties();
    if (blocks.length === 0) {
      context.report({
        span: documentSpan(context),
        message:
          'This agreement does not say who its parties are. Add a `parties` block listing the commissioner and every provider, one on each line, for example `PCC commissioner "Plymouth City Council"`',
        data: { count: 0 },
      });
      return;
    }
    if (parties.length >= 2) return;
    context.report({
      span: blocks[0].keyword,
      message:
        parties.length === 0
          ? 'The `parties` block lists no parties. An alliance needs at least two: add the commissioner and every provider, one on each line, for example `PCC commissioner "Plymouth City Council"`'
          : `\`${parties[0].name.name}\` is the only party. An alliance needs at least two parties who share its risks and decisions: add the other members to the \`parties\` block`,
      related: parties.map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` is declared here` })),
      data: { count: parties.length },
    });
  },
};
