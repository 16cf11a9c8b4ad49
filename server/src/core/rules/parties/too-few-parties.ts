import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { documentSpan } from "../purpose/text";

export const tooFewParties: Rule = {
  code: "ALY101",
  name: "too-few-parties",
  title: "An alliance agreement declares fewer than two parties",
  severity: "error",
  grounds: "contradiction",
  topic: "Parties and membership",
  basis: "direct",
  why: "An alliance is an agreement between two or more organisations or people to work towards one goal together. With one party, or none, there is nobody to share its risks and decisions with.",
  rationale:
    "Coping with Complexity defines an alliance as an agreement between two or more parties to act in agreed ways towards a common goal, in which the commissioner and the providers are equally responsible for delivery (ch. 6, Contracting for culture change: alliancing and alliance contracting). An agreement that names one party, or none, cannot be an alliance in that sense: it contradicts what it says it is.",
  guidance: [{ id: "R1.1", ...source("CwC", "ch. 6, Contracting for culture change: alliancing and alliance contracting", "an agreement between two or more individuals or entities") }],
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
          'This agreement does not say who its parties are. Add a `parties` section listing the commissioner and every provider, for example `PCC commissioner "Plymouth City Council"`.',
        data: { count: 0 },
      });
      return;
    }
    if (parties.length >= 2) return;
    context.report({
      span: blocks[0].keyword,
      message:
        parties.length === 0
          ? 'The list of parties is empty. An alliance needs at least two: add the commissioner and every provider, for example `PCC commissioner "Plymouth City Council"`.'
          : `This agreement has only one party, \`${parties[0].name.name}\`. An alliance needs at least two parties to share its risks and decisions: add the other members to the list of parties.`,
      related: parties.map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` is named here` })),
      data: { count: parties.length },
    });
  },
};
