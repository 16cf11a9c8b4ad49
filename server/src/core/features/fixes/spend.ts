// Quick fixes for the spend ladder: close a gap, add the open top band, start the next band where the
// one below ends.

import type { BandNode } from "../../tree";
import { eolOf, fixesFor, indentAt, lineEndOf } from "./registry";
import { formatMoney } from "../../numbers";

function bandAt(bands: BandNode[], start: number): { band: BandNode; index: number } | null {
  const index = bands.findIndex((b) => (b.over && b.over.span.start === start) || (b.upTo && b.upTo.span.start === start));
  return index < 0 ? null : { band: bands[index], index };
}

// A gap: start this band where the one below ends.
fixesFor("ALY601", (state, problem) => {
  const bands = state.model.bands();
  const found = bandAt(bands, problem.span.start);
  const below = found && found.index > 0 ? bands[found.index - 1] : null;
  // Bands written out of order: the band written before this one may not be the one the gap follows.
  if (!found?.band.over || !below?.upTo || below.upTo.minor !== problem.data?.from) return [];
  const amount = formatMoney(below.upTo.minor, below.upTo.currency);
  return [{ title: `Close the gap: start this band over ${amount}`, edits: [{ span: found.band.over.span, newText: amount }], preferred: true }];
});

// An overlap: start this band where the one below ends.
fixesFor("ALY602", (state, problem) => {
  const bands = state.model.bands();
  const found = bandAt(bands, problem.span.start);
  const below = found && found.index > 0 ? bands[found.index - 1] : null;
  if (!found?.band.over || !below?.upTo || below.upTo.minor >= (found.band.upTo?.minor ?? Infinity)) return [];
  if (below.upTo.minor !== problem.data?.belowEnds) return [];
  const amount = formatMoney(below.upTo.minor, below.upTo.currency);
  return [{ title: `Start this band over ${amount}, where the band below ends`, edits: [{ span: found.band.over.span, newText: amount }], preferred: true }];
});

// No open top band: add one, approved by the principal body.
fixesFor("ALY604", (state, problem) => {
  const bands = state.model.bands();
  const last = bands[bands.length - 1];
  if (!last?.upTo || last.upTo.span.start !== problem.span.start) return [];
  const approver = typeof problem.data?.approver === "string" ? problem.data.approver : "Board";
  const amount = formatMoney(last.upTo.minor, last.upTo.currency);
  const text = state.text;
  const end = lineEndOf(text, last.span.end);
  return [{
    title: `Add a top band: over ${amount} approved by ${approver}`,
    edits: [{ span: { start: end, end }, newText: `${eolOf(text)}${indentAt(text, last.span.start)}over ${amount} approved by ${approver}` }],
    preferred: true,
  }];
});
