import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { clausesIn, packDocuments } from "./facts";

export const reservedContractCriteria: Rule = {
  code: "ALY904",
  name: "reserved-contract-criteria",
  title: "A reserved contract says who it is reserved for",
  severity: "error",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  rationale:
    "A reserved contract is a light-touch contract for certain kinds of service that only organisations meeting stated criteria may bid for, such as public service mutuals or social enterprises " +
    "(Exploring the New World, Examples and Tools, What does this mean for procurement?, More you can do). Without the criteria written down, nobody can tell who may bid and the reservation cannot be applied or defended. " +
    "Whether the service is of a kind that may be reserved is not checked: the language has no clause for the service type, so confirm it with your legal adviser, bearing in mind that the law has changed since 2015.",
  guidance: [{ id: "R9.4", cite: cite("ET", "What does this mean for procurement? (More you can do): reserved contracts under the light-touch regime") }],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Peer support service" {\n  route reserved-contract\n}\n',
    right: 'specification Support "Peer support service" {\n  route reserved-contract\n  reserved for "public service mutuals and social enterprises"\n}\n',
  },
  check(context) {
    const routes = context.model.clauses("Route").filter((r) => r.value.word === "reserved-contract");
    if (routes.length === 0) return;
    const reserved = clausesIn(packDocuments(context), "ReservedFor").some((r) => r.clause.text.value.trim() !== "");
    if (reserved) return;
    for (const route of routes) {
      context.report({
        span: route.value.span,
        message: "A reserved contract must say which organisations may bid for it. Add `reserved for` and the criteria in quotes, for example `reserved for \"public service mutuals and social enterprises\"`",
      });
    }
  },
};
