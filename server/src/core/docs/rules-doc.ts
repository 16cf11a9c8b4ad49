// Renders docs/rules.md from the rule registry, so the documentation can never drift from the rules.

import { RULES, UNCHECKED } from "../rules/registry";
import type { Rule } from "../rules/rule";

const SEVERITY_WORD = { error: "error", warning: "warning", info: "information" } as const;

/** The severity policy every rule follows; test/unit/policy/severity.test.ts holds the registry to it. */
const SEVERITY_POLICY = [
  "**How serious a finding is.** Every rule's severity follows one policy:",
  "",
  "- **error** when the document cannot be read, contradicts itself (a decision rule its own principles rule",
  "  out, shares that do not add up), or breaks the law in force (a direct award above the threshold with no",
  "  justification);",
  "- **warning** when it departs from the guidance in a way that changes how the alliance works;",
  "- **information** for suggestions. A rule that infers a gap from optional detail left out is information at",
  "  most, is reported once per document (not once per party or body), and says nothing where another clause",
  "  already says the same thing. One cause gives one finding.",
];

export function renderRulesDoc(): string {
  const lines: string[] = [];
  lines.push("# Rules");
  lines.push("");
  lines.push("<!-- Generated from server/src/core/rules/registry.ts by `npm run docs`. Do not edit by hand. -->");
  lines.push("");
  lines.push("Every problem the checker reports has a stable code. This page lists them all: what each checks, its");
  lines.push("default severity, why it matters, an example that breaks it and the same example put right, and the");
  lines.push("guidance it rests on. Severities can be changed per rule in settings (`rules` in `alliance.config.json`");
  lines.push("or the editor's `alliance.rules` setting), and a finding can be silenced on one clause with a reason:");
  lines.push("`// alliance-ignore ALY601: agreed by the board on 2024-03-01`.");
  lines.push("");
  lines.push(...SEVERITY_POLICY);
  lines.push("");
  const topics = [...new Set(RULES.map((r) => r.topic))];
  lines.push("| Code | Severity | Rule |");
  lines.push("| --- | --- | --- |");
  for (const rule of RULES) lines.push(`| [${rule.code}](#${rule.code.toLowerCase()}) | ${SEVERITY_WORD[rule.severity]} | ${escapeCell(rule.title)} |`);
  lines.push("");
  for (const topic of topics) {
    lines.push(`## ${topic}`);
    lines.push("");
    for (const rule of RULES.filter((r) => r.topic === topic)) lines.push(...renderRule(rule));
  }
  if (UNCHECKED.length > 0) {
    lines.push("## Guidance not yet checked");
    lines.push("");
    lines.push("These rules from the guidance digest need something the language cannot yet express. Each says why.");
    lines.push("");
    lines.push("| Digest rule | What it asks | Why it is not checked |");
    lines.push("| --- | --- | --- |");
    for (const u of UNCHECKED) lines.push(`| ${u.id} | ${escapeCell(u.title)} | ${escapeCell(u.reason)} |`);
    lines.push("");
  }
  return lines.join("\n");
}

/** One rule's page, as the editor shows it when a finding's code is clicked. */
export function renderRulePage(code: string): string | undefined {
  const rule = RULES.find((r) => r.code === code.toUpperCase());
  if (!rule) return undefined;
  const [, ...rest] = renderRule(rule);
  return [`# ${rule.code}: ${rule.title}`, ...rest, `*${rule.topic}. Every rule is listed in the rules reference that comes with the extension.*`, ""].join("\n");
}

function renderRule(rule: Rule): string[] {
  const lines: string[] = [];
  lines.push(`### ${rule.code}`);
  lines.push("");
  lines.push(`**${rule.title}** · \`${rule.name}\` · ${SEVERITY_WORD[rule.severity]} · ${rule.basis === "direct" ? "stated in the guidance" : rule.basis === "inferred" ? "follows from the guidance" : "a rule of the language"}`);
  lines.push("");
  lines.push(rule.rationale);
  lines.push("");
  if (rule.guidance.length > 0) {
    lines.push("Guidance:");
    lines.push("");
    for (const g of rule.guidance) lines.push(`- ${g.id ? `${g.id}: ` : ""}${g.cite}`);
    lines.push("");
  }
  if (rule.example.alongside) {
    lines.push("Checked together with:");
    lines.push("");
    lines.push("```alliance");
    lines.push(rule.example.alongside.trimEnd());
    lines.push("```");
    lines.push("");
  }
  lines.push("Wrong:");
  lines.push("");
  lines.push("```alliance");
  lines.push(rule.example.wrong.trimEnd());
  lines.push("```");
  lines.push("");
  lines.push("Right:");
  lines.push("");
  lines.push("```alliance");
  lines.push(rule.example.right.trimEnd());
  lines.push("```");
  lines.push("");
  return lines;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
