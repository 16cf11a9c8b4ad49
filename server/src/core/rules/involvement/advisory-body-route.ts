import { source } from "../../guidance/sources";
import type { AdvisesNode, BodyNode } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { takesDecisions } from "../governance/structure";

export const advisoryBodyRoute: Rule = {
  code: "ALY084",
  name: "advisory-body-route",
  title: "An advisory body's advice reaches no body that takes decisions",
  severity: "warning",
  grounds: "departure",
  topic: "Involving people who use services",
  basis: "inferred",
  why: "An advisory panel, such as the survivor panel Future Pathways ran while it was set up, only counts if what it says reaches a body that decides. Advice that goes only to bodies that decide nothing has no way into decisions.",
  rationale:
    "Future Pathways ran a separate survivor advisory panel while it was being set up, because survivors needed time to trust the providers and institutions involved (Coping with Complexity, ch. 6, Future Pathways). A panel like that only counts if its advice reaches a body that takes decisions. So when a body advises others and decides nothing itself, following its `advises` and `reports to` lines should lead to a body that decides something, approves spend, holds the job of sharing out resources, or settles what another body cannot agree.",
  guidance: [{ id: "R11.4", ...source("CwC", "ch. 6, Future Pathways", "separate survivor advisory panel") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Pathways "Survivor support alliance" {\n  parties {\n    SG commissioner "Scottish Government"\n    Survivors lived-experience "Survivors"\n  }\n' +
      '  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n  body Forum {\n    members all\n  }\n  body Panel "Survivor advisory panel" {\n    members Survivors\n    advises Forum\n  }\n}\n',
    right:
      'agreement Pathways "Survivor support alliance" {\n  parties {\n    SG commissioner "Scottish Government"\n    Survivors lived-experience "Survivors"\n  }\n' +
      '  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n  body Forum {\n    members all\n    reports to Board\n  }\n  body Panel "Survivor advisory panel" {\n    members Survivors\n    advises Forum\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    const decides = (body: BodyNode) => takesDecisions(model, body);
    /** The bodies this one passes its views to. */
    const feeds = (body: BodyNode) => itemsOf(body.items).flatMap((i) => (i.kind === "Advises" || i.kind === "ReportsTo" ? [i.target.name] : []));
    /** True when following `advises` and `reports to` from `name` reaches a body that takes decisions; null when a name is unknown. */
    const reachesDecision = (name: string, seen: Set<string>): boolean | null => {
      if (seen.has(name)) return false;
      seen.add(name);
      const body = model.body(name);
      if (!body) return null;
      if (decides(body)) return true;
      let unknown = false;
      for (const next of feeds(body)) {
        const reached = reachesDecision(next, seen);
        if (reached) return true;
        if (reached === null) unknown = true;
      }
      return unknown ? null : false;
    };

    for (const body of model.bodies()) {
      const advises = body.items.filter((i): i is AdvisesNode => i.kind === "Advises");
      if (advises.length === 0 || decides(body)) continue;
      const name = body.name.name;
      const seen = new Set([name]);
      const outcomes = feeds(body).map((target) => reachesDecision(target, seen));
      if (!(outcomes.length > 0 && outcomes.every((o) => o === false))) continue;
      const target = advises[0].target;
      const decider = model.bodies().find((b) => b !== body && decides(b));
      context.report({
        span: target.span,
        message:
          `The body \`${name}\` advises \`${target.name}\`, but its advice reaches no body that takes decisions. ` +
          (decider ? `Make it advise a body that decides, such as \`${decider.name.name}\`.` : "Make it advise the body that decides, and say what that body decides."),
        related: [{ span: model.body(target.name)?.name.span ?? target.span, message: `\`${target.name}\` decides nothing` }],
        data: { body: name, suggestedTarget: decider?.name.name ?? null },
      });
    }
  },
};
