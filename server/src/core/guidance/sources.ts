// Citations for the five reports the guidance rests on, written the same way everywhere.

export const REPORTS = {
  CwC: "CCPS, Coping with Complexity programme notes (2017-18)",
  ENW: "Lowe and Plimmer, Exploring the New World (Collaborate CIC and Northumbria University, 2019)",
  ET: "Exploring the New World, Examples and Tools",
  TPC: "IVAR, Trust, Power and Collaboration (2020)",
  CP: "Collaborate CIC and CCPS, Collaborative Providers (2018)",
} as const;

export type ReportKey = keyof typeof REPORTS;

/** `cite("CwC", "ch. 6, Future Pathways")` → "CCPS, Coping with Complexity programme notes (2017-18), ch. 6, Future Pathways" */
export function cite(report: ReportKey, section: string): string {
  return `${REPORTS[report]}, ${section}`;
}

/**
 * A citation a test can check: the report, its section, and a short phrase found word for word in the
 * passage. `source("CwC", "ch. 6, Future Pathways", "no voting")`.
 */
export function source(report: ReportKey, section: string, phrase: string): { cite: string; report: ReportKey; phrase: string } {
  return { cite: cite(report, section), report, phrase };
}
