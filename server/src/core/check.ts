// The analysis pipeline for one document in a workspace: syntax problems, then every rule that applies,
// then suppressions. It is written as steps, one per rule, so that a caller can stop between rules when
// the result is no longer wanted (see service/run-check.ts); `checkDocument` runs every step at once.
//
// A rule is not run again when what it read has not changed since an earlier check: of the same text,
// when only other documents changed; or of an earlier text of the document, when the edit since changed
// no clause of a kind the rule read (the model records the kinds each rule reads) and nothing it read of
// other documents changed. Its findings then are the earlier ones, moved to where they now stand.

import { ALL_CLAUSES, type ClauseList } from "./model";
import { moveFinding, type Stretch } from "./move-findings";
import type { Problem } from "./problem";
import { RuleRun, type CheckScope } from "./rule-run";
import { RULES, resolveRuleCode, ruleByCode } from "./rules/registry";
import { whyOf, type Rule } from "./rules/rule";
import { enrichSyntaxProblem } from "./rules/syntax";
import { levelFor, type Settings } from "./settings";
import { applySuppressions, findSuppressions } from "./suppression";
import type { DocumentState, Reads, Workspace } from "./workspace";
import { todayIso } from "./law/regime";
import { changedStretch } from "./text";

export interface CheckOptions {
  settings?: Settings;
  /** Today's date, `YYYY-MM-DD`, for checks that fall back on it; the real date when absent. */
  today?: string;
  /** Called when a rule throws: the rule is skipped and the rest still run. */
  onRuleError?: (rule: Rule, error: unknown) => void;
  /**
   * What each rule found in an earlier check of the document (of this text or an earlier one) with the
   * same settings: a rule whose reads are unchanged is not run again. Given with `remember`, which
   * receives every rule's outcome of this check.
   */
  memory?: RuleMemory | null;
  remember?: (code: string, outcome: RuleOutcome) => void;
}

/** What one rule found, and what of the workspace beyond the document itself it read to find it. */
export interface RuleOutcome {
  reads: Reads;
  fingerprint: string;
  problems: Problem[];
  /** The kinds of clause of the document the rule read (`ALL_CLAUSES` among them for the whole document). */
  kinds: ReadonlySet<string>;
}

export interface RuleMemory {
  state: DocumentState;
  /** The clauses of that state's model, which a later reparse may have taken over. */
  clauses: ClauseList;
  settings: Settings;
  today: string;
  outcomes: ReadonlyMap<string, RuleOutcome>;
}

/** What changed between the text a memory is of and the text being checked. */
interface EditSince {
  /** The kinds of clause changed; null for all of them. */
  changed: Set<string> | null;
  stretch: Stretch;
}

export function checkDocument(workspace: Workspace, uri: string, options: CheckOptions = {}): Problem[] {
  return runToEnd(checkSteps(workspace, uri, options));
}

/** Every step of a check at once, with nothing let in between. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The check as steps: it yields after each rule, and returns the problems when every rule has run. */
export function* checkSteps(workspace: Workspace, uri: string, options: CheckOptions = {}): Generator<void, Problem[], void> {
  const state = workspace.get(uri);
  if (!state) return [];
  const settings = options.settings ?? {};
  const today = options.today ?? todayIso();
  const problems: Problem[] = state.parsed.problems.map(enrichSyntaxProblem);
  const document = state.model.document;
  if (document) {
    const memory = options.memory && options.memory.settings === settings && options.memory.today === today ? options.memory : null;
    const sameText = memory !== null && memory.state === state;
    let edit: EditSince | null | undefined;
    const editSince = (earlier: RuleMemory): EditSince => (edit ??= { changed: state.model.changedSince(earlier.clauses), stretch: changedStretch(earlier.state.text, state.text) });
    const scope: CheckScope = { uri, state, document, workspace, settings, today };
    for (const rule of RULES) {
      if (!rule.check) continue;
      if (rule.appliesTo && (!state.model.kind || !rule.appliesTo.includes(state.model.kind))) continue;
      const severity = levelFor(rule.code, rule.name, rule.severity, settings);
      if (severity === "off") continue;
      const earlier = memory?.outcomes.get(rule.code);
      if (earlier && earlier.fingerprint === workspace.fingerprint(earlier.reads)) {
        const kept = sameText ? earlier : movedOutcome(earlier, editSince(memory!));
        if (kept) {
          problems.push(...kept.problems);
          options.remember?.(rule.code, kept);
          continue;
        }
      }
      const found: Problem[] = [];
      const context = new RuleRun(scope, rule, severity, found);
      const run = () => {
        try {
          rule.check!(context);
        } catch (error) {
          options.onRuleError?.(rule, error);
        }
      };
      if (options.remember) {
        const { value: kinds, reads } = workspace.recording(() => state.model.recordReads(run).kinds);
        options.remember(rule.code, { reads, fingerprint: workspace.fingerprint(reads), problems: found, kinds });
      } else run();
      problems.push(...found);
      yield;
    }
  }
  const suppressions = findSuppressions(state.parsed.file);
  const outcome = applySuppressions(problems, suppressions, resolveRuleCode);
  const result = outcome.kept;
  for (const finding of outcome.findings) {
    const code = finding.kind === "no-reason" ? "ALY015" : finding.kind === "unknown-code" ? "ALY017" : "ALY016";
    const rule = ruleByCode(code)!;
    const severity = levelFor(rule.code, rule.name, rule.severity, settings);
    if (severity === "off") continue;
    const message =
      finding.kind === "no-reason"
        ? noReasonMessage(suppressions.find((s) => s.comment.span.start === finding.span.start)?.codes.map((c) => c.code) ?? [])
        : finding.kind === "unknown-code"
          ? `There is no finding called \`${finding.code}\`; correct it to a code or name listed in docs/rules.md, or remove the comment.`
          : `Nothing this comment covers is reported as \`${finding.code}\`, so it silences nothing; remove it.`;
    result.push({ code, severity, message, span: finding.span, related: [], why: whyOf(rule), guidance: rule.guidance });
  }
  return result.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.code.localeCompare(b.code));
}

/**
 * An earlier text's outcome for this one: its findings moved, if the edit since changed no clause of a
 * kind the rule read and every place the findings name lies outside the stretch that changed.
 */
function movedOutcome(earlier: RuleOutcome, edit: EditSince): RuleOutcome | null {
  if (!edit.changed || earlier.kinds.has(ALL_CLAUSES)) return null;
  for (const kind of earlier.kinds) if (edit.changed.has(kind)) return null;
  const problems: Problem[] = [];
  for (const problem of earlier.problems) {
    const moved = moveFinding(problem, edit.stretch);
    if (!moved) return null;
    problems.push(moved);
  }
  return { ...earlier, problems };
}

/** What a suppression comment with no code, or no reason, still needs: its own code is shown where it has one. */
function noReasonMessage(codes: string[]): string {
  if (codes.length === 0) return "Give this comment the code of the finding it silences and the reason, as in `// alliance-ignore ALY012: why this is right here`.";
  return `Say why the draft is right as it stands after the code and a colon, as in \`// alliance-ignore ${codes.join(", ")}: the reason\`.`;
}
