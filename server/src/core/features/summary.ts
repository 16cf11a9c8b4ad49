// A reviewer's summary of an agreement and its tender documents: who the parties are, who decides what
// and how, the spend authority ladder, the risk shares, and what the checks found. Legal advisers hand
// it to people who never open an editor. Rendered as Markdown or as a self-contained HTML page.

import type { Problem } from "../problem";
import type { DocumentModel } from "../model";
import { itemsOf } from "../tree";
import type { DocumentState } from "../workspace";
import { bandRange } from "./describe";
import { formatMoney } from "../numbers";

export interface SummaryInput {
  documents: { state: DocumentState; path: string; problems: Problem[] }[];
}

interface Section {
  title: string;
  paragraphs: string[];
  table?: { head: string[]; rows: string[][] };
}

interface DocumentSummary {
  title: string;
  sections: Section[];
}

function list(items: string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function summariseDocument(model: DocumentModel, path: string, problems: Problem[]): DocumentSummary {
  const doc = model.document!;
  const kind = model.kind ?? "document";
  const title = `${doc.title?.value ?? model.name ?? path} (${kind}, ${path})`;
  const sections: Section[] = [];
  const facts: string[] = [];
  const purpose = model.first("Purpose");
  if (purpose) facts.push(`Purpose: “${purpose.text.value}”`);
  const term = model.first("Term");
  if (term) facts.push(`Term: ${term.duration ? term.duration.text : ""}${term.from ? ` from ${term.from.iso}` : ""}${term.until ? ` to ${term.until.iso}` : ""}`.trim());
  const value = model.first("Value");
  if (value) facts.push(`Value: ${formatMoney(value.amount)}${value.perYear ? " a year" : ""}${value.pooledBy.length ? `, pooled by ${list(value.pooledBy.map((p) => p.name))}` : ""}`);
  const jurisdiction = model.first("Jurisdiction");
  if (jurisdiction) facts.push(`Jurisdiction: ${jurisdiction.value.word}`);
  const route = model.first("Route");
  if (route) facts.push(`Procurement route: ${route.value.word}`);
  if (doc.target) facts.push(`Written for: ${doc.target.name}`);
  if (facts.length) sections.push({ title: "In brief", paragraphs: facts });

  const parties = model.parties();
  if (parties.length) {
    sections.push({
      title: "Parties",
      paragraphs: [],
      table: {
        head: ["Short name", "Role", "Name", "Sits on"],
        rows: parties.map((p) => [p.name.name, p.roles.map((r) => r.word).join(", "), p.title?.value ?? "", model.bodies().filter((b) => model.membersOf(b).includes(p.name.name)).map((b) => b.name.name).join(", ")]),
      },
    });
  }

  const bodies = model.bodies();
  if (bodies.length) {
    sections.push({
      title: "Who decides what",
      paragraphs: [],
      table: {
        head: ["Body", "Members", "Chair", "Decides", "If not unanimous", "Meets"],
        rows: bodies.map((b) => {
          const items = itemsOf(b.items);
          const decides = items.flatMap((i) => (i.kind === "Decides" ? [`${i.subject.word} by ${i.method.word}`] : [])).join("; ");
          const ifNot = items.flatMap((i) => (i.kind === "IfNotUnanimous" ? [i.outcome === "falls" ? "the proposal falls" : i.outcome === "refer" ? `referred to ${i.target?.name}` : `${i.target?.name} decides`] : [])).join("; ");
          const chair = items.flatMap((i) => (i.kind === "Chair" ? [i.who.name] : [])).join(", ");
          const meets = items.flatMap((i) => (i.kind === "Meets" ? [i.cadence.word ?? `every ${i.cadence.every?.text}`] : [])).join(", ");
          return [`${b.name.name}${b.title ? ` (${b.title.value})` : ""}`, list(model.membersOf(b)), chair, decides, ifNot, meets];
        }),
      },
    });
  }

  const bands = model.bands();
  if (bands.length) {
    sections.push({ title: "Spend authority", paragraphs: [], table: { head: ["Spend", "Approved by"], rows: bands.map((b) => [bandRange(b), b.approver.name]) } });
  }

  const shares = model.clauses("Risk").flatMap((r) => itemsOf(r.items)).flatMap((i) => (i.kind === "Share" ? [i] : []));
  if (shares.length) {
    const names = [...new Set(shares.flatMap((s) => s.entries.map((e) => e.party.name)))];
    sections.push({
      title: "Risk and reward",
      paragraphs: [],
      table: { head: ["Share", ...names], rows: shares.map((s) => [`${s.which} share`, ...names.map((n) => s.entries.find((e) => e.party.name === n)?.percent.text ?? "")]) },
    });
  }

  const principles = model.principles();
  if (principles.length) sections.push({ title: "Principles", paragraphs: principles.map((p) => `${p.name.name}: “${p.text.value}”`) });

  const counts = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  sections.push({
    title: "What the checks found",
    paragraphs:
      problems.length === 0
        ? ["No problems: the document follows the language and the guidance the checks rest on."]
        : [`${counts.error} errors, ${counts.warning} warnings and ${counts.info} suggestions.`, ...problems.map((p) => `${p.code} (${p.severity}): ${p.message}`)],
  });
  return { title, sections };
}

export function summarise(input: SummaryInput): DocumentSummary[] {
  return input.documents.filter((d) => d.state.model.document).map((d) => summariseDocument(d.state.model, d.path, d.problems));
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function renderMarkdown(summaries: DocumentSummary[]): string {
  const lines: string[] = ["# Alliance summary", ""];
  for (const doc of summaries) {
    lines.push(`## ${doc.title}`, "");
    for (const section of doc.sections) {
      lines.push(`### ${section.title}`, "");
      for (const p of section.paragraphs) lines.push(section.paragraphs.length > 1 ? `- ${p}` : p);
      if (section.paragraphs.length) lines.push("");
      if (section.table) {
        lines.push(`| ${section.table.head.map(escapeCell).join(" | ")} |`, `| ${section.table.head.map(() => "---").join(" | ")} |`);
        for (const row of section.table.rows) lines.push(`| ${row.map(escapeCell).join(" | ")} |`);
        lines.push("");
      }
    }
  }
  return lines.join("\n");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function renderHtml(summaries: DocumentSummary[]): string {
  const body: string[] = [];
  for (const doc of summaries) {
    body.push(`<section><h2>${escapeHtml(doc.title)}</h2>`);
    for (const section of doc.sections) {
      body.push(`<h3>${escapeHtml(section.title)}</h3>`);
      if (section.paragraphs.length === 1) body.push(`<p>${escapeHtml(section.paragraphs[0])}</p>`);
      else if (section.paragraphs.length > 1) body.push(`<ul>${section.paragraphs.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`);
      if (section.table) {
        body.push(`<table><thead><tr>${section.table.head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>`);
        for (const row of section.table.rows) body.push(`<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`);
        body.push("</tbody></table>");
      }
    }
    body.push("</section>");
  }
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Alliance summary</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
h2 { border-bottom: 2px solid #125e6c; padding-bottom: .25rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #e8f1f3; }
</style>
</head>
<body>
<h1>Alliance summary</h1>
${body.join("\n")}
</body>
</html>
`;
}
