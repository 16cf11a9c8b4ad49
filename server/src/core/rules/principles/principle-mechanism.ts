import { cite } from "../../guidance/sources";
import type { DocumentModel } from "../../model";
import type { RelatedLocation } from "../../problem";
import type { PrincipleNode, RiskItem } from "../../tree";
import { itemsOf } from "../../tree";
import type { Rule } from "../rule";
import { principlesFor, reference } from "./reference";

/** What a key-issues decision rule can be called in `decides …`. */
const KEY_SUBJECTS = ["key-issues", "key-issue", "all", "everything"];

interface Finding {
  message: string;
  related?: RelatedLocation[];
  missing: string;
}

function riskItems(model: DocumentModel): RiskItem[] {
  return model.clauses("Risk").flatMap((block) => itemsOf(block.items));
}

function inRiskBlock(model: DocumentModel, clause: string): string {
  return model.has("Risk") ? `add \`${clause}\` to the \`risk\` block` : `add a \`risk\` block holding \`${clause}\``;
}

/** Each operative principle and how to tell whether the agreement carries it out. */
const MECHANISMS: { element: string; check: (model: DocumentModel, p: PrincipleNode) => Finding | null }[] = [
  {
    element: "unanimous",
    check(model, p) {
      const decides = model.bodies().flatMap((body) => itemsOf(body.items).flatMap((i) => (i.kind === "Decides" ? [i] : [])));
      // A key-issues rule by unanimity or consensus carries the principle out; one by a vote contradicts it,
      // which ALY401 (decisions) reports, and an unknown way of deciding is ALY014's.
      if (decides.some((d) => KEY_SUBJECTS.includes(d.subject.word))) return null;
      const body = model.bodies()[0];
      return {
        message: `\`${p.name.name}\` commits the parties to unanimous decisions on key issues, but no body decides key issues that way: add \`decides key-issues by unanimity\` to the body that takes them${body ? `, such as \`${body.name.name}\`` : " (declare it with `body`)"}`,
        missing: "decides key-issues by unanimity",
      };
    },
  },
  {
    element: "collective-risk",
    check(model, p) {
      // `responsibility collective` carries the principle out; `responsibility separate` contradicts it, which ALY501 (risk) reports.
      if (riskItems(model).some((i) => i.kind === "Responsibility")) return null;
      return {
        message: `\`${p.name.name}\` says the parties carry risk collectively, but the agreement does not put that into effect: ${inRiskBlock(model, "responsibility collective")}`,
        missing: "responsibility collective",
      };
    },
  },
  {
    element: "no-fault-no-blame",
    check(model, p) {
      if (riskItems(model).some((i) => i.kind === "NoFaultNoBlame")) return null;
      return {
        message: `\`${p.name.name}\` commits the parties to no fault and no blame, but no clause says how disputes between them are handled: ${inRiskBlock(model, "no-fault-no-blame except wilful-default")}`,
        missing: "no-fault-no-blame",
      };
    },
  },
  {
    element: "open-book",
    check(model, p) {
      // `accounting open-book` carries the principle out; `accounting closed-book` contradicts it, which ALY506 (risk) reports.
      if (riskItems(model).some((i) => i.kind === "Accounting")) return null;
      return {
        message: `\`${p.name.name}\` commits the parties to open books, but the agreement does not say how the books are kept: ${inRiskBlock(model, "accounting open-book")}`,
        missing: "accounting open-book",
      };
    },
  },
  {
    element: "best-person",
    check(model, p) {
      if (model.roles().length > 0) return null;
      const roles = model.clauses("Roles");
      return {
        message: `\`${p.name.name}\` says key roles go to the best person, but the agreement names no key roles: ${roles.length > 0 ? "list them in the `roles` block" : "add a `roles` block naming them"}, for example \`Manager project-manager "Alliance manager" reports to Board\``,
        related: roles.length > 0 ? [{ span: roles[0].keyword, message: "the `roles` block is empty" }] : undefined,
        missing: "roles",
      };
    },
  },
];

export const principleMechanism: Rule = {
  code: "ALY303",
  name: "principle-without-mechanism",
  title: "A principle has no clause that puts it into effect",
  severity: "warning",
  topic: "Principles, values and behaviours",
  basis: "inferred",
  rationale:
    "A principle binds only if the agreement carries it out: unanimity needs a decision rule, collective risk a risk clause, no fault and no blame a clause on disputes, open books a clause on accounts, and the best-person principle named key roles. Plymouth's own next step was to turn its Alliance Principles into governance and management practice (Exploring the New World, Systems: Plymouth's principles, and the Plymouth case study, Where next). The check looks at principles with the short names `unanimous` (or `unanimity`, `consensus`), `collective-risk`, `no-fault-no-blame`, `open-book` and `best-person`, or whose wording states one of them (a heuristic: \"unanimous\", \"collective responsibility\", \"no blame\", \"open book\", \"best person\"). It reports only a missing clause: a clause that contradicts its principle (a vote on key issues, `responsibility separate`, `accounting closed-book`) is reported by ALY401, ALY501 and ALY506.",
  guidance: [
    { id: "R3.3", cite: cite("ENW", "Systems: Plymouth's principles") },
    { id: "R3.3", cite: cite("ENW", "case study: Plymouth City Council, Where next") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example "Example alliance" {\n  principles {\n    open-book "Our books are open to each other"\n  }\n  risk {\n    responsibility collective\n  }\n}\n',
    right:
      'agreement Example "Example alliance" {\n  principles {\n    open-book "Our books are open to each other"\n  }\n  risk {\n    responsibility collective\n    accounting open-book\n  }\n}\n',
  },
  check(context) {
    for (const mechanism of MECHANISMS) {
      for (const principle of principlesFor(context.model, reference(mechanism.element))) {
        const finding = mechanism.check(context.model, principle);
        if (!finding) continue;
        context.report({
          span: principle.name.span,
          message: finding.message,
          related: finding.related,
          data: { principle: principle.name.name, missing: finding.missing },
        });
      }
    }
  },
};
