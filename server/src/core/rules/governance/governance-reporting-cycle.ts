import type { BodyNode, ReportsToNode } from "../../tree";
import type { Rule } from "../rule";
import { FIVE_FUNCTIONS } from "./cites";
import { BOARD, body, governanceExample } from "./example";
import { clausesOf } from "./structure";

/** How many steps of a circle a message spells out. */
const MAX_STEPS = 3;

const OPS = ["members PCC, Shekinah", "chair Chair", "meets monthly", "functions oversee-delivery"];

interface Edge {
  from: BodyNode;
  to: BodyNode;
  clause: ReportsToNode;
}

/**
 * Groups of bodies whose reporting lines lead back to themselves: Tarjan's strongly connected components,
 * written without recursion so that a long chain of bodies cannot exhaust the stack.
 */
function circles(bodies: BodyNode[], edges: Map<BodyNode, Edge[]>): BodyNode[][] {
  const index = new Map<BodyNode, number>();
  const low = new Map<BodyNode, number>();
  const stack: BodyNode[] = [];
  const onStack = new Set<BodyNode>();
  const result: BodyNode[][] = [];
  let next = 0;
  for (const root of bodies) {
    if (index.has(root)) continue;
    const work: { v: BodyNode; edge: number }[] = [{ v: root, edge: 0 }];
    index.set(root, next);
    low.set(root, next);
    next++;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const out = edges.get(frame.v) ?? [];
      if (frame.edge < out.length) {
        const to = out[frame.edge++].to;
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next);
          next++;
          stack.push(to);
          onStack.add(to);
          work.push({ v: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.v, Math.min(low.get(frame.v)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      const v = frame.v;
      if (work.length > 0) {
        const parent = work[work.length - 1].v;
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const group: BodyNode[] = [];
        let w: BodyNode;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          group.push(w);
        } while (w !== v);
        const selfLoop = out.some((e) => e.to === v);
        if (group.length > 1 || selfLoop) result.push(group);
      }
    }
  }
  return result;
}

export const reportingCycle: Rule = {
  code: "ALY708",
  name: "governance-reporting-cycle",
  title: "Reporting lines between bodies go round in a circle",
  severity: "error",
  grounds: "contradiction",
  topic: "Governance bodies and roles",
  basis: "inferred",
  why: "When bodies report to each other in a circle, none of them answers for the others: each is said to be above the one it also reports to, so nobody can tell where a question is finally settled.",
  rationale:
    "The reports do not set out how reporting lines between an alliance's bodies should run; this rule follows from the agreement's own words. In Example 1 the partners together create one governing infrastructure (Exploring the New World, Examples and Tools, Example 1, Governance and learning), and a reporting line says which body answers to which. Lines that lead back to where they started contradict each other: each body in the circle is said to answer to a body that, in the end, answers to it. A body that reports to itself is the shortest such circle.",
  guidance: [{ id: "R7.8", ...FIVE_FUNCTIONS }],
  appliesTo: ["agreement"],
  example: {
    wrong: governanceExample({
      bodies: [body("Board", BOARD), body("Ops", [...OPS, "reports to Steering"]), body("Steering", [...OPS, "reports to Ops"])],
    }),
    right: governanceExample({
      bodies: [body("Board", BOARD), body("Ops", [...OPS, "reports to Steering"]), body("Steering", [...OPS, "reports to Board"])],
    }),
  },
  check(context) {
    const bodies = context.model.bodies();
    const edges = new Map<BodyNode, Edge[]>();
    for (const from of bodies) {
      for (const clause of clausesOf(from, "ReportsTo")) {
        const to = context.model.body(clause.target.name);
        if (!to) continue;
        const list = edges.get(from) ?? [];
        list.push({ from, to, clause });
        edges.set(from, list);
      }
    }
    for (const group of circles(bodies, edges)) {
      const members = new Set(group);
      // Walk from the first body written until a body repeats: that loop is the circle to describe.
      const start = bodies.find((b) => members.has(b))!;
      const path: Edge[] = [];
      const seenAt = new Map<BodyNode, number>();
      let current = start;
      while (!seenAt.has(current)) {
        seenAt.set(current, path.length);
        const edge = (edges.get(current) ?? []).find((e) => members.has(e.to))!;
        path.push(edge);
        current = edge.to;
      }
      let loop = path.slice(seenAt.get(current)!);
      const first = loop.reduce((a, e, i) => (e.from.span.start < loop[a].from.span.start ? i : a), 0);
      loop = [...loop.slice(first), ...loop.slice(0, first)];
      const head = loop[0];
      if (loop.length === 1) {
        context.report({
          span: head.clause.target.span,
          message: `The body \`${head.from.name.name}\` reports to itself. Remove this line, or name the body it answers to.`,
          data: { bodies: [head.from.name.name] },
        });
        continue;
      }
      const name = (b: BodyNode) => `\`${b.name.name}\``;
      const long = loop.length > MAX_STEPS;
      const shown = long ? loop.slice(0, 2) : loop;
      const steps = shown.map((e, i) => (i === 0 ? `${name(e.from)} reports to ${name(e.to)}` : `${name(e.from)} to ${name(e.to)}`));
      const circle = long
        ? `a circle of ${loop.length} bodies: ${steps.join(", ")}, and so on back to ${name(head.from)}`
        : loop.length === 2
          ? `a circle: ${steps[0]} and ${name(loop[1].from)} back to ${name(head.from)}`
          : `a circle: ${steps.slice(0, -1).join(", ")} and ${name(loop[loop.length - 1].from)} back to ${name(head.from)}`;
      context.report({
        span: head.clause.target.span,
        message: `Reporting lines go round ${circle}. Change one of these lines so that they lead up to one body.`,
        related: loop.slice(1, 10).map((e) => ({ span: e.clause.target.span, message: `\`${e.from.name.name}\` reports to \`${e.to.name.name}\` here` })),
        data: { bodies: loop.map((e) => e.from.name.name) },
      });
    }
  },
};
