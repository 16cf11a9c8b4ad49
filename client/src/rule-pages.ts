// A finding's code opens that rule's page, rendered: the same text as docs/rules.md, one rule at a time,
// in a read-only Markdown preview rather than the raw reference open for editing at its first line.

import { commands, Uri, window, workspace, type Diagnostic, type Disposable } from "vscode";
import type { Middleware } from "vscode-languageclient/node";
import { renderRulePage } from "../../server/src/core/docs/rules-doc";
import { RULES } from "../../server/src/core/rules/registry";

const SCHEME = "alliance-rule";

/** The page of one rule, as a document the Markdown preview can render: `alliance-rule:/ALY503.md`. */
export function rulePageUri(code: string): Uri {
  return Uri.from({ scheme: SCHEME, path: `/${code.toUpperCase()}.md` });
}

/** The link a finding's code carries: a command of this extension that opens the rule's page. */
export function ruleLink(code: string): Uri {
  return Uri.parse(`command:alliance.showRule?${encodeURIComponent(JSON.stringify([code.toUpperCase()]))}`);
}

/** Opens a rule's page; without a code, asks which rule, by its title. */
export async function showRule(code?: string): Promise<void> {
  if (!code) {
    const picked = await window.showQuickPick(
      RULES.map((r) => ({ label: r.title, description: r.code, code: r.code })),
      { title: "Which rule?", placeHolder: "Type a few words of what the rule checks", matchOnDescription: true },
    );
    if (!picked) return;
    code = picked.code;
  }
  await commands.executeCommand("markdown.showPreview", rulePageUri(code));
}

export function registerRulePages(): Disposable[] {
  return [
    workspace.registerTextDocumentContentProvider(SCHEME, {
      provideTextDocumentContent: (uri) => {
        const code = uri.path.replace(/^\//, "").replace(/\.md$/, "");
        return renderRulePage(code) ?? `# No such rule\n\n${code} is not one of the checks.\n`;
      },
    }),
    commands.registerCommand("alliance.showRule", (code?: string) => showRule(code)),
  ];
}

function relink(diagnostics: Diagnostic[]): void {
  for (const d of diagnostics) {
    const code = typeof d.code === "object" && d.code !== null ? d.code : undefined;
    if (code && typeof code.value === "string" && /^ALY\d{3}$/.test(code.value)) d.code = { value: code.value, target: ruleLink(code.value) };
  }
}

/** Points each finding's code at its rule page instead of the raw reference file, pulled or pushed. */
export function ruleLinkMiddleware(): Middleware {
  return {
    handleDiagnostics(uri, diagnostics, next) {
      relink(diagnostics);
      next(uri, diagnostics);
    },
    async provideDiagnostics(document, previousResultId, token, next) {
      const report = await next(document, previousResultId, token);
      if (report && "items" in report) relink(report.items);
      return report;
    },
  };
}
