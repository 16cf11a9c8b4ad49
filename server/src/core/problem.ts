// A problem found in a document: what the editor, the CLI and SARIF all show.

import type { Span } from "./tree";

export type Severity = "error" | "warning" | "info";

/** Where in the guidance a rule comes from: the digest's rule id and the report and section it cites. */
export interface GuidanceSource {
  /** The digest's rule or point id, e.g. `R6.1`. */
  id: string;
  /** Short citation, e.g. `CCPS, Coping with Complexity, ch. 6 (Future Pathways)`. */
  cite: string;
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
