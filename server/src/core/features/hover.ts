// Hover: what the thing under the cursor means. Keywords and fixed choices get their guidance,
// names get a description of what they declare, amounts get who approves them.

import { CHOICE_HELP, KEYWORD_HELP, type Help } from "../guidance/help";
import { ruleByCode, resolveRuleCode } from "../rules/registry";
import type { AnyNode, Cadence, DateLit, Duration, Money, Span, TermNode, WordNode } from "../tree";
import { CHOICES, CLAUSE_KEYWORD, type ChoiceSet } from "../vocabulary";
import type { Workspace } from "../workspace";
import { approverFor, bandRange, describeSymbol } from "./describe";
import { contains, nodesAt } from "./locate";
import { symbolAt } from "./navigation";
import { formatMoney } from "../numbers";
import { findSuppressions } from "../suppression";
import { thresholdsFor, type Settings } from "../settings";
import { DEFAULT_JURISDICTION, isJurisdiction } from "../settings";

export interface HoverResult {
  span: Span;
  markdown: string;
}

/** The keyword a node starts with, as a person writes it. */
export function keywordOf(node: AnyNode): string | null {
  const n = node as AnyNode & Record<string, any>;
  switch (node.kind) {
    case "Document": return n.docKind;
    case "Share": return `${n.which} share`;
    case "Band": return n.over ? "over" : "up to";
    case "PurposeDetail":
    case "PartyDetail":
    case "MeasureDetail":
    case "InvolvementText": return n.key;
    case "IfNotUnanimous": return "if not unanimous";
    case "CastingVote": return "casting vote";
    case "Members": return "members";
    case "Chair": return "chair";
    case "Decides": return "decides";
    case "Meets": return "meets";
    case "Functions": return "functions";
    case "ReportsTo": return "reports to";
    case "Advises": return "advises";
    case "Until": return "until";
    case "Quorum": return "quorum";
    case "OpenTo": return "open to";
    case "RespondsWithin": return "responds within";
    case "Responsibility": return "responsibility";
    case "Cap": return "cap";
    case "NoFaultNoBlame": return "no-fault-no-blame";
    case "Accounting": return "accounting";
    case "Claims": return "claims for";
    case "Assign": return "assign";
    case "Eligibility": return "eligibility";
    case "Measure": return "measure";
    case "Review": return "review";
    case "DataSharing": return "data-sharing";
    case "Stage": return "year";
    case "Step": return "step";
    default: return (CLAUSE_KEYWORD as Record<string, string>)[node.kind] ?? null;
  }
}

/** Which fixed set a word belongs to, by the node that holds it. */
function choiceSetOf(holder: AnyNode, word: WordNode): ChoiceSet | null {
  const h = holder as AnyNode & Record<string, any>;
  switch (holder.kind) {
    case "Jurisdiction": return "jurisdiction";
    case "Party": return "partyRole";
    case "RoleDecl": return "roleKind";
    case "Decides": return h.method === word ? "decisionMethod" : null;
    case "Functions": return "bodyFunction";
    case "Responsibility": return "responsibility";
    case "Accounting": return "accounting";
    case "Claims": return "claimGround";
    case "NoFaultNoBlame": return "noFaultException";
    case "Measure": return "measureUse";
    case "Involve": return "involvementStage";
    case "Route": return "route";
    case "Notices": return "notice";
    case "Requirement": return "requirementLevel";
    case "Criterion": return "criterionStage";
    case "Instrument": return "instrument";
    case "InvolvedEarly": return "enablingFunction";
    case "OpenTo": return "openTo";
    case "MeasureDetail": return h.key === "perspective" ? "measurePerspective" : h.key === "kind" ? "measureKind" : h.key === "defined-by" ? "definedBy" : null;
    default: return null;
  }
}

function renderHelp(title: string, help: Help | undefined): string {
  if (!help) return title;
  const sources = help.sources.length ? `\n\n*Source: ${help.sources.join("; ")}*` : "";
  return `${title} · ${help.summary}\n\n${help.detail}${sources}`;
}

export function hover(workspace: Workspace, uri: string, offset: number, settings: Settings = {}): HoverResult | null {
  const state = workspace.get(uri);
  if (!state) return null;
  const file = state.parsed.file;

  // A rule code inside a suppression comment.
  for (const suppression of findSuppressions(file)) {
    for (const written of suppression.codes) {
      if (!contains(written.span, offset)) continue;
      const code = resolveRuleCode(written.code);
      const rule = code ? ruleByCode(code) : undefined;
      if (!rule) return null;
      const sources = rule.guidance.map((g) => g.cite).join("; ");
      return { span: written.span, markdown: `**${rule.code}** · ${rule.title} (${rule.severity})\n\n${rule.rationale}${sources ? `\n\n*Source: ${sources}*` : ""}` };
    }
  }

  const found = symbolAt(workspace, uri, offset);
  if (found) return { span: found.ident.span, markdown: describeSymbol(workspace, found.symbol) };

  const path = nodesAt(file, offset);
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    const keywordSpan = (node as { keyword?: Span | null }).keyword;
    if (keywordSpan && contains(keywordSpan, offset) && keywordSpan.end > keywordSpan.start) {
      const keyword = keywordOf(node);
      if (keyword) return { span: keywordSpan, markdown: renderHelp(`**${keyword}**`, KEYWORD_HELP[keyword]) };
    }
    if (node.kind === "Word") {
      const holder = path[i - 1];
      const set = holder ? choiceSetOf(holder, node as WordNode) : null;
      const word = (node as WordNode).word;
      if (set && (CHOICES[set] as readonly string[]).includes(word)) {
        return { span: node.span, markdown: renderHelp(`**${word}**`, CHOICE_HELP[`${set}:${word}`]) };
      }
    }
    if (node.kind === "Cadence") {
      const word = (node as Cadence).word;
      if (word && (CHOICES.cadence as readonly string[]).includes(word)) return { span: node.span, markdown: renderHelp(`**${word}**`, CHOICE_HELP[`cadence:${word}`]) };
    }
    if (node.kind === "Money") return moneyHover(workspace, uri, node as Money, path[i - 1], settings);
    if (node.kind === "Date") {
      const date = node as DateLit;
      if (date.error) return null;
      return { span: node.span, markdown: `${longDate(date.year, date.month, date.day)}` };
    }
    if (node.kind === "Duration" && path[i - 1]?.kind === "Term") {
      const term = path[i - 1] as TermNode;
      const duration = node as Duration;
      if (term.from && !term.from.error) {
        const end = addDuration(term.from, duration);
        return { span: node.span, markdown: `The term runs from ${longDate(term.from.year, term.from.month, term.from.day)} to ${longDate(end.year, end.month, end.day)} inclusive.` };
      }
    }
  }
  return null;
}

function moneyHover(workspace: Workspace, uri: string, money: Money, holder: AnyNode | undefined, settings: Settings): HoverResult | null {
  const state = workspace.get(uri)!;
  if (money.error) return null;
  const exact = formatMoney(money);
  if (holder?.kind === "Band" || holder?.kind === "Value" || holder?.kind === "Cap") {
    const lines = [`**${exact}**`];
    const band = approverFor(state.model, money);
    if (band) lines.push(`Spend of ${exact} is approved by **${band.approver.name}** (the band ${bandRange(band)}).`);
    if (holder.kind === "Value") {
      const written = state.model.first("Jurisdiction")?.value.word ?? settings.jurisdiction;
      const jurisdiction = isJurisdiction(written) ? written : DEFAULT_JURISDICTION;
      const t = thresholdsFor(jurisdiction, settings).directAwardCeiling;
      const above = money.currency === (t.currency ?? "GBP") && money.minor > t.value;
      lines.push(`${above ? "Above" : "Within"} the direct-award ceiling of ${formatMoney({ ...money, minor: t.value, currency: t.currency ?? "GBP" })} assumed for ${jurisdiction} (${t.source}). ${t.note ?? ""}`.trim());
    }
    return { span: money.span, markdown: lines.join("\n\n") };
  }
  return { span: money.span, markdown: `**${exact}**` };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function longDate(year: number, month: number, day: number): string {
  const weekday = DAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** The last day of a term that starts on `from` and lasts `duration`. */
export function addDuration(from: DateLit, duration: Duration): { year: number; month: number; day: number } {
  const start = Date.UTC(from.year, from.month - 1, from.day);
  let end: number;
  if (duration.unit === "day") end = start + duration.amount * 86400000;
  else if (duration.unit === "week") end = start + duration.amount * 7 * 86400000;
  else {
    const months = duration.unit === "year" ? duration.amount * 12 : duration.amount;
    const d = new Date(start);
    d.setUTCMonth(d.getUTCMonth() + months);
    end = d.getTime();
  }
  const last = new Date(end - 86400000);
  return { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate() };
}
