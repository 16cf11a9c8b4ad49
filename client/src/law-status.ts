// The status bar says which nation's procurement law and which figure the checks assume for the document
// in front of the user, and opens the settings that change them.

import { MarkdownString, StatusBarAlignment, window, workspace, type Disposable, type TextEditor } from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";

const ASSUMED_LAW_REQUEST = "alliance/assumedLaw";

export function lawStatus(client: LanguageClient): Disposable[] {
  const item = window.createStatusBarItem("alliance.law", StatusBarAlignment.Right, 100);
  item.name = "Alliance: procurement law assumed";
  item.command = { title: "Open the Alliance settings", command: "workbench.action.openSettings", arguments: ["@ext:alliance-tools.alliance-language"] };
  let timer: NodeJS.Timeout | undefined;

  const update = async (editor: TextEditor | undefined = window.activeTextEditor) => {
    if (editor?.document.languageId !== "alliance") {
      item.hide();
      return;
    }
    const answer = await client
      .sendRequest<{ label: string; detail: string } | null>(ASSUMED_LAW_REQUEST, { uri: editor.document.uri.toString() })
      .catch(() => null);
    if (window.activeTextEditor !== editor) return;
    if (!answer) {
      item.hide();
      return;
    }
    item.text = `$(law) ${answer.label}`;
    item.tooltip = new MarkdownString(`${answer.detail}\n\nClick to change the jurisdiction or the figures in the settings.`);
    item.show();
  };
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 400);
  };
  void update();
  return [
    item,
    window.onDidChangeActiveTextEditor((editor) => void update(editor)),
    workspace.onDidChangeTextDocument((event) => {
      if (event.document === window.activeTextEditor?.document) soon();
    }),
    workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration("alliance")) soon();
    }),
    { dispose: () => clearTimeout(timer) },
  ];
}
