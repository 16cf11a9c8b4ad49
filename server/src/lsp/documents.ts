// The documents the server knows: those open in the editor (authoritative, with their versions) and
// the .alliance files of the workspace folders read from disk, so that read-across works for closed files.
// Files are read only through the workspace reader, and only from inside the workspace folders.

import { URI } from "vscode-uri";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Workspace } from "../core";
import { AnalysisService } from "../core/service/analysis-service";
import { MAX_DOCUMENT_LENGTH } from "../core/limits";
import type { WorkspaceReader } from "../node/workspace-reader";

export class DocumentStore {
  constructor(readonly service: AnalysisService) {}

  get workspace(): Workspace {
    return this.service.workspace;
  }

  private readonly open = new Map<string, TextDocument>();
  /** Open documents too large to analyse, with their length: the workspace holds them as empty. */
  private readonly oversized = new Map<string, number>();
  private folderReader: WorkspaceReader | null = null;

  /** The reader for the workspace folders; until it is set, nothing is read from disk. */
  useReader(reader: WorkspaceReader): void {
    this.folderReader = reader;
  }

  reader(): WorkspaceReader | null {
    return this.folderReader;
  }

  folderPaths(): string[] {
    return this.folderReader ? [...this.folderReader.folders] : [];
  }

  opened(document: TextDocument): void {
    this.open.set(document.uri, document);
    this.setText(document.uri, document.getText(), document.version);
  }

  changed(document: TextDocument): void {
    this.opened(document);
  }

  /** A closed document falls back to what is on disk inside the workspace, or leaves the workspace. */
  closed(uri: string): void {
    this.open.delete(uri);
    this.oversized.delete(uri);
    if (!this.loadFromDisk(uri).ok) this.service.removeDocument(uri);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** The length of an open document too large to analyse, or null. */
  oversizedLength(uri: string): number | null {
    return this.oversized.get(uri) ?? null;
  }

  /** A file changed on disk: only closed documents follow the disk. Returns why it could not be read, if so. */
  diskChanged(uri: string, deleted: boolean): string | undefined {
    if (this.open.has(uri)) return undefined;
    if (deleted) {
      this.service.removeDocument(uri);
      this.folderReader?.forget(URI.parse(uri).fsPath);
      return undefined;
    }
    return this.loadFromDisk(uri).problem;
  }

  /** Whether a URI names a file inside the workspace folders (once its links are resolved). */
  insideWorkspace(uri: string): boolean {
    const parsed = safeParse(uri);
    return !!parsed && parsed.scheme === "file" && !!this.folderReader?.contains(parsed.fsPath);
  }

  /** A text document for converting offsets in any known document, open or not. */
  textDocument(uri: string): TextDocument | undefined {
    const open = this.open.get(uri);
    if (open) return open;
    const state = this.workspace.get(uri);
    if (!state) return undefined;
    // One per text, so that its line index is worked out once, not for every location shown in it.
    let document = this.closedDocuments.get(state);
    if (!document) {
      document = TextDocument.create(uri, "alliance", state.version, state.text);
      this.closedDocuments.set(state, document);
    }
    return document;
  }
  private readonly closedDocuments = new WeakMap<object, TextDocument>();

  /** Reads a workspace file from disk unless it is open; when it cannot be read, says why. */
  loadFromDisk(uri: string): { ok: boolean; problem?: string } {
    if (this.open.has(uri) || !this.folderReader || !this.insideWorkspace(uri)) return { ok: false };
    const path = URI.parse(uri).fsPath;
    const result = this.folderReader.read(path);
    if (!result.ok) return { ok: false, problem: `${path} is not read, so read-across does not see it: ${result.message}.` };
    const existing = this.workspace.get(uri);
    this.setText(uri, result.text, existing ? existing.version + 1 : 0);
    return { ok: true };
  }

  private setText(uri: string, text: string, version: number): void {
    if (text.length > MAX_DOCUMENT_LENGTH) {
      // Held as empty, so that no feature analyses it; it gets one diagnostic saying why.
      this.oversized.set(uri, text.length);
      this.service.setDocument(uri, "", version);
    } else {
      this.oversized.delete(uri);
      this.service.setDocument(uri, text, version);
    }
  }
}

function safeParse(uri: string): URI | null {
  try {
    return URI.parse(uri);
  } catch {
    return null;
  }
}
