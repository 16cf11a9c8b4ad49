// The VS Code extension: starts the bundled language server and registers the extension's commands.
// Everything else (checks, hover, completion, fixes) comes from the server.

import * as path from "node:path";
import { CodeLens, commands, languages, Position, Range, SnippetString, Uri, window, workspace, WorkspaceEdit, type ExtensionContext, type OutputChannel, type TextDocument } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { starterSnippet } from "../../server/src/core/features/snippets";
import { SERVER_ENVIRONMENT, SERVER_EXEC_ARGV } from "../../server/src/lsp/launch-environment";
import { isPlaceholder } from "../../server/src/core/suppression";
import { exportDocument } from "./export-document";
import { lawStatus } from "./law-status";
import { newAgreementPack, type PackAnswers } from "./new-pack";
import { registerRulePages, ruleLinkMiddleware } from "./rule-pages";
import { SummaryPanel } from "./summary-panel";

let client: LanguageClient | undefined;
let output: OutputChannel | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  output = window.createOutputChannel("Alliance");
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: { ...process.env, ...SERVER_ENVIRONMENT }, execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env: { ...process.env, ...SERVER_ENVIRONMENT }, execArgv: [...SERVER_EXEC_ARGV, "--nolazy", "--inspect=6011"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: "alliance" }],
    outputChannel: output,
    // No `synchronize.configurationSection`: the server registers for settings changes and asks for
    // them itself, and both together would send every change twice.
    middleware: ruleLinkMiddleware(),
    // This extension asks for a suppression's reason itself (alliance.silenceWithReason).
    initializationOptions: { silenceWithInputBox: true },
  };
  client = new LanguageClient("alliance", "Alliance", serverOptions, clientOptions);
  context.subscriptions.push(
    ...registerRulePages(),
    commands.registerCommand("alliance.restartServer", async () => {
      output?.appendLine("Restarting the Alliance language server.");
      await client?.restart();
    }),
    commands.registerCommand("alliance.showOutput", () => output?.show(true)),
    commands.registerCommand("alliance.silenceWithReason", (uri: string, line: number, code: string, reason?: string) => silenceWithReason(uri, line, code, reason)),
    commands.registerCommand("alliance.newAgreementPack", (answers?: PackAnswers) => newAgreementPack(answers)),
    commands.registerCommand("alliance.insertStarter", async () => {
      const editor = window.activeTextEditor;
      if (editor?.document.languageId !== "alliance") return;
      await editor.insertSnippet(new SnippetString(starterSnippet()), new Range(0, 0, editor.document.lineCount, 0));
    }),
    // An empty file is a way in, not an error: it offers a starter agreement and the pack command.
    languages.registerCodeLensProvider({ language: "alliance" }, {
      provideCodeLenses: (document: TextDocument) =>
        document.getText().trim() === ""
          ? [
              new CodeLens(new Range(0, 0, 0, 0), { title: "Insert a starter agreement", command: "alliance.insertStarter" }),
              new CodeLens(new Range(0, 0, 0, 0), { title: "New agreement pack…", command: "alliance.newAgreementPack" }),
            ]
          : [],
    }),
    // The preview's HTML is returned too, so that the integration tests can read what it shows.
    commands.registerCommand("alliance.showSummary", async () => {
      const active = window.activeTextEditor?.document;
      if (active?.languageId !== "alliance") {
        void window.showWarningMessage("Open an .alliance document to see its reviewer's summary.");
        return undefined;
      }
      return SummaryPanel.show(active);
    }),
    // Not in the command palette: lets the integration tests see that the preview follows edits on its own.
    commands.registerCommand("alliance.summaryPreviewHtml", () => SummaryPanel.shown()),
    commands.registerCommand("alliance.exportWord", (target?: Uri, source?: Uri) => exportDocument("docx", target, source)),
    commands.registerCommand("alliance.exportHtml", (target?: Uri, source?: Uri) => exportDocument("html", target, source)),
  );
  await client.start();
  context.subscriptions.push(...lawStatus(client));
}

/** Why a reason cannot be kept, or null when it can. */
export function reasonProblem(reason: string): string | null {
  if (reason.trim() === "") return "Write why this finding does not apply here.";
  if (isPlaceholder(reason)) return "Write the actual reason, not a placeholder.";
  return null;
}

/**
 * The "silence this finding" quick fix: asks why, then writes `// alliance-ignore CODE: reason` above the
 * line, indented like it. Escape writes nothing. A reason passed in (by the integration tests) is used
 * without asking. Answers whether the comment was written.
 */
async function silenceWithReason(uri: string, line: number, code: string, given?: string): Promise<boolean> {
  if (typeof uri !== "string" || typeof line !== "number" || typeof code !== "string") return false;
  const reason = given ?? await window.showInputBox({
    title: `Silence ${code}`,
    prompt: "Why is this right here? Your reason is kept in the document for reviewers.",
    ignoreFocusOut: true,
    validateInput: (value) => reasonProblem(value),
  });
  if (reason === undefined || reasonProblem(reason) !== null) return false;
  const document = await workspace.openTextDocument(Uri.parse(uri));
  if (line < 0 || line >= document.lineCount) return false;
  const indent = /^[ \t]*/.exec(document.lineAt(line).text)![0];
  const eol = document.eol === 2 ? "\r\n" : "\n";
  const edit = new WorkspaceEdit();
  edit.insert(document.uri, new Position(line, 0), `${indent}// alliance-ignore ${code}: ${reason.trim().replace(/\s*[\r\n]+\s*/g, " ")}${eol}`);
  return workspace.applyEdit(edit);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

// Settings are read by the server through workspace/configuration; touching them here keeps the
// extension's view of them in one place for tests.
export function currentSettings(): unknown {
  return workspace.getConfiguration("alliance");
}
