// The reviewer's summary as a read-only preview beside the editor: a webview that the server fills with
// the HTML report (pictures included) and that follows the document as it is edited. Its two buttons
// run the Export as Word and Export as HTML commands for the document it shows.

import { randomBytes } from "node:crypto";
import { Disposable, Uri, ViewColumn, commands, window, workspace, type TextDocument, type WebviewPanel } from "vscode";

/** How long to wait after the last keystroke before the preview is drawn again. */
const REFRESH_DELAY_MS = 400;

export class SummaryPanel {
  private static current: SummaryPanel | undefined;
  private readonly disposables: Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  /** The HTML last shown, for tests and for the export buttons to name the document. */
  html = "";

  private constructor(
    private readonly panel: WebviewPanel,
    private uri: Uri,
  ) {
    panel.onDidDispose(() => this.dispose(), null, this.disposables);
    panel.webview.onDidReceiveMessage(
      (message: { command?: string }) => {
        if (message.command === "exportWord") void commands.executeCommand("alliance.exportWord", undefined, this.uri);
        if (message.command === "exportHtml") void commands.executeCommand("alliance.exportHtml", undefined, this.uri);
      },
      null,
      this.disposables,
    );
    workspace.onDidChangeTextDocument((e) => { if (e.document.languageId === "alliance") this.scheduleRefresh(); }, null, this.disposables);
    window.onDidChangeActiveTextEditor((editor) => {
      if (editor?.document.languageId === "alliance" && editor.document.uri.toString() !== this.uri.toString()) {
        this.uri = editor.document.uri;
        this.scheduleRefresh();
      }
    }, null, this.disposables);
  }

  /** The HTML the open preview shows now, or null when none is open. */
  static shown(): string | null {
    return SummaryPanel.current?.html ?? null;
  }

  /** Opens the preview for `document`, or points the open one at it, and draws it. Returns the HTML shown. */
  static async show(document: TextDocument): Promise<string> {
    if (!SummaryPanel.current) {
      const panel = window.createWebviewPanel("alliance.summary", "Reviewer's summary", { viewColumn: ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [],
      });
      SummaryPanel.current = new SummaryPanel(panel, document.uri);
    } else {
      SummaryPanel.current.uri = document.uri;
      SummaryPanel.current.panel.reveal(ViewColumn.Beside, true);
    }
    await SummaryPanel.current.refresh();
    return SummaryPanel.current.html;
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  private async refresh(): Promise<void> {
    // Only the one script below may run, and nothing is fetched: the report is self-contained.
    const nonce = randomBytes(16).toString("base64");
    const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'nonce-${nonce}'`;
    const toolbar =
      `<button id="export-word" type="button">Export as Word</button> <button id="export-html" type="button">Export as HTML</button>` +
      `<script nonce="${nonce}">const vscode = acquireVsCodeApi();` +
      `document.getElementById("export-word").addEventListener("click", () => vscode.postMessage({ command: "exportWord" }));` +
      `document.getElementById("export-html").addEventListener("click", () => vscode.postMessage({ command: "exportHtml" }));</script>`;
    const html = await commands.executeCommand<string>("alliance.server.summary", this.uri.toString(), { format: "html", toolbar, csp });
    this.html = html ?? "";
    this.panel.title = `Reviewer's summary: ${this.uri.path.split("/").pop()}`;
    this.panel.webview.html = this.html;
  }

  private dispose(): void {
    SummaryPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
