// The procurement law the checks rely on, as dated data: each instrument, and each money figure with the
// instrument it comes from, the date it applies from and whether it includes VAT. The reports (2016 to 2019)
// are not the law: their figures appear here only as history. Facts gathered on 2026-12-01 from public
// government pages and law-firm briefings; none of this is legal advice, and every message built on it tells
// the reader to confirm the position with their legal adviser.

import type { Jurisdiction } from "../thresholds";

/** A key into LAWS: what a `{ law: … }` citation names. */
export type LawKey = "pcr2015" | "pa2023" | "pa2023-thresholds-2025" | "pwr2024" | "psr2023" | "pcsr2015" | "prsa2014";

export interface Law {
  key: LawKey;
  /** The instrument's title, as a lawyer cites it. */
  title: string;
  /** Its number, when it is a statutory instrument or an Act. */
  number?: string;
  /** Where it applies. */
  jurisdictions: readonly Jurisdiction[];
  /** When it came into force for the purposes the checks use (ISO date). */
  inForce: string;
  /** What the product uses it for, in one sentence. */
  usedFor: string;
  /** Anything a reader should check before relying on it. */
  caution?: string;
}

export const LAWS: Record<LawKey, Law> = {
  pcr2015: {
    key: "pcr2015",
    title: "Public Contracts Regulations 2015",
    number: "SI 2015/102",
    jurisdictions: ["england", "wales", "northern-ireland"],
    inForce: "2015-02-26",
    usedFor:
      "The law for procurements in England, Wales and Northern Ireland begun before 24 February 2025, including the light-touch regime for health, social and other listed services, and its threshold.",
  },
  pa2023: {
    key: "pa2023",
    title: "Procurement Act 2023",
    number: "2023 c. 54",
    jurisdictions: ["england", "wales", "northern-ireland"],
    inForce: "2025-02-24",
    usedFor:
      "The law for procurements in England, Wales and Northern Ireland begun on or after 24 February 2025 (other than health care under the Provider Selection Regime): the light-touch threshold (Schedule 1), the grounds for a direct award (Schedule 5) and contracts reserved for public service mutuals (section 33).",
  },
  "pa2023-thresholds-2025": {
    key: "pa2023-thresholds-2025",
    title: "Procurement Act 2023 (Threshold Amounts) (Amendment) Regulations 2025",
    jurisdictions: ["england", "wales", "northern-ireland"],
    inForce: "2026-01-01",
    usedFor: "The thresholds from 1 January 2026; the light-touch figure is unchanged at £663,540.",
  },
  pwr2024: {
    key: "pwr2024",
    title: "Procurement (Wales) Regulations 2024",
    jurisdictions: ["wales"],
    inForce: "2025-02-24",
    usedFor: "How the Procurement Act 2023 applies to Welsh authorities, including which services are light-touch.",
    caution: "Health care in Wales may fall under the separate Health Service Procurement (Wales) regime; the checks do not model it, so confirm with your adviser.",
  },
  psr2023: {
    key: "psr2023",
    title: "Health Care Services (Provider Selection Regime) Regulations 2023",
    number: "SI 2023/1348",
    jurisdictions: ["england"],
    inForce: "2024-01-01",
    usedFor:
      "How relevant authorities in England (NHS England, integrated care boards, NHS trusts and foundation trusts, local and combined authorities) choose providers of health care services: five processes, with no value threshold.",
    caution: "Social care falls outside the regime unless it is mixed into a health care contract.",
  },
  pcsr2015: {
    key: "pcsr2015",
    title: "Public Contracts (Scotland) Regulations 2015",
    number: "SSI 2015/446",
    jurisdictions: ["scotland"],
    inForce: "2016-04-18",
    usedFor: "The law for Scottish procurements above the thresholds, including the light-touch threshold for social and other specific services. The Procurement Act 2023 does not apply in Scotland.",
  },
  prsa2014: {
    key: "prsa2014",
    title: "Procurement Reform (Scotland) Act 2014",
    number: "2014 asp 12",
    jurisdictions: ["scotland"],
    inForce: "2016-04-18",
    usedFor:
      "Scottish contracts below the thresholds: a contract is regulated from £50,000 for goods and services (section 3), and a health or social care contract from £50,000 up to the light-touch threshold may be awarded without seeking offers.",
  },
};

/** A money figure of the law, dated, with the instrument it comes from. */
export interface LawFigure {
  /** The amount in pence. */
  minor: number;
  /** The first day it applies (ISO date). */
  from: string;
  /** The last day it applies (ISO date), or undefined while it is still in force. */
  until?: string;
  law: LawKey;
  /** The provision and any policy note, as cited: "Procurement Act 2023, Schedule 1". */
  cite: string;
  /** Whether the figure includes VAT. */
  vat: "inclusive" | "exclusive";
  /** Anything to check before relying on it. */
  note?: string;
}

/** The light-touch threshold in England, Wales and Northern Ireland. */
const UK_LIGHT_TOUCH: readonly LawFigure[] = [
  { minor: 58_914_800, from: "2016-01-01", until: "2017-12-31", law: "pcr2015", cite: "Public Contracts Regulations 2015, regulation 5, thresholds for 2016–17", vat: "exclusive" },
  { minor: 61_527_800, from: "2018-01-01", until: "2019-12-31", law: "pcr2015", cite: "Public Contracts Regulations 2015, regulation 5, thresholds for 2018–19", vat: "exclusive" },
  { minor: 66_354_000, from: "2020-01-01", until: "2021-12-31", law: "pcr2015", cite: "Public Contracts Regulations 2015, regulation 5, thresholds for 2020–21 (PPN 06/19)", vat: "exclusive" },
  { minor: 66_354_000, from: "2022-01-01", until: "2023-12-31", law: "pcr2015", cite: "Public Contracts Regulations 2015, regulation 5, thresholds from 1 January 2022", vat: "inclusive" },
  { minor: 66_354_000, from: "2024-01-01", until: "2025-02-23", law: "pcr2015", cite: "Public Contracts Regulations 2015, regulation 5, thresholds from 1 January 2024 (PPN 11/23)", vat: "inclusive" },
  { minor: 66_354_000, from: "2025-02-24", until: "2025-12-31", law: "pa2023", cite: "Procurement Act 2023, Schedule 1", vat: "inclusive" },
  { minor: 66_354_000, from: "2026-01-01", law: "pa2023", cite: "Procurement Act 2023, Schedule 1, as amended from 1 January 2026", vat: "inclusive" },
];

/** The light-touch ("social and other specific services") threshold in Scotland. */
const SCOTTISH_LIGHT_TOUCH: readonly LawFigure[] = [
  {
    minor: 58_914_800, from: "2016-04-18", until: "2017-12-31", law: "pcsr2015", cite: "Public Contracts (Scotland) Regulations 2015, thresholds for 2016–17", vat: "exclusive",
    note: "The figure the Scottish Government's reference pack gives, and the one the Scottish programme report calls the direct-award ceiling.",
  },
  { minor: 61_527_800, from: "2018-01-01", until: "2019-12-31", law: "pcsr2015", cite: "Public Contracts (Scotland) Regulations 2015, thresholds for 2018–19", vat: "exclusive" },
  {
    minor: 66_354_000, from: "2020-01-01", until: "2021-12-31", law: "pcsr2015", cite: "Public Contracts (Scotland) Regulations 2015, thresholds for 2020–21", vat: "exclusive",
    note: "Taken to match the UK figure for 2020–21; confirm it against the Scottish policy notes.",
  },
  {
    minor: 66_354_000, from: "2022-01-01", law: "pcsr2015", cite: "Public Contracts (Scotland) Regulations 2015, thresholds from 1 January 2022 (SPPN 8/2021)", vat: "inclusive",
    note: "SPPN 5/2023 (from 1 January 2024) and the Scottish threshold amendment regulations of 2025 (from 1 January 2026) revised the thresholds; the light-touch figure is taken as unchanged, so confirm it against them.",
  },
];

/** The Procurement Reform (Scotland) Act 2014's figure for a regulated contract for goods or services. */
export const SCOTTISH_REGULATED_FROM: LawFigure = {
  minor: 5_000_000, from: "2016-04-18", law: "prsa2014", cite: "Procurement Reform (Scotland) Act 2014, section 3", vat: "exclusive",
};

/** The Procurement Act 2023's below-threshold figures: a regulated below-threshold contract is notifiable from these (Part 6). */
export const BELOW_THRESHOLD_NOTIFIABLE: readonly (LawFigure & { who: string })[] = [
  { minor: 1_200_000, from: "2025-02-24", law: "pa2023", cite: "Procurement Act 2023, Part 6", vat: "inclusive", who: "central government authorities, including the NHS" },
  { minor: 3_000_000, from: "2025-02-24", law: "pa2023", cite: "Procurement Act 2023, Part 6", vat: "inclusive", who: "other contracting authorities" },
];

/** Every light-touch figure, by jurisdiction. */
export const LIGHT_TOUCH_THRESHOLDS: Record<Jurisdiction, readonly LawFigure[]> = {
  england: UK_LIGHT_TOUCH,
  wales: UK_LIGHT_TOUCH,
  "northern-ireland": UK_LIGHT_TOUCH,
  scotland: SCOTTISH_LIGHT_TOUCH,
};

/** The figure in force on a date, or null when the tables hold none for it. */
export function figureOn(figures: readonly LawFigure[], date: string): LawFigure | null {
  return figures.find((f) => f.from <= date && (f.until === undefined || date <= f.until)) ?? null;
}

/** The figures the reports give, kept as history for hovers and docs: never a default. */
export const REPORTS_FIGURES =
  "The reports cite £589k (EUR 750,000), the 2016–17 light-touch threshold, and Examples and Tools writes the threshold as £750k; the law has changed since.";

/** The five processes of the Provider Selection Regime, as routes. */
export const PSR_PROCESSES = ["direct-award-a", "direct-award-b", "direct-award-c", "most-suitable-provider", "competitive"] as const;

/** Routes that are not a procurement under any regime, or that record their own reasoning. */
export const ROUTES_OUTSIDE_REGIMES = ["grant", "other"] as const;

/** Routes of the Procurement Act 2023 and the 2015 regulations that the Provider Selection Regime does not have. */
export const NON_PSR_ROUTES = ["direct-award", "light-touch", "innovation-partnership", "reserved-contract", "dps-call-off", "open-procedure"] as const;

/** "1 January 2026" */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${d} ${months[m - 1]} ${y}`;
}

/** A citation of a law for a rule's guidance: `{ law: "pa2023", cite: "Procurement Act 2023, Schedule 1" }`. */
export function lawSource(law: LawKey, provision?: string): { law: LawKey; cite: string } {
  return { law, cite: provision ? `${LAWS[law].title}, ${provision}` : LAWS[law].title };
}
