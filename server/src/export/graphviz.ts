// Graphviz compiled to WebAssembly (@viz-js/viz), loaded once on first use: it lays out the governance
// diagram of the reviewer's summary. No network and no native binary, so it runs wherever Node does.

import type { Viz } from "@viz-js/viz";

let loading: Promise<Viz> | null = null;

/** Lays out DOT text as an SVG element (without the XML prologue, ready to put inline in HTML). */
export type Layout = (dot: string) => string;

export async function loadGraphviz(): Promise<Layout> {
  loading ??= import("@viz-js/viz").then((m) => m.instance());
  const viz = await loading;
  return (dot: string) => {
    const svg = viz.renderString(dot, { format: "svg" });
    // Inline SVG in HTML needs neither the XML declaration nor the doctype.
    return svg.slice(svg.indexOf("<svg"));
  };
}
