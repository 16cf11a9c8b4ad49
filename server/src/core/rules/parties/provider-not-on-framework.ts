import { source } from "../../guidance/sources";
import type { RelatedLocation } from "../../problem";
import type { RouteNode } from "../../tree";
import type { Rule } from "../rule";
import type { RuleContext } from "../context";
import { detail, nameList } from "./helpers";

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
  severity: "info",
  grounds: "absence",
  topic: "Parties and membership",
  basis: "inferred",
  why: "Work can only be called off from a provider that holds a place on the framework or dynamic purchasing system. Scottish provider partnerships were disrupted when some partners did not win a place.",
  rationale:
    "Collaborative Providers reports partnerships disrupted because some partners did not get onto the council's framework agreements (Section 2, Redesign commissioning and procurement). When the alliance is bought as a call-off from a framework or dynamic purchasing system, each provider's place on it is worth recording, so that a provider without one is noticed before the call-off. Reported once per agreement, listing every provider that does not name its framework.",
  guidance: [{ id: "R1.7", ...source("CP", "Section 2, Redesign commissioning and procurement", "parties not making it onto Council Framework agreements") }],
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
    const silent = context.model.partiesWithRole("provider").filter((party) => !detail(party, "framework"));
    if (silent.length === 0) return;
    const names = silent.map((p) => p.name.name);
    context.report({
      span: silent[0].name.span,
      message: `The alliance is bought by ${how}, but ${silent.length === 1 ? "one provider does" : `${silent.length} providers do`} not say ${silent.length === 1 ? "it holds" : "they hold"} a place on it: ${nameList(names)}. Add \`framework\` to ${silent.length === 1 ? "it" : "each"}, naming the ${thing}.`,
      related: [...related, ...silent.slice(1).map((p) => ({ span: p.name.span, message: `\`${p.name.name}\` does not name its ${thing}` }))],
      data: { parties: names, route: routeWord },
    });
  },
};
