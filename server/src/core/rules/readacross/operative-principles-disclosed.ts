import type { PrincipleNode } from "../../tree";
import { principlesFor, reference } from "../principles/reference";
import type { Rule } from "../rule";
import { EXAMPLE_AGREEMENT } from "./examples";
import { dependentsOf, documentLabel, documentSpan, EQUAL_TREATMENT, linkedOf, quotedAnd, READ_ACROSS, relatedIn } from "./shared";

/** The principles that change how a party behaves under the contract, and a few words for each. */
const OPERATIVE: readonly { name: string; words: string }[] = [
  { name: "unanimous", words: "unanimous decisions" },
  { name: "collective-risk", words: "collective responsibility for risk" },
  { name: "no-fault-no-blame", words: "no fault, no blame" },
  { name: "open-book", words: "open books" },
];

export const principlesDisclosed: Rule = {
  code: "ALY066",
  name: "operative-principles-disclosed",
  title: "The tender documents do not list the agreement's operative principles",
  severity: "info",
  grounds: "absence",
  topic: "Read-across between documents",
  basis: "inferred",
  why: "Unanimous decisions, shared responsibility for risk, no fault and no blame, and open books change what a provider signs up to. Bidders should see them in the tender documents, all on the same terms.",
  rationale:
    "An alliance's operative principles (unanimous decisions, collective responsibility for risk, no fault and no blame, open books) change what a provider signs up to, so the tender documents should show them: the tender has to read across to the agreement, and every bidder must be given the same information (Exploring the New World, Examples and Tools, What does this mean for procurement?, Dealing with challenge and Principled working). " +
    "The agreement's principles for these four are recognised by name or, as a heuristic, by their wording, and looked for in the `principles` list of the specification or of a tender written for it. The tender's own wording may describe them, so this is a note, given once for the tender pack.",
  guidance: [
    { id: "R10.7", ...READ_ACROSS },
    { id: "R10.7", ...EQUAL_TREATMENT },
  ],
  appliesTo: ["specification", "tender"],
  example: {
    alongside: EXAMPLE_AGREEMENT,
    wrong: 'specification Spec "Specification" for Example {\n  principles collective-risk, unanimous\n}\n',
    right: 'specification Spec "Specification" for Example {\n  principles collective-risk, unanimous, no-fault-no-blame, open-book\n}\n',
  },
  check(context) {
    // A tender written for a specification is disclosed through it: the specification reports for the pack.
    if (context.kind === "tender" && linkedOf(context, "specification")) return;
    const agreement = linkedOf(context, "agreement");
    if (!agreement) return;

    const own = context.model.first("PrincipleRefs");
    const listed = new Set(own?.names.map((n) => n.name) ?? []);
    if (context.kind === "specification") {
      for (const tender of dependentsOf(context, "tender")) for (const id of tender.model.first("PrincipleRefs")?.names ?? []) listed.add(id.name);
    }

    const missing: { principle: PrincipleNode; words: string }[] = [];
    for (const { name, words } of OPERATIVE) {
      const matches = principlesFor(agreement.model, reference(name));
      if (matches.length === 0 || matches.some((p) => listed.has(p.name.name))) continue;
      if (missing.some((m) => m.principle === matches[0])) continue;
      missing.push({ principle: matches[0], words });
    }
    if (missing.length === 0) return;

    const names = missing.map((m) => m.principle.name.name);
    const one = missing.length === 1;
    context.report({
      span: own?.keyword ?? documentSpan(context),
      message:
        `The tender documents do not list the agreement's ${one ? "operative principle" : "operative principles"} ${quotedAnd(names)}. ` +
        (own
          ? `Add ${one ? "it" : "them"} to this \`principles\` list, so that every bidder knows what it signs up to.`
          : `Add a \`principles\` line to this ${context.kind} that lists ${one ? "it" : "them"}, so that every bidder knows what it signs up to.`),
      related: missing.map((m) => relatedIn(context, agreement.uri, m.principle.name.span, `the principle \`${m.principle.name.name}\` (${m.words}) in ${documentLabel(agreement.model)}`)),
      data: { missing: names },
    });
  },
};
