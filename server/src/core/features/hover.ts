// Hover: what the thing under the cursor means, first. Keywords, fixed choices and the small words inside
// a clause (`by`, `except`, `falls`) get their guidance; names get what they stand for and what they do
// here; amounts get what they are in context (the contract value, a spend band and who approves it).
// After that, at most one problem found at that place, with how many more there are.

import { checkDocument } from "../check";
import { CHOICE_HELP, KEYWORD_HELP, WORD_HELP, type Help } from "../guidance/help";
import { SEVERITY_ORDER, type Problem } from "../problem";
import { ruleByCode, resolveRuleCode } from "../rules/registry";
import type { AnyNode, BandNode, BodyNode, Cadence, CriterionNode, DateLit, DecidesNode, DocumentNode, Duration, Ident, Money, Span, TermNode, ValueNode, WordNode } from "../tree";
import { CHOICES, CLAUSE_KEYWORD, type ChoiceSet } from "../vocabulary";
import type { DocumentModel } from "../model";
import type { Workspace } from "../workspace";
import { bandRange, describeSymbol } from "./describe";
import { contains, nodesAt } from "./locate";
import { symbolAt } from "./navigation";
import { formatMoney, formatPercent } from "../numbers";
import { findSuppressions } from "../suppression";
import { lineIndex } from "../text";
import type { Settings } from "../settings";
import { assumedRegime, describeFigure, todayIso } from "../law/regime";
import { regimeHover } from "../law/hover";

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
    case "Stage": return n.keyword.end - n.keyword.start === "years".length ? "years" : "year";
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
    case "Services": return "serviceKind";
    case "Requirement": return "requirementLevel";
    case "Criterion": return "criterionStage";
    case "Instrument": return "instrument";
    case "InvolvedEarly": return "enablingFunction";
    case "OpenTo": return "openTo";
    case "MeasureDetail": return h.key === "perspective" ? "measurePerspective" : h.key === "kind" ? "measureKind" : h.key === "defined-by" ? "definedBy" : null;
    default: return null;
  }
}

/** The help as hover shows it: what it means, why, and the report and section it rests on. */
export function renderHelp(title: string, help: Help | undefined): string {
  if (!help) return title;
  const cites = [...new Set(help.sources.map((s) => s.cite))];
  const sources = cites.length ? `\n\n*Source: ${cites.join("; ")}*` : "";
  return `${title} · ${help.summary}\n\n${help.detail}${sources}`;
}

/**
 * The small words inside a clause, by the node that holds them: a pattern for the word as written and
 * the help it gets (a key of WORD_HELP, or `keyword:` and a key of KEYWORD_HELP).
 */
const CONNECTORS: Partial<Record<string, [string, string][]>> = {
  Members: [["all", "all"]],
  Quorum: [["all", "quorum all"]],
  Decides: [["by", "by"]],
  IfNotUnanimous: [["falls", "falls"], ["refer\\s+to", "refer to"], ["decides", "decides instead"]],
  NoFaultNoBlame: [["except", "except"]],
  Claims: [["for", "keyword:claims for"]],
  Assign: [["to", "assign to"]],
  Band: [["approved(?:\\s+by)?", "approved by"], ["up\\s+to", "keyword:up to"]],
  Value: [["pooled(?:\\s+by)?", "pooled by"], ["per\\s+(?:year|annum)|a\\s+year", "per year"]],
  Cap: [["per\\s+(?:year|annum)|a\\s+year", "per year"]],
  Term: [["from|starting", "from"], ["to|until", "term to"]],
  Principles: [["co-produced(?:\\s+with)?", "co-produced with"]],
  RoleDecl: [["reports[\\s-]+to", "role reports to"], ["held[\\s-]+by", "held by"]],
  Measure: [["used(?:\\s+(?:for|as))?", "used for"]],
  Review: [["by", "review by"], ["against(?:\\s+purpose)?", "against purpose"]],
  Cadence: [["every", "every"]],
  Involve: [["in", "in"]],
  Stage: [["written(?:\\s+by)?", "written by"], ["to", "years to"]],
  Requirement: [["about", "about"]],
  Question: [["about", "about"]],
  Criterion: [["weight", "weight"], ["stage", "stage"], ["assesses", "assesses"], ["social-value", "social-value"]],
  Targets: [["none", "targets none"]],
  Route: [["because", "because"]],
  Instrument: [["because", "because"]],
  ReviewPoint: [["after", "after"]],
};

/** The help for a small word of a clause under the cursor, if there is one. */
function connectorAt(text: string, node: AnyNode, offset: number): HoverResult | null {
  const patterns = CONNECTORS[node.kind];
  if (!patterns) return null;
  const slice = text.slice(node.span.start, node.span.end);
  for (const [pattern, key] of patterns) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${pattern})(?![\\p{L}\\p{N}_-])`, "gu");
    for (const m of slice.matchAll(re)) {
      const span = { start: node.span.start + m.index!, end: node.span.start + m.index! + m[0].length };
      if (!contains(span, offset)) continue;
      const written = m[0].replace(/\s+/g, " ");
      const help = key.startsWith("keyword:") ? KEYWORD_HELP[key.slice("keyword:".length)] : WORD_HELP[key];
      if (!help) return null;
      return { span, markdown: renderHelp(`**${written}**`, help) };
    }
  }
  return null;
}

/** The document and the documents it is `for`, nearest first: what the procurement law is read from. */
function chainModels(workspace: Workspace, uri: string) {
  const state = workspace.get(uri)!;
  return [state.model, ...workspace.chain(uri).linked.map((d) => d.model)];
}

/**
 * What the thing at `offset` is, then at most one problem there. `problems` are the document's findings when
 * the caller already has them (the server keeps them per version); otherwise the document is checked.
 */
export function hover(workspace: Workspace, uri: string, offset: number, settings: Settings = {}, today: string = todayIso(), problems?: readonly Problem[]): HoverResult | null {
  const found = thingAt(workspace, uri, offset, settings, today);
  if (!found) return null;
  const text = workspace.get(uri)!.text;
  // A problem about a whole section shows on the section's first line, not on every line inside it.
  const lines = lineIndex(text);
  const lineOf = (at: number) => lines.lineOf(at);
  const line = lineOf(offset);
  const here = (problems ?? checkDocument(workspace, uri, { settings, today })).filter((p) => lineOf(p.span.start) === line || lineOf(p.span.end) === lineOf(p.span.start));
  const note = problemNote(here, found.span, offset);
  return note ? { span: found.span, markdown: `${found.markdown}\n\n---\n\n${note}` } : found;
}

const SEVERITY_LABEL: Record<Problem["severity"], string> = { error: "Error", warning: "Warning", info: "Note" };

/** The most serious problem found where the cursor is, and how many more there are: never the whole list. */
export function problemNote(problems: Problem[], span: Span, offset: number): string | null {
  const here = problems
    .filter((p) => contains(p.span, offset) || (p.span.start <= span.start && span.end <= p.span.end))
    .sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity] || (a.span.end - a.span.start) - (b.span.end - b.span.start));
  if (here.length === 0) return null;
  const first = here[0];
  const more = here.length - 1;
  const message = /[.?!]$/.test(first.message.trim()) ? first.message.trim() : `${first.message.trim()}.`;
  return `**${SEVERITY_LABEL[first.severity]}** (${first.code}): ${message}${more ? ` *And ${more} more here: see the Problems panel.*` : ""}`;
}

function thingAt(workspace: Workspace, uri: string, offset: number, settings: Settings, today: string): HoverResult | null {
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
      const sources = [...new Set(rule.guidance.map((g) => g.cite))].join("; ");
      return { span: written.span, markdown: `**${rule.code}** · ${rule.title} (${rule.severity})\n\n${rule.rationale}${sources ? `\n\n*Source: ${sources}*` : ""}` };
    }
  }

  const found = symbolAt(workspace, uri, offset);
  if (found) return { span: found.ident.span, markdown: describeSymbol(workspace, found.symbol) };

  const path = nodesAt(file, offset);
  const document = file.document as DocumentNode | null;
  if (document?.forKeyword && contains(document.forKeyword, offset)) return { span: document.forKeyword, markdown: renderHelp("**for**", WORD_HELP.for) };
  for (let i = path.length - 1; i >= 0; i--) {
    const node = path[i];
    // Inside quotes everything is the drafter's own words.
    if (node.kind === "Str") return null;
    const keywordSpan = (node as { keyword?: Span | null }).keyword;
    if (keywordSpan && contains(keywordSpan, offset) && keywordSpan.end > keywordSpan.start) {
      const keyword = keywordOf(node);
      if (keyword === "route" || keyword === "jurisdiction" || keyword === "services" || keyword === "procurement starts") {
        const law = regimeHover(chainModels(workspace, uri), settings, today);
        return { span: keywordSpan, markdown: `${renderHelp(`**${keyword}**`, KEYWORD_HELP[keyword])}\n\n${law}` };
      }
      if (keyword) return { span: keywordSpan, markdown: renderHelp(`**${keyword}**`, KEYWORD_HELP[keyword]) };
    }
    if (node.kind === "Word") {
      const holder = path[i - 1];
      const set = holder ? choiceSetOf(holder, node as WordNode) : null;
      const word = (node as WordNode).word;
      if (set && (CHOICES[set] as readonly string[]).includes(word)) {
        return { span: node.span, markdown: renderHelp(`**${word}**`, CHOICE_HELP[`${set}:${word}`]) };
      }
      if (holder?.kind === "Decides" && (holder as DecidesNode).subject === node) {
        return { span: node.span, markdown: renderHelp(`**${word}**`, WORD_HELP[word] ?? WORD_HELP.subject) };
      }
    }
    const connector = connectorAt(state.text, node, offset);
    if (connector) return connector;
    if (node.kind === "Cadence") {
      const word = (node as Cadence).word;
      if (word && (CHOICES.cadence as readonly string[]).includes(word)) return { span: node.span, markdown: renderHelp(`**${word}**`, CHOICE_HELP[`cadence:${word}`]) };
    }
    if (node.kind === "Money") return moneyHover(workspace, uri, node as Money, path[i - 1], settings, today);
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
    if (node.kind === "Duration" || node.kind === "Percent" || node.kind === "Integer") {
      const said = figureInContext(state.model, node, path.slice(0, i).reverse());
      if (said) return { span: node.span, markdown: said };
    }
  }
  return null;
}

function moneyHover(workspace: Workspace, uri: string, money: Money, holder: AnyNode | undefined, settings: Settings, today: string): HoverResult | null {
  const state = workspace.get(uri)!;
  if (money.error) return null;
  const exact = formatMoney(money);
  const lines: string[] = [];
  if (holder?.kind === "Value") {
    const value = holder as ValueNode;
    const pooled = value.pooledBy.map((p: Ident) => p.name);
    lines.push(`**${exact}** — the contract value${value.perYear ? ", each year" : ""}${pooled.length ? `, pooled by ${listOf(pooled)}` : ""}.`);
    const t = assumedRegime(chainModels(workspace, uri), settings, today).directAwardCeiling;
    if (t && money.currency === "GBP") {
      lines.push(`${money.minor > t.minor ? "Above" : "Within"} the light-touch threshold of ${describeFigure(t, (m) => formatMoney({ ...money, minor: m }))} assumed for this document; hover on \`route\` for what was assumed, and confirm it with your legal adviser.`);
    }
  } else if (holder?.kind === "Cap") {
    lines.push(`**${exact}** — the cap: the most any party can lose or gain under the risk shares${(holder as { perYear?: boolean }).perYear ? " in a year" : ""}.`);
  } else if (holder?.kind === "Band") {
    const band = holder as BandNode;
    const bands = state.model.bands();
    const below = bands[bands.indexOf(band) - 1];
    if (band.upTo === money) lines.push(`**${exact}** — the top of the spend band ${bandRange(band)}, approved by **${band.approver.name}**.`);
    else lines.push(`**${exact}** — where the spend band ${bandRange(band)} starts, approved by **${band.approver.name}**. Spend of exactly ${exact} belongs to the band below${below ? `, approved by **${below.approver.name}**` : ""}.`);
  } else if (holder?.kind === "MinimumTurnover") {
    lines.push(`**${exact}** — the smallest yearly turnover a bidder must have.`);
  } else {
    lines.push(`**${exact}**`);
  }
  return { span: money.span, markdown: lines.join("\n\n") };
}

/** A length of time, a percentage or a number, said as what it is in its clause. */
function figureInContext(model: DocumentModel, node: AnyNode, holders: AnyNode[]): string | null {
  const [holder, outer] = holders;
  const written = (node as { text?: string }).text ?? String((node as { value?: number }).value ?? "");
  const bold = `**${written}**`;
  if (node.kind === "Duration") {
    if (holder?.kind === "Cadence") return `${bold} — ${outer?.kind === "Review" ? "how often the learning review is held" : "how often this body meets"}: once every ${written}.`;
    if (holder?.kind === "RespondsWithin") return `${bold} — how quickly this body answers an issue or request brought to it.`;
    if (holder?.kind === "ReviewPoint") {
      const term = model.first("Term");
      const from = term?.from && !term.from.error ? term.from : null;
      const at = from ? addDuration(from, node as Duration) : null;
      return `${bold} — how long after the start the review point falls${at ? `: ${longDate(at.year, at.month, at.day)}, the last day of that period` : ""}.`;
    }
    if (holder?.kind === "Step") return `${bold} — how long this step of the process takes.`;
    return null;
  }
  if (node.kind === "Percent" && holder?.kind === "ShareEntry") {
    const share = outer as AnyNode & { which: string; entries: { percent: { thousandths: number } }[] };
    const entry = holder as AnyNode & { party: Ident };
    const total = share.entries.reduce((sum, e) => sum + e.percent.thousandths, 0);
    return `${bold} — ${entry.party.name}'s part of the ${share.which} share. The ${share.which} share adds up to ${formatPercent(total)}${total === 100000 ? "" : ", not 100%"}.`;
  }
  if (node.kind === "Percent" && holder?.kind === "Criterion") {
    const criterion = holder as AnyNode & { stage: WordNode | null };
    const stage = criterion.stage?.word ?? null;
    const same = (model.document?.items ?? []).filter((c): c is CriterionNode => c.kind === "Criterion" && (c.stage?.word ?? null) === stage);
    const total = same.reduce((sum, c) => sum + c.weight.thousandths, 0);
    return `${bold} — the weight of this criterion${stage ? ` at the ${stage} stage` : ""}. The weights ${stage ? "at that stage" : "without a stage"} add up to ${formatPercent(total)}.`;
  }
  if (node.kind === "Integer" && holder?.kind === "Quorum") {
    const body = outer as BodyNode | undefined;
    const members = body?.kind === "Body" ? model.membersOf(body).length : 0;
    return `${bold} — how many members must be present for this body to decide${members ? `; it has ${members}` : ""}.`;
  }
  return null;
}

function listOf(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
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
