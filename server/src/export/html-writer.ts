// A document outline as one self-contained HTML page (no scripts, fonts or pictures fetched), laid out to
// print well: the title page and the schedules start on a new page, and table rows do not split.

import type { Block, DocumentOutline, Section } from "../core/export/outline";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export const PRINT_CSS = `
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
h1, h2, h3 { color: #125e6c; line-height: 1.25; }
h2 { border-bottom: 2px solid #125e6c; padding-bottom: .2rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #b9c6c9; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #e8f1f3; }
tfoot td { font-weight: bold; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
.field .label, .definition .term { font-weight: bold; }
.verbatim { white-space: pre-wrap; border-left: 3px solid #125e6c; padding-left: .8rem; margin-left: 1rem; }
.title-page { min-height: 60vh; }
.kind { text-transform: uppercase; letter-spacing: .08em; color: #125e6c; font-weight: bold; }
.signature { margin: 1.5rem 0; break-inside: avoid; }
.signature .line { margin: .9rem 0 0; }
@media print {
  body { max-width: none; margin: 0; }
  .title-page { break-after: page; }
  .schedule, .signatures { break-before: page; }
  tr, .field { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

export function writeHtml(outline: DocumentOutline): string {
  const body: string[] = [];
  body.push(`<section class="title-page"><p class="kind">${escapeHtml(outline.kindLabel)}</p><h1>${escapeHtml(outline.title)}</h1>`);
  if (outline.between.length) body.push(`<p><strong>Between</strong></p><ul>${outline.between.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>`);
  body.push(`<dl>${outline.titlePage.map((r) => `<dt><strong>${escapeHtml(r.label)}</strong></dt><dd>${escapeHtml(r.value)}</dd>`).join("")}</dl></section>`);
  for (const section of outline.sections) body.push(sectionHtml(section, 2, ""));
  for (const schedule of outline.schedules) body.push(sectionHtml(schedule, 2, "schedule", ": "));
  if (outline.signatures.length) {
    body.push(`<section class="signatures"><h2>Signatures</h2><p>Signed by the parties on the dates below.</p>`);
    for (const sig of outline.signatures) {
      body.push(`<div class="signature"><p><strong>Signed for and on behalf of ${escapeHtml(sig.party)}</strong></p><p>By: ${escapeHtml(sig.signatory ?? "")}</p><p class="line">Signature: ______________________________</p><p class="line">Name: ___________________________________</p><p class="line">Date: ____________________________________</p></div>`);
    }
    body.push(`</section>`);
  }
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(outline.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

function sectionHtml(section: Section, level: number, className: string, separator = " "): string {
  const tag = `h${Math.min(level, 6)}`;
  const parts = [`<section${className ? ` class="${className}"` : ""}><${tag}>${escapeHtml(section.number)}${separator}${escapeHtml(section.title)}</${tag}>`];
  parts.push(...section.blocks.map(blockHtml));
  for (const sub of section.subsections) parts.push(sectionHtml(sub, level + 1, ""));
  parts.push("</section>");
  return parts.join("\n");
}

export function blockHtml(block: Block): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "verbatim":
      return `<div class="verbatim">${escapeHtml(block.text)}</div>`;
    case "field":
      return `<p class="field"><span class="label">${escapeHtml(block.label)}:</span> ${escapeHtml(block.text)}</p>`;
    case "definition":
      return `<p class="definition"><span class="term">“${escapeHtml(block.term)}”:</span> ${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;
    case "table":
      return `<table>${block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : ""}<thead><tr>${block.head.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${block.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("")}</tbody>${block.total ? `<tfoot><tr>${block.total.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr></tfoot>` : ""}</table>`;
  }
}
