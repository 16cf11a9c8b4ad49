// The reviewer's report as Markdown: for the terminal, a pull request or a wiki. Pictures are left to the
// HTML report; the tables here say the same.

import type { Block } from "../core/export/outline";
import type { ReviewReport } from "../core/features/summary";

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function blockMarkdown(block: Block): string[] {
  switch (block.kind) {
    case "paragraph":
      return [block.text, ""];
    case "verbatim":
      return [...block.text.split("\n").map((l) => `> ${l}`), ""];
    case "field":
      return [`- **${block.label}:** ${block.text}`];
    case "definition":
      return [`- **“${block.term}”:** ${block.text}`];
    case "list":
      return [...block.items.map((i) => `- ${i}`), ""];
    case "table": {
      const lines = ["", ...(block.caption ? [`*${block.caption}*`, ""] : []), `| ${block.head.map(cell).join(" | ")} |`, `| ${block.head.map(() => "---").join(" | ")} |`];
      for (const row of block.rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
      if (block.total) lines.push(`| ${block.total.map((c) => (c ? `**${cell(c)}**` : "")).join(" | ")} |`);
      return [...lines, ""];
    }
  }
}

export function renderMarkdown(report: ReviewReport): string {
  const lines: string[] = ["# Reviewer's summary", ""];
  for (const doc of report.documents) {
    lines.push(`## ${doc.title}`, "", `${doc.kindLabel}, from ${doc.path}.`, "");
    for (const section of doc.sections) {
      lines.push(`### ${section.title}`, "");
      for (const block of section.blocks) lines.push(...blockMarkdown(block));
      if (lines[lines.length - 1] !== "") lines.push("");
    }
    lines.push("### What the checks found", "");
    const total = doc.counts.error + doc.counts.warning + doc.counts.info;
    if (total === 0) lines.push("Nothing: the document follows the language and the guidance the checks rest on.", "");
    else lines.push(`${count(doc.counts.error, "problem")} to put right, ${count(doc.counts.warning, "point")} to look at and ${count(doc.counts.info, "suggestion")}.`, "");
    for (const group of doc.findings) {
      lines.push(`#### ${group.heading}`, "");
      for (const topic of group.topics) {
        lines.push(`**${topic.topic}**`, "");
        for (const f of topic.findings) {
          lines.push(`- ${f.what}`, `  - Where: ${f.where}`, `  - Why it matters: ${f.why}`, `  - Rests on: ${f.sources.join("; ")} (${f.code})`);
        }
        lines.push("");
      }
    }
  }
  lines.push("## What the checks assume", "");
  for (const a of report.assumptions) lines.push(`- **${a.label}:** ${a.value}`);
  lines.push("");
  return lines.join("\n").replace(/\n{3,}/g, "\n\n");
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
