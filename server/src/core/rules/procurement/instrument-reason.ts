import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { clausesIn, documentSpan, packDocuments } from "./facts";

export const instrumentReason: Rule = {
  code: "ALY909",
  name: "instrument-reason",
  title: "The agreement records whether it is funded by grant or contract, and why",
  severity: "info",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "Grants and contracts do different jobs: grants suit pilots and small tests of change, contracts suit services bought to a specification, and a commissioner can use each where it fits " +
    "(CCPS, Coping with Complexity programme notes, ch. 4; Exploring the New World, How change happens, Resource allocation). " +
    "The guidance suggests asking early why a grant or a contract was chosen (CCPS, Coping with Complexity, ch. 4 and ch. 8, Table 1), so the reasoning should be on the record.",
  guidance: [
    { id: "R9.9", cite: cite("CwC", "ch. 4, Procurement: barrier or lever? (Influencing change): the reasoning behind grants or contracts") },
    { id: "R9.9", cite: cite("CwC", "ch. 8, Complexity and systems, Table 1: levers of system change") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'agreement Pathways "Survivor support alliance" {\n  instrument contract\n}\n',
    right: 'agreement Pathways "Survivor support alliance" {\n  instrument contract because "A ten-year service needs the security of a contract; small tests of change are funded by grant"\n}\n',
  },
  check(context) {
    if (context.kind === "agreement" && clausesIn(packDocuments(context), "Instrument").length === 0) {
      context.report({
        span: documentSpan(context),
        message:
          "Record whether this agreement is funded by grant or by contract, and why: add `instrument grant` or `instrument contract` with `because` and the reason, " +
          "for example `instrument contract because \"…\"`",
      });
    }
    for (const instrument of context.model.clauses("Instrument")) {
      if (instrument.because && instrument.because.value.trim() !== "") continue;
      context.report({
        span: instrument.value.span,
        message: `Say why this is a ${instrument.value.word === "grant" ? "grant rather than a contract" : instrument.value.word === "contract" ? "contract rather than a grant" : "grant or a contract"}: add \`because\` and the reason in quotes, for example \`instrument ${instrument.value.word} because "…"\``,
      });
    }
  },
};
