import { source } from "../../guidance/sources";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { NEEDS_EVERYONE, decidesOf } from "./shared";

export const keyIssuesListed: Rule = {
  code: "ALY406",
  name: "key-issues-listed",
  title: "Key issues are decided by unanimity but the agreement does not list what counts as a key issue",
  severity: "warning",
  grounds: "departure",
  topic: "Decision-making and consensus",
  basis: "inferred",
  why:
    "A promise of unanimity on key issues is only as clear as the list of key issues. Without one, the parties may later argue over whether a decision needed everyone's agreement, the very dispute unanimity is meant to prevent.",
  rationale:
    "Plymouth's principles commit the participants to unanimous decisions on all key issues, but the report does not say what the key issues " +
    "are, so each agreement has to: without the list the promise cannot be acted on. It is reported once, where key issues are first decided " +
    "by unanimity or consensus, and not when the agreement lists its key issues or defines the term.",
  guidance: [{ id: "R4.6", ...source("ENW", "Systems, Plymouth's principles (c)", "decision making on all key issues") }],
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
    if (["key-issues", "key-issue", "key_issues"].some((t) => context.model.declared("term", t))) return;
    if (blocks.length > 0) {
      context.report({
        span: blocks[0].keyword,
        message: "The key issues list is empty, so nobody can tell which decisions need every member's agreement. List each key issue in quotes on its own line.",
        related: [{ span: decides.subject.span, message: "key issues are decided by everyone's agreement here" }],
      });
      return;
    }
    context.report({
      span: decides.subject.span,
      message: 'Key issues need every member\'s agreement, but the agreement does not say what they are. Add a list of key issues, such as "Changes to the alliance budget".',
    });
  },
};
