// What one piece of hover and completion help is, and how it is written: shared by the guidance's help
// (guidance/help.ts) and the procurement law's (law/help.ts), which it spreads in.

import type { GuidanceSource } from "../problem";

export interface Help {
  /** One line: what this is. */
  summary: string;
  /** A short paragraph: what it means for the alliance, and what the guidance says. */
  detail: string;
  /** Where it comes from: report, section and a phrase from the passage, or a law. */
  sources: GuidanceSource[];
}

export function help(summary: string, detail: string, ...sources: GuidanceSource[]): Help {
  return { summary, detail, sources };
}
