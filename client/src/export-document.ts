// Export as Word and Export as HTML: the server lays the document out and answers with its bytes; the
// extension asks where to save it and writes it there (through workspace.fs, so remote folders work).

import { Uri, commands, window, workspace } from "vscode";

interface ExportResult {
  fileName: string;
  base64: string;
}

/**
 * Exports `source` (or the active .alliance document) as `format`. `target` skips the save dialog; the
 * tests pass it, since a dialog cannot be answered there. Returns where the file was written, if it was.
 */
export async function exportDocument(format: "docx" | "html", target?: Uri, source?: Uri): Promise<Uri | undefined> {
  const active = window.activeTextEditor?.document;
  const uri = source ?? (active?.languageId === "alliance" ? active.uri : undefined);
  if (!uri) {
    void window.showWarningMessage("Open an .alliance document to export it.");
    return undefined;
  }
  const result = await commands.executeCommand<ExportResult>("alliance.server.export", uri.toString(), format);
  if (!result) return undefined;
  const destination = target ?? (await window.showSaveDialog({
    defaultUri: Uri.joinPath(uri, "..", result.fileName),
    filters: format === "docx" ? { "Word document": ["docx"] } : { "Web page": ["html"] },
    saveLabel: format === "docx" ? "Export as Word" : "Export as HTML",
  }));
  if (!destination) return undefined;
  await workspace.fs.writeFile(destination, Buffer.from(result.base64, "base64"));
  void window.showInformationMessage(`Exported ${result.fileName} to ${destination.fsPath}`);
  return destination;
}
