// The reviewer's report as one self-contained HTML page with its pictures inline: the governance diagram
// laid out by Graphviz, the spend ladder and the risk shares as charts. The same page is the editor's
// preview and the file `alliance summary --format html` writes.

import type { ReviewReport, DocumentSummary, SummarySection } from "../core/features/summary";
import { riskSharesSvg, spendLadderSvg } from "./charts";
import type { Layout } from "./graphviz";
import { PRINT_CSS, blockHtml, escapeHtml } from "./html-writer";

const SUMMARY_CSS = `
/* A page of its own colours: VS Code's webview would otherwise give it the editor theme's, dark on dark. */
html, body { background: #fff; color: #1b1b1b; }
body { max-width: 60rem; }
button { font: inherit; padding: .3rem .8rem; margin-right: .4rem; border: 1px solid #125e6c; background: #e8f1f3; color: #125e6c; border-radius: 3px; cursor: pointer; }
figure { margin: 1rem 0; overflow-x: auto; }
figcaption { font-size: .9em; color: #4a5658; }
figure svg { max-width: 100%; height: auto; }
.finding { margin: .5rem 0 1rem; padding-left: .8rem; border-left: 4px solid #ccc; break-inside: avoid; }
.finding.error { border-color: #b3261e; }
.finding.warning { border-color: #d9822b; }
.finding.info { border-color: #2e86c1; }
.finding p { margin: .2rem 0; }
.meta { color: #4a5658; font-size: .92em; }
.toolbar { position: sticky; top: 0; background: #fff; padding: .4rem 0; border-bottom: 1px solid #ddd; }
@media print { .toolbar { display: none; } }
`;

export interface SummaryHtmlOptions {
  /** Lays out the governance diagram (Graphviz); without it the diagram is left out. */
  layout?: Layout;
  /** Markup put at the top of the page, such as the editor's export buttons. */
  toolbar?: string;
  /** A Content-Security-Policy for the page, when it is shown in a webview. */
  csp?: string;
  /** Where the report was prepared, shown under the title. */
  preparedOn?: string;
}

export function renderSummaryHtml(report: ReviewReport, options: SummaryHtmlOptions = {}): string {
  const body: string[] = [];
  if (options.toolbar) body.push(`<div class="toolbar">${options.toolbar}</div>`);
  body.push(`<h1>Reviewer's summary</h1>`);
  if (options.preparedOn) body.push(`<p class="meta">Prepared on ${escapeHtml(options.preparedOn)}.</p>`);
  for (const doc of report.documents) body.push(documentHtml(doc, options));
  body.push(`<section><h2>What the checks assume</h2>${report.assumptions.map((a) => `<p class="field"><span class="label">${escapeHtml(a.label)}:</span> ${escapeHtml(a.value)}</p>`).join("")}</section>`);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
${options.csp ? `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(options.csp)}">` : ""}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reviewer's summary</title>
<style>${PRINT_CSS}${SUMMARY_CSS}</style>
</head>
<body>
${body.join("\n")}
</body>
</html>
`;
}

function documentHtml(doc: DocumentSummary, options: SummaryHtmlOptions): string {
  const parts = [`<section class="document"><h2>${escapeHtml(doc.title)}</h2><p class="meta">${escapeHtml(doc.kindLabel)}, from ${escapeHtml(doc.path)}.</p>`];
  for (const section of doc.sections) {
    parts.push(`<h3>${escapeHtml(section.title)}</h3>`);
    parts.push(...section.blocks.map(blockHtml));
    const picture = pictureHtml(section, doc, options);
    if (picture) parts.push(picture);
  }
  parts.push(`<h3>What the checks found</h3>`);
  const total = doc.counts.error + doc.counts.warning + doc.counts.info;
  if (total === 0) parts.push(`<p>Nothing: the document follows the language and the guidance the checks rest on.</p>`);
  for (const group of doc.findings) {
    parts.push(`<h4>${escapeHtml(group.heading)} (${group.topics.reduce((n, t) => n + t.findings.length, 0)})</h4>`);
    for (const topic of group.topics) {
      parts.push(`<p><strong>${escapeHtml(topic.topic)}</strong></p>`);
      for (const f of topic.findings) {
        parts.push(`<div class="finding ${f.severity}" data-code="${escapeHtml(f.code)}"><p>${escapeHtml(f.what)}</p><p class="meta">Where: ${escapeHtml(f.where)}</p><p class="meta">Why it matters: ${escapeHtml(f.why)}</p><p class="meta">Rests on: ${escapeHtml(f.sources.join("; "))} (${escapeHtml(f.code)})</p></div>`);
      }
    }
  }
  parts.push(`</section>`);
  return parts.join("\n");
}

function pictureHtml(section: SummarySection, doc: DocumentSummary, options: SummaryHtmlOptions): string | null {
  switch (section.picture) {
    case "governance":
      if (!doc.governance || !options.layout) return null;
      return `<figure class="governance">${options.layout(doc.governance.dot)}<figcaption>The bodies, their chairs and members (by the short names in the table of parties). Red arrows show where a decision goes when it is not unanimous; dashed arrows are reporting lines; dotted arrows, advice.</figcaption></figure>`;
    case "spend-ladder":
      if (!doc.ladder.length) return null;
      return `<figure>${spendLadderSvg(doc.ladder)}<figcaption>The spend ladder: each step is a band of spending and who approves it. Steps are evenly spaced, not to scale.</figcaption></figure>`;
    case "risk-shares":
      if (!doc.shares.length) return null;
      return `<figure>${riskSharesSvg(doc.shares)}<figcaption>How losses, savings and the budget are shared between the parties.</figcaption></figure>`;
    default:
      return null;
  }
}
