import { source } from "../../guidance/sources";
import type { DocumentModel } from "../../model";
import type { PrincipleNode } from "../../tree";
import type { Rule } from "../rule";
import { riskItems } from "../risk/shared";
import { principlesFor, reference } from "./reference";

/** Each operative principle, the clause that carries it out, and whether the agreement has one. */
const MECHANISMS: { element: string; clause: string; missing: string; present: (model: DocumentModel) => boolean }[] = [
  {
    element: "unanimous",
    clause: "a body that decides by unanimity",
    missing: "decides key-issues by unanimity",
    // Any decision rule carries the principle out or, if it is a vote, contradicts it (reported as a contradiction).
    present: (model) => model.bodies().some((body) => body.items.some((i) => i.kind === "Decides")),
  },
  { element: "collective-risk", clause: "a risk clause on collective responsibility", missing: "responsibility collective", present: (model) => riskItems(model).some((i) => i.kind === "Responsibility" || i.kind === "Share") },
  { element: "no-fault-no-blame", clause: "a no-fault-no-blame clause", missing: "no-fault-no-blame", present: (model) => riskItems(model).some((i) => i.kind === "NoFaultNoBlame" || i.kind === "Claims") },
  { element: "open-book", clause: "an accounting clause", missing: "accounting open-book", present: (model) => riskItems(model).some((i) => i.kind === "Accounting") },
  { element: "best-person", clause: "named key roles", missing: "roles", present: (model) => model.roles().length > 0 },
];

export const principleMechanism: Rule = {
  code: "ALY303",
  name: "principle-without-mechanism",
  title: "A principle has no clause that puts it into effect",
  severity: "info",
  grounds: "absence",
  topic: "Principles, values and behaviours",
  basis: "inferred",
  why:
    "A principle is easier to rely on when a clause carries it out: unanimity needs a decision rule, collective risk a risk clause, no fault and no blame a clause on disputes, open books a clause on accounts, the best-person principle named roles.",
  rationale:
    "Plymouth's next step after agreeing its Alliance Principles was to work them into governance and management practice. A principle with " +
    "no clause that carries it out still binds the parties, but leaves open how. This is noted once for the agreement, naming each principle " +
    "without its clause; a clause that contradicts its principle (a vote where the principles promise unanimity, risk held separately, closed " +
    "books) has its own finding.",
  guidance: [
    { id: "R3.3", ...source("ENW", "case study: Plymouth City Council, Where next", "translate the Alliance principles into governance and management practices") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  principles {\n    open-book "Our books are open to each other"\n  }\n  risk {\n    responsibility collective\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  principles {\n    open-book "Our books are open to each other"\n  }\n  risk {\n    responsibility collective\n    accounting open-book\n  }\n}\n',
  },
  check(context) {
    const gaps: { principle: PrincipleNode; clause: string; missing: string }[] = [];
    for (const mechanism of MECHANISMS) {
      if (mechanism.present(context.model)) continue;
      for (const principle of principlesFor(context.model, reference(mechanism.element))) {
        if (!gaps.some((g) => g.principle === principle)) gaps.push({ principle, clause: mechanism.clause, missing: mechanism.missing });
      }
    }
    if (gaps.length === 0) return;
    const [first, ...rest] = gaps;
    context.report({
      span: first.principle.name.span,
      message:
        gaps.length === 1
          ? `No clause puts the principle \`${first.principle.name.name}\` into effect. Consider adding ${first.clause}.`
          : `No clause puts ${gaps.length} principles into effect: ${gaps.map((g) => `\`${g.principle.name.name}\``).join(", ")}. Consider adding, for each, the clause that carries it out.`,
      related: rest.map((g) => ({ span: g.principle.name.span, message: `\`${g.principle.name.name}\` has no clause either` })),
      data: { principles: gaps.map((g) => g.principle.name.name), missing: gaps.map((g) => g.missing) },
    });
  },
};
