// The two charts of the reviewer's summary, as inline SVG with no script: the spend ladder as a staircase
// (each step a band, higher steps for larger amounts, with who approves it) and each risk share as one
// bar split between the parties. Steps are evenly spaced rather than to scale, because the amounts run
// from hundreds to millions and a scale would squash the lower bands to nothing.

import { escapeHtml } from "./html-writer";

const COLOURS = ["#125e6c", "#d9822b", "#5b8c3a", "#8a4f9e", "#c0392b", "#2e86c1", "#7f8c8d", "#b7950b", "#16a085", "#6d4c41"];

export interface LadderStep {
  range: string;
  approver: string;
}

export function spendLadderSvg(steps: readonly LadderStep[]): string {
  const rowH = 34;
  const width = 640;
  const labelW = 190;
  const height = steps.length * rowH + 16;
  // Shallow steps, so that the top band still has room for its approver's name.
  const stepW = Math.min((width - labelW - 10) / Math.max(steps.length, 1), 60);
  const parts = steps.map((step, i) => {
    const y = height - 8 - (i + 1) * rowH;
    const x = labelW + i * stepW;
    return [
      `<g class="band" id="band-${i + 1}">`,
      `<rect x="${x.toFixed(1)}" y="${y}" width="${(width - 10 - x).toFixed(1)}" height="${rowH - 6}" rx="3" fill="${COLOURS[i % COLOURS.length]}" fill-opacity="0.85"/>`,
      `<text x="${(labelW - 8).toFixed(1)}" y="${y + rowH / 2}" text-anchor="end" font-size="12">${escapeHtml(step.range)}</text>`,
      `<text x="${(x + 8).toFixed(1)}" y="${y + rowH / 2}" font-size="12" fill="#fff">${escapeHtml(step.approver)}</text>`,
      `</g>`,
    ].join("");
  });
  return `<svg class="chart spend-ladder" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Spend ladder: who approves each amount" font-family="Arial, Helvetica, sans-serif" dominant-baseline="middle">${parts.join("")}</svg>`;
}

export interface ShareBar {
  label: string;
  entries: { party: string; percent: string; thousandths: number }[];
}

export function riskSharesSvg(bars: readonly ShareBar[]): string {
  const width = 640;
  const labelW = 170;
  const barH = 26;
  const gap = 14;
  const parties = [...new Set(bars.flatMap((b) => b.entries.map((e) => e.party)))];
  const colour = (party: string) => COLOURS[parties.indexOf(party) % COLOURS.length];
  const legendY = bars.length * (barH + gap) + 6;
  const legendRows = Math.ceil(parties.length / 3);
  const height = legendY + legendRows * 20 + 8;
  const barW = width - labelW - 10;
  const parts: string[] = [];
  bars.forEach((bar, i) => {
    const y = i * (barH + gap) + 4;
    const total = bar.entries.reduce((s, e) => s + e.thousandths, 0) || 1;
    // Drawn to the larger of 100% and the total, so that a share list that adds to more than 100% shows it.
    const scale = barW / Math.max(100_000, total);
    let x = labelW;
    parts.push(`<g class="share" id="share-${i + 1}"><text x="${labelW - 8}" y="${y + barH / 2}" text-anchor="end" font-size="12">${escapeHtml(bar.label)}</text>`);
    for (const e of bar.entries) {
      const w = e.thousandths * scale;
      parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="${Math.max(w, 0).toFixed(1)}" height="${barH}" fill="${colour(e.party)}" stroke="#fff"><title>${escapeHtml(`${e.party}: ${e.percent}`)}</title></rect>`);
      if (w > 34) parts.push(`<text x="${(x + w / 2).toFixed(1)}" y="${y + barH / 2}" text-anchor="middle" font-size="11" fill="#fff">${escapeHtml(e.percent)}</text>`);
      x += w;
    }
    parts.push(`</g>`);
  });
  parties.forEach((party, i) => {
    const x = labelW + (i % 3) * (barW / 3);
    const y = legendY + Math.floor(i / 3) * 20;
    parts.push(`<rect x="${x.toFixed(1)}" y="${y}" width="12" height="12" fill="${colour(party)}"/><text x="${(x + 18).toFixed(1)}" y="${y + 6}" font-size="11">${escapeHtml(party)}</text>`);
  });
  return `<svg class="chart risk-shares" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Risk shares between the parties" font-family="Arial, Helvetica, sans-serif" dominant-baseline="middle">${parts.join("")}</svg>`;
}
