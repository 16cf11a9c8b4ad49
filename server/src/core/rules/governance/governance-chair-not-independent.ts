import type { PartyNode } from "../../tree";
import type { Rule } from "../rule";
import { INDEPENDENT_CHAIR } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { clausesOf, lookup, principalBody } from "./structure";

function sidesOf(party: PartyNode): "commissioner" | "provider" | null {
  const roles = party.roles.map((r) => r.word);
  if (roles.includes("commissioner")) return "commissioner";
  if (roles.includes("provider")) return "provider";
  return null;
}

export const chairIndependent: Rule = {
  code: "ALY701",
  name: "governance-chair-not-independent",
  title: "The alliance's principal body is chaired by a commissioner or a provider",
  severity: "warning",
  grounds: "departure",
  topic: "Governance bodies and roles",
  basis: "inferred",
  why: "A commissioner who chairs the alliance can find it hard to let go of old habits of control, and the others around the table find it hard too; an independent chair lets the partners lead as equals.",
  rationale:
    "Coping with Complexity reports from Future Pathways that it can be difficult for a commissioner to chair an alliance, because long-standing habits of control on both sides are hard to shed, and that an independent chair is generally recommended; an independent, neutral chair also helped the partners share leadership as equals (Coping with Complexity, ch. 6, Learning from experience, and ch. 7). The reports speak of a commissioner in the chair; a provider in the chair is not independent either, so it is reported on the same footing, which is this tool's reading rather than the reports' words. Only the alliance's principal body is looked at: the body that decides key issues, or else the first body.",
  guidance: [{ id: "R7.1", ...INDEPENDENT_CHAIR }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair PCC" : c)))] }),
    right: governanceExample(),
  },
  check(context) {
    const board = principalBody(context.model);
    if (!board) return;
    const chair = clausesOf(board, "Chair")[0];
    if (!chair) return;
    const named = lookup(context, chair.who);
    if (!named || named.kind === "body") return;
    const party = named.kind === "party" ? named.node : named.node.heldBy ? named.model.party(named.node.heldBy.name) : undefined;
    if (!party) return;
    const side = sidesOf(party);
    if (!side) return;
    const what = side === "commissioner" ? "a commissioner" : "one of the providers";
    const who =
      named.kind === "party"
        ? `\`${party.name.name}\`, ${what}`
        : `\`${named.node.name.name}\`, a role held by \`${party.name.name}\`, which is ${what}`;
    context.report({
      span: chair.who.span,
      message: `The alliance's principal body, \`${board.name.name}\`, is chaired by ${who}. Consider an independent chair, so that the partners can lead as equals.`,
      related: [{ span: party.name.span, message: `\`${party.name.name}\` is named as a ${side} here` }],
      data: { party: party.name.name, side },
    });
  },
};
