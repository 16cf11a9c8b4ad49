// docs/guidance.md: the reports and the laws the product relies on, what each is used for, its date, and
// which rules and hovers rest on it. Generated from the rule registry, the hover help and the law tables, so
// that it cannot drift from what the product actually cites.

import { CHOICE_HELP, KEYWORD_HELP, WORD_HELP, type Help } from "../guidance/help";
import { REPORTS, type ReportKey } from "../guidance/sources";
import { LAWS, LIGHT_TOUCH_THRESHOLDS, SCOTTISH_REGULATED_FROM, BELOW_THRESHOLD_NOTIFIABLE, longDate, type LawFigure, type LawKey } from "../law/tables";
import { formatMoney } from "../numbers";
import type { GuidanceSource } from "../problem";
import { RULES } from "../rules/registry";

/** What each report is, when it was written, and what the product takes from it. */
const REPORT_USE: Record<ReportKey, { date: string; usedFor: string }> = {
  CwC: {
    date: "2017–18",
    usedFor:
      "A Scottish programme's notes on commissioning in complexity: Future Pathways' alliance (decisions without votes, shared risk, small spend close to people), procurement tools, grants, and the figures of its time (£589k, the 2016–17 light-touch threshold).",
  },
  ENW: {
    date: "2019",
    usedFor: "Case studies of funding and commissioning in complexity (Plymouth, Gateshead, York and others): shared purpose, principles, system stewards, learning rather than targets.",
  },
  ET: {
    date: "2019",
    usedFor:
      "The practical companion to Exploring the New World: alliance models, governance and learning, and what the approach means for procurement under the Public Contracts Regulations 2015 (light-touch processes, notices, social value, read-across).",
  },
  TPC: {
    date: "2020",
    usedFor: "How commissioner and funder relationships feel to voluntary organisations: involvement, open processes, shared decisions and plain language.",
  },
  CP: {
    date: "2018",
    usedFor: "Collaborate CIC and CCPS's study of provider collaborations in Scotland, and the Collaborative Providers Index: membership, lived experience, commissioning that helps providers work together.",
  },
};

const NATIONS: Record<string, string> = { england: "England", wales: "Wales", scotland: "Scotland", "northern-ireland": "Northern Ireland" };

interface Use {
  rules: Set<string>;
  hovers: Set<string>;
}

function emptyUse(): Use {
  return { rules: new Set(), hovers: new Set() };
}

function reportOf(source: string | GuidanceSource): ReportKey | null {
  if (typeof source !== "string") return source.report ?? null;
  const entry = (Object.entries(REPORTS) as [ReportKey, string][]).find(([, name]) => source.startsWith(name));
  return entry ? entry[0] : null;
}

function lawOf(source: string | GuidanceSource): LawKey | null {
  return typeof source !== "string" && source.law && source.law in LAWS ? (source.law as LawKey) : null;
}

/** Who cites each report and each law. */
export function citations(): { reports: Record<ReportKey, Use>; laws: Record<LawKey, Use> } {
  const reports = Object.fromEntries(Object.keys(REPORTS).map((k) => [k, emptyUse()])) as Record<ReportKey, Use>;
  const laws = Object.fromEntries(Object.keys(LAWS).map((k) => [k, emptyUse()])) as Record<LawKey, Use>;
  for (const rule of RULES) {
    for (const g of rule.guidance) {
      const r = reportOf(g);
      if (r) reports[r].rules.add(rule.code);
      const l = lawOf(g);
      if (l) laws[l].rules.add(rule.code);
    }
  }
  for (const table of [KEYWORD_HELP, CHOICE_HELP, WORD_HELP] as Record<string, Help>[]) {
    for (const [key, help] of Object.entries(table)) {
      for (const s of help.sources) {
        const r = reportOf(s);
        if (r) reports[r].hovers.add(key);
        const l = lawOf(s);
        if (l) laws[l].hovers.add(key);
      }
    }
  }
  return { reports, laws };
}

function codeList(items: Set<string>): string {
  return items.size === 0 ? "none" : [...items].sort().map((i) => `\`${i}\``).join(", ");
}

function figureRow(f: LawFigure): string {
  const until = f.until ? longDate(f.until) : "in force";
  return `| ${formatMoney(f.minor)} | ${longDate(f.from)} | ${until} | ${f.vat === "inclusive" ? "including VAT" : "excluding VAT"} | ${f.cite} | ${f.note ?? ""} |`;
}

export function renderGuidanceDoc(): string {
  const { reports, laws } = citations();
  const out: string[] = [];
  out.push("# The guidance and the law behind the checks");
  out.push("");
  out.push(
    "Generated from the rule registry, the hover help and the procurement-law tables by `npm run docs`; do not edit by hand. " +
      "The five reports are guidance, written from 2017 to 2020; they are cited by section and a short phrase found word for word in them. " +
      "The laws are cited by instrument and provision, with each figure dated. The law tables were gathered on 1 December 2026 from public government pages and law-firm briefings. " +
      "None of this is legal advice: every finding that rests on the law tells the reader to confirm the position with their legal adviser.",
  );
  out.push("");
  out.push("## The reports");
  out.push("");
  for (const key of Object.keys(REPORTS) as ReportKey[]) {
    const use = reports[key];
    out.push(`### ${REPORTS[key]}`);
    out.push("");
    out.push(`- **Date:** ${REPORT_USE[key].date}`);
    out.push(`- **Used for:** ${REPORT_USE[key].usedFor}`);
    out.push(`- **Rules that cite it:** ${codeList(use.rules)}`);
    out.push(`- **Hovers that cite it:** ${codeList(use.hovers)}`);
    out.push("");
  }
  out.push("## The laws");
  out.push("");
  out.push(
    "Which law applies is decided by the document's `jurisdiction`, the kind of service it buys (`services`) and the date the procurement starts (`procurement starts`, else the term's start, else today). " +
      "The hover on `route` or `jurisdiction` shows what was assumed for a document.",
  );
  out.push("");
  for (const law of Object.values(LAWS)) {
    const use = laws[law.key];
    out.push(`### ${law.title}${law.number ? ` (${law.number})` : ""}`);
    out.push("");
    out.push(`- **Key:** \`${law.key}\``);
    out.push(`- **Applies in:** ${law.jurisdictions.map((j) => NATIONS[j]).join(", ")}`);
    out.push(`- **In force from:** ${longDate(law.inForce)}`);
    out.push(`- **Used for:** ${law.usedFor}`);
    if (law.caution) out.push(`- **Check:** ${law.caution}`);
    out.push(`- **Rules that cite it:** ${codeList(use.rules)}`);
    out.push(`- **Hovers that cite it:** ${codeList(use.hovers)}`);
    out.push("");
  }
  out.push("## The figures");
  out.push("");
  out.push("Money is held in whole pence. Settings can replace the light-touch figure per jurisdiction, in pounds (`thresholds.<jurisdiction>.directAwardCeiling` and `noticeThreshold`).");
  out.push("");
  const header = ["| Figure | From | Until | VAT | Cited as | Note |", "| --- | --- | --- | --- | --- | --- |"];
  out.push("### The light-touch threshold in England, Wales and Northern Ireland");
  out.push("");
  out.push(...header, ...LIGHT_TOUCH_THRESHOLDS.england.map(figureRow));
  out.push("");
  out.push("### The light-touch threshold in Scotland");
  out.push("");
  out.push(...header, ...LIGHT_TOUCH_THRESHOLDS.scotland.map(figureRow));
  out.push("");
  out.push("### Other figures");
  out.push("");
  out.push(
    ...header,
    figureRow({ ...SCOTTISH_REGULATED_FROM, note: "A regulated contract for goods or services in Scotland; a direct award of other (not health or social care) services is judged against it." }),
    ...BELOW_THRESHOLD_NOTIFIABLE.map((f) => figureRow({ ...f, note: `Notifiable below-threshold contracts of ${f.who}; held, not yet checked.` })),
  );
  out.push("");
  out.push(
    "The Provider Selection Regime has no value threshold. The reports' figures (£589k, EUR 750,000; £750k in Examples and Tools) are the 2016–17 light-touch threshold and are kept only as history.",
  );
  out.push("");
  return out.join("\n");
}
