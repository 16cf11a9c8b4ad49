// The document outline: the document, its clauses and the things they declare.

import type { DocItem, DocumentNode, ErrorNode, Span } from "../tree";
import { itemsOf } from "../tree";
import { CLAUSE_KEYWORD } from "../vocabulary";

export type OutlineKind =
  | "document" | "section" | "clause" | "party" | "role" | "body" | "principle" | "value" | "term" | "measure"
  | "requirement" | "target" | "question" | "criterion" | "band" | "stage" | "step";

export interface OutlineSymbol {
  name: string;
  detail: string;
  kind: OutlineKind;
  span: Span;
  selectionSpan: Span;
  children: OutlineSymbol[];
}

export function outline(document: DocumentNode | null): OutlineSymbol[] {
  if (!document) return [];
  const children = document.items.filter((i): i is Exclude<DocItem, ErrorNode> => i.kind !== "Error").map(clauseSymbol);
  if (!document.name) return children;
  return [{
    name: document.name.name,
    detail: [document.docKind, document.title?.value].filter(Boolean).join(": "),
    kind: "document",
    span: document.span,
    selectionSpan: document.name.span,
    children,
  }];
}

function leaf(name: string, detail: string, kind: OutlineKind, span: Span, selectionSpan: Span = span): OutlineSymbol {
  return { name, detail, kind, span, selectionSpan, children: [] };
}

function clauseSymbol(item: Exclude<DocItem, ErrorNode>): OutlineSymbol {
  const keyword = CLAUSE_KEYWORD[item.kind];
  const selection = item.keyword ?? item.span;
  switch (item.kind) {
    case "Parties":
      return { ...leaf("parties", `${itemsOf(item.items).length} parties`, "section", item.span, selection), children: itemsOf(item.items).map((p) => leaf(p.name.name, [p.roles.map((r) => r.word).join(", "), p.title?.value].filter(Boolean).join(" · "), "party", p.span, p.name.span)) };
    case "Roles":
      return { ...leaf("roles", "", "section", item.span, selection), children: itemsOf(item.items).map((r) => leaf(r.name.name, [r.roleKind.word, r.title?.value].filter(Boolean).join(" · "), "role", r.span, r.name.span)) };
    case "Principles":
      return { ...leaf("principles", "", "section", item.span, selection), children: itemsOf(item.items).map((p) => leaf(p.name.name, p.text.value, "principle", p.span, p.name.span)) };
    case "Values":
      return { ...leaf("values", "", "section", item.span, selection), children: itemsOf(item.items).map((v) => leaf(v.name.name, v.text.value, "value", v.span, v.name.span)) };
    case "Definitions":
      return { ...leaf("definitions", "", "section", item.span, selection), children: itemsOf(item.items).map((d) => leaf(d.term.name, d.text.value, "term", d.span, d.term.span)) };
    case "Body":
      return { ...leaf(item.name.name, item.title?.value ?? "body", "body", item.span, item.name.span), children: [] };
    case "Spend":
      return {
        ...leaf("spend", "spend ladder", "section", item.span, selection),
        children: itemsOf(item.items).flatMap((b) => (b.kind === "Band" ? [leaf(bandLabel(b.over?.text, b.upTo?.text), `approved by ${b.approver.name}`, "band", b.span, b.keyword)] : [])),
      };
    case "Learning":
      return {
        ...leaf("learning", "", "section", item.span, selection),
        children: itemsOf(item.items).flatMap((m) => (m.kind === "Measure" ? [leaf(m.name.name, m.title?.value ?? "measure", "measure", m.span, m.name.span)] : [])),
      };
    case "Requirements":
      return { ...leaf("requirements", "", "section", item.span, selection), children: itemsOf(item.items).map((r) => leaf(r.name.name, r.text.value, "requirement", r.span, r.name.span)) };
    case "Targets":
      return { ...leaf("targets", item.none ? "none" : "", "section", item.span, selection), children: itemsOf(item.items).map((t) => leaf(t.name.name, t.text.value, "target", t.span, t.name.span)) };
    case "Questions":
      return { ...leaf("questions", "", "section", item.span, selection), children: itemsOf(item.items).map((q) => leaf(q.name.name, q.text.value, "question", q.span, q.name.span)) };
    case "Stages":
      return { ...leaf("stages", "", "section", item.span, selection), children: itemsOf(item.items).map((s) => leaf(s.from.value === s.to.value ? `year ${s.from.value}` : `years ${s.from.value} to ${s.to.value}`, s.text.value, "stage", s.span, s.keyword)) };
    case "Process":
      return { ...leaf("process", "", "section", item.span, selection), children: itemsOf(item.items).map((s) => leaf(s.text.value, s.duration?.text ?? "", "step", s.span, s.keyword)) };
    case "Criterion":
      return leaf(item.name.name, `${item.weight.text}${item.title ? ` · ${item.title.value}` : ""}`, "criterion", item.span, item.name.span);
    case "Risk":
    case "Involvement":
    case "KeyIssues":
      return leaf(keyword, "", "section", item.span, selection);
    case "Purpose":
      return leaf("purpose", item.text.value, "clause", item.span, selection);
    default:
      return leaf(keyword, summary(item), "clause", item.span, selection);
  }
}

function bandLabel(over: string | undefined, upTo: string | undefined): string {
  if (over && upTo) return `over ${over} up to ${upTo}`;
  if (upTo) return `up to ${upTo}`;
  return `over ${over ?? "?"}`;
}

function summary(item: Exclude<DocItem, ErrorNode>): string {
  switch (item.kind) {
    case "Jurisdiction": return item.value.word;
    case "Term": return item.duration ? `${item.duration.text}${item.from ? ` from ${item.from.iso}` : ""}` : `${item.from?.iso} to ${item.until?.iso}`;
    case "Value": return item.amount.text;
    case "Route": return item.value.word;
    case "Steward": return item.who.name;
    default: return "";
  }
}
