import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { CHANGE_WORDS, PEOPLE_LEAD, SAVINGS, SERVICE_LEAD, SERVICE_NOUNS, VOLUME } from "./wording";

const EXAMPLE_PURPOSE = '"Adults with multiple and complex needs in Plymouth live well"';

export const purposeListsServices: Rule = {
  code: "ALY203",
  name: "purpose-lists-services",
  title: "The shared purpose reads as services or volumes to buy, not a change for people",
  severity: "info",
  grounds: "suggestion",
  topic: "Shared purpose",
  basis: "inferred",
  why: "A shared purpose is a vision the partners work towards together, not a list of services to be bought. It should say what will be different for the people the alliance serves.",
  rationale:
    "Exploring the New World describes a shared purpose as a vision for the system that partners can rally around, rather than a decision about which services to commission or deliver, shaped with the people the system serves (How change happens, Establishing shared purpose). The worked examples describe a change for people, such as older people supported to achieve a fulfilling life rather than standardised services (Examples and Tools, Example 2). The wording is read with short word lists: a purpose that counts units of service (\"120 beds\"), or that describes provision (\"to provide …\", or naming services) without any word for what changes for people, is pointed out; one that opens with the people it is for is not, and one that aims at savings is pointed out for that instead. Suppress it with a reason where the wording misleads it.",
  guidance: [
    { id: "R2.3", ...source("ENW", "How change happens: Establishing shared purpose", "rather than deciding what specific services need to be commissioned or delivered") },
    { id: "R2.3", ...source("ET", "Example 2, Establishing shared purpose", "rather than delivery of standardised services") },
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
    // A purpose that aims at savings is pointed out for that, once.
    if (SAVINGS.test(text)) return;
    const volume = VOLUME.exec(text);
    if (volume) {
      context.report({
        span: purpose.text.span,
        message: `The shared purpose counts units of service (“${volume[0]}”) rather than saying what will be different for people. Put the numbers in the specification and state the change for people here.`,
        data: { heuristic: true, matched: volume[0] },
      });
      return;
    }
    if (CHANGE_WORDS.test(text) || PEOPLE_LEAD.test(text)) return;
    const lead = SERVICE_LEAD.exec(text);
    const noun = SERVICE_NOUNS.exec(text);
    if (!lead && !noun) return;
    const quoted = lead ? lead[0].trim() : noun![0];
    context.report({
      span: purpose.text.span,
      message: `The shared purpose reads as services to provide (“${quoted}”) rather than a change for people. Say what will be different for them, for example ${EXAMPLE_PURPOSE}.`,
      data: { heuristic: true, matched: quoted },
    });
  },
};
