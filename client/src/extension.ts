// The VS Code extension: starts the bundled language server and registers the extension's commands.
// Everything else (checks, hover, completion, fixes) comes from the server.

import * as path from "node:path";
import { commands, window, workspace, type ExtensionContext, type OutputChannel, type Uri } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { exportDocument } from "./export-document";
import { SummaryPanel } from "./summary-panel";

let client: LanguageClient | undefined;
let output: OutputChannel | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  output = window.createOutputChannel("Alliance");
  context.subscriptions.push(output);
  const serverModule = context.asAbsolutePath(path.join("dist", "server.js"));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6011"] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: "alliance" }],
    outputChannel: output,
    synchronize: { configurationSection: "alliance" },
  };
  client = new LanguageClient("alliance", "Alliance", serverOptions, clientOptions);
  context.subscriptions.push(
    commands.registerCommand("alliance.restartServer", async () => {
      output?.appendLine("Restarting the Alliance language server.");
      await client?.restart();
    }),
    commands.registerCommand("alliance.showOutput", () => output?.show(true)),
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
