import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { decidesOf, principalBoard } from "./shared";

export const delegationBelowBoard: Rule = {
  code: "ALY408",
  name: "delegation-below-board",
  title: "No decision is delegated below the principal board",
  severity: "info",
  topic: "Decision-making and consensus",
  basis: "direct",
  rationale:
    "The guidance favours pushing decisions as close as possible to the people giving and receiving support, rather than settling everything at " +
    `the top or in advance (${cite("ENW", "How change happens, Design")}); the provider collaborations studied hand decisions to a well-coordinated ` +
    `frontline group (${cite("CP", "Section 1: Collaboration in practice")}). In Future Pathways, support co-ordinators approve spend up to £1,000 ` +
    `themselves (${cite("CwC", "ch. 6, Future Pathways")}). An agreement in which only the principal board decides anything has no such route. ` +
    "The check counts as delegated a second body that decides something, or a spend band approved by a role or by a body other than the board.",
  guidance: [
    { id: "R4.8", cite: cite("ENW", "How change happens, Design") },
    { id: "G4.7", cite: cite("CP", "Section 1: Collaboration in practice") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n" +
      "  spend {\n    over £0 approved by Board\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  roles {\n    Coordinator frontline "Support co-ordinator"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n" +
      "  spend {\n    up to £1,000 approved by Coordinator\n    over £1,000 approved by Board\n  }\n}\n",
  },
  check(context) {
    const board = principalBoard(context.model);
    // An agreement with no bodies at all is reported by the governance rules.
    if (!board) return;
    const otherBodyDecides = context.model.bodies().some((b) => b !== board && decidesOf(b).length > 0);
    if (otherBodyDecides) return;
    const delegatedBand = context.model.bands().some((band) => {
      const resolution = context.resolve(band.approver);
      if (!resolution || resolution === "unknown") return false;
      if (resolution.kind === "role") return true;
      return resolution.kind === "body" && band.approver.name !== board.name.name;
    });
    if (delegatedBand) return;
    context.report({
      span: board.name.span,
      message:
        `Every decision rests with \`${board.name.name}\`: no other body decides anything and no spend is approved below it. Consider delegating ` +
        "everyday decisions to the people closest to the support, for example a spend band such as `up to £1,000 approved by` a frontline role, " +
        "or a working group that `decides` a named kind of matter",
    });
  },
};
