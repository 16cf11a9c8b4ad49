import type { PurposeNode } from "../../tree";
import type { Rule } from "../rule";
import { EXAMPLE_AGREEMENT } from "./examples";
import { documentLabel, PURPOSE_CENTRAL, relatedIn, START_WITH_PURPOSE, thisDocument } from "./shared";

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
  severity: "warning",
  grounds: "departure",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "The shared purpose is what the alliance exists for. A tender document that puts it in other words gives bidders a second aim to answer to, and leaves unclear which one the award was made on.",
  rationale:
    "To withstand challenge, the guidance asks commissioners to keep the purpose and objectives of the commissioning in view throughout, and to make sure the tender documents read across (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge). " +
    "The agreement's shared purpose is what the alliance exists for, and it marks out the system (Exploring the New World, How change happens: Start with purpose). " +
    "A specification or tender that restates that purpose in other words gives bidders a second aim to answer to. " +
    "The text in quotes is compared with the purpose of the document it is written for (the specification, or else the agreement), ignoring case, spacing and a closing full stop. A tender document that states no purpose is not reported.",
  guidance: [
    { id: "R10.4", ...PURPOSE_CENTRAL },
    { id: "R10.4", ...START_WITH_PURPOSE },
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
    context.report({
      span: own.text.span,
      message:
        `The purpose in ${thisDocument(context)} is worded differently from the ${kind} in ${documentLabel(reference.model)}. ` +
        "Use the same words, so that every bidder answers to the same aim.",
      related: [relatedIn(context, reference.uri, theirs.text.span, `the ${kind} in ${documentLabel(reference.model)}, to copy word for word`)],
      data: { expected: theirs.text.value },
    });
  },
};
