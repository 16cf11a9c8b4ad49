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
  topic: "Governance bodies and roles",
  basis: "direct",
  rationale:
    "Future Pathways found it hard for a commissioner to chair the alliance, because old habits of control are difficult to shed on both sides, and an independent chair is generally recommended; a neutral chair also helped partners lead as equals (Coping with Complexity, ch. 6, Learning from experience, and ch. 7). A provider in the chair raises the same question of balance. The principal body is the one that decides key issues, or else the first body. Digest rule R7.1.",
  guidance: [{ id: "R7.1", cite: INDEPENDENT_CHAIR }],
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
    const who =
      named.kind === "party"
        ? `\`${party.name.name}\`, a ${side}`
        : `\`${named.node.name.name}\`, a role held by \`${party.name.name}\`, a ${side}`;
    const why =
      side === "commissioner"
        ? "A commissioner in the chair finds it hard to let go of old ways of working, and so do the others around the table"
        : "A chair from one of the providers can tilt the balance between partners";
    context.report({
      span: chair.who.span,
      message: `\`${board.name.name}\` is chaired by ${who}. ${why}; consider an independent chair: a party declared \`independent\`, or a chair role in \`roles\` that no party holds`,
      related: [{ span: party.name.span, message: `\`${party.name.name}\` is declared as a ${side} here` }],
      data: { party: party.name.name, side },
    });
  },
};
