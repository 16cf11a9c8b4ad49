import { CHOICES } from "../../vocabulary";
import type { Rule } from "../rule";
import { FIVE_FUNCTIONS, LEGITIMACY } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { clausesOf, principalBody } from "./structure";

/** What each of the five functions means, in words. */
export const FUNCTION_WORDS: Record<(typeof CHOICES.bodyFunction)[number], string> = {
  "allocate-resources": "sharing resources out among the members",
  "oversee-delivery": "overseeing delivery (are members doing what they said they would?)",
  "maintain-culture": "keeping the alliance true to its principles, values and behaviours",
  "capture-information": "making sure information about the service, and the people using it, is regularly gathered and reflected on",
  "test-purpose": "asking, again and again, whether this is what was intended",
};

export const functionsAssigned: Rule = {
  code: "ALY704",
  name: "governance-function-unassigned",
  title: "One of the five jobs of alliance governance is not given to any body",
  severity: "warning",
  topic: "Governance bodies and roles",
  basis: "direct",
  rationale:
    "In Example 1 of Exploring the New World (Examples and Tools, Governance and learning) the alliance's governing infrastructure has five jobs: allocating resources between members, overseeing delivery, keeping the culture of principles, values and behaviours alive, making sure information about the service and the people using it is regularly captured and reflected on, and repeatedly asking whether this is what was intended. Governance is also a continuing conversation about whether every relevant voice is heard (Exploring the New World, How change happens, At the Centre). A job that no body holds is one nobody does. Digest rule R7.4.",
  guidance: [
    { id: "R7.4", cite: FIVE_FUNCTIONS },
    { id: "R7.4", cite: LEGITIMACY },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({ bodies: [body("Board", BOARD.map((c) => (c.startsWith("functions") ? "functions allocate-resources, oversee-delivery, maintain-culture, capture-information" : c)))] }),
    right: governanceExample(),
  },
  check(context) {
    const board = principalBody(context.model);
    if (!board) return;
    const assigned = new Set(context.model.bodies().flatMap((b) => clausesOf(b, "Functions").flatMap((f) => f.names.map((n) => n.word))));
    for (const fn of CHOICES.bodyFunction) {
      if (assigned.has(fn)) continue;
      context.report({
        span: board.name.span,
        message: `no body has the job of ${FUNCTION_WORDS[fn]}. Add \`${fn}\` to the \`functions\` of the body that does it, such as \`${board.name.name}\``,
        data: { function: fn, body: board.name.name },
      });
    }
  },
};
