// Figures that come from law or guidance, as defaults per jurisdiction, each with its source and date.
// Every figure can be overridden in settings (`thresholds.<jurisdiction>.<name>`), because the law has
// moved on since the reports were written (England's Procurement Act 2023, the NHS Provider Selection
// Regime) and a commissioner's legal adviser has the final word.

export type Jurisdiction = "england" | "wales" | "scotland" | "northern-ireland";

export const JURISDICTIONS: readonly Jurisdiction[] = ["england", "wales", "scotland", "northern-ireland"];

export interface Figure {
  /** Amount in minor units (pence) for money; a plain number otherwise. */
  value: number;
  currency?: string;
  source: string;
  /** When the source gave the figure. */
  asOf: string;
  note?: string;
}

export interface Thresholds {
  /** Highest value that may be awarded directly, without tendering (R9.2). */
  directAwardCeiling: Figure;
  /** Value above which a Contract Notice or Prior Information Notice and an award notice are expected (R9.3). */
  noticeThreshold: Figure;
  /** Largest sensible minimum-turnover requirement, as a multiple of the annual contract value (R9.10). */
  turnoverMultiple: Figure;
  /** How many key roles one person or party may hold before it is worth a look (R7.9). */
  keyRolesPerHolder: Figure;
}

const LIGHT_TOUCH_CEILING: Figure = {
  value: 58_900_000,
  currency: "GBP",
  source: "CCPS, Coping with Complexity programme notes, ch. 4 (Tools): direct award without tendering up to £589k (EUR 750,000), the Light Touch Regime above it",
  asOf: "2017-10-01",
  note: "Exploring the New World, Examples and Tools (What does this mean for procurement?) writes the same threshold as £750k. The sterling equivalent of EUR 750,000 was £589,148 from 2016. Check the figure in force with your legal adviser.",
};

const COMMON: Thresholds = {
  directAwardCeiling: LIGHT_TOUCH_CEILING,
  noticeThreshold: {
    ...LIGHT_TOUCH_CEILING,
    source: "Exploring the New World, Examples and Tools (What does this mean for procurement?): above the light-touch threshold publish a Contract Notice or a PIN, then a notice at award; CCPS, Coping with Complexity, ch. 4, puts that threshold at £589k",
  },
  turnoverMultiple: {
    value: 2,
    source: "Exploring the New World, Examples and Tools (More you can do): keep financial thresholds proportionate to what is being commissioned",
    asOf: "2019-01-01",
    note: "The multiple is this tool's default, not a figure from the reports.",
  },
  keyRolesPerHolder: {
    value: 3,
    source: "Collaborate CIC and CCPS, Collaborative Providers, common features: support key people without relying too much on them",
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

export type ThresholdName = keyof Thresholds;
export const THRESHOLD_NAMES: readonly ThresholdName[] = ["directAwardCeiling", "noticeThreshold", "turnoverMultiple", "keyRolesPerHolder"];
