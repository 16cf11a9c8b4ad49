import type { DocumentModel } from "../../model";
import { itemsOf } from "../../tree";
import { CHOICES } from "../../vocabulary";
import type { Rule } from "../rule";
import { FIVE_FUNCTIONS, LEGITIMACY } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { clausesOf, decidesKeyIssues, joinOr, principalBody } from "./structure";

type Job = (typeof CHOICES.bodyFunction)[number];

/** What each of the five jobs means, in a few words. */
export const FUNCTION_WORDS: Record<Job, string> = {
  "allocate-resources": "sharing out resources",
  "oversee-delivery": "overseeing delivery",
  "maintain-culture": "upholding the principles",
  "capture-information": "gathering learning about the service",
  "test-purpose": "asking whether this is what was intended",
};

/** Decision subjects that share out money or resources. */
const RESOURCE_SUBJECT = /budget|spend|resource|fund|money|alloc|financ/i;
/** Key issues whose wording is about the principles, values or culture. */
const CULTURE_WORDS = /\b(principles?|values?|behaviours?|culture)\b/i;

/**
 * The jobs other clauses already give to some body, whatever its `functions` say: a body that decides key
 * issues, or approves spend, shares out resources; a body others report to, or that holds a learning review,
 * oversees delivery; the principal body keeps the written principles; a learning section
 * with measures, reviews or data sharing gathers information. Testing practice against the purpose is
 * asked by the purpose rules, so it is never reported here.
 */
function coveredElsewhere(model: DocumentModel): Set<Job> {
  const covered = new Set<Job>(["test-purpose"]);
  const bodies = model.bodies();
  const bodyNames = new Set(bodies.map((b) => b.name.name));
  const keyIssues = bodies.some(decidesKeyIssues);
  const learning = model.clauses("Learning").flatMap((l) => itemsOf(l.items));
  if (keyIssues || bodies.some((b) => clausesOf(b, "Decides").some((d) => RESOURCE_SUBJECT.test(d.subject.word))) || model.bands().some((b) => bodyNames.has(b.approver.name))) {
    covered.add("allocate-resources");
  }
  const reportedTo =
    bodies.some((b) => clausesOf(b, "ReportsTo").some((r) => bodyNames.has(r.target.name))) ||
    model.roles().some((r) => r.reportsTo && bodyNames.has(r.reportsTo.name)) ||
    learning.some((i) => i.kind === "Review" && bodyNames.has(i.by.name));
  if (reportedTo) covered.add("oversee-delivery");
  const principles = model.has("Principles") || model.has("Values");
  const cultureIssue = model.clauses("KeyIssues").some((k) => itemsOf(k.items).some((i) => CULTURE_WORDS.test(i.text.value)));
  if ((principles && bodies.length > 0) || cultureIssue) covered.add("maintain-culture");
  if (learning.length > 0) covered.add("capture-information");
  return covered;
}

export const functionsAssigned: Rule = {
  code: "ALY704",
  name: "governance-function-unassigned",
  title: "A job of the alliance's governance is given to no body, by its functions or by any other clause",
  severity: "info",
  grounds: "absence",
  topic: "Governance bodies and roles",
  basis: "inferred",
  why: "In the first worked model of an alliance, the partners' governance shares out resources, oversees delivery, keeps the culture alive, gathers learning and keeps asking whether this is what was intended. A job that no body holds may be one that nobody does.",
  rationale:
    "In Example 1 of Exploring the New World (Examples and Tools, Governance and learning) the alliance's governing infrastructure has five jobs: sharing resources between the members, overseeing delivery, keeping alive the culture of principles, values and behaviours, making sure information about the service and the people using it is gathered and reflected on, and asking again and again whether this is what was intended. Governance is also a continuing conversation about whether every relevant voice is heard (How change happens, At the Centre). These are the jobs of one worked example, not a list every agreement must copy, so a job counts as given to a body whenever another clause already says so: a body that decides key issues or approves spend shares out resources; a body that others report to, or that holds a learning review, oversees delivery; the principal body keeps the written principles; a learning section gathers information. Testing practice against the purpose is looked at with the shared purpose. Reported once per agreement, listing every job left over.",
  guidance: [
    { id: "R7.4", ...FIVE_FUNCTIONS },
    { id: "R7.4", ...LEGITIMACY },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({
      bodies: [body("Board", BOARD.filter((c) => !c.startsWith("decides")).map((c) => (c.startsWith("functions") ? "functions oversee-delivery, test-purpose" : c)))],
    }),
    right: governanceExample(),
  },
  check(context) {
    const board = principalBody(context.model);
    if (!board) return;
    const assigned = coveredElsewhere(context.model);
    for (const b of context.model.bodies()) for (const f of clausesOf(b, "Functions")) for (const n of f.names) assigned.add(n.word as Job);
    const missing = CHOICES.bodyFunction.filter((fn) => !assigned.has(fn));
    if (missing.length === 0) return;
    context.report({
      span: board.name.span,
      message: `No body has the job of ${joinOr(missing.map((fn) => FUNCTION_WORDS[fn]))}. Add ${missing.length === 1 ? "it" : "these"} to the functions of the body that does ${missing.length === 1 ? "it" : "them"}, such as \`${board.name.name}\`.`,
      data: { missing, body: board.name.name },
    });
  },
};
