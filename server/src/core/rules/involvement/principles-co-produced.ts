import { source } from "../../guidance/sources";
import type { Ident, Span } from "../../tree";
import type { Rule } from "../rule";
import { bodyHasLivedExperience, declaringModel, isLivedExperience } from "./helpers";

export const principlesCoProduced: Rule = {
  code: "ALY087",
  name: "principles-co-produced",
  title: "The principles were co-produced with people who use services",
  severity: "info",
  grounds: "suggestion",
  topic: "Involving people who use services",
  basis: "inferred",
  why: "The people the alliance serves should help shape what it stands for: Plymouth heard from more than 400 people using services and their carers. Principles written without them may not reflect what matters to them.",
  rationale:
    "Exploring the New World says the involvement of the people the system seeks to help is crucial in developing a shared purpose (How change happens, Establishing shared purpose), and Plymouth sought the views of over 70 services and 400 people using services and their carers (Plymouth case study). When the agreement records who the principles were co-produced with, that list should include people with lived experience, as a party or through a body they sit on. Principles that do not say who wrote them at all are looked at with the principles, and an agreement with no party with lived experience at all is reported once, with its parties. The language records this for principles only; the purpose has no such clause.",
  guidance: [
    { id: "R11.7", ...source("ENW", "How change happens: Establishing shared purpose", "Again the involvement of people that the system seeks to help is crucial") },
    { id: "R11.7", ...source("ENW", "Plymouth case study", "400 people using services and their carers") },
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
    // With no party with lived experience at all, that one gap is reported with the parties.
    if (context.model.partiesWithRole("lived-experience").length === 0 && !context.linked.some((d) => d.model.partiesWithRole("lived-experience").length > 0)) return;
    for (const block of context.model.clauses("Principles")) {
      const names = block.coProducedWith;
      // Principles that do not say who wrote them are reported by ALY306.
      if (!names || names.length === 0) continue;
      // One name that does not resolve, or that has lived experience, settles it: the rest need not be read.
      let unresolved = false;
      let lived = false;
      for (const id of names) {
        const found = declaringModel(context, id);
        if (found === null || found === "unknown") {
          unresolved = true;
          break;
        }
        if (found.kind === "party" && isLivedExperience(found.model.party(id.name))) lived = true;
        if (found.kind === "body") {
          const body = found.model.body(id.name);
          if (body && bodyHasLivedExperience(found.model, body)) lived = true;
        }
        if (lived) break;
      }
      if (lived || unresolved) continue;
      const span: Span = { start: names[0].span.start, end: names[names.length - 1].span.end };
      context.report({
        span,
        message: `The principles were co-produced with ${listNames(names)}, ${names.length === 1 ? "which does not include" : "none of whom are"} people with lived experience. Add the people who use services to \`co-produced with\`.`,
      });
    }
  },
};

function listNames(names: Ident[]): string {
  const quoted = names.map((n) => `\`${n.name}\``);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
