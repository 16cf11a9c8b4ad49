// What a rule sees: one document, the documents it is linked to, the settings in force, and a way to report.

import type { DocumentModel } from "../model";
import type { DocumentKind, DocumentNode, FileNode, Ident } from "../tree";
import type { Settings } from "../settings";
import type { Thresholds, Jurisdiction } from "../thresholds";
import type { DocumentState, Resolution, Workspace } from "../workspace";
import type { RelatedLocation } from "../problem";
import type { Span } from "../tree";

/** One finding as a rule reports it: the rest (code, severity, why, guidance) comes from the rule. */
export interface Report {
  span: Span;
  message: string;
  related?: RelatedLocation[];
  /** Data a quick fix can use. */
  data?: Record<string, unknown>;
}

export interface RuleContext {
  uri: string;
  text: string;
  file: FileNode;
  document: DocumentNode;
  /** Null when the header is missing or names no known kind. */
  kind: DocumentKind | null;
  model: DocumentModel;
  workspace: Workspace;
  /** The documents this one is `for`, nearest first. */
  linked: DocumentState[];
  /** The jurisdiction in force: this document's, else a linked document's, else the settings'. */
  jurisdiction: Jurisdiction;
  thresholds: Thresholds;
  /** The settings in force, for checks that read more than the figures above (the procurement law model). */
  settings: Settings;
  /** Today's date (ISO), used when a document gives no date of its own; fixed in tests. */
  today: string;
  resolve(id: Ident): Resolution | null | "unknown";
  report(report: Report): void;
}
