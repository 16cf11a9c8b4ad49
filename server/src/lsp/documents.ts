// The documents the server knows: those open in the editor (authoritative, with their versions) and
// the .alliance files of the workspace folders read from disk, so that read-across works for closed files.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { URI } from "vscode-uri";
import { TextDocument } from "vscode-languageserver-textdocument";
import { Workspace } from "../core";

const SKIP = new Set(["node_modules", ".git", "out", "dist", ".vscode-test"]);
const MAX_FILES = 10000;

export class DocumentStore {
  readonly workspace = new Workspace();
  private readonly open = new Map<string, TextDocument>();
  private readonly folders: string[] = [];

  /** Reads every .alliance file below the folders. */
  addFolders(folderUris: string[]): void {
    for (const folderUri of folderUris) {
      const folder = URI.parse(folderUri).fsPath;
      this.folders.push(folder);
      for (const path of findAllianceFiles(folder)) this.loadFromDisk(URI.file(path).toString());
    }
  }

  folderPaths(): string[] {
    return [...this.folders];
  }

  opened(document: TextDocument): void {
    this.open.set(document.uri, document);
    this.workspace.set(document.uri, document.getText(), document.version);
  }

  changed(document: TextDocument): void {
    this.open.set(document.uri, document);
    this.workspace.set(document.uri, document.getText(), document.version);
  }

  /** A closed document falls back to what is on disk, or leaves the workspace if it is not a file. */
  closed(uri: string): void {
    this.open.delete(uri);
    if (!this.loadFromDisk(uri)) this.workspace.delete(uri);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** A file changed on disk: only closed documents follow the disk. */
  diskChanged(uri: string, deleted: boolean): void {
    if (this.open.has(uri)) return;
    if (deleted) this.workspace.delete(uri);
    else this.loadFromDisk(uri);
  }

  /** A text document for converting offsets in any known document, open or not. */
  textDocument(uri: string): TextDocument | undefined {
    const open = this.open.get(uri);
    if (open) return open;
    const state = this.workspace.get(uri);
    return state ? TextDocument.create(uri, "alliance", state.version, state.text) : undefined;
  }

  private loadFromDisk(uri: string): boolean {
    try {
      const parsed = URI.parse(uri);
      if (parsed.scheme !== "file") return false;
      const text = readFileSync(parsed.fsPath, "utf8");
      const existing = this.workspace.get(uri);
      this.workspace.set(uri, text, existing ? existing.version + 1 : 0);
      return true;
    } catch {
      return false;
    }
  }
}

function findAllianceFiles(folder: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0 && found.length < MAX_FILES) {
    const dir = pending.pop()!;
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      if (SKIP.has(name) || name.startsWith(".")) continue;
      const path = join(dir, name);
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) pending.push(path);
        else if (name.endsWith(".alliance") && stat.size < 10_000_000) found.push(path);
      } catch {
        // unreadable entries are skipped
      }
    }
  }
  return found.sort();
}
