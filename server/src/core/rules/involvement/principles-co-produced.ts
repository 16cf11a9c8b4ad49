import { cite } from "../../guidance/sources";
import type { Ident, Span } from "../../tree";
import type { Rule } from "../rule";
import { bodyHasLivedExperience, declaringModel, isLivedExperience } from "./helpers";

export const principlesCoProduced: Rule = {
  code: "ALY087",
  name: "principles-co-produced",
  title: "The principles were co-produced with people who use services",
  severity: "info",
  topic: "Involving people who use services",
  basis: "direct",
  rationale:
    "A shared purpose is something partners rally around, and the people the system serves should help shape it (Exploring the New World, How change happens, Establishing shared purpose). " +
    "Plymouth heard from more than 400 people using services and carers, and used Appreciative Inquiry so that people using services had their own ways to be heard (Exploring the New World, Plymouth case study; Examples and Tools, Drivers for change). " +
    "When the agreement records who the principles were co-produced with, that list should include people with lived experience, as a party or through a body they sit on. " +
    "Principles that do not say who wrote them at all are reported by ALY306. The language records this for principles only; the purpose has no such clause.",
  guidance: [
    { id: "R11.7", cite: cite("ENW", "How change happens: Establishing shared purpose") },
    { id: "R11.7", cite: cite("ENW", "Commissioner: Plymouth City Council (case study): 400 people using services and carers heard") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Plymouth "Complex needs alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Voices lived-experience "People using services"\n  }\n' +
      '  principles co-produced with PCC {\n    best-for-people "Decisions are made on what is best for people using services"\n  }\n}\n',
    right:
      'agreement Plymouth "Complex needs alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Voices lived-experience "People using services"\n  }\n' +
      '  principles co-produced with PCC, Voices {\n    best-for-people "Decisions are made on what is best for people using services"\n  }\n}\n',
  },
  check(context) {
    for (const block of context.model.clauses("Principles")) {
      const names = block.coProducedWith;
      // Principles that do not say who wrote them are reported by ALY306.
      if (!names || names.length === 0) continue;
      let unresolved = false;
      let lived = false;
      for (const id of names) {
        const found = declaringModel(context, id);
        if (found === null || found === "unknown") {
          unresolved = true;
          continue;
        }
        if (found.kind === "party" && isLivedExperience(found.model.party(id.name))) lived = true;
        if (found.kind === "body") {
          const body = found.model.body(id.name);
          if (body && bodyHasLivedExperience(found.model, body)) lived = true;
        }
      }
      if (lived || unresolved) continue;
      const span: Span = { start: names[0].span.start, end: names[names.length - 1].span.end };
      context.report({
        span,
        message:
          `The principles were co-produced with ${listNames(names)}, but ${names.length === 1 ? "that is not" : "none of them is"} a party with lived experience or a body that includes one. ` +
          "Add the people who use services, as a party with the role `lived-experience`, to `co-produced with`",
      });
    }
  },
};

function listNames(names: Ident[]): string {
  const quoted = names.map((n) => `\`${n.name}\``);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
