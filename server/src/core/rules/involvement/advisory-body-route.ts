import { cite } from "../../guidance/sources";
import type { AdvisesNode, BodyNode } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";

/** Words in a body's name or title that say it exists to set the alliance up (a heuristic). */
const SET_UP = /(?<![\p{L}\p{N}])(set[- ]?up|start[- ]?up|shadow|transition(?:al)?|interim|mobili[sz]ation|launch)(?![\p{L}\p{N}])/iu;

function setUpWording(body: BodyNode): string | null {
  const title = body.title?.value ?? "";
  // A short name such as `ShadowBoard` or `setup-panel` is split into words first.
  const name = body.name.name.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2").replace(/_/g, " ");
  return SET_UP.exec(title)?.[1] ?? SET_UP.exec(name)?.[1] ?? null;
}

export const advisoryBodyRoute: Rule = {
  code: "ALY084",
  name: "advisory-body-route",
  title: "An advisory body's advice reaches a body that decides, and a set-up panel says when it ends",
  severity: "warning",
  topic: "Involving people who use services",
  basis: "direct",
  rationale:
    "Future Pathways ran a separate survivor advisory panel while it was being set up, because survivors needed time to trust the providers and institutions involved (CCPS, Coping with Complexity programme notes, ch. 6, Future Pathways). " +
    "A panel like that only counts if what it says reaches the body that decides, so the agreement should say which body it advises; and if it exists for the set-up, it should say when it hands over. " +
    "Whether a body is for the set-up is read from its name or title (words such as set-up, shadow, interim or transition), which is a heuristic. " +
    "A body that neither advises nor reports to another is reported by ALY709, so this rule looks at where advice goes.",
  guidance: [{ id: "R11.4", cite: cite("CwC", "ch. 6, Future Pathways: a separate survivor advisory panel during set-up") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Pathways "Survivor support alliance" {\n  parties {\n    SG commissioner "Scottish Government"\n    Survivors lived-experience "Survivors"\n  }\n' +
      '  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n  body Panel "Survivor advisory panel for the set-up" {\n    members Survivors\n    advises Board\n  }\n}\n',
    right:
      'agreement Pathways "Survivor support alliance" {\n  parties {\n    SG commissioner "Scottish Government"\n    Survivors lived-experience "Survivors"\n  }\n' +
      '  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n  body Panel "Survivor advisory panel for the set-up" {\n    members Survivors\n    advises Board\n    until 2016-03-31\n  }\n}\n',
  },
  check(context) {
    const model = context.model;
    const approvers = new Set(model.bands().map((b) => b.approver.name));
    const referredTo = new Set<string>();
    for (const body of model.bodies()) {
      for (const item of itemsOf(body.items)) {
        if (item.kind === "IfNotUnanimous" && item.target) referredTo.add(item.target.name);
      }
    }
    /** A body that takes decisions: it decides something, allocates resources, approves spend, or settles what others cannot agree. */
    const decidesSomething = (body: BodyNode) =>
      itemsOf(body.items).some((i) => i.kind === "Decides" || (i.kind === "Functions" && i.names.some((n) => n.word === "allocate-resources"))) ||
      approvers.has(body.name.name) ||
      referredTo.has(body.name.name);
    /** The bodies this one passes its views to. */
    const feeds = (body: BodyNode) =>
      itemsOf(body.items).flatMap((i) => (i.kind === "Advises" || i.kind === "ReportsTo" ? [i.target.name] : []));
    /** True when following `advises` and `reports to` from `name` reaches a body that takes decisions. */
    const reachesDecision = (name: string, seen: Set<string>): boolean | null => {
      if (seen.has(name)) return false;
      seen.add(name);
      const body = model.body(name);
      if (!body) return null;
      if (decidesSomething(body)) return true;
      let unknown = false;
      for (const next of feeds(body)) {
        const reached = reachesDecision(next, seen);
        if (reached) return true;
        if (reached === null) unknown = true;
      }
      return unknown ? null : false;
    };

    for (const body of model.bodies()) {
      const items = itemsOf(body.items);
      const advises = items.filter((i): i is AdvisesNode => i.kind === "Advises");
      if (advises.length === 0 || decidesSomething(body)) continue;
      const name = body.name.name;

      // Its advice must reach a body that decides.
      const seen = new Set([name]);
      const outcomes = feeds(body).map((target) => reachesDecision(target, seen));
      if (outcomes.length > 0 && outcomes.every((o) => o === false)) {
        const target = advises[0].target;
        const decider = model.bodies().find((b) => b !== body && decidesSomething(b));
        context.report({
          span: target.span,
          message:
            `Body \`${name}\` advises \`${target.name}\`, but neither that body nor any body it feeds takes decisions, so this advice has no way into decisions. ` +
            (decider ? `Point \`advises\` at a body that decides, such as \`${decider.name.name}\`` : "Point `advises` at the body that decides, or say what that body decides with `decides`"),
          related: [{ span: model.body(target.name)?.name.span ?? target.span, message: `\`${target.name}\` decides nothing` }],
          data: { body: name, suggestedTarget: decider?.name.name ?? null },
        });
        continue;
      }

      // A panel for the set-up says when it hands over.
      if (items.some((i) => i.kind === "Until")) continue;
      const wording = setUpWording(body);
      if (!wording) continue;
      context.report({
        span: body.name.span,
        message:
          `Body \`${name}\` is described as “${wording}”, so it seems to exist only while the alliance is set up. ` +
          "Say when it hands over with `until` and a date, for example `until 2020-03-31`, so everyone knows when its part moves into the main body",
        data: { body: name },
      });
    }
  },
};
