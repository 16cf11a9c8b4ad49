import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { decidesOf, principalBoard } from "./shared";

export const delegationBelowBoard: Rule = {
  code: "ALY408",
  name: "delegation-below-board",
  title: "No decision is delegated below the principal board",
  severity: "info",
  grounds: "suggestion",
  topic: "Decision-making and consensus",
  basis: "direct",
  why:
    "Decisions taken close to the people giving and receiving support can be quicker and better informed. When only the board decides, everyday matters wait for it.",
  rationale:
    "Collaborative Providers found collaborations devolving decisions to a well-coordinated frontline group, and in Future Pathways support " +
    "co-ordinators sign off spending up to £1,000 themselves, with larger sums going to a panel. An agreement in which only the principal " +
    "board decides anything has no such route. A second body that decides something, or a spending band approved by a role or by another " +
    "body, counts as delegation.",
  guidance: [
    { id: "G4.7", ...source("CP", "Section 1: Collaboration in practice", "Devolving decision-making to a well-coordinated frontline") },
    { id: "R4.8", ...source("CwC", "ch. 6, Future Pathways", "allowing co-ordinators to sign off expenditure up to £1000") },
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
      message: `Every decision rests with \`${board.name.name}\`. Consider delegating everyday decisions, such as small spending, to a frontline role or a working group close to the support.`,
    });
  },
};
