// The governance of an agreement as a Graphviz graph: one box per body with its chair, members and what
// it decides, and arrows for where a decision goes when it is not unanimous, who reports to whom and who
// advises whom. Only the DOT text is made here; laying it out is Graphviz's job (export/graphviz.ts).
// Each body and each arrow carries an id, so that a test (or a reader's tool) can find it in the SVG.

import type { DocumentModel } from "../model";
import { itemsOf } from "../tree";
import * as plain from "../export/plain-english";

export interface GovernanceEdge {
  kind: "referral" | "reports" | "advises";
  from: string;
  to: string;
  /** A referral to the body this one also reports to: one arrow says both. */
  alsoReports?: boolean;
}

export interface GovernanceGraph {
  dot: string;
  /** The short names of the bodies drawn. */
  bodies: string[];
  /** The arrows as drawn. */
  edges: GovernanceEdge[];
}

/** The SVG id Graphviz gives a body's box. */
export function bodyId(name: string): string {
  return `body-${name}`;
}

/** The SVG id Graphviz gives an arrow. */
export function edgeId(edge: GovernanceEdge): string {
  return `${edge.kind}-${edge.from}-${edge.to}`;
}

function html(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Wraps a list onto lines of about `width` characters, for a label that should not grow wider than the page. */
function wrap(words: string[], width = 44): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + word.length + 2 > width) {
      lines.push(`${line},`);
      line = word;
    } else line = line ? `${line}, ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function governanceGraph(model: DocumentModel): GovernanceGraph | null {
  const bodies = model.bodies();
  if (!bodies.length) return null;
  const names = new Set(bodies.map((b) => b.name.name));
  const short = (name: string) => model.party(name) ? name : model.role(name)?.title?.value ?? name;
  const lines = [
    "digraph governance {",
    '  graph [rankdir=BT, bgcolor="transparent", fontname="Arial", nodesep=0.4, ranksep=0.7, pad=0.2];',
    '  node [shape=plain, fontname="Arial", fontsize=10];',
    '  edge [fontname="Arial", fontsize=9];',
  ];
  const edges: GovernanceEdge[] = [];
  for (const body of bodies) {
    const items = itemsOf(body.items);
    const rows: string[] = [];
    const chair = items.find((i) => i.kind === "Chair");
    if (chair && chair.kind === "Chair") rows.push(`Chair: ${html(plain.capitalise(displayOf(model, chair.who.name)))}`);
    const members = model.membersOf(body);
    if (members.length) {
      const all = items.some((i) => i.kind === "Members" && i.all);
      wrap(members.map(short)).forEach((line, i) => rows.push(`${i === 0 ? (all ? "Members (all): " : "Members: ") : ""}${html(line)}`));
    }
    for (const item of items) {
      if (item.kind === "Decides") rows.push(`Decides ${html(item.subject.word === "key-issues" ? "the key issues" : plain.readable(item.subject.word))} ${html(plain.decisionMethod(item.method.word))}`);
      if (item.kind === "IfNotUnanimous" && item.outcome === "falls") rows.push("If not unanimous: the proposal falls");
      if (item.kind === "Meets") rows.push(`Meets ${html(plain.cadence(item.cadence))}`);
    }
    const title = html(body.title?.value ?? body.name.name);
    const label = `<table border="1" cellborder="0" cellspacing="0" cellpadding="4" color="#125e6c" bgcolor="#ffffff"><tr><td bgcolor="#e8f1f3"><b>${title}${room(title)}</b></td></tr>${rows.map((r) => `<tr><td align="left">${r}${room(r)}</td></tr>`).join("")}</table>`;
    lines.push(`  "${body.name.name}" [id="${bodyId(body.name.name)}", class="body", label=<${label}>];`);
    for (const item of items) {
      if (item.kind === "IfNotUnanimous" && item.target && item.outcome !== "falls" && names.has(item.target.name)) edges.push({ kind: "referral", from: body.name.name, to: item.target.name });
      if (item.kind === "ReportsTo" && names.has(item.target.name)) edges.push({ kind: "reports", from: body.name.name, to: item.target.name });
      if (item.kind === "Advises" && names.has(item.target.name)) edges.push({ kind: "advises", from: body.name.name, to: item.target.name });
    }
  }
  const style: Record<GovernanceEdge["kind"], string> = {
    referral: 'color="#b3261e", fontcolor="#b3261e", penwidth=2, label="if not unanimous"',
    reports: 'color="#5f6b6d", fontcolor="#5f6b6d", style=dashed, label="reports to"',
    advises: 'color="#5f6b6d", fontcolor="#5f6b6d", style=dotted, label="advises"',
  };
  // A body that reports to the body it refers decisions to gets one arrow saying both, not two arrows whose labels collide.
  const drawn: GovernanceEdge[] = [];
  for (const edge of edges) {
    const same = (e: GovernanceEdge) => e.from === edge.from && e.to === edge.to;
    if (edge.kind === "reports" && edges.some((e) => e.kind === "referral" && same(e))) continue;
    drawn.push(edge.kind === "referral" && edges.some((e) => e.kind === "reports" && same(e)) ? { ...edge, alsoReports: true } : edge);
  }
  for (const edge of drawn) {
    const attributes = edge.alsoReports ? style.referral.replace('label="if not unanimous"', 'label="reports to;\\nif not unanimous"') : style[edge.kind];
    lines.push(`  "${edge.from}" -> "${edge.to}" [id="${edgeId(edge)}", class="${edge.kind}${edge.alsoReports ? " reports" : ""}", ${attributes}];`);
  }
  lines.push("}");
  return { dot: lines.join("\n"), bodies: bodies.map((b) => b.name.name), edges: drawn };
}

/**
 * Spare width at the end of a line. Graphviz sizes boxes with Arial's metrics, but the reader's browser
 * may draw the text in a wider font (DejaVu Sans, on Linux without Arial), which would overflow the box.
 */
function room(text: string): string {
  const visible = text.replace(/&[a-z]+;|&#\d+;/g, "x").replace(/<[^>]+>/g, "");
  return "&#160;".repeat(Math.ceil(visible.length * 0.18));
}

function displayOf(model: DocumentModel, name: string): string {
  const role = model.role(name);
  if (role?.title) return role.title.value;
  return model.party(name)?.title?.value ?? name;
}
