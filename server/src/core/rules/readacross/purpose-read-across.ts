import { cite } from "../../guidance/sources";
import type { PurposeNode } from "../../tree";
import type { Rule } from "../rule";
import { EXAMPLE_AGREEMENT } from "./examples";
import { documentLabel, READ_ACROSS_SOURCE, relatedIn, shorten, thisDocument } from "./shared";

/** Purpose wording compared as a reader would: case, spacing, curly quotes and a closing full stop do not count. */
function normalise(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!]+$/, "")
    .toLowerCase();
}

function usable(purpose: PurposeNode | undefined): purpose is PurposeNode {
  return !!purpose && !purpose.text.error && purpose.text.value.trim() !== "";
}

export const purposeReadAcross: Rule = {
  code: "ALY063",
  name: "purpose-read-across",
  title: "A specification or tender states a purpose worded differently from the agreement's shared purpose",
  severity: "error",
  topic: "Read-across between documents",
  basis: "inferred",
  rationale:
    "To withstand challenge, a commissioner keeps the purpose and objectives of the commissioning at the centre of the whole process, and makes sure the tender documents read across (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "The agreement's shared purpose is what the alliance exists for, and everything else is judged against it (Exploring the New World, How change happens: Start with purpose). " +
    "A specification or tender that restates that purpose in other words gives bidders a second aim to answer to, and it is not clear which one the award was made on. " +
    "The check compares the text in quotes with the purpose of the document it is written for (the specification, or else the agreement), ignoring case, spacing and a closing full stop. A tender document that states no purpose is not reported.",
  guidance: [
    { id: "R10.4", cite: cite("ET", `${READ_ACROSS_SOURCE}: keep the purpose and objectives central`) },
    { id: "R10.4", cite: cite("ENW", "How change happens: Start with purpose") },
  ],
  appliesTo: ["specification", "tender"],
  example: {
    alongside: EXAMPLE_AGREEMENT,
    wrong: 'specification Spec "Specification" for Example {\n  purpose "Fewer adults with complex needs in Plymouth use crisis services"\n}\n',
    right: 'specification Spec "Specification" for Example {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n}\n',
  },
  check(context) {
    const own = context.model.first("Purpose");
    if (!usable(own)) return;
    const reference = context.linked.find((d) => usable(d.model.first("Purpose")));
    if (!reference) return;
    const theirs = reference.model.first("Purpose")!;
    if (normalise(own.text.value) === normalise(theirs.text.value)) return;
    const kind = reference.model.kind === "agreement" ? "shared purpose" : "purpose";
    const wording = theirs.text.value.replace(/\s+/g, " ").trim();
    const fix = wording.length <= 160 ? `write \`purpose "${wording}"\`` : `use the same words as ${documentLabel(reference.model)} ("${shorten(wording)}")`;
    context.report({
      span: own.text.span,
      message:
        `The purpose in ${thisDocument(context)} is worded differently from the ${kind} in ${documentLabel(reference.model)}. ` +
        `Tender documents carry that purpose word for word, so that every bidder answers to the same aim: ${fix}`,
      related: [relatedIn(context, reference.uri, theirs.text.span, `the ${kind} in ${documentLabel(reference.model)}`)],
      data: { expected: theirs.text.value },
    });
  },
};
