// Plain-English descriptions of declared things, for hover and completion details.

import type { DocumentModel } from "../model";
import type { BandNode, BodyNode, Ident, Money, SymbolKind } from "../tree";
import { itemsOf } from "../tree";
import type { Resolution, Workspace } from "../workspace";
import { formatMoney, formatPercent } from "../numbers";

/**
 * What a name stands for, first: `**PCC** — commissioner: Plymouth City Council`, then one line of what
 * it does in this document (which bodies it sits on, what it chairs, its shares, the spend it approves).
 */
export function describeSymbol(workspace: Workspace, symbol: Resolution): string {
  const state = workspace.get(symbol.uri);
  if (!state) return `**${symbol.declaration.name}**`;
  const model = state.model;
  const name = symbol.declaration.name;
  switch (symbol.kind) {
    case "party": return describeParty(model, name);
    case "body": return describeBody(model, name);
    case "role": return describeRole(model, name);
    case "principle": {
      const p = model.principle(name);
      return `${head(name, "principle")}${p ? `: “${p.text.value}”` : ""}`;
    }
    case "measure": {
      const m = model.measures().find((x) => x.name.name === name);
      if (!m) return head(name, "measure");
      const source = itemsOf(m.items).find((d) => d.key === "source")?.text?.value;
      return `${head(name, "measure")}${m.title ? `: ${m.title.value}` : ""}\n\n${m.uses.length ? `Used for ${list(m.uses.map((u) => u.word))}.` : "Its use is not stated."}${source ? ` Source: ${source}.` : ""}`;
    }
    case "document": {
      const doc = model.document;
      return `${head(name, doc?.docKind ?? "document")}${doc?.title ? `: ${doc.title.value}` : ""}`;
    }
    default: return describeSimple(model, symbol.kind, name);
  }
}

/** The first line of a name's hover: the name, then what kind of thing it is. */
function head(name: string, what: string): string {
  return `**${name}** — ${what}`;
}

function describeSimple(model: DocumentModel, kind: SymbolKind, name: string): string {
  const label: Partial<Record<SymbolKind, string>> = { value: "value", term: "defined term", requirement: "requirement", target: "target", question: "question", criterion: "evaluation criterion" };
  let text = "";
  for (const item of model.document?.items ?? []) {
    if (item.kind === "Values" || item.kind === "Definitions" || item.kind === "Requirements" || item.kind === "Targets" || item.kind === "Questions") {
      for (const entry of itemsOf<{ kind: string; text?: { value: string }; name?: Ident; term?: Ident }>(item.items as never)) {
        if ((entry.name ?? entry.term)?.name === name && entry.text) text = `“${entry.text.value}”`;
      }
    }
    if (item.kind === "Criterion" && item.name.name === name) text = `${item.title ? `${item.title.value}, ` : ""}weighted ${item.weight.text}`;
  }
  return `${head(name, label[kind] ?? kind)}${text ? `: ${text}` : ""}`;
}

function list(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Which bodies a party or role sits on and chairs, and the spend it approves. */
function placeIn(model: DocumentModel, name: string): string[] {
  const facts: string[] = [];
  const bodies = model.bodies().filter((b) => model.membersOf(b).includes(name)).map((b) => b.name.name);
  const chairs = model.bodies().filter((b) => itemsOf(b.items).some((i) => i.kind === "Chair" && i.who.name === name)).map((b) => b.name.name);
  if (bodies.length) facts.push(`Member of ${list(bodies)}.`);
  if (chairs.length) facts.push(`Chairs ${list(chairs)}.`);
  const approves = model.bands().filter((b) => b.approver.name === name);
  if (approves.length) facts.push(`Approves spend ${list(approves.map(bandRange))}.`);
  return facts;
}

function describeParty(model: DocumentModel, name: string): string {
  const party = model.party(name);
  if (!party) return head(name, "party");
  const roles = party.roles.map((r) => r.word);
  const lines = [`${head(name, roles.length ? list(roles) : "party")}${party.title ? `: ${party.title.value}` : ""}`];
  const facts = placeIn(model, name);
  for (const risk of model.clauses("Risk")) {
    for (const share of itemsOf(risk.items)) {
      if (share.kind !== "Share") continue;
      const entry = share.entries.find((e) => e.party.name === name);
      facts.push(entry ? `Carries ${entry.percent.text} of the ${share.which} share.` : `Has no part in the ${share.which} share.`);
    }
  }
  if (facts.length) lines.push(facts.join(" "));
  const details = itemsOf(party.items).map((d) => `${d.key.charAt(0).toUpperCase()}${d.key.slice(1)}: ${d.value.value}.`);
  if (details.length) lines.push(details.join(" "));
  return lines.join("\n\n");
}

function describeBody(model: DocumentModel, name: string): string {
  const body = model.body(name);
  if (!body) return head(name, "body");
  const lines = [`${head(name, "body")}${body.title ? `: ${body.title.value}` : ""}`];
  const facts: string[] = [];
  const members = model.membersOf(body);
  if (members.length) facts.push(`Members: ${list(members)}.`);
  for (const item of itemsOf(body.items)) {
    if (item.kind === "Decides") facts.push(`Decides ${item.subject.word} by ${item.method.word}.`);
    if (item.kind === "IfNotUnanimous") facts.push(item.outcome === "falls" ? "A proposal not agreed by everyone falls." : item.outcome === "refer" ? `A proposal not agreed by everyone goes to ${item.target?.name}.` : `If not unanimous, ${item.target?.name} decides.`);
    if (item.kind === "Chair") facts.push(`Chaired by ${item.who.name}.`);
    if (item.kind === "Meets") facts.push(`Meets ${item.cadence.word ?? `every ${item.cadence.every?.text}`}.`);
    if (item.kind === "ReportsTo") facts.push(`Reports to ${item.target.name}.`);
  }
  const approves = model.bands().filter((b) => b.approver.name === name);
  if (approves.length) facts.push(`Approves spend ${list(approves.map(bandRange))}.`);
  if (facts.length) lines.push(facts.join(" "));
  return lines.join("\n\n");
}

function describeRole(model: DocumentModel, name: string): string {
  const role = model.role(name);
  if (!role) return head(name, "role");
  const facts: string[] = [];
  if (role.heldBy) facts.push(`Held by ${role.heldBy.name}.`);
  if (role.reportsTo) facts.push(`Reports to ${role.reportsTo.name}.`);
  facts.push(...placeIn(model, name));
  return `${head(name, `${role.roleKind.word} role`)}${role.title ? `: ${role.title.value}` : ""}${facts.length ? `\n\n${facts.join(" ")}` : ""}`;
}

export function bandRange(band: BandNode): string {
  if (band.over && band.upTo) return `over ${formatMoney(band.over)} up to ${formatMoney(band.upTo)}`;
  if (band.upTo) return `up to ${formatMoney(band.upTo)}`;
  return `over ${band.over ? formatMoney(band.over) : "?"}`;
}

/** Which band an amount falls in, and who approves it. */
export function approverFor(model: DocumentModel, amount: Money): BandNode | null {
  for (const band of model.bands()) {
    if (band.over && band.over.currency !== amount.currency) continue;
    if (band.upTo && band.upTo.currency !== amount.currency) continue;
    const above = band.over ? amount.minor > band.over.minor : amount.minor >= 0;
    const below = band.upTo ? amount.minor <= band.upTo.minor : true;
    if (above && below) return band;
  }
  return null;
}

export function bodyMembers(model: DocumentModel, body: BodyNode): string[] {
  return model.membersOf(body);
}

export { formatMoney, formatPercent };
