// What one rule sees while it runs (its `RuleContext`), and where what it reports goes.

import { ALL_CLAUSES, type DocumentModel } from "./model";
import type { Problem, Severity } from "./problem";
import type { Report, RuleContext } from "./rules/context";
import { whyOf, type Rule } from "./rules/rule";
import { DEFAULT_JURISDICTION, isJurisdiction, thresholdsFor, type Settings } from "./settings";
import type { Jurisdiction, Thresholds } from "./thresholds";
import type { DocumentKind, DocumentNode, FileNode, Ident } from "./tree";
import type { DocumentState, Resolution, Workspace } from "./workspace";

const ALL_CLAUSES_READ = [ALL_CLAUSES];

/** What every rule of one check sees alike. */
export interface CheckScope {
  uri: string;
  state: DocumentState;
  document: DocumentNode;
  workspace: Workspace;
  settings: Settings;
  today: string;
}

/**
 * What one rule sees while it runs. A class, not an object literal with getters made for each rule: with
 * such a literal (its getters closures over the check's state), each check's tree was measured to outlive
 * the check until a full collection, and every minor collection copied them all.
 */
export class RuleRun implements RuleContext {
  readonly uri: string;
  readonly kind: DocumentKind | null;
  readonly model: DocumentModel;
  readonly settings: Settings;
  readonly today: string;

  constructor(
    private readonly scope: CheckScope,
    private readonly rule: Rule,
    private readonly severity: Severity,
    private readonly found: Problem[],
  ) {
    this.uri = scope.uri;
    this.kind = scope.state.model.kind;
    this.model = scope.state.model;
    this.settings = scope.settings;
    this.today = scope.today;
  }

  /** What reads the document as a whole counts as reading every kind of clause. */
  private wholeDocument(): void {
    this.model.noteReads(ALL_CLAUSES_READ);
  }

  get text(): string {
    this.wholeDocument();
    return this.scope.state.text;
  }

  get file(): FileNode {
    this.wholeDocument();
    return this.scope.state.parsed.file;
  }

  get document(): DocumentNode {
    this.wholeDocument();
    return this.scope.document;
  }

  get workspace(): Workspace {
    this.wholeDocument();
    return this.scope.workspace;
  }

  // Read when a rule asks, so that what each rule read of the linked documents is recorded against it.
  get linked(): DocumentState[] {
    return this.scope.workspace.chain(this.uri).linked;
  }

  get jurisdiction(): Jurisdiction {
    return jurisdictionOf([this.scope.state, ...this.linked], this.settings);
  }

  get thresholds(): Thresholds {
    return thresholdsFor(this.jurisdiction, this.settings);
  }

  /** In the text being checked, which a newer one may have replaced while the check runs. */
  resolve(id: Ident): Resolution | null | "unknown" {
    this.wholeDocument();
    return this.scope.workspace.resolve(this.uri, id, this.scope.state);
  }

  report(report: Report): void {
    const rule = this.rule;
    this.found.push({
      code: rule.code,
      severity: this.severity,
      message: report.message,
      span: clampSpan(report.span, this.scope.state.text.length),
      // Copies, not the tree's own spans: a later reparse moves the tree's nodes in place.
      related: (report.related ?? []).map((r) => ({ ...r, span: { start: r.span.start, end: r.span.end } })),
      why: whyOf(rule),
      guidance: rule.guidance,
      data: report.data,
    });
  }
}

function jurisdictionOf(documents: DocumentState[], settings: Settings): Jurisdiction {
  for (const doc of documents) {
    const written = doc.model.first("Jurisdiction")?.value.word;
    if (isJurisdiction(written)) return written;
  }
  return isJurisdiction(settings.jurisdiction) ? settings.jurisdiction : DEFAULT_JURISDICTION;
}

function clampSpan(span: { start: number; end: number }, length: number) {
  const start = Math.max(0, Math.min(span.start, length));
  const end = Math.max(start, Math.min(span.end, length));
  return { start, end };
}
