import { source } from "../../guidance/sources";
import type { Rule } from "../rule";

export const providerLead: Rule = {
  code: "ALY105",
  name: "provider-as-lead",
  title: "The lead partner is also a provider",
  severity: "info",
  grounds: "suggestion",
  topic: "Parties and membership",
  basis: "direct",
  why: "A lead partner that also competes for the work can find it hard to bring its rivals together. In Inverclyde a user-led lead that provides no services convenes the providers without the politics of competition.",
  rationale:
    "In Inverclyde Connections the lead partner, TAG, is an independent, user-led organisation that provides no services, and Collaborative Providers credits this with letting the collaboration bring providers together without the politics of competition (Part 1, Inverclyde Connections; Future priorities, SIX). Where the lead is also a provider, a neutral lead is worth considering, or the agreement can say how the lead keeps its own interests apart.",
  guidance: [{ id: "R1.6", ...source("CP", "Part 1, Inverclyde Connections", "an independent non-provider and a service-user led organisation") }],
  appliesTo: ["agreement"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  parties {\n    Council commissioner "Inverclyde Council"\n    KEY provider, lead "KEY Housing"\n  }\n}\n',
    right: 'agreement Example "Example alliance" {\n  parties {\n    Council commissioner "Inverclyde Council"\n    KEY provider "KEY Housing"\n    TAG lead, lived-experience "Inverclyde TAG"\n  }\n}\n',
  },
  check(context) {
    for (const party of context.model.parties()) {
      const lead = party.roles.find((r) => r.word === "lead");
      const provider = party.roles.find((r) => r.word === "provider");
      if (!lead || !provider) continue;
      context.report({
        span: lead.span,
        message: `The lead partner \`${party.name.name}\` is also one of the providers, so it convenes partners it competes with. Consider a neutral lead, or say how the lead keeps its own interests apart.`,
        related: [{ span: provider.span, message: `\`${party.name.name}\` is also a provider` }],
        data: { party: party.name.name },
      });
    }
  },
};
