// A problem found in a document: what the editor, the CLI and SARIF all show.

import type { Span } from "./tree";

export type Severity = "error" | "warning" | "info";

/**
 * Where a rule or a hover comes from: a report (with its section and a short phrase found in the passage,
 * so a reader can find it and a test can check it) or a law (with its provision).
 */
export interface GuidanceSource {
  /** The digest's rule or point id, e.g. `R6.1`: for docs/rules.md only, never shown with a finding. */
  id?: string;
  /** Short citation as a reader sees it, e.g. `CCPS, Coping with Complexity, ch. 6 (Future Pathways)`. */
  cite: string;
  /** The report cited, when it is one of the five reports. */
  report?: "CwC" | "ENW" | "ET" | "TPC" | "CP";
  /** A short distinctive phrase, word for word, from the passage the claim rests on. */
  phrase?: string;
  /** The law cited, when it is a law: a key of the procurement-law tables. */
  law?: string;
}

export interface RelatedLocation {
  /** Another document's URI, or undefined for the same document. */
  uri?: string;
  span: Span;
  message: string;
}

export interface Problem {
  code: string;
  severity: Severity;
  /** What is wrong and how to fix it, in plain English. */
  message: string;
  span: Span;
  related: RelatedLocation[];
  /** Why it matters: the rule's rationale. */
  why: string;
  guidance: GuidanceSource[];
  /** Data a quick fix can use (e.g. the missing amount of a ladder gap); never shown. */
  data?: Record<string, unknown>;
}

export const SEVERITY_ORDER: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
