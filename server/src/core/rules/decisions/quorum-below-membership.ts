import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { KEY_ISSUE_SUBJECTS, NEEDS_EVERYONE, decidesOf, distinctMembers, quorumOf } from "./shared";

export const quorumBelowMembership: Rule = {
  code: "ALY405",
  name: "quorum-below-membership",
  title: "A body that decides key issues, or anything by unanimity, can decide without some of its members",
  severity: "warning",
  grounds: "departure",
  topic: "Decision-making and consensus",
  basis: "inferred",
  why:
    "Unanimity means every member's agreement. If the body can meet and decide without some members, they are left out of decisions, and the member most easily left out, such as someone with lived experience, is often the one the alliance most needs to hear.",
  rationale:
    "In the consensus model Future Pathways describes, each member has the same authority and accountability; its alliance counted three " +
    "survivors among its members. A body that decides key issues by unanimity or consensus, or anything by `unanimity`, but may meet with " +
    "fewer members than it has, lets a decision be taken without the agreement of those absent. A working group that decides everyday " +
    "matters by `consensus` is read as deciding among the members present, so a quorum below its membership is not reported there.",
  guidance: [
    { id: "R4.5", ...source("CwC", "ch. 6, Learning from experience", "each member has the same authority") },
    { id: "G1.3", ...source("CwC", "ch. 6, Future Pathways", "three survivors") },
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
          `\`${body.name.name}\` decides \`${decides.subject.word}\` by ${decides.method.word} but can meet with ${quorum.count.value} of its ${members.length} members, so ` +
          `${left === 1 ? "one member's" : `${left} members'`} agreement is not needed. Make the quorum all the members.`,
        related: [{ span: decides.method.span, message: `\`${body.name.name}\` decides by ${decides.method.word} here` }],
        data: { members: members.length, quorum: quorum.count.value, replacement: "all" },
      });
    }
  },
};
