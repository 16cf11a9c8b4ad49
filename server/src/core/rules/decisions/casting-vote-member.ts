import type { Rule } from "../rule";
import { castingVotesOf, chairOf, distinctMembers } from "./shared";

export const castingVoteMember: Rule = {
  code: "ALY409",
  name: "casting-vote-member",
  title: "A casting vote is held by someone who neither sits on nor chairs the body",
  severity: "error",
  grounds: "contradiction",
  topic: "Decision-making and consensus",
  basis: "language",
  why:
    "A casting vote settles a tie among the body's members. Given to someone outside the body, it hands a decision to a person the agreement does not seat there, and nobody can tell whose vote counts.",
  rationale:
    "`casting vote` names the party or role that breaks a tie, or `chair` for whoever chairs the body. The holder must be one of the body's " +
    "`members` or its `chair`: a casting vote held by anyone else gives a decision to someone the body does not include. Whether the body " +
    "should have a casting vote at all is a separate question, answered by the findings on voting and on the agreement's principles.",
  guidance: [],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n    Harbour provider "Harbour"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    casting vote Harbour\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n    Harbour provider "Harbour"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n  }\n}\n",
  },
  check(context) {
    for (const body of context.model.bodies()) {
      const chair = chairOf(body);
      for (const casting of castingVotesOf(body)) {
        if (casting.ofChair) {
          if (chair) continue;
          context.report({
            span: casting.holder.span,
            message: `\`${body.name.name}\` gives its chair a casting vote but does not say who chairs it. Name the chair with \`chair\`, or give the casting vote to a member by name.`,
          });
          continue;
        }
        const resolution = context.resolve(casting.holder);
        // An undeclared name is reported as such.
        if (!resolution || resolution === "unknown") continue;
        const name = casting.holder.name;
        if (chair?.who.name === name || distinctMembers(context.model, body).includes(name)) continue;
        context.report({
          span: casting.holder.span,
          message: `\`${name}\` holds the casting vote on \`${body.name.name}\` but neither sits on it nor chairs it. Give the casting vote to a member, or remove it.`,
          related: resolution.uri === context.uri ? [{ span: resolution.declaration.span, message: `\`${name}\` is named here` }] : [],
        });
      }
    }
  },
};
