import { cite } from "../../guidance/sources";
import type { RelatedLocation } from "../../problem";
import type { RouteNode } from "../../tree";
import type { Rule } from "../rule";
import type { RuleContext } from "../context";
import { detail, whereDetailGoes } from "./helpers";

const CALL_OFF: Record<string, string> = {
  "framework-call-off": "a call-off from a framework",
  "dps-call-off": "a call-off from a dynamic purchasing system",
};

/** The route in force: this document's, else one in a document it is `for`, else one in a document written `for` it. */
function routeInForce(context: RuleContext): { route: RouteNode; uri?: string } | null {
  const own = context.model.first("Route");
  if (own) return { route: own };
  for (const doc of context.linked) {
    const route = doc.model.first("Route");
    if (route) return { route, uri: doc.uri };
  }
  for (const uri of context.workspace.dependents(context.uri)) {
    const route = context.workspace.get(uri)?.model.first("Route");
    if (route) return { route, uri };
  }
  return null;
}

export const frameworkMembership: Rule = {
  code: "ALY106",
  name: "provider-not-on-framework",
  title: "The route is a framework call-off but a provider is not shown to be on the framework",
  severity: "warning",
  topic: "Parties and membership",
  basis: "direct",
  rationale:
    "Provider collaborations in Scotland found that partnerships broke when some partners did not win a place on the council's framework: work cannot be called off from a provider who is not on it. When the alliance is bought as a call-off from a framework or dynamic purchasing system, each provider should record which framework it holds a place on. (Collaborative Providers, Section 2, Redesign commissioning and procurement; Future priorities, FOUR.)",
  guidance: [{ id: "R1.7", cite: cite("CP", "Section 2, Redesign commissioning and procurement; Future priorities, FOUR") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  route framework-call-off\n  parties {\n    Council commissioner "Glasgow City Council"\n    Simon provider "Simon Community" {\n      framework "Glasgow care and support framework"\n    }\n    Marie provider "The Marie Trust"\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  route framework-call-off\n  parties {\n    Council commissioner "Glasgow City Council"\n    Simon provider "Simon Community" {\n      framework "Glasgow care and support framework"\n    }\n    Marie provider "The Marie Trust" {\n      framework "Glasgow care and support framework"\n    }\n  }\n}\n',
  },
  check(context) {
    const found = routeInForce(context);
    if (!found) return;
    const how = CALL_OFF[found.route.value.word];
    if (!how) return;
    const routeWord = found.route.value.word;
    const related: RelatedLocation[] = [{ uri: found.uri, span: found.route.value.span, message: `the route is \`${routeWord}\` here` }];
    const thing = routeWord === "dps-call-off" ? "dynamic purchasing system" : "framework";
    for (const party of context.model.partiesWithRole("provider")) {
      if (detail(party, "framework")) continue;
      context.report({
        span: party.name.span,
        message: `The alliance is bought by ${how} (\`route ${routeWord}\`), but \`${party.name.name}\` does not say it holds a place on that ${thing}; a partner who is not on it cannot be called off. ${capitalise(whereDetailGoes(party, `\`framework "…"\` naming the ${thing}`))}`,
        related,
        data: { party: party.name.name, route: routeWord },
      });
    }
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
