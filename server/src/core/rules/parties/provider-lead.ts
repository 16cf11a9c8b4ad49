import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";

export const providerLead: Rule = {
  code: "ALY105",
  name: "provider-as-lead",
  title: "The lead partner is also a provider",
  severity: "info",
  topic: "Parties and membership",
  basis: "direct",
  rationale:
    "A lead partner that also competes for the work can find it hard to convene its rivals. In Inverclyde the lead, TAG, is user-led and provides no services, which let it bring competing providers together without the politics of competition. Where the lead is a provider, consider a neutral lead, or record how the alliance keeps the lead's own interests apart. (Collaborative Providers, Part 1, Inverclyde Connections, and Future priorities, SIX.)",
  guidance: [{ id: "R1.6", cite: cite("CP", "Part 1, Inverclyde Connections; Future priorities, SIX") }],
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
        message: `\`${party.name.name}\` leads the alliance and is also one of its providers, so it convenes partners it competes with. Consider a neutral lead that provides no services, such as a user-led organisation, or say in the agreement how the lead keeps its own interests apart`,
        related: [{ span: provider.span, message: `\`${party.name.name}\` is also a provider` }],
        data: { party: party.name.name },
      });
    }
  },
};
