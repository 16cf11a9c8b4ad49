// The jurisdictions, and the figures the checks use that are not law: this tool's own defaults, each with
// where it comes from. Legal figures (the light-touch threshold and the rest) live, dated and with their
// instruments, in law/tables.ts. Every figure can be overridden in settings (`thresholds.<jurisdiction>.<name>`).

export type Jurisdiction = "england" | "wales" | "scotland" | "northern-ireland";

export const JURISDICTIONS: readonly Jurisdiction[] = ["england", "wales", "scotland", "northern-ireland"];

export interface Figure {
  /** A plain number (the money figures are in law/tables.ts, in pence). */
  value: number;
  source: string;
  /** When the source gave the figure. */
  asOf: string;
  note?: string;
}

export interface Thresholds {
  /** Largest sensible minimum-turnover requirement, as a multiple of the annual contract value. */
  turnoverMultiple: Figure;
  /** How many key roles one person or party may hold before it is worth a look. */
  keyRolesPerHolder: Figure;
}

const COMMON: Thresholds = {
  turnoverMultiple: {
    value: 2,
    source: "Exploring the New World, Examples and Tools (More you can do): keep financial thresholds proportionate to what is being commissioned",
    asOf: "2019-01-01",
    note: "The multiple is this tool's default, not a figure from the reports.",
  },
  keyRolesPerHolder: {
    value: 3,
    source: "Collaborate CIC and CCPS, Collaborative Providers, Part 2, the Collaborative Providers Index (Delivery: Functions): key people supported but not overly relied upon",
    asOf: "2018-01-01",
    note: "The count is this tool's default, not a figure from the reports.",
  },
};

export const DEFAULT_THRESHOLDS: Record<Jurisdiction, Thresholds> = {
  england: COMMON,
  wales: COMMON,
  "northern-ireland": COMMON,
  scotland: COMMON,
};

/** Settings names for money figures (in pounds): they replace the light-touch threshold of law/tables.ts. */
export const MONEY_THRESHOLD_NAMES = ["directAwardCeiling", "noticeThreshold"] as const;
export type MoneyThresholdName = (typeof MONEY_THRESHOLD_NAMES)[number];

export type ThresholdName = keyof Thresholds | MoneyThresholdName;
export const THRESHOLD_NAMES: readonly ThresholdName[] = ["directAwardCeiling", "noticeThreshold", "turnoverMultiple", "keyRolesPerHolder"];
