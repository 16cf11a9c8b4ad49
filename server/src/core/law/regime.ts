// Which procurement law a document is judged under, and the light-touch figure in force: decided by the
// jurisdiction, the kind of service bought and the date the procurement starts. Pure: the rules and the
// hover both call `assumedRegime`, so the editor shows exactly what the checks assumed.

import type { DocumentModel } from "../model";
import { DEFAULT_JURISDICTION, isJurisdiction, poundsToMinor, type Settings } from "../settings";
import type { Jurisdiction } from "../thresholds";
import { CHOICES } from "../vocabulary";
import { LAWS, LIGHT_TOUCH_THRESHOLDS, PSR_PROCESSES, figureOn, type LawFigure, type LawKey } from "./tables";

export type ServiceKind = (typeof CHOICES.serviceKind)[number];
export type RegimeKey = "psr" | "pa2023" | "pcr2015" | "pcsr2015";

export const REGIME_NAMES: Record<RegimeKey, string> = {
  psr: "the Provider Selection Regime",
  pa2023: "the Procurement Act 2023",
  pcr2015: "the Public Contracts Regulations 2015",
  pcsr2015: "the Public Contracts (Scotland) Regulations 2015",
};

/** The instruments each regime rests on, the main one first. */
export const REGIME_LAWS: Record<RegimeKey, readonly LawKey[]> = {
  psr: ["psr2023"],
  pa2023: ["pa2023", "pa2023-thresholds-2025"],
  pcr2015: ["pcr2015"],
  pcsr2015: ["pcsr2015", "prsa2014"],
};

export interface AssumedRegime {
  jurisdiction: Jurisdiction;
  jurisdictionFrom: "the document" | "a linked document" | "your settings" | "the default";
  /** The kinds of service bought, the main one first; empty when nothing says. */
  services: ServiceKind[];
  servicesFrom: "the document" | "a linked document" | "the route" | "not stated";
  /** The date the procurement starts (ISO). */
  start: string;
  startFrom: "procurement starts" | "the term's start" | "today";
  /** Null when the date is before any regime the tables hold. */
  regime: RegimeKey | null;
  /** The light-touch threshold the law sets on the start date; null under the Provider Selection Regime or when the tables hold none. */
  lightTouch: LawFigure | null;
  /** The figure a direct award is judged against: the light-touch threshold, or the one in your settings. */
  directAwardCeiling: SettingsFigure | null;
  /** The figure above which notices are expected: the light-touch threshold, or the one in your settings. */
  noticeThreshold: SettingsFigure | null;
  /** Things to confirm that the assumption could not settle. */
  cautions: string[];
}

/** A figure of the law, or one from your settings in its place. */
export type SettingsFigure = LawFigure & { fromSettings?: boolean };

type Models = DocumentModel | readonly DocumentModel[];

function list(models: Models): readonly DocumentModel[] {
  return Array.isArray(models) ? models : [models as DocumentModel];
}

function iso(date: { year: number; month: number; day: number }): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

/** Today's date in UTC, as the checks use it when nothing else gives a date. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The regime a document is judged under. `models` is the document, then the documents it is `for`, nearest
 * first; `today` (an ISO date) is used when neither `procurement starts` nor a term's start gives one.
 */
export function assumedRegime(models: Models, settings: Settings, today: string): AssumedRegime {
  const docs = list(models);
  const cautions: string[] = [];

  // Jurisdiction.
  let jurisdiction: Jurisdiction = DEFAULT_JURISDICTION;
  let jurisdictionFrom: AssumedRegime["jurisdictionFrom"] = "the default";
  const jDoc = docs.findIndex((m) => isJurisdiction(m.first("Jurisdiction")?.value.word));
  if (jDoc >= 0) {
    jurisdiction = docs[jDoc].first("Jurisdiction")!.value.word as Jurisdiction;
    jurisdictionFrom = jDoc === 0 ? "the document" : "a linked document";
  } else if (isJurisdiction(settings.jurisdiction)) {
    jurisdiction = settings.jurisdiction;
    jurisdictionFrom = "your settings";
  }

  // Kind of service.
  let services: ServiceKind[] = [];
  let servicesFrom: AssumedRegime["servicesFrom"] = "not stated";
  const kinds = CHOICES.serviceKind as readonly string[];
  const sDoc = docs.findIndex((m) => m.clauses("Services").some((s) => s.names.some((n) => kinds.includes(n.word))));
  const route = docs.map((m) => m.first("Route")?.value.word).find((w) => w !== undefined);
  if (sDoc >= 0) {
    services = docs[sDoc].clauses("Services").flatMap((s) => s.names.map((n) => n.word)).filter((w): w is ServiceKind => kinds.includes(w));
    servicesFrom = sDoc === 0 ? "the document" : "a linked document";
  } else if (route && (PSR_PROCESSES as readonly string[]).includes(route)) {
    services = ["health-care"];
    servicesFrom = "the route";
  }

  // Start date.
  let start = today;
  let startFrom: AssumedRegime["startFrom"] = "today";
  const own = docs.map((m) => m.first("ProcurementStart")?.date).find((d) => d && !d.error);
  const term = docs.map((m) => m.first("Term")?.from).find((d) => d && !d.error);
  if (own) {
    start = iso(own);
    startFrom = "procurement starts";
  } else if (term) {
    start = iso(term);
    startFrom = "the term's start";
  }

  // Regime.
  const main = services[0];
  let regime: RegimeKey | null = null;
  if (jurisdiction === "scotland") {
    if (start >= LAWS.pcsr2015.inForce) regime = "pcsr2015";
  } else if (jurisdiction === "england" && main === "health-care" && start >= LAWS.psr2023.inForce) {
    regime = "psr";
    if (services.length > 1) cautions.push("The Provider Selection Regime covers a mixed contract only where health care is its main part; confirm that it is.");
  } else if (start >= LAWS.pa2023.inForce) {
    regime = "pa2023";
  } else if (start >= LAWS.pcr2015.inForce) {
    regime = "pcr2015";
  }
  if (jurisdiction === "england" && regime === "pa2023" && services.length === 0) {
    cautions.push("If the service is health care, the Provider Selection Regime applies instead: say so with `services health-care`.");
  }
  if (jurisdiction === "wales" && main === "health-care") cautions.push(LAWS.pwr2024.caution!);

  // The light-touch threshold in force, and the figures the checks use, with any from settings (in pounds).
  const lightTouch = regime && regime !== "psr" ? figureOn(LIGHT_TOUCH_THRESHOLDS[jurisdiction], start) : null;
  const withSettings = (name: "directAwardCeiling" | "noticeThreshold"): SettingsFigure | null => {
    if (!regime || regime === "psr") return null;
    const override = poundsToMinor(settings.thresholds?.[jurisdiction]?.[name]);
    if (override === null) return lightTouch;
    return { ...(lightTouch ?? { from: start, law: REGIME_LAWS[regime][0], cite: "your settings", vat: "inclusive" as const }), minor: override, fromSettings: true };
  };
  const directAwardCeiling = withSettings("directAwardCeiling");
  const noticeThreshold = withSettings("noticeThreshold");
  return { jurisdiction, jurisdictionFrom, services, servicesFrom, start, startFrom, regime, lightTouch, directAwardCeiling, noticeThreshold, cautions };
}

/** "£663,540 (Public Contracts (Scotland) Regulations 2015, from 1 January 2022)" — or the settings' figure. */
export function describeFigure(figure: SettingsFigure, format: (minor: number) => string): string {
  if (figure.fromSettings) return `${format(figure.minor)} (the figure in your settings)`;
  return `${format(figure.minor)} (${LAWS[figure.law].title}, from ${longIso(figure.from)})`;
}

function longIso(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${d} ${months[m - 1]} ${y}`;
}
