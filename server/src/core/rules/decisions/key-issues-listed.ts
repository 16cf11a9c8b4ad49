import { cite } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { NEEDS_EVERYONE, decidesOf } from "./shared";

export const keyIssuesListed: Rule = {
  code: "ALY406",
  name: "key-issues-listed",
  title: "Key issues are decided by unanimity but the agreement does not list what counts as a key issue",
  severity: "warning",
  topic: "Decision-making and consensus",
  basis: "inferred",
  rationale:
    "A promise of unanimity on key issues is only as clear as the list of key issues. If the agreement does not say what they are, the parties " +
    "will argue later about whether a given decision needed everyone's agreement, which is the very dispute unanimity is meant to prevent. " +
    `Plymouth's principles commit to unanimous decisions on all key issues (${cite("ENW", "Systems, Plymouth's principles (c)")}), but the ` +
    "report does not list them, so each agreement must.",
  guidance: [{ id: "R4.6", cite: cite("ENW", "Systems, Plymouth's principles (c)") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n}\n",
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Livewell provider "Livewell Southwest"\n  }\n' +
      '  key-issues {\n    "Changes to the alliance budget"\n    "A party joining or leaving the alliance"\n  }\n' +
      "  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n}\n",
  },
  check(context) {
    const decides = context.model
      .bodies()
      .flatMap((b) => decidesOf(b))
      .find((d) => d.subject.word === "key-issues" && NEEDS_EVERYONE.includes(d.method.word));
    if (!decides) return;
    const blocks = context.model.clauses("KeyIssues");
    if (blocks.some((b) => itemsOf(b.items).length > 0)) return;
    if (blocks.length > 0) {
      context.report({
        span: blocks[0].keyword,
        message: "The `key-issues` block lists nothing, so nobody can tell which decisions need every member's agreement. List each key issue in quotes on its own line",
        related: [{ span: decides.subject.span, message: "key issues are decided by unanimity here" }],
      });
      return;
    }
    context.report({
      span: decides.subject.span,
      message:
        `Key issues are decided by ${decides.method.word}, but the agreement does not say what counts as a key issue. Add a \`key-issues\` block ` +
        'that lists them, one in quotes on each line, for example `"Changes to the alliance budget"`',
    });
  },
};
