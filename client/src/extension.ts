// The VS Code extension: starts the bundled language server and registers the extension's commands.
// Everything else (checks, hover, completion, fixes) comes from the server.

import * as path from "node:path";
import { commands, window, workspace, type ExtensionContext, type OutputChannel } from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

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
    commands.registerCommand("alliance.showSummary", async () => {
      const active = window.activeTextEditor?.document;
      const uri = active?.languageId === "alliance" ? active.uri.toString() : undefined;
      // vscode-languageclient registers the server's own command; it answers with Markdown.
      const markdown = await commands.executeCommand<string>("alliance.server.summary", uri);
      const document = await workspace.openTextDocument({ language: "markdown", content: markdown ?? "" });
      await window.showTextDocument(document, { preview: true });
      await commands.executeCommand("markdown.showPreview", document.uri);
    }),
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
