import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { hasText } from "./facts";

export const instrumentReason: Rule = {
  code: "ALY909",
  name: "instrument-reason",
  title: "A grant or contract named in a document says why it was chosen",
  severity: "info",
  grounds: "absence",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "Grants and contracts do different jobs: a grant's freedom suits pilots and small tests of change, a contract suits a service bought to a specification. Recording which was chosen, and why, lets others follow and question the choice.",
  rationale:
    "Coping with Complexity (ch. 4) asks commissioners to understand what grant funding can do and its limits, notes the freedom a grant gives to pilots and small tests, and suggests asking, early, the reasoning behind choosing grants or service contracts. " +
    "Examples and Tools also suggests grants in place of contracts where they fit. " +
    "An `instrument` with no `because` is noted once per document. A document that does not name its instrument is not noted: leaving it out is common and says nothing about whether the choice was thought through.",
  guidance: [
    { id: "R9.9", ...source("CwC", "ch. 4, Procurement: barrier or lever? (Influencing change)", "the reasoning behind the decision to use grants or service contracts") },
    { id: "R9.9", ...source("CwC", "ch. 4, Procurement: barrier or lever? (Provide resources for innovation)", "relative flexibility and freedom provided by grants") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'agreement Pathways "Survivor support alliance" {\n  instrument contract\n}\n',
    right: 'agreement Pathways "Survivor support alliance" {\n  instrument contract because "A ten-year service needs the security of a contract; small tests of change are funded by grant"\n}\n',
  },
  check(context) {
    const instrument = context.model.clauses("Instrument").find((i) => !hasText(i.because));
    if (!instrument) return;
    const word = instrument.value.word;
    const choice = word === "grant" ? "a grant rather than a contract" : word === "contract" ? "a contract rather than a grant" : "a grant or a contract";
    context.report({ span: instrument.value.span, message: `Say why this is ${choice}: add the reason in quotes after \`because\`.` });
  },
};
