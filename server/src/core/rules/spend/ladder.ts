// The spend ladder read once: its bands in written order, and whether it is sound enough for the
// checks that compare bands (gaps, overlaps, where it starts and ends, escalation).
//
// A band is `up to Y` (0 to Y inclusive), `over X up to Y` (more than X, up to and including Y) or
// `over X` (more than X, with no upper limit). Amounts are exact integers in minor units.

import type { DocumentModel } from "../../model";
import type { BandNode, Money, SpendNode } from "../../tree";
import { formatMoney } from "../../numbers";
import { perModel } from "../per-model";

export interface Ladder {
  spend: SpendNode;
  bands: BandNode[];
  /** A line of the block or an amount could not be read; the syntax check reports it. */
  unreadable: boolean;
  /** The currency most amounts are in (the first one written, on a tie). */
  currency: string | null;
  /** Amounts in another currency than `currency`. */
  odd: Money[];
  /** Bands that hold no amount at all, such as `over £5,000 up to £1,000`. */
  empty: BandNode[];
  /** Bands that start below the band written before them, with the band before. */
  outOfOrder: { band: BandNode; before: BandNode }[];
  /** The bands that hold an amount, from the smallest amounts up (written order where they tie). */
  sorted: BandNode[];
  /** Readable, one currency, no empty band: bands can be compared, in `sorted` order. */
  sound: boolean;
}

export function amounts(band: BandNode): Money[] {
  return [band.over, band.upTo].filter((m): m is Money => m !== null);
}

/** Where a band starts: -1 for a band from zero (`up to`), else the amount it is over. */
function lowerKey(band: BandNode): number {
  return band.over ? band.over.minor : -1;
}

function upperKey(band: BandNode): number {
  return band.upTo ? band.upTo.minor : Number.POSITIVE_INFINITY;
}

export function isEmptyBand(band: BandNode): boolean {
  if (band.upTo === null) return false;
  return band.over ? band.upTo.minor <= band.over.minor : band.upTo.minor === 0;
}

/** The first `spend` block of the document (a second one is reported as a repeated clause), read once per document for every rule that asks. */
export const ladderOf = perModel(readLadder);

function readLadder(model: DocumentModel): Ladder | null {
  const spend = model.first("Spend");
  if (!spend) return null;
  const bands = spend.items.filter((i): i is BandNode => i.kind === "Band");
  const all = bands.flatMap(amounts);
  const unreadable = all.some((m) => m.error !== null) || spend.items.some((i) => i.kind === "Error");

  const counts = new Map<string, number>();
  for (const m of all) counts.set(m.currency, (counts.get(m.currency) ?? 0) + 1);
  let currency: string | null = null;
  for (const [c, n] of counts) if (currency === null || n > counts.get(currency)!) currency = c;
  const odd = all.filter((m) => m.currency !== currency);

  const empty = bands.filter(isEmptyBand);
  const outOfOrder: Ladder["outOfOrder"] = [];
  let previous: BandNode | null = null;
  for (const band of bands) {
    if (isEmptyBand(band)) continue;
    if (previous) {
      const lower = lowerKey(band);
      const before = lowerKey(previous);
      if (lower < before || (lower === before && upperKey(band) < upperKey(previous))) outOfOrder.push({ band, before: previous });
    }
    previous = band;
  }
  const sorted = bands
    .filter((b) => !isEmptyBand(b))
    .map((band, i) => ({ band, i }))
    .sort((x, y) => lowerKey(x.band) - lowerKey(y.band) || upperKey(x.band) - upperKey(y.band) || x.i - y.i)
    .map((x) => x.band);
  return {
    spend,
    bands,
    unreadable,
    currency,
    odd,
    empty,
    outOfOrder,
    sorted,
    sound: !unreadable && odd.length === 0 && empty.length === 0,
  };
}

/** A band as a person writes it: `over £1,000 up to £25,000`. */
export function bandText(band: BandNode): string {
  const parts: string[] = [];
  if (band.over) parts.push(`over ${formatMoney(band.over.minor, band.over.currency)}`);
  if (band.upTo) parts.push(`up to ${formatMoney(band.upTo.minor, band.upTo.currency)}`);
  return parts.join(" ");
}

/** The amounts a band covers, for a sentence: "spend over £1,000 up to £25,000". */
export function spendText(band: BandNode): string {
  return `spend ${bandText(band)}`;
}

/** Where two bands meet badly: a range nothing approves, or a range two bands approve. */
export interface Join {
  kind: "gap" | "overlap";
  /** The band at which the problem shows. */
  band: BandNode;
  /** The band below: the one that reaches furthest of those before `band`. */
  below: BandNode;
  /** Amounts more than this (or from zero, when -1)… */
  from: number;
  /** …up to and including this; null for no upper limit. */
  to: number | null;
  /** True when every amount of `band` already falls in a band before it. */
  swallowed: boolean;
}

/** Gaps and overlaps between bands, in a sound ladder (read from the smallest amounts up); empty otherwise. */
export function joinsOf(ladder: Ladder): Join[] {
  if (!ladder.sound || ladder.sorted.length === 0) return [];
  const joins: Join[] = [];
  let below = ladder.sorted[0];
  let reach = upperKey(below);
  for (const band of ladder.sorted.slice(1)) {
    const lower = lowerKey(band);
    const upper = upperKey(band);
    if (lower > reach) {
      joins.push({ kind: "gap", band, below, from: reach, to: lower, swallowed: false });
    } else if (lower < reach) {
      const to = Math.min(reach, upper);
      joins.push({ kind: "overlap", band, below, from: lower, to: Number.isFinite(to) ? to : null, swallowed: upper <= reach });
    }
    if (upper >= reach) {
      reach = upper;
      below = band;
    }
  }
  return joins;
}
