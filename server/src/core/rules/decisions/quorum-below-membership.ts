import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { KEY_ISSUE_SUBJECTS, NEEDS_EVERYONE, decidesOf, distinctMembers, quorumOf } from "./shared";

export const quorumBelowMembership: Rule = {
  code: "ALY405",
  name: "quorum-below-membership",
  title: "A body that decides key issues, or anything by unanimity, can decide without some of its members",
  severity: "error",
  topic: "Decision-making and consensus",
  basis: "inferred",
  rationale:
    "Unanimity means every member's agreement is needed. If a body that decides by unanimity or consensus may meet and decide with fewer members " +
    "than it has, the members who are absent are silently left out of the decision, and the member most easily left out is often the one the " +
    "alliance most needs to hear, such as a member with lived experience. Future Pathways counted three survivors among its members " +
    `(${cite("CwC", "ch. 6, Future Pathways")}), and its consensus rule gives each member the same authority (${cite("CwC", "ch. 6, Learning from experience")}). ` +
    "The check covers key issues decided by unanimity or consensus, and anything decided by `unanimity`, which promises every member's " +
    "agreement. A working group that decides everyday matters by `consensus` is read as deciding among the members present, so a quorum " +
    "below its membership is not reported there, especially when disagreements are referred to the board.",
  guidance: [
    { id: "R4.5", cite: cite("CwC", "ch. 6, Learning from experience") },
    { id: "G1.3", cite: cite("CwC", "ch. 6, Future Pathways") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n    Voices lived-experience "Survivor members"\n  }\n' +
      "  body Board {\n    members PCC, Livewell, Voices\n    decides key-issues by unanimity\n    if not unanimous: falls\n    quorum 2\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n    Voices lived-experience "Survivor members"\n  }\n' +
      "  body Board {\n    members PCC, Livewell, Voices\n    decides key-issues by unanimity\n    if not unanimous: falls\n    quorum all\n  }\n}\n",
  },
  check(context) {
    for (const body of context.model.bodies()) {
      const decides = decidesOf(body).find(
        (d) => NEEDS_EVERYONE.includes(d.method.word) && (d.method.word === "unanimity" || KEY_ISSUE_SUBJECTS.includes(d.subject.word)),
      );
      const quorum = quorumOf(body);
      if (!decides || !quorum || quorum.all || !quorum.count) continue;
      const members = distinctMembers(context.model, body);
      // A body with no members is reported by the governance rules.
      if (members.length === 0 || quorum.count.value >= members.length) continue;
      const left = members.length - quorum.count.value;
      context.report({
        span: quorum.count.span,
        message:
          `Body \`${body.name.name}\` decides \`${decides.subject.word}\` by ${decides.method.word} but can meet with ${quorum.count.value} of its ` +
          `${members.length} members, so ${left === 1 ? "one member's" : `${left} members'`} agreement is not needed. ` +
          `Write \`quorum all\` (or \`quorum ${members.length}\`) so that every member takes part in the decision`,
        related: [{ span: decides.method.span, message: `\`${body.name.name}\` decides by ${decides.method.word} here` }],
        data: { members: members.length, quorum: quorum.count.value, replacement: "all" },
      });
    }
  },
};
