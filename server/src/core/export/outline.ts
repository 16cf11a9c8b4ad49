// A parsed document as the document people sign or publish: a neutral outline of numbered sections,
// paragraphs, tables and signature blocks, with every clause of the source in plain English. The Word
// and HTML writers only lay this out; what the document says is decided here, once, for both.
//
// Nothing is lost: every clause kind has a place in each document kind's layout, and a clause kind the
// layout does not place goes under "Other provisions" rather than being dropped.

import type { DocumentModel } from "../model";
import { formatMoney, formatPercent } from "../numbers";
import type {
  BodyNode, CriterionNode, DocItem, DocItemKind, DocumentKind, Ident, LearningNode, MeasureNode, PartyNode, RiskNode,
  Span, SpendNode, Str,
} from "../tree";
import { itemsOf } from "../tree";
import { bandRange } from "../features/describe";
import * as plain from "./plain-english";

/** One piece of a section's body. */
export type Block =
  | { kind: "paragraph"; text: string }
  /** Wording the drafter wrote in triple quotes, kept exactly as written, line breaks and all. */
  | { kind: "verbatim"; text: string }
  /** A labelled line, such as "Representative: Chief Executive". */
  | { kind: "field"; label: string; text: string }
  | { kind: "definition"; term: string; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "table"; caption?: string; head: string[]; rows: string[][]; total?: string[] };

export interface Section {
  /** "6" or "6.2"; "Schedule 1" for a schedule. */
  number: string;
  title: string;
  blocks: Block[];
  subsections: Section[];
  /** Where in the source the section's clauses are, so that a finding can name the section it is about. */
  from: Span[];
}

export interface SignatureBlock {
  /** The party's full name, as signed for. */
  party: string;
  /** Who signs: the party's representative, when the agreement names one. */
  signatory: string | null;
}

export interface DocumentOutline {
  kind: DocumentKind | null;
  /** The document's short name, for file names: `PlymouthAlliance`. */
  name: string;
  title: string;
  /** "Alliance agreement", "Specification"… */
  kindLabel: string;
  /** What the title page lists under the title: the parties, then term, value, jurisdiction, date and version. */
  between: string[];
  titlePage: { label: string; value: string }[];
  sections: Section[];
  schedules: Section[];
  /** One per party, for an agreement; empty for tender documents, which nobody signs. */
  signatures: SignatureBlock[];
}

export interface OutlineOptions {
  /** The source file as the reader knows it, for the title page. */
  source: string;
  /** ISO date the document is prepared on; the caller passes it so that the outline stays a pure function. */
  preparedOn: string;
  /** The documents this one is `for`, nearest first: their names resolve references (a principle, a party). */
  linked?: DocumentModel[];
  /** The source text, fingerprinted into the version so that two exports of the same text agree. */
  text?: string;
}

interface Layout {
  sections: { title: string; kinds: DocItemKind[]; intro?: string }[];
  schedules: { title: string; kinds: DocItemKind[]; intro?: string }[];
}

const PROCUREMENT: DocItemKind[] = ["Route", "Notices", "Instrument", "ReservedFor", "Process", "MarketEngagement", "InputSharing", "InvolvedEarly", "MinimumTurnover"];

const LAYOUTS: Record<DocumentKind, Layout> = {
  agreement: {
    sections: [
      { title: "Purpose", kinds: ["Purpose"] },
      { title: "Parties and their representatives", kinds: ["Parties", "Roles"], intro: "This agreement is made between the parties below. Each names the person who represents it and the authority that person has." },
      { title: "Principles", kinds: ["Principles", "PrincipleRefs"] },
      { title: "Values and behaviours", kinds: ["Values"] },
      { title: "Definitions", kinds: ["Definitions"], intro: "In this agreement each term below has the meaning given to it." },
      { title: "Governance", kinds: ["Steward", "KeyIssues", "Body"] },
      { title: "Risk and reward", kinds: ["Risk"] },
      { title: "Learning and measures", kinds: ["Learning"] },
      { title: "Involving people who use services", kinds: ["Involvement"] },
      { title: "How the alliance was procured", kinds: PROCUREMENT },
      { title: "Term, review and exit", kinds: ["Term", "Value", "Jurisdiction", "Stages", "ReviewPoint", "ExitPlan", "StaffChanges", "UnionEngagement", "Deadline"] },
    ],
    schedules: [{ title: "Spend authority", kinds: ["Spend"], intro: "Each amount of spending is approved by the role or body on its row. A row covers spending above the amount after “over” and up to and including the amount after “up to”." }],
  },
  specification: {
    sections: [
      { title: "Purpose and scope", kinds: ["Purpose", "Jurisdiction", "Value", "Term"] },
      { title: "Principles bidders sign up to", kinds: ["PrincipleRefs", "Principles"] },
      { title: "Requirements", kinds: ["Requirements"] },
      { title: "Outputs and outcomes", kinds: ["Targets"] },
      { title: "Stages of the contract", kinds: ["Stages"] },
      { title: "Procurement", kinds: PROCUREMENT },
    ],
    schedules: [],
  },
  tender: {
    sections: [
      { title: "What is being bought", kinds: ["Purpose", "Jurisdiction", "Value", "Term", "Stages"] },
      { title: "Principles bidders sign up to", kinds: ["PrincipleRefs", "Principles"] },
      { title: "Questions to answer", kinds: ["Questions"] },
      { title: "How to respond", kinds: ["Deadline", ...PROCUREMENT] },
    ],
    schedules: [],
  },
  evaluation: {
    sections: [
      { title: "Principles the evaluation looks for", kinds: ["PrincipleRefs", "Principles"] },
      { title: "Criteria and weights", kinds: ["Criterion"], intro: "Bids are scored against these criteria, with the weights below." },
    ],
    schedules: [],
  },
};

/** A fingerprint of the text (FNV-1a), so that the version on the title page changes exactly when the text does. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

class OutlineBuilder {
  constructor(
    private readonly model: DocumentModel,
    private readonly linked: DocumentModel[],
  ) {}

  private get all(): DocumentModel[] {
    return [this.model, ...this.linked];
  }

  nameOf(id: Ident | string): string {
    return displayName(this.all, typeof id === "string" ? id : id.name);
  }

  /** A principle by its wording, when a linked agreement has it. */
  principleText(name: string): string | null {
    for (const m of this.all) {
      const p = m.principle(name);
      if (p) return p.text.value;
    }
    return null;
  }

  names(ids: readonly Ident[]): string {
    return plain.list(ids.map((id) => this.nameOf(id)));
  }

  build(kind: DocumentKind, options: OutlineOptions): DocumentOutline {
    const doc = this.model.document!;
    const layout = LAYOUTS[kind];
    const placed = new Set<DocItemKind>([...layout.sections, ...layout.schedules].flatMap((s) => s.kinds));
    const make = (specs: Layout["sections"], prefix: string) =>
      specs
        .map((spec) => this.section(spec, doc.items))
        .filter((s): s is Omit<Section, "number"> => s !== null)
        .map((s, i) => number(s, `${prefix}${i + 1}`));
    const leftOver = doc.items.filter((item) => item.kind !== "Error" && !placed.has(item.kind)).map((i) => i.kind as DocItemKind);
    const specs = leftOver.length ? [...layout.sections, { title: "Other provisions", kinds: [...new Set(leftOver)] }] : layout.sections;
    const sections = make(specs, "");
    const schedules = make(layout.schedules, "Schedule ");
    const title = doc.title?.value ?? this.model.name ?? options.source;
    const parties = this.model.parties();
    return {
      kind,
      name: this.model.name ?? "document",
      title,
      kindLabel: plain.documentKindName(kind),
      between: kind === "agreement" ? parties.map((p) => `${p.title?.value ?? p.name.name} (${plain.list(p.roles.map((r) => plain.partyRoleName(r.word)))})`) : [],
      titlePage: this.titlePage(kind, options),
      sections,
      schedules,
      signatures: kind === "agreement" ? parties.map((p) => ({ party: p.title?.value ?? p.name.name, signatory: detail(p, "representative") })) : [],
    };
  }

  private titlePage(kind: DocumentKind, options: OutlineOptions): { label: string; value: string }[] {
    const rows: { label: string; value: string }[] = [];
    const target = this.model.document?.target;
    if (target) {
      const targetDoc = this.linked.find((m) => m.name === target.name);
      rows.push({ label: "Written for", value: targetDoc?.document?.title?.value ?? target.name });
    }
    const term = this.model.first("Term");
    if (term) rows.push({ label: "Term", value: this.termText(term) });
    const value = this.model.first("Value");
    if (value) rows.push({ label: "Value", value: this.valueText(value) });
    const jurisdiction = this.model.first("Jurisdiction");
    if (jurisdiction) rows.push({ label: "Jurisdiction", value: plain.jurisdictionName(jurisdiction.value.word) });
    const deadline = this.model.first("Deadline");
    if (deadline) rows.push({ label: "Deadline for bids", value: plain.formatDate(deadline.date) });
    rows.push({ label: "Date", value: `Prepared on ${plain.formatDate(isoParts(options.preparedOn))} from ${options.source}` });
    rows.push({ label: "Version", value: `Draft ${fingerprint(options.text ?? "")} (changes whenever the source text changes)` });
    void kind;
    return rows;
  }

  termText(term: Extract<DocItem, { kind: "Term" }>): string {
    if (term.duration && term.from) {
      return `${plain.formatDuration(term.duration)}, from ${plain.formatDate(term.from)} to ${plain.formatDate(plain.termEnd(term.from, term.duration))}`;
    }
    if (term.from && term.until) return `From ${plain.formatDate(term.from)} to ${plain.formatDate(term.until)}`;
    if (term.duration) return plain.formatDuration(term.duration);
    if (term.from) return `From ${plain.formatDate(term.from)}`;
    return "Not stated";
  }

  valueText(value: Extract<DocItem, { kind: "Value" }>): string {
    const pooled = value.pooledBy.length ? `, pooled by ${this.names(value.pooledBy)}` : "";
    return `${formatMoney(value.amount)}${value.perYear ? " a year" : ""}${pooled}`;
  }

  private section(spec: Layout["sections"][number], items: DocItem[]): Omit<Section, "number"> | null {
    const blocks: Block[] = spec.intro ? [{ kind: "paragraph", text: spec.intro }] : [];
    const subsections: Omit<Section, "number">[] = [];
    let found = false;
    for (const kind of spec.kinds) {
      const clauses = items.filter((i) => i.kind === kind);
      if (!clauses.length) continue;
      found = true;
      const out = this.clauses(kind, clauses);
      blocks.push(...out.blocks);
      subsections.push(...out.subsections);
    }
    if (!found) return null;
    const from = items.filter((i) => i.kind !== "Error" && spec.kinds.includes(i.kind)).map((i) => i.span);
    return { title: spec.title, blocks, subsections: subsections as Section[], from };
  }

  /** Every clause kind in plain English. The switch is exhaustive, so a new kind of clause cannot be forgotten. */
  private clauses(kind: DocItemKind, clauses: DocItem[]): { blocks: Block[]; subsections: Omit<Section, "number">[] } {
    const blocks: Block[] = [];
    const subsections: Omit<Section, "number">[] = [];
    if (kind === "Criterion") {
      blocks.push(...this.criteria(clauses as CriterionNode[]));
      return { blocks, subsections };
    }
    for (const clause of clauses) {
      switch (clause.kind) {
        case "Purpose": {
          blocks.push(...wording("The shared purpose of the alliance is", clause.text, { quote: true }));
          for (const d of itemsOf(clause.items)) {
            const label = { people: "The people it is for", place: "The place", scope: "What it covers" }[d.key];
            blocks.push(...fieldOf(label, d.value));
          }
          break;
        }
        case "Jurisdiction":
          blocks.push({ kind: "paragraph", text: `The jurisdiction is ${plain.jurisdictionName(clause.value.word)}: its law and its procurement rules apply.` });
          break;
        case "Term":
          blocks.push({ kind: "paragraph", text: `The term is ${lowerFirst(this.termText(clause))}.` });
          break;
        case "Value":
          blocks.push({ kind: "paragraph", text: `The value is ${this.valueText(clause)}.` });
          break;
        case "Parties":
          for (const party of itemsOf(clause.items)) subsections.push(this.party(party));
          break;
        case "Roles": {
          const roles = itemsOf(clause.items);
          blocks.push({ kind: "paragraph", text: "The key roles are filled as follows." });
          blocks.push({
            kind: "table",
            head: ["Role", "Kind", "Reports to", "Held by"],
            rows: roles.map((r) => [r.title?.value ?? r.name.name, plain.capitalise(plain.roleKindName(r.roleKind.word)), r.reportsTo ? plain.capitalise(this.nameOf(r.reportsTo)) : "", r.heldBy ? plain.capitalise(this.nameOf(r.heldBy)) : "No named party"]),
          });
          break;
        }
        case "Principles": {
          if (clause.coProducedWith?.length) blocks.push({ kind: "paragraph", text: `These principles were written together by ${this.names(clause.coProducedWith)}. Every party agrees to work by them.` });
          for (const p of itemsOf(clause.items)) blocks.push(...fieldOf(plain.capitalise(plain.readable(p.name.name)), p.text));
          break;
        }
        case "PrincipleRefs": {
          blocks.push({ kind: "paragraph", text: "The principles below are those of the alliance agreement. Every bidder is asked to work by them." });
          for (const id of clause.names) {
            const text = this.principleText(id.name);
            blocks.push({ kind: "field", label: plain.capitalise(plain.readable(id.name)), text: text ?? "(set out in the alliance agreement)" });
          }
          break;
        }
        case "Values":
          for (const v of itemsOf(clause.items)) blocks.push(...fieldOf(plain.capitalise(plain.readable(v.name.name)), v.text));
          break;
        case "Definitions":
          for (const d of itemsOf(clause.items)) {
            // The meaning is the drafter's, word for word: a definition is where rewording would change the law.
            if (d.text.triple) blocks.push({ kind: "definition", term: plain.readable(d.term.name), text: "" }, { kind: "verbatim", text: d.text.value });
            else blocks.push({ kind: "definition", term: plain.readable(d.term.name), text: d.text.value });
          }
          break;
        case "KeyIssues": {
          blocks.push({ kind: "paragraph", text: "The key issues are:" });
          blocks.push({ kind: "list", items: itemsOf(clause.items).map((k) => k.text.value) });
          break;
        }
        case "Body":
          subsections.push(this.body(clause));
          break;
        case "Risk":
          blocks.push(...this.risk(clause));
          break;
        case "Spend":
          blocks.push(...this.spend(clause));
          break;
        case "Learning":
          blocks.push(...this.learning(clause, subsections));
          break;
        case "Involvement":
          for (const item of itemsOf(clause.items)) {
            if (item.kind === "Involve") blocks.push({ kind: "paragraph", text: `${plain.capitalise(this.nameOf(item.who))} ${item.stages.length ? `take part in ${plain.list(item.stages.map((s) => stageName(s.word)))}` : "take part"}.` });
            else blocks.push(...fieldOf({ feedback: "Feedback", stories: "Stories", "safe-sharing": "Sharing stories safely" }[item.key], item.text));
          }
          break;
        case "Steward":
          blocks.push({ kind: "paragraph", text: `${plain.capitalise(this.nameOf(clause.who))} is the system steward: it looks after the alliance as a whole rather than any one part of it.` });
          break;
        case "Route":
          blocks.push(...wording(`The contract is awarded under ${plain.routeName(clause.value.word)}`, clause.because, { because: true }));
          if (clause.justification) blocks.push(...fieldOf("Justification for awarding without a competition", clause.justification));
          break;
        case "Services":
          blocks.push({ kind: "paragraph", text: `The services bought are ${plain.list(clause.names.map((n) => plain.serviceName(n.word)))}.` });
          break;
        case "ProcurementStart":
          blocks.push({ kind: "paragraph", text: `The procurement starts on ${plain.formatDate(clause.date)}.` });
          break;
        case "Notices":
          blocks.push({ kind: "paragraph", text: `The commissioners publish ${plain.list(clause.names.map((n) => plain.noticeName(n.word)))}.` });
          break;
        case "Instrument":
          blocks.push(...wording(`The alliance is formed by ${plain.instrumentName(clause.value.word)}`, clause.because, { because: true }));
          break;
        case "ReservedFor":
          blocks.push(...fieldOf("Reserved for", clause.text));
          break;
        case "Process": {
          const steps = itemsOf(clause.items);
          blocks.push({ kind: "table", caption: "The process and its timetable", head: ["Step", "What happens", "How long"], rows: steps.map((s, i) => [String(i + 1), s.text.value, s.duration ? plain.formatDuration(s.duration) : ""]) });
          break;
        }
        case "MarketEngagement":
          blocks.push(...fieldOf("Market engagement", clause.text));
          break;
        case "InputSharing":
          blocks.push(...fieldOf("Sharing what was heard", clause.text));
          break;
        case "InvolvedEarly":
          blocks.push({ kind: "paragraph", text: `The commissioners involved ${plain.list(clause.names.map((n) => plain.enablingFunction(n.word)))} colleagues from the start.` });
          break;
        case "MinimumTurnover":
          blocks.push({ kind: "paragraph", text: `Bidders need a yearly turnover of at least ${formatMoney(clause.amount)}.` });
          break;
        case "Stages": {
          const stages = itemsOf(clause.items);
          blocks.push({
            kind: "table",
            caption: "What happens in each stage of the term",
            head: ["Years", "What happens", "Written by"],
            rows: stages.map((s) => [s.from.value === s.to.value ? `Year ${s.from.value}` : `Years ${s.from.value} to ${s.to.value}`, s.text.value, s.writtenBy.length ? this.names(s.writtenBy) : ""]),
          });
          break;
        }
        case "ReviewPoint":
          blocks.push({ kind: "paragraph", text: `The alliance stops to review its first cycle ${clause.after ? `after ${plain.formatDuration(clause.after)}` : clause.date ? `on ${plain.formatDate(clause.date)}` : "at a point the parties agree"}, before it embeds the approach further.` });
          break;
        case "ExitPlan":
          blocks.push(...fieldOf("If the alliance ends", clause.text));
          break;
        case "StaffChanges":
          blocks.push(...fieldOf("Staff", clause.text));
          break;
        case "UnionEngagement":
          blocks.push(...fieldOf("Trade unions", clause.text));
          break;
        case "Requirements": {
          const reqs = itemsOf(clause.items);
          blocks.push({
            kind: "table",
            head: ["Ref.", "Requirement", "Level", "About"],
            rows: reqs.map((r) => [r.name.name, r.text.value, r.level ? plain.requirementLevel(r.level.word) : "", plain.list(r.about.map((a) => plain.readable(a.name)))]),
          });
          break;
        }
        case "Targets": {
          if (clause.none) blocks.push({ kind: "paragraph", text: "This specification sets no output or outcome targets." });
          const targets = itemsOf(clause.items);
          if (targets.length) blocks.push({ kind: "table", head: ["Ref.", "Target"], rows: targets.map((t) => [t.name.name, t.text.value]) });
          break;
        }
        case "Questions": {
          const qs = itemsOf(clause.items);
          blocks.push({ kind: "table", head: ["Ref.", "Question", "About"], rows: qs.map((q) => [q.name.name, q.text.value, plain.list(q.about.map((a) => plain.readable(a.name)))]) });
          break;
        }
        case "Deadline":
          blocks.push({ kind: "paragraph", text: `Bids must arrive by ${plain.formatDate(clause.date)}.` });
          break;
        case "Criterion":
        case "Error":
          break;
        default:
          assertNever(clause);
      }
    }
    return { blocks, subsections };
  }

  private party(party: PartyNode): Omit<Section, "number"> {
    const roles = plain.list(party.roles.map((r) => plain.partyRoleName(r.word)));
    const blocks: Block[] = [{ kind: "paragraph", text: `${party.title?.value ?? party.name.name} (“${party.name.name}”) is a party as ${/^[aeiou]/i.test(roles) ? "an" : "a"} ${roles}.` }];
    const labels: Record<string, string> = { representative: "Representative", authority: "Authority", contributes: "Contributes", contact: "Contact", time: "Time given", framework: "Framework" };
    for (const d of itemsOf(party.items)) blocks.push(...fieldOf(labels[d.key] ?? d.key, d.value));
    return { title: party.title?.value ?? party.name.name, blocks, subsections: [], from: [party.span] };
  }

  private body(body: BodyNode): Omit<Section, "number"> {
    const items = itemsOf(body.items);
    const blocks: Block[] = [];
    const members = this.model.membersOf(body);
    const all = items.some((i) => i.kind === "Members" && i.all);
    if (members.length) blocks.push({ kind: "field", label: "Members", text: `${all ? "Every party: " : ""}${plain.list(members.map((m) => this.nameOf(m)))}.` });
    for (const item of items) {
      switch (item.kind) {
        case "Members":
          break;
        case "Chair":
          blocks.push({ kind: "field", label: "Chair", text: `${plain.capitalise(this.nameOf(item.who))}.` });
          break;
        case "Decides": {
          const subject = item.subject.word === "key-issues" ? "the key issues listed above" : plain.readable(item.subject.word);
          blocks.push({ kind: "field", label: "Decides", text: `${plain.capitalise(subject)}, ${plain.decisionMethod(item.method.word)}.` });
          break;
        }
        case "IfNotUnanimous": {
          const outcome =
            item.outcome === "falls" ? "the proposal falls: nothing changes until every member agrees" :
            item.outcome === "refer" ? `the matter is referred to ${this.nameOf(item.target!)}` :
            `${this.nameOf(item.target!)} decides`;
          blocks.push({ kind: "field", label: "When a decision is not unanimous", text: `${plain.capitalise(outcome)}.` });
          break;
        }
        case "ReportsTo":
          blocks.push({ kind: "field", label: "Reports to", text: `${plain.capitalise(this.nameOf(item.target))}.` });
          break;
        case "Advises":
          blocks.push({ kind: "field", label: "Advises", text: `${plain.capitalise(this.nameOf(item.target))}.` });
          break;
        case "Until":
          blocks.push({ kind: "field", label: "Until", text: `${plain.formatDate(item.date)}.` });
          break;
        case "Meets":
          blocks.push({ kind: "field", label: "Meets", text: `${plain.capitalise(plain.cadence(item.cadence))}.` });
          break;
        case "Quorum":
          blocks.push({ kind: "field", label: "Quorum", text: item.all ? "Every member must be present." : `At least ${item.count?.value ?? "?"} members.` });
          break;
        case "Functions":
          blocks.push({ kind: "field", label: "Functions", text: `${plain.capitalise(plain.list(item.names.map((n) => plain.bodyFunction(n.word))))}.` });
          break;
        case "OpenTo":
          blocks.push({ kind: "field", label: "Open to", text: `${plain.capitalise(plain.list(item.who.map((w) => plain.openTo(w.word))))}.` });
          break;
        case "RespondsWithin":
          blocks.push({ kind: "field", label: "Responds", text: `Within ${plain.formatDuration(item.duration)} of a matter being put to it.` });
          break;
        case "CastingVote":
          blocks.push({ kind: "field", label: "Casting vote", text: item.ofChair ? "Whoever chairs the body has a casting vote." : `${plain.capitalise(this.nameOf(item.holder))} has a casting vote.` });
          break;
        default:
          assertNever(item);
      }
    }
    return { title: body.title ? `${body.title.value} (the ${body.name.name})` : body.name.name, blocks, subsections: [], from: [body.span] };
  }

  private risk(risk: RiskNode): Block[] {
    const blocks: Block[] = [];
    const items = itemsOf(risk.items);
    const shares = items.flatMap((i) => (i.kind === "Share" ? [i] : []));
    for (const item of items) {
      switch (item.kind) {
        case "Responsibility":
          blocks.push({ kind: "paragraph", text: item.value.word === "collective" ? "The parties carry the risks of the alliance together: a loss or a saving is the whole alliance's, not any one party's." : "Each party carries the risks of its own part of the alliance." });
          break;
        case "Share":
          break;
        case "Cap":
          blocks.push({ kind: "field", label: "Cap", text: `No party gains or loses more than ${formatMoney(item.amount)}${item.perYear ? " in any year" : " over the term"} under the risk share.` });
          break;
        case "NoFaultNoBlame":
          blocks.push({
            kind: "field",
            label: "No fault, no blame",
            text: `The parties do not bring disputes or claims against one another${item.exceptions.length ? `, except in a case of ${plain.list(item.exceptions.map((e) => plain.claimGround(e.word)), "or")}${item.exceptions.some((e) => this.defined(e.word)) ? " (as defined in the definitions section)" : ""}` : ""}.`,
          });
          break;
        case "Claims":
          blocks.push({ kind: "field", label: "Claims", text: `A party may claim against another only for ${plain.list(item.grounds.map((g) => plain.claimGround(g.word)), "or")}.` });
          break;
        case "Accounting":
          blocks.push({ kind: "field", label: "Accounts", text: item.value.word === "open-book" ? "Every party keeps open books: each can see the others' costs and income for the alliance's work." : `Accounts are kept ${plain.readable(item.value.word)}.` });
          break;
        case "Assign":
          blocks.push({ kind: "field", label: "Assigned risk", text: `${plain.capitalise(item.what.value)} is carried by ${this.nameOf(item.party)} alone.` });
          break;
        default:
          assertNever(item);
      }
    }
    if (shares.length) {
      const parties = [...new Set(shares.flatMap((s) => s.entries.map((e) => e.party.name)))];
      const label = { pain: "Share of losses (pain)", gain: "Share of savings (gain)", budget: "Share of the budget" };
      const totals = shares.map((s) => formatPercent(s.entries.reduce((sum, e) => sum + e.percent.thousandths, 0)));
      blocks.push({
        kind: "table",
        caption: "How losses, savings and the budget are shared",
        head: ["Party", ...shares.map((s) => label[s.which])],
        rows: parties.map((p) => [this.nameOf(p), ...shares.map((s) => { const e = s.entries.find((x) => x.party.name === p); return e ? formatPercent(e.percent) : "—"; })]),
        total: ["Total", ...totals],
      });
    }
    return blocks;
  }

  private defined(word: string): boolean {
    return this.all.some((m) => m.clauses("Definitions").some((d) => itemsOf(d.items).some((i) => i.term.name === word)));
  }

  private spend(spend: SpendNode): Block[] {
    const items = itemsOf(spend.items);
    const blocks: Block[] = [];
    const bands = items.flatMap((i) => (i.kind === "Band" ? [i] : []));
    if (bands.length) blocks.push({ kind: "table", caption: "Who approves spending", head: ["Amount of spending", "Approved by"], rows: bands.map((b) => [plain.capitalise(bandRange(b)), plain.capitalise(this.nameOf(b.approver))]) });
    for (const item of items) if (item.kind === "Eligibility") blocks.push(...fieldOf("What spending may be used for", item.text));
    return blocks;
  }

  private learning(learning: LearningNode, subsections: Omit<Section, "number">[]): Block[] {
    const blocks: Block[] = [{ kind: "paragraph", text: "Each measure below says what it is used for, where its data comes from, who owns it and who makes sense of it." }];
    for (const item of itemsOf(learning.items)) {
      if (item.kind === "Measure") subsections.push(this.measure(item));
      else if (item.kind === "Review") blocks.push({ kind: "paragraph", text: `${plain.capitalise(this.nameOf(item.by))} reviews what the measures show ${plain.cadence(item.cadence)}${item.againstPurpose ? ", against the shared purpose" : ""}.` });
      else blocks.push(...fieldOf("Sharing data", item.text));
    }
    return blocks;
  }

  private measure(measure: MeasureNode): Omit<Section, "number"> {
    const blocks: Block[] = [];
    if (measure.uses.length) blocks.push({ kind: "field", label: "Used for", text: `${plain.capitalise(plain.list(measure.uses.map((u) => plain.measureUse(u.word))))}.` });
    const labels: Record<string, string> = { source: "Source", target: "Target", "linked-to": "Linked to", perspective: "Perspective", "defined-by": "Defined by", kind: "Kind", "sense-maker": "Made sense of by", owner: "Owner", "shared-by": "Shared by" };
    for (const d of itemsOf(measure.items)) {
      const label = labels[d.key] ?? d.key;
      if (d.text) blocks.push(...fieldOf(label, d.text));
      else if (d.word) {
        const w = d.word.word;
        const text = d.key === "kind" ? plain.measureKind(w) : d.key === "defined-by" ? plain.definedBy(w) : plain.readable(w);
        blocks.push({ kind: "field", label, text: `${plain.capitalise(text)}.` });
      } else if (d.names.length) blocks.push({ kind: "field", label, text: `${plain.capitalise(this.names(d.names))}.` });
    }
    return { title: measure.title?.value ?? measure.name.name, blocks, subsections: [], from: [measure.span] };
  }

  private criteria(criteria: CriterionNode[]): Block[] {
    const blocks: Block[] = [];
    const stages = [...new Set(criteria.map((c) => c.stage?.word ?? "award"))];
    for (const stage of stages) {
      const these = criteria.filter((c) => (c.stage?.word ?? "award") === stage);
      const total = these.reduce((sum, c) => sum + c.weight.thousandths, 0);
      blocks.push({
        kind: "table",
        caption: `${plain.capitalise(stage)} criteria`,
        head: ["Criterion", "Weight", "What it assesses"],
        rows: these.map((c) => [`${c.title?.value ?? c.name.name}${c.socialValue ? " (social value)" : ""}`, formatPercent(c.weight), plain.capitalise(plain.list(c.assesses.map((a) => this.assessed(a))))]),
        total: ["Total", formatPercent(total), ""],
      });
    }
    return blocks;
  }

  /** What a criterion assesses: a requirement by its short name, a principle by its name in words. */
  private assessed(id: Ident): string {
    if (this.principleText(id.name) !== null) return `the principle “${plain.readable(id.name)}”`;
    return `requirement ${id.name}`;
  }
}

/** A party, role or body by its full name ("the Alliance Leadership Board"); anything else by its short name. */
export function displayName(models: readonly DocumentModel[], name: string): string {
  for (const m of models) {
    const party = m.party(name);
    if (party) return party.title?.value ?? name;
    const role = m.role(name);
    if (role) return role.title ? `the ${lowerFirst(role.title.value)}` : name;
    const body = m.body(name);
    if (body) return body.title ? `the ${body.title.value}` : name;
  }
  return name;
}

/** The most specific section (or schedule) whose clauses hold the offset, for saying where a finding is. */
export function sectionAt(outline: DocumentOutline, offset: number): Section | null {
  const inside = (s: Section) => s.from.some((span) => span.start <= offset && offset <= span.end);
  const search = (sections: Section[]): Section | null => {
    for (const s of sections) {
      if (!inside(s)) continue;
      return search(s.subsections) ?? s;
    }
    return null;
  };
  return search([...outline.sections, ...outline.schedules]);
}

function number(section: Omit<Section, "number">, prefix: string): Section {
  return { ...section, number: prefix, subsections: section.subsections.map((s, i) => number(s, `${prefix.replace(/^Schedule /, "S")}.${i + 1}`)) };
}

function detail(party: PartyNode, key: string): string | null {
  return itemsOf(party.items).find((d) => d.key === key)?.value.value ?? null;
}

/** A labelled piece of the drafter's wording: inline when short, verbatim below the label when written in triple quotes. */
function fieldOf(label: string, str: Str): Block[] {
  return str.triple ? [{ kind: "field", label, text: "" }, { kind: "verbatim", text: str.value }] : [{ kind: "field", label, text: str.value }];
}

/** A sentence that leads into the drafter's wording, which is never reworded: "… is: “X”", or the reason as its own line. */
function wording(lead: string, str: Str | null, how: { quote?: boolean; because?: boolean }): Block[] {
  if (!str) return [{ kind: "paragraph", text: `${lead}.` }];
  if (how.because) return [{ kind: "paragraph", text: `${lead}.` }, ...fieldOf("Why", str)];
  if (str.triple) return [{ kind: "paragraph", text: `${lead}:` }, { kind: "verbatim", text: str.value }];
  return [{ kind: "paragraph", text: `${lead}: “${str.value}”` }];
}

function stageName(word: string): string {
  return { need: "working out what is needed", design: "design", outcomes: "deciding outcomes", review: "review" }[word] ?? plain.readable(word);
}

/** Lower-cases a leading article only, so that the drafter's names ("Plymouth", "NHS") keep their capitals mid-sentence. */
function lowerFirst(text: string): string {
  return /^(A|An|The|From)\b/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function isoParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.slice(0, 10).split("-").map(Number);
  return { year, month, day };
}

function assertNever(value: never): never {
  throw new Error(`no wording for clause ${(value as { kind: string }).kind}`);
}

/** The outline of one parsed document, or null when it has no document header to go by. */
export function buildOutline(model: DocumentModel, options: OutlineOptions): DocumentOutline | null {
  if (!model.document || !model.kind) return null;
  return new OutlineBuilder(model, options.linked ?? []).build(model.kind, options);
}

/** Every word of the outline as plain text, in reading order: for search, tests and the text export. */
export function outlineText(outline: DocumentOutline): string {
  const lines: string[] = [outline.title, outline.kindLabel, ...outline.between, ...outline.titlePage.map((r) => `${r.label}: ${r.value}`)];
  const visit = (s: Section) => {
    lines.push(`${s.number} ${s.title}`);
    for (const b of s.blocks) lines.push(...blockText(b));
    s.subsections.forEach(visit);
  };
  outline.sections.forEach(visit);
  outline.schedules.forEach(visit);
  for (const sig of outline.signatures) lines.push(`Signed for and on behalf of ${sig.party}`, sig.signatory ?? "");
  return lines.join("\n");
}

export function blockText(block: Block): string[] {
  switch (block.kind) {
    case "paragraph":
    case "verbatim":
      return [block.text];
    case "field":
      return [`${block.label}: ${block.text}`];
    case "definition":
      return [`“${block.term}”: ${block.text}`];
    case "list":
      return block.items;
    case "table":
      return [block.caption ?? "", block.head.join(" | "), ...block.rows.map((r) => r.join(" | ")), block.total?.join(" | ") ?? ""];
  }
}
