// Plain-English descriptions of declared things, for hover and completion details.

import type { DocumentModel } from "../model";
import type { BandNode, BodyNode, Ident, Money, SymbolKind } from "../tree";
import { itemsOf } from "../tree";
import type { Resolution, Workspace } from "../workspace";
import { formatMoney, formatPercent } from "../numbers";

export function describeSymbol(workspace: Workspace, symbol: Resolution): string {
  const state = workspace.get(symbol.uri);
  if (!state) return `\`${symbol.declaration.name}\``;
  const model = state.model;
  const name = symbol.declaration.name;
  switch (symbol.kind) {
    case "party": return describeParty(model, name);
    case "body": return describeBody(model, name);
    case "role": return describeRole(model, name);
    case "principle": {
      const p = model.principle(name);
      return `**${name}** · principle\n\n${p ? `“${p.text.value}”` : ""}`;
    }
    case "measure": {
      const m = model.measures().find((x) => x.name.name === name);
      if (!m) return `**${name}** · measure`;
      const source = itemsOf(m.items).find((d) => d.key === "source")?.text?.value;
      return `**${name}** · measure${m.title ? ` · ${m.title.value}` : ""}\n\n${m.uses.length ? `Used for ${m.uses.map((u) => u.word).join(", ")}.` : "Its use is not stated."}${source ? ` Source: ${source}.` : ""}`;
    }
    case "document": {
      const doc = model.document;
      return `**${name}** · ${doc?.docKind ?? "document"}${doc?.title ? ` · ${doc.title.value}` : ""}`;
    }
    default: return describeSimple(model, symbol.kind, name);
  }
}

function describeSimple(model: DocumentModel, kind: SymbolKind, name: string): string {
  const label: Partial<Record<SymbolKind, string>> = { value: "value", term: "defined term", requirement: "requirement", target: "target", question: "question", criterion: "award criterion" };
  let text = "";
  for (const item of model.document?.items ?? []) {
    if (item.kind === "Values" || item.kind === "Definitions" || item.kind === "Requirements" || item.kind === "Targets" || item.kind === "Questions") {
      for (const entry of itemsOf<{ kind: string; text?: { value: string }; name?: Ident; term?: Ident }>(item.items as never)) {
        if ((entry.name ?? entry.term)?.name === name && entry.text) text = `“${entry.text.value}”`;
      }
    }
    if (item.kind === "Criterion" && item.name.name === name) text = `${item.title ? `${item.title.value}, ` : ""}weighted ${item.weight.text}`;
  }
  return `**${name}** · ${label[kind] ?? kind}${text ? `\n\n${text}` : ""}`;
}

function list(names: string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function describeParty(model: DocumentModel, name: string): string {
  const party = model.party(name);
  if (!party) return `**${name}** · party`;
  const lines = [`**${name}** · ${party.roles.map((r) => r.word).join(", ")}${party.title ? ` · ${party.title.value}` : ""}`];
  const bodies = model.bodies().filter((b) => model.membersOf(b).includes(name)).map((b) => b.name.name);
  const chairs = model.bodies().filter((b) => itemsOf(b.items).some((i) => i.kind === "Chair" && i.who.name === name)).map((b) => b.name.name);
  const facts: string[] = [];
  if (bodies.length) facts.push(`Sits on ${list(bodies)}.`);
  if (chairs.length) facts.push(`Chairs ${list(chairs)}.`);
  for (const risk of model.clauses("Risk")) {
    for (const share of itemsOf(risk.items)) {
      if (share.kind !== "Share") continue;
      const entry = share.entries.find((e) => e.party.name === name);
      facts.push(entry ? `Carries ${entry.percent.text} of the ${share.which} share.` : `Has no part in the ${share.which} share.`);
    }
  }
  const approves = model.bands().filter((b) => b.approver.name === name);
  if (approves.length) facts.push(`Approves spend ${list(approves.map(bandRange))}.`);
  for (const detail of itemsOf(party.items)) facts.push(`${detail.key.charAt(0).toUpperCase()}${detail.key.slice(1)}: ${detail.value.value}.`);
  if (facts.length) lines.push(facts.join(" "));
  return lines.join("\n\n");
}

function describeBody(model: DocumentModel, name: string): string {
  const body = model.body(name);
  if (!body) return `**${name}** · body`;
  const lines = [`**${name}** · body${body.title ? ` · ${body.title.value}` : ""}`];
  const facts: string[] = [];
  const members = model.membersOf(body);
  if (members.length) facts.push(`Members: ${list(members)}.`);
  for (const item of itemsOf(body.items)) {
    if (item.kind === "Decides") facts.push(`Decides ${item.subject.word} by ${item.method.word}.`);
    if (item.kind === "IfNotUnanimous") facts.push(item.outcome === "falls" ? "A proposal not agreed by everyone falls." : item.outcome === "refer" ? `A proposal not agreed by everyone goes to ${item.target?.name}.` : `If not unanimous, ${item.target?.name} decides.`);
    if (item.kind === "Chair") facts.push(`Chaired by ${item.who.name}.`);
    if (item.kind === "Meets") facts.push(`Meets ${item.cadence.word ?? `every ${item.cadence.every?.text}`}.`);
  }
  const approves = model.bands().filter((b) => b.approver.name === name);
  if (approves.length) facts.push(`Approves spend ${list(approves.map(bandRange))}.`);
  if (facts.length) lines.push(facts.join(" "));
  return lines.join("\n\n");
}

function describeRole(model: DocumentModel, name: string): string {
  const role = model.role(name);
  if (!role) return `**${name}** · role`;
  const facts: string[] = [];
  if (role.reportsTo) facts.push(`Reports to ${role.reportsTo.name}.`);
  if (role.heldBy) facts.push(`Held by ${role.heldBy.name}.`);
  const approves = model.bands().filter((b) => b.approver.name === name);
  if (approves.length) facts.push(`Approves spend ${list(approves.map(bandRange))}.`);
  return `**${name}** · ${role.roleKind.word} role${role.title ? ` · ${role.title.value}` : ""}${facts.length ? `\n\n${facts.join(" ")}` : ""}`;
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
