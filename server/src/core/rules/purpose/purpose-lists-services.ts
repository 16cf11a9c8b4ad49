import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { CHANGE_WORDS, SERVICE_LEAD, SERVICE_NOUNS, VOLUME } from "./wording";

const EXAMPLE_PURPOSE = '"Adults with multiple and complex needs in Plymouth live well"';

export const purposeListsServices: Rule = {
  code: "ALY203",
  name: "purpose-lists-services",
  title: "The shared purpose reads as services or volumes to buy, not a change for people",
  severity: "warning",
  topic: "Shared purpose",
  basis: "inferred",
  rationale:
    "A shared purpose is a vision the partners rally around, not a list of services to be bought, and the people the system serves should help shape it (Exploring the New World, The process of change: Establishing shared purpose). The worked examples all describe a change for people: people who experience homelessness living well, older people living a fulfilling life, nobody in Glasgow needing to sleep rough (Examples and Tools, Examples 1 and 2; Collaborative Providers, City Ambition Network). This is a heuristic on the wording: it flags a purpose that counts units of service (\"120 beds\"), or that describes provision (\"to provide …\", or naming services) without any word saying what changes for people. Suppress it with a reason where the wording misleads it.",
  guidance: [
    { id: "R2.3", cite: cite("ENW", "How change happens: Establishing shared purpose") },
    { id: "R2.3", cite: cite("ET", "Example 1 and Example 2") },
    { id: "R2.3", cite: cite("CP", "Part 1, City Ambition Network") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'agreement Example "Example alliance" {\n  purpose "To provide 120 supported accommodation beds and an outreach service"\n}\n',
    right: 'agreement Example "Example alliance" {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n}\n',
  },
  check(context) {
    const purpose = context.model.first("Purpose");
    if (!purpose) return;
    const text = purpose.text.value;
    if (text.trim() === "") return;
    const volume = VOLUME.exec(text);
    if (volume) {
      context.report({
        span: purpose.text.span,
        message: `The shared purpose counts units of service ("${volume[0]}") rather than saying what will be different for the people the alliance serves. Put the numbers in the specification and state the change for people here, for example ${EXAMPLE_PURPOSE}`,
        data: { heuristic: true, matched: volume[0] },
      });
      return;
    }
    if (CHANGE_WORDS.test(text)) return;
    const lead = SERVICE_LEAD.exec(text);
    const noun = SERVICE_NOUNS.exec(text);
    if (!lead && !noun) return;
    const quoted = lead ? lead[0].trim() : noun![0];
    context.report({
      span: purpose.text.span,
      message: `The shared purpose reads as services to provide ("${quoted}") rather than the change the alliance wants for the people it serves. Say what will be different for them, for example ${EXAMPLE_PURPOSE}`,
      data: { heuristic: true, matched: quoted },
    });
  },
};
