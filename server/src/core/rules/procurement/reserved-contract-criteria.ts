import { source } from "../../guidance/sources";
import { lawSource } from "../../law/tables";
import type { Rule } from "../rule";
import { clausesIn, packDocuments } from "./facts";

export const reservedContractCriteria: Rule = {
  code: "ALY904",
  name: "reserved-contract-criteria",
  title: "A reserved contract says who it is reserved for",
  severity: "warning",
  grounds: "departure",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "Only organisations meeting stated criteria, such as public service mutuals, may bid for a reserved contract. Unless the criteria are written down, nobody can tell who may bid, and the reservation cannot be applied or defended.",
  rationale:
    "Examples and Tools describes reserving certain light-touch contracts, for particular kinds of service, for organisations that meet set criteria, giving public service mutuals and social enterprises as examples. " +
    "Under the Procurement Act 2023 (section 33) certain light-touch contracts may be reserved for public service mutuals for a limited term; the Public Contracts Regulations 2015 and the Scottish regulations had their own versions. " +
    "Whether the service is one that may be reserved is not judged: confirm it with your legal adviser.",
  guidance: [
    lawSource("pa2023", "section 33 (reserved contracts)"),
    { id: "R9.4", ...source("ET", "What does this mean for procurement? (More you can do)", "Create Reserved Contracts, so long as they operate under the Light Touch regime") },
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Peer support service" {\n  route reserved-contract\n}\n',
    right: 'specification Support "Peer support service" {\n  route reserved-contract\n  reserved for "public service mutuals and social enterprises"\n}\n',
  },
  check(context) {
    const route = context.model.clauses("Route").find((r) => r.value.word === "reserved-contract");
    if (!route) return;
    const reserved = clausesIn(packDocuments(context), "ReservedFor").some((r) => r.clause.text.value.trim() !== "");
    if (reserved) return;
    context.report({
      span: route.value.span,
      message: "Say who may bid for this reserved contract: add `reserved for` with the criteria in quotes, such as `reserved for \"public service mutuals\"`.",
    });
  },
};
