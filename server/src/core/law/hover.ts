// What the editor shows on `route`, `jurisdiction` and a contract value: the procurement law the checks
// assumed for this document, from what, and the light-touch figure in force, with the advice to confirm it.

import type { DocumentModel } from "../model";
import { formatMoney } from "../numbers";
import type { Settings } from "../settings";
import { assumedRegime, describeFigure, REGIME_LAWS, REGIME_NAMES, type AssumedRegime } from "./regime";
import { LAWS, REPORTS_FIGURES, longDate } from "./tables";

const NATION: Record<string, string> = { england: "England", wales: "Wales", scotland: "Scotland", "northern-ireland": "Northern Ireland" };

const SERVICE_WORDS: Record<string, string> = { "health-care": "health care", "social-care": "social care", "other-light-touch": "other light-touch services" };

function startText(a: AssumedRegime): string {
  const date = longDate(a.start);
  if (a.startFrom === "procurement starts") return `the procurement starts on ${date}`;
  if (a.startFrom === "the term's start") return `the term starts on ${date} (no \`procurement starts\` date is given)`;
  return `today is ${date} (no \`procurement starts\` date or term start is given)`;
}

function servicesText(a: AssumedRegime): string {
  if (a.services.length === 0) return "the kind of service is not stated (add `services`)";
  const kinds = a.services.map((s) => SERVICE_WORDS[s] ?? s).join(" and ");
  return a.servicesFrom === "the route" ? `${kinds}, taken from the route` : `${kinds}, from ${a.servicesFrom}`;
}

/** The regime as a short Markdown paragraph. */
export function describeRegime(a: AssumedRegime): string {
  const lines: string[] = [];
  const basis = `${NATION[a.jurisdiction]} (from ${a.jurisdictionFrom}), ${servicesText(a)}, and ${startText(a)}`;
  if (!a.regime) {
    lines.push(`**Procurement law assumed:** none in the tables for ${basis}; confirm the law that applied with your legal adviser.`);
    return lines.join("\n\n");
  }
  const name = REGIME_NAMES[a.regime];
  const laws = REGIME_LAWS[a.regime].filter((k) => LAWS[k].inForce <= a.start).map((k) => LAWS[k].title).filter((t) => !name.endsWith(t));
  const named = laws.length === 0 ? name : name.endsWith("Regime") ? `${name} (${laws.join("; ")})` : `${name}, with the ${laws.join(" and the ")}`;
  lines.push(`**Procurement law assumed:** ${named}, for ${basis}.`);
  if (a.regime === "psr") {
    lines.push("The Provider Selection Regime has no value threshold: its five processes are `direct-award-a`, `direct-award-b`, `direct-award-c`, `most-suitable-provider` and `competitive`.");
  } else if (a.lightTouch) {
    const vat = a.lightTouch.vat === "inclusive" ? "including VAT" : "excluding VAT";
    lines.push(`**Light-touch threshold:** ${describeFigure(a.lightTouch, (m) => formatMoney(m))}, ${vat}; cited as ${a.lightTouch.cite}.${a.lightTouch.note ? ` ${a.lightTouch.note}` : ""}`);
  } else {
    lines.push("No light-touch figure is held for this date; confirm it with your legal adviser.");
  }
  for (const [name, figure] of [["direct award", a.directAwardCeiling], ["notices", a.noticeThreshold]] as const) {
    if (figure?.fromSettings) lines.push(`Your settings set the figure for ${name} to ${formatMoney(figure.minor)}.`);
  }
  lines.push(...a.cautions);
  lines.push(`${REPORTS_FIGURES} This is not legal advice: confirm the law and the figure with your legal adviser.`);
  return lines.join("\n\n");
}

/**
 * The regime in plain sentences, for a report whose heading already says "procurement law assumed": the
 * language's words in quotation marks rather than code, and no Markdown.
 */
export function describeRegimePlain(a: AssumedRegime): string {
  const words = (text: string) => text.replace(/`([^`]*)`/g, "“$1”");
  const paragraphs = describeRegime(a).split("\n\n");
  const [first, ...rest] = paragraphs;
  const lead = first.replace(/^\*\*Procurement law assumed:\*\* /, "");
  const sentences = [lead.charAt(0).toUpperCase() + lead.slice(1), ...rest.map((p) => p.replace(/^\*\*Light-touch threshold:\*\* /, "The light-touch threshold is "))];
  return sentences.map(words).join(" ");
}

/** The hover paragraph for a document, nearest document first. */
export function regimeHover(models: DocumentModel | readonly DocumentModel[], settings: Settings, today: string): string {
  return describeRegime(assumedRegime(models, settings, today));
}

/** A few words for a status bar: the nation and the law assumed, such as "Scotland · PC(S)R 2015 · £663,540". */
export function regimeLabel(a: AssumedRegime): string {
  const law = a.regime ? SHORT_NAMES[a.regime] : "law not known";
  const figure = a.directAwardCeiling ? ` · ${formatMoney(a.directAwardCeiling.minor)}` : "";
  return `${NATION[a.jurisdiction]} · ${law}${figure}`;
}

const SHORT_NAMES: Record<NonNullable<AssumedRegime["regime"]>, string> = {
  psr: "Provider Selection Regime",
  pa2023: "Procurement Act 2023",
  pcr2015: "Public Contracts Regulations 2015",
  pcsr2015: "Public Contracts (Scotland) Regulations 2015",
};
