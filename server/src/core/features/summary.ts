// A reviewer's report on an agreement and its tender documents, for the legal adviser or board member who
// never opens an editor: who the parties are and what they do, the key roles and key issues, the
// definitions, who decides what and where a decision goes when it is not unanimous, the risk share with
// its cap and exceptions, the spend ladder, the award criteria and weights, and what the checks found,
// each finding as what is wrong, where it is and what it rests on. Plain English throughout: the wording
// comes from the same outline as the exported documents. Rendered by export/summary-markdown.ts and
// export/summary-html.ts; nothing here lays anything out.

import type { DocumentModel } from "../model";
import type { Problem, Severity } from "../problem";
import { ruleByCode } from "../rules/registry";
import { DEFAULT_JURISDICTION, isJurisdiction, thresholdsFor, type Settings } from "../settings";
import { lineStarts, positionAt } from "../text";
import type { Figure, Thresholds } from "../thresholds";
import { itemsOf } from "../tree";
import type { DocumentState } from "../workspace";
import { REPORTS } from "../guidance/sources";
import { describeRegimePlain } from "../law/hover";
import { assumedRegime } from "../law/regime";
import { formatMoney, formatPercent } from "../numbers";
import { buildOutline, displayName, sectionAt, type Block, type DocumentOutline, type Section } from "../export/outline";
import * as plain from "../export/plain-english";
import { bandRange } from "./describe";
import { governanceGraph, type GovernanceGraph } from "./governance-graph";

export interface SummaryInput {
  documents: { state: DocumentState; path: string; problems: Problem[]; linked?: DocumentModel[] }[];
  settings?: Settings;
  /** ISO date of the report; passed in so that building the report stays a pure function. */
  preparedOn?: string;
}

export interface Finding {
  code: string;
  severity: Severity;
  topic: string;
  /** What is wrong, in plain English, without the editing instruction. */
  what: string;
  /** The file, line and section of the document it is about. */
  where: string;
  /** Why it matters, in one sentence. */
  why: string;
  /** The guidance or law it rests on. */
  sources: string[];
}

export interface FindingGroup {
  severity: Severity;
  heading: string;
  topics: { topic: string; findings: Finding[] }[];
}

export interface SummarySection {
  title: string;
  blocks: Block[];
  /** A picture that belongs with this section, drawn by the HTML renderer. */
  picture?: "governance" | "spend-ladder" | "risk-shares";
}

export interface DocumentSummary {
  title: string;
  kindLabel: string;
  path: string;
  sections: SummarySection[];
  governance: GovernanceGraph | null;
  ladder: { range: string; approver: string }[];
  shares: { label: string; entries: { party: string; percent: string; thousandths: number }[] }[];
  findings: FindingGroup[];
  counts: Record<Severity, number>;
}

export interface ReviewReport {
  documents: DocumentSummary[];
  /** The law and guidance the checks assume, with their dates. */
  assumptions: { label: string; value: string }[];
}

const SEVERITY_HEADING: Record<Severity, string> = {
  error: "Must be put right before signing",
  warning: "Should be looked at",
  info: "Worth considering",
};

/** Words that start the instruction part of a message ("Write `by unanimity`…"): a reviewer reads what is wrong, not how to edit. */
const INSTRUCTION = /^(Write|Remove|Use|Add|Start|Consider|Replace|Change|Give|Name|Move|Declare|Set|Make|Keep|Put|Split|List|Define|Delete|Close|Open|Check|Say|Spell|Choose|Drop|Fill|Raise|Lower|Reword|Link|Record|Try|Either|Mark|Turn|Rename|Pick)\b|^If not,|^Otherwise,/;

export function summarise(input: SummaryInput): ReviewReport {
  const settings = input.settings ?? {};
  const preparedOn = input.preparedOn ?? "1970-01-01";
  const documents = input.documents
    .filter((d) => d.state.model.document && d.state.model.kind)
    .map((d) => summariseDocument(d.state, d.path, d.problems, d.linked ?? [], preparedOn));
  const jurisdictions = new Set<string>();
  const unstated: string[] = [];
  const fallback = isJurisdiction(settings.jurisdiction) ? settings.jurisdiction : DEFAULT_JURISDICTION;
  for (const d of input.documents) {
    if (!d.state.model.kind) continue;
    // An evaluation holds no jurisdiction clause: it goes by the documents it is written for.
    const j = [d.state.model, ...(d.linked ?? [])].map((m) => m.first("Jurisdiction")?.value.word).find((w) => w !== undefined);
    if (!isJurisdiction(j)) unstated.push(d.path);
    jurisdictions.add(isJurisdiction(j) ? j : fallback);
  }
  const rows = assumptions([...jurisdictions], settings, input.documents.filter((d) => d.state.model.kind && d.state.model.kind !== "evaluation").map((d) => ({ name: d.path, models: [d.state.model, ...(d.linked ?? [])] })), preparedOn);
  // A document that names no jurisdiction was checked against the default's figures: say so.
  if (unstated.length) rows.unshift({ label: "Jurisdiction assumed", value: `${plain.list(unstated)} ${unstated.length === 1 ? "names" : "name"} no jurisdiction, so the checks assumed ${plain.jurisdictionName(fallback)}.` });
  return { documents, assumptions: rows };
}

function summariseDocument(state: DocumentState, path: string, problems: Problem[], linked: DocumentModel[], preparedOn: string): DocumentSummary {
  const model = state.model;
  const outline = buildOutline(model, { source: path, preparedOn, linked, text: state.text })!;
  const models = [model, ...linked];
  const name = (n: string) => displayName(models, n);
  const sections: SummarySection[] = [];

  const brief: Block[] = outline.titlePage.filter((r) => r.label !== "Date" && r.label !== "Version").map((r) => ({ kind: "field", label: r.label, text: r.value }));
  const purpose = model.first("Purpose");
  if (purpose) brief.unshift({ kind: "field", label: "Purpose", text: purpose.text.value });
  const route = model.first("Route");
  if (route) brief.push({ kind: "field", label: "Procurement route", text: plain.capitalise(plain.routeName(route.value.word)) });
  const steward = model.first("Steward");
  if (steward) brief.push({ kind: "field", label: "System steward", text: name(steward.who.name) });
  sections.push({ title: "In brief", blocks: brief });

  const parties = model.parties();
  if (parties.length) {
    sections.push({
      title: "Parties",
      blocks: [{
        kind: "table",
        head: ["Party", "Short name", "Role", "Representative", "Sits on"],
        rows: parties.map((p) => [
          p.title?.value ?? p.name.name,
          p.name.name,
          plain.capitalise(plain.list(p.roles.map((r) => plain.partyRoleName(r.word)))),
          itemsOf(p.items).find((d) => d.key === "representative")?.value.value ?? "Not named",
          plain.list(model.bodies().filter((b) => model.membersOf(b).includes(p.name.name)).map((b) => b.title?.value ?? b.name.name)) || "No body",
        ]),
      }],
    });
  }

  const take = (title: string, keep: (b: Block) => boolean = () => true): Block[] => {
    const section = findSection(outline, title);
    return section ? section.blocks.filter(keep) : [];
  };
  const roles = take("Parties and their representatives", (b) => b.kind === "table");
  if (roles.length) sections.push({ title: "Key roles", blocks: roles });
  const principles = take("Principles").concat(take("Principles bidders sign up to"), take("Principles the evaluation looks for"));
  if (principles.length) sections.push({ title: "Principles", blocks: principles });
  const definitions = take("Definitions", (b) => b.kind !== "paragraph");
  if (definitions.length) sections.push({ title: "Definitions", blocks: definitions });
  else if (model.kind === "agreement") sections.push({ title: "Definitions", blocks: [{ kind: "paragraph", text: "The agreement defines no terms." }] });
  const keyIssues = model.clauses("KeyIssues").flatMap((k) => itemsOf(k.items).map((i) => i.text.value));
  if (keyIssues.length) sections.push({ title: "Key issues", blocks: [{ kind: "paragraph", text: "The agreement names these as key issues:" }, { kind: "list", items: keyIssues }] });

  const bodies = model.bodies();
  if (bodies.length) {
    sections.push({
      title: "Who decides what",
      picture: "governance",
      blocks: [{
        kind: "table",
        head: ["Body", "Members", "Chair", "Decides", "If not unanimous", "Reports to", "Meets"],
        rows: bodies.map((b) => {
          const items = itemsOf(b.items);
          const decides = items.flatMap((i) => (i.kind === "Decides" ? [`${plain.capitalise(i.subject.word === "key-issues" ? "the key issues" : plain.readable(i.subject.word))}, ${plain.decisionMethod(i.method.word)}`] : [])).join("; ");
          const ifNot = items.flatMap((i) => (i.kind === "IfNotUnanimous" ? [i.outcome === "falls" ? "The proposal falls" : i.outcome === "refer" ? `Referred to ${name(i.target!.name)}` : `${plain.capitalise(name(i.target!.name))} decides`] : [])).join("; ");
          const chair = items.flatMap((i) => (i.kind === "Chair" ? [plain.capitalise(name(i.who.name))] : [])).join(", ");
          const reports = items.flatMap((i) => (i.kind === "ReportsTo" ? [plain.capitalise(name(i.target.name))] : i.kind === "Advises" ? [`Advises ${name(i.target.name)}`] : [])).join("; ");
          const meets = items.flatMap((i) => (i.kind === "Meets" ? [plain.capitalise(plain.cadence(i.cadence))] : [])).join(", ");
          return [b.title?.value ?? b.name.name, plain.list(model.membersOf(b).map(name)), chair, decides, ifNot, reports, meets];
        }),
      }],
    });
  }

  const risk = take("Risk and reward");
  if (risk.length) {
    const hasCap = model.clauses("Risk").some((r) => itemsOf(r.items).some((i) => i.kind === "Cap"));
    const hasException = model.clauses("Risk").some((r) => itemsOf(r.items).some((i) => i.kind === "NoFaultNoBlame"));
    if (!hasCap) risk.push({ kind: "field", label: "Cap", text: "None: no limit is set on what a party can gain or lose." });
    if (!hasException) risk.push({ kind: "field", label: "No fault, no blame", text: "Not agreed: the parties keep their ordinary rights to claim against one another." });
    sections.push({ title: "Risk and reward", blocks: risk, picture: "risk-shares" });
  }
  const spend = outline.schedules.find((s) => s.title === "Spend authority");
  if (spend) sections.push({ title: "Spend authority", blocks: spend.blocks.filter((b) => b.kind !== "paragraph"), picture: "spend-ladder" });
  const criteria = take("Criteria and weights", (b) => b.kind === "table");
  if (criteria.length) sections.push({ title: "Award criteria and weights", blocks: criteria });
  const requirements = take("Requirements");
  if (requirements.length) sections.push({ title: "Requirements", blocks: requirements });
  const questions = take("Questions to answer");
  if (questions.length) sections.push({ title: "Questions bidders answer", blocks: questions });

  const shares = model.clauses("Risk").flatMap((r) => itemsOf(r.items)).flatMap((i) => (i.kind === "Share" ? [i] : []));
  const label = { pain: "Losses (pain)", gain: "Savings (gain)", budget: "Budget" };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const p of problems) counts[p.severity]++;
  return {
    title: outline.title,
    kindLabel: outline.kindLabel,
    path,
    sections,
    governance: governanceGraph(model),
    ladder: model.bands().map((b) => ({ range: plain.capitalise(bandRange(b)), approver: plain.capitalise(name(b.approver.name).replace(/^the /, "")) })),
    shares: shares.map((s) => ({ label: label[s.which], entries: s.entries.map((e) => ({ party: e.party.name, percent: formatPercent(e.percent), thousandths: e.percent.thousandths })) })),
    findings: groupFindings(problems, state, path, outline, models),
    counts,
  };
}

function findSection(outline: DocumentOutline, title: string): Section | undefined {
  return outline.sections.find((s) => s.title === title);
}

function groupFindings(problems: Problem[], state: DocumentState, path: string, outline: DocumentOutline, models: DocumentModel[]): FindingGroup[] {
  const starts = lineStarts(state.text);
  const groups: FindingGroup[] = [];
  for (const severity of ["error", "warning", "info"] as Severity[]) {
    const these = problems.filter((p) => p.severity === severity).sort((a, b) => a.span.start - b.span.start);
    if (!these.length) continue;
    const byTopic = new Map<string, Finding[]>();
    for (const p of these) {
      const topic = ruleByCode(p.code)?.topic ?? "Other";
      const section = sectionAt(outline, p.span.start);
      const line = positionAt(starts, p.span.start).line + 1;
      const finding: Finding = {
        code: p.code,
        severity,
        topic,
        what: whatIsWrong(p.message, models),
        where: `${path}, line ${line}${section ? `, ${/^Schedule/.test(section.number) ? section.number : `section ${section.number}`}: ${section.title}` : ""}`,
        why: firstSentence(p.why),
        sources: [...new Set(p.guidance.map((g) => g.cite))],
      };
      byTopic.set(topic, [...(byTopic.get(topic) ?? []), finding]);
    }
    groups.push({ severity, heading: SEVERITY_HEADING[severity], topics: [...byTopic].map(([topic, findings]) => ({ topic, findings })) });
  }
  return groups;
}

/** A message without its editing instruction, with the language's words in backticks written as a reader says them. */
export function whatIsWrong(message: string, models: readonly DocumentModel[]): string {
  const sentences = message.split(/(?<=[.!?])\s+(?=[A-Z`])/);
  const kept: string[] = [];
  for (const sentence of sentences) {
    if (kept.length && INSTRUCTION.test(sentence)) break;
    kept.push(sentence);
  }
  // An instruction after a colon in the last sentence kept ("…falls: write `x`") goes too.
  let text = kept.join(" ").replace(/[.:;,]?\s*$/, "").trim();
  text = text.replace(/[:;,] (write|remove|use|add|start|consider|replace|change|give|name|move|declare|set|make|put|split|define|delete|either)\b.*$/i, "");
  // "body `Board`" reads as "the Alliance Leadership Board"; any other word in backticks is quoted.
  text = text.replace(/\b(?:body|role|party) `([^`]+)`/gi, (whole, inner: string) => {
    const shown = displayName(models, inner);
    return shown !== inner ? shown : whole;
  });
  text = text.replace(/\bmeasure `([^`]+)`/gi, (whole, inner: string) => {
    const measure = models.flatMap((m) => m.measures()).find((x) => x.name.name === inner);
    return measure?.title ? `the measure “${measure.title.value}”` : whole;
  });
  text = text.replace(/`([^`]+)`/g, (_, inner: string) => {
    const shown = displayName(models, inner);
    return shown !== inner ? shown.replace(/^the /, "") : `“${plain.readable(inner)}”`;
  });
  return /[.?!]$/.test(text) ? plain.capitalise(text) : `${plain.capitalise(text)}.`;
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/.exec(text.trim());
  return (match ? match[1] : text).replace(/`([^`]+)`/g, "$1");
}

const FIGURE_LABEL: Record<keyof Thresholds, string> = {
  turnoverMultiple: "Largest sensible minimum turnover, as a multiple of the yearly value",
  keyRolesPerHolder: "Key roles one party may hold before it is pointed out",
};

/** The law and figures the checks assumed, per document (the same assumption is listed once), then the guidance's own defaults. */
function assumptions(jurisdictions: string[], settings: Settings, documents: { name: string; models: DocumentModel[] }[], today: string): { label: string; value: string }[] {
  const rows: { label: string; value: string }[] = [];
  const byLaw = new Map<string, string[]>();
  for (const d of documents) {
    const text = describeRegimePlain(assumedRegime(d.models, settings, today));
    byLaw.set(text, [...(byLaw.get(text) ?? []), d.name]);
  }
  for (const [text, names] of byLaw) rows.push({ label: `Procurement law assumed for ${plain.list(names)}`, value: text });
  for (const j of jurisdictions) {
    if (!isJurisdiction(j)) continue;
    const figures = thresholdsFor(j, settings);
    for (const name of Object.keys(FIGURE_LABEL) as (keyof Thresholds)[]) {
      const f: Figure = figures[name];
      rows.push({ label: `${plain.jurisdictionName(j)}: ${FIGURE_LABEL[name]}`, value: `${f.value}, as at ${plain.formatDate(isoDate(f.asOf))}. Source: ${f.source}.${f.note ? ` ${f.note}` : ""}` });
    }
  }
  rows.push({ label: "Guidance the checks rest on", value: `${Object.values(REPORTS).join("; ")}.` });
  return rows;
}

function isoDate(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split("-").map(Number);
  return { year, month, day };
}
