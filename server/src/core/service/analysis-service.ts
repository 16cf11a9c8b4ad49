// The analysis service: the one facade every adapter uses (the language server, the command line, the
// benchmarks and the tests). It owns the documents, the settings and the findings worked out for them.
// Each result records what it was computed from (the document, the documents of its `for` chain, the
// documents written for it and beside it, the names it looked up), so that after a change exactly the
// results that read what changed are worked out again. Features are methods taking one request object.

import { checkSteps, runToEnd, type RuleMemory, type RuleOutcome } from "../check";
import { buildOutline, type DocumentOutline } from "../export/outline";
import { complete, type Completion } from "../features/completion";
import { fixAllOfKind, quickFixes, type Fix } from "../features/fixes";
import { foldingRanges, type Fold } from "../features/folding";
import { format, type FormatResult } from "../features/format";
import { hover, type HoverResult } from "../features/hover";
import { inlayHints, type InlayHint } from "../features/inlay-hints";
import { prepareReparse } from "../incremental-parse";
import {
  definition, highlights, prepareRename, references, rename, workspaceSymbols, type Location, type PrepareRename, type RenameResult,
} from "../features/navigation";
import { outline, type OutlineSymbol } from "../features/outline";
import { semanticTokens, type Token } from "../features/semantic-tokens";
import { summarise, type ReviewReport } from "../features/summary";
import { describeRegime, regimeLabel } from "../law/hover";
import { assumedRegime, todayIso } from "../law/regime";
import type { DocumentModel } from "../model";
import type { Problem } from "../problem";
import type { Rule } from "../rules/rule";
import type { Settings } from "../settings";
import type { Span } from "../tree";
import { emptyReads, mergeReads, Workspace, type DocumentState, type Reads } from "../workspace";
import { NEVER_CANCELLED, type CancellationToken } from "./cancellation";
import { DEFAULT_PACING, runSteps, type Pacing } from "./run-check";
import { shiftProblems } from "./shift";

export interface ServiceOptions {
  /** Today's date, `YYYY-MM-DD`, for checks that fall back on it. */
  today?: () => string;
  /** Told when a rule throws: the rule is skipped and the rest of the check still runs. */
  onRuleError?: (rule: Rule, uri: string, error: unknown) => void;
  /** How a check shares the thread while it runs. */
  pacing?: Pacing;
}

export interface DocumentRequest {
  uri: string;
}

export interface PositionRequest extends DocumentRequest {
  /** A UTF-16 offset into the document's text. */
  offset: number;
}

export interface RangeRequest extends DocumentRequest {
  span: Span;
}

/** Findings worked out for one state of a document and of what it read. */
interface Result {
  state: DocumentState;
  settingsGeneration: number;
  reads: Reads;
  /** The workspace's fingerprint of `reads` when the check ended; empty when it changed during the check. */
  fingerprint: string;
  problems: Problem[];
  /** How long the check itself took (not counting the time it let other work in), in milliseconds. */
  costMs: number;
  /** What each rule found, for the next check of the same text when only another document changed; null once let go of (`settle`). */
  memory: RuleMemory | null;
}

interface Job {
  state: DocumentState;
  settingsGeneration: number;
  cancelled: boolean;
  promise: Promise<Problem[] | null>;
}

export class AnalysisService {
  readonly workspace = new Workspace();
  private currentSettings: Settings = {};
  private settingsGeneration = 0;
  private readonly results = new Map<string, Result>();
  private readonly jobs = new Map<string, Job>();
  private readonly today: () => string;
  private readonly pacing: Pacing;

  constructor(private readonly options: ServiceOptions = {}) {
    this.today = options.today ?? todayIso;
    this.pacing = options.pacing ?? DEFAULT_PACING;
  }

  // --- documents and settings --------------------------------------------------------------------

  /**
   * Adds or replaces a document; unchanged text keeps its results. A check already running for the old
   * text goes on until it ends or is cancelled (see `cancel`): its findings may still be worth showing.
   */
  setDocument(uri: string, text: string, version?: number): DocumentState {
    return this.workspace.set(uri, text, version);
  }

  /** Stops the check running for a document, if one is: it stops before its next rule. */
  cancel(uri: string): void {
    this.cancelJob(uri);
  }

  removeDocument(uri: string): void {
    this.cancelJob(uri);
    this.workspace.delete(uri);
    this.results.delete(uri);
  }

  document(uri: string): DocumentState | undefined {
    return this.workspace.get(uri);
  }

  /** New settings: every result is worked out again when next asked for. */
  setSettings(settings: Settings): void {
    this.currentSettings = settings;
    this.settingsGeneration++;
    for (const uri of this.jobs.keys()) this.cancelJob(uri);
  }

  /** The documents this one is `for`, nearest first, and the documents written for it. */
  linkedModels(uri: string): DocumentModel[] {
    return this.workspace.chain(uri).linked.map((d) => d.model);
  }

  /** The document, the documents it is `for` and those written for it: what a summary of it covers. */
  family(uri: string): string[] {
    if (!this.workspace.get(uri)) return [];
    return [...new Set([...this.workspace.chain(uri).linked.map((d) => d.uri).reverse(), uri, ...this.workspace.dependents(uri)])];
  }

  // --- findings ----------------------------------------------------------------------------------

  /** The findings for the document as it stands, worked out now if they are not already. */
  problemsNow(uri: string): Problem[] {
    const current = this.currentResult(uri);
    if (current) return current.problems;
    const state = this.workspace.get(uri);
    if (!state) return [];
    const started = this.pacing.now();
    const generation = this.settingsGeneration;
    const outcomes = new Map<string, RuleOutcome>();
    const today = this.today();
    const { value, reads } = this.workspace.recording(() => runToEnd(this.steps(uri, state, outcomes, today)));
    const memory = { state, clauses: state.model.clauseList(), settings: this.currentSettings, today, outcomes };
    this.store(uri, { state, settingsGeneration: generation, reads, fingerprint: this.workspace.fingerprint(reads), problems: value, costMs: this.pacing.now() - started, memory });
    return value;
  }

  /**
   * The findings for the document as it stands, worked out a slice at a time so that other work goes on
   * meanwhile. Null when the token is raised, or a newer text or new settings arrive, before the end.
   */
  async problems(request: DocumentRequest, token: CancellationToken = NEVER_CANCELLED): Promise<Problem[] | null> {
    const { uri } = request;
    const current = this.currentResult(uri);
    if (current) return current.problems;
    const state = this.workspace.get(uri);
    if (!state) return [];
    let job = this.jobs.get(uri);
    if (!job || job.cancelled || job.state !== state || job.settingsGeneration !== this.settingsGeneration) {
      job = this.startJob(uri, state);
    }
    const problems = await job.promise;
    return token.isCancellationRequested ? null : problems;
  }

  /**
   * Lets go of a checked document's tree and of what its check kept for the next one, keeping its findings:
   * for a caller that checks many documents once each (the command line), so that memory holds one tree at
   * a time rather than every one. Anything that asks for the tree again parses the text again.
   */
  settle(uri: string): void {
    const result = this.results.get(uri);
    if (result) result.memory = null;
    this.workspace.letGo(uri);
  }

  /** Readies a checked document for the next edit (see `prepareReparse`); for a moment when nothing waits. */
  prepareForEdits(uri: string): void {
    const state = this.workspace.get(uri);
    if (!state || !this.isChecked(uri)) return;
    try {
      prepareReparse(state.parsed);
    } catch {
      // Only a head start: the reparse finds the same for itself.
    }
  }

  /** Whether the findings for the document as it stands are already worked out. */
  isChecked(uri: string): boolean {
    return this.currentResult(uri) !== null;
  }

  /**
   * The most recent findings for the document even if its text has changed since, moved to where they
   * now stand (findings in the changed text are left out), or null if it was never checked.
   */
  latestProblems(uri: string): Problem[] | null {
    const result = this.results.get(uri);
    const state = this.workspace.get(uri);
    if (!result || !state) return null;
    if (result.state === state) return result.problems;
    return shiftProblems(result.problems, result.state.text, state.text);
  }

  /** How long the last check of the document took, in milliseconds, or null if it was never checked. */
  lastCheckCost(uri: string): number | null {
    return this.results.get(uri)?.costMs ?? null;
  }

  /** Documents whose findings were worked out before something they read changed: they need checking again. */
  staleResults(): string[] {
    return [...this.results.keys()].filter((uri) => !this.currentResult(uri));
  }

  private currentResult(uri: string): Result | null {
    const result = this.results.get(uri);
    if (!result) return null;
    if (result.state !== this.workspace.get(uri) || result.settingsGeneration !== this.settingsGeneration) return null;
    if (!result.fingerprint || result.fingerprint !== this.workspace.fingerprint(result.reads)) return null;
    return result;
  }

  /** The check's steps, reusing what each rule found last time (for this text or an earlier one) where nothing it read changed. */
  private steps(uri: string, state: DocumentState, outcomes: Map<string, RuleOutcome>, today: string) {
    return checkSteps(this.workspace, uri, {
      settings: this.currentSettings,
      today,
      onRuleError: (rule, error) => this.options.onRuleError?.(rule, uri, error),
      memory: this.results.get(uri)?.memory ?? null,
      remember: (code, outcome) => outcomes.set(code, outcome),
    });
  }

  private startJob(uri: string, state: DocumentState): Job {
    this.cancelJob(uri);
    const generation = this.settingsGeneration;
    const settings = this.currentSettings;
    const job: Job = { state, settingsGeneration: generation, cancelled: false, promise: Promise.resolve(null) };
    const reads = emptyReads();
    const workspaceAtStart = this.workspace.changeCount;
    let costMs = 0;
    const outcomes = new Map<string, RuleOutcome>();
    const today = this.today();
    const steps = this.steps(uri, state, outcomes, today);
    // Each step is recorded on its own, since other work runs between steps.
    const holding = new Set<DocumentState>([state]);
    this.workspace.hold(state);
    const releaseAll = () => {
      for (const held of holding) this.workspace.release(held);
      holding.clear();
    };
    const recorded: Generator<void, Problem[], void> = {
      next: () => {
        const started = this.pacing.now();
        const { value, reads: stepReads } = this.workspace.recording(() => steps.next());
        costMs += this.pacing.now() - started;
        mergeReads(reads, stepReads);
        // The trees this check has read must stay as they are until it ends, whatever arrives meanwhile.
        for (const read of stepReads.documents) {
          const held = this.workspace.get(read);
          if (held && !holding.has(held)) {
            holding.add(held);
            this.workspace.hold(held);
          }
        }
        return value;
      },
      return: (value) => steps.return(value),
      throw: (error) => steps.throw(error),
      [Symbol.iterator]() {
        return this;
      },
    } as Generator<void, Problem[], void>;
    const finished = runSteps(recorded, { get isCancellationRequested() { return job.cancelled; } }, this.pacing);
    void finished.then(releaseAll, releaseAll);
    job.promise = finished.then((problems) => {
      if (this.jobs.get(uri) === job) this.jobs.delete(uri);
      if (problems === null) return null;
      // A document it read changed while it ran: keep the findings to show, but never reuse them.
      const consistent = this.workspace.changeCount === workspaceAtStart;
      const memory = { state, clauses: state.model.clauseList(), settings, today, outcomes: consistent ? outcomes : new Map() };
      this.store(uri, { state, settingsGeneration: generation, reads, fingerprint: consistent ? this.workspace.fingerprint(reads) : "", problems, costMs, memory });
      return problems;
    });
    this.jobs.set(uri, job);
    return job;
  }

  private cancelJob(uri: string): void {
    const job = this.jobs.get(uri);
    if (!job) return;
    job.cancelled = true;
    this.jobs.delete(uri);
  }

  private store(uri: string, result: Result): void {
    // Only findings for the document's present text are kept, or the latest ones if it moved on.
    const existing = this.results.get(uri);
    if (existing && existing.state === this.workspace.get(uri) && result.state !== existing.state) return;
    this.results.set(uri, result);
  }

  // --- features ----------------------------------------------------------------------------------

  /** Hover help; the finding it mentions comes from the latest check, so a hover never waits for one. */
  hover(request: PositionRequest): HoverResult | null {
    if (!this.workspace.get(request.uri)) return null;
    const problems = this.isChecked(request.uri) ? this.problemsNow(request.uri) : (this.latestProblems(request.uri) ?? this.problemsNow(request.uri));
    return hover(this.workspace, request.uri, request.offset, this.currentSettings, this.today(), problems);
  }

  completion(request: PositionRequest): Completion[] {
    if (!this.workspace.get(request.uri)) return [];
    return complete(this.workspace, request.uri, request.offset);
  }

  definition(request: PositionRequest): Location | null {
    if (!this.workspace.get(request.uri)) return null;
    return definition(this.workspace, request.uri, request.offset);
  }

  references(request: PositionRequest & { includeDeclaration: boolean }): Location[] {
    if (!this.workspace.get(request.uri)) return [];
    return references(this.workspace, request.uri, request.offset, request.includeDeclaration);
  }

  highlights(request: PositionRequest): { span: Span; write: boolean }[] {
    if (!this.workspace.get(request.uri)) return [];
    return highlights(this.workspace, request.uri, request.offset);
  }

  prepareRename(request: PositionRequest): PrepareRename {
    return prepareRename(this.workspace, request.uri, request.offset);
  }

  rename(request: PositionRequest & { newName: string }): RenameResult {
    return rename(this.workspace, request.uri, request.offset, request.newName);
  }

  outline(request: DocumentRequest): OutlineSymbol[] {
    const state = this.workspace.get(request.uri);
    return state ? outline(state.model.document) : [];
  }

  workspaceSymbols(request: { query: string }) {
    return workspaceSymbols(this.workspace, request.query);
  }

  foldingRanges(request: DocumentRequest): Fold[] {
    const state = this.workspace.get(request.uri);
    return state ? foldingRanges(state.parsed.file, state.text) : [];
  }

  semanticTokens(request: DocumentRequest): Token[] {
    const state = this.workspace.get(request.uri);
    if (!state) return [];
    return semanticTokens(state.parsed.file, (id) => {
      const resolved = this.workspace.resolve(request.uri, id);
      return resolved && resolved !== "unknown" ? resolved.kind : null;
    });
  }

  format(request: DocumentRequest): FormatResult | null {
    const state = this.workspace.get(request.uri);
    return state ? format(state.text, state.parsed) : null;
  }

  inlayHints(request: RangeRequest): InlayHint[] {
    const state = this.workspace.get(request.uri);
    return state ? inlayHints(state.model, request.span) : [];
  }

  /** The quick fixes for one finding. */
  quickFixes(request: DocumentRequest & { problem: Problem }): Fix[] {
    return quickFixes(this.workspace, request.uri, request.problem);
  }

  /** Every fix not in doubt at once, or of one finding's kind: with how many findings it mends. */
  fixAll(request: DocumentRequest & { code?: string }): (Fix & { count: number }) | null {
    return fixAllOfKind(this.workspace, request.uri, this.problemsNow(request.uri), request.code);
  }

  /** The law and figure the checks assume for a document, or null for a file with no document. */
  assumedLaw(request: DocumentRequest): { label: string; detail: string } | null {
    const state = this.workspace.get(request.uri);
    if (!state?.model.document) return null;
    const regime = assumedRegime([state.model, ...this.linkedModels(request.uri)], this.currentSettings, this.today());
    return { label: regimeLabel(regime), detail: describeRegime(regime) };
  }

  /** The reviewer's summary of a document and its family, or of every document when none is named. */
  summary(request: { uri: string | null; pathOf: (uri: string) => string }): ReviewReport {
    const uris = request.uri && this.workspace.get(request.uri) ? this.family(request.uri) : this.workspace.all().map((d) => d.uri);
    return summarise({
      documents: uris.map((u) => ({ state: this.workspace.get(u)!, path: request.pathOf(u), problems: this.problemsNow(u), linked: this.linkedModels(u) })),
      settings: this.currentSettings,
      preparedOn: this.today(),
    });
  }

  /** The document as a neutral outline for the Word and HTML writers, or null for a file with no header. */
  exportOutline(request: DocumentRequest & { source: string }): DocumentOutline | null {
    const state = this.workspace.get(request.uri);
    if (!state) return null;
    return buildOutline(state.model, { source: request.source, preparedOn: this.today(), linked: this.linkedModels(request.uri), text: state.text });
  }
}

