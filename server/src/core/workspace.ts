// The set of documents being checked together. A specification `for PlymouthAlliance` reads the
// agreement's names; an evaluation `for PlymouthSpec` reads the specification's and, through it, the
// agreement's. Parsing is cached per text; analysis is cached until a document it reads changes.

import { DocumentModel } from "./model";
import { parse, type ParseResult } from "./parse";
import type { Ident, SymbolKind } from "./tree";

export interface DocumentState {
  uri: string;
  text: string;
  version: number;
  readonly parsed: ParseResult;
  readonly model: DocumentModel;
}

/**
 * A document whose text is parsed only when something first asks for its tree, so that a burst of
 * keystrokes costs one parse when the check runs, not one per keystroke.
 */
class LazyDocument implements DocumentState {
  private parseResult: ParseResult | undefined;
  private documentModel: DocumentModel | undefined;

  constructor(
    readonly uri: string,
    readonly text: string,
    public version: number,
  ) {}

  get parsed(): ParseResult {
    this.parseResult ??= parse(this.text);
    return this.parseResult;
  }

  get model(): DocumentModel {
    this.documentModel ??= new DocumentModel(this.parsed.file);
    return this.documentModel;
  }
}

export interface Resolution {
  kind: SymbolKind;
  /** The declaring identifier. */
  declaration: Ident;
  /** The document that declares it. */
  uri: string;
}

export class Workspace {
  private readonly documents = new Map<string, DocumentState>();
  private nameIndex: Map<string, string[]> | null = null;
  /** Bumped on every change, so that links worked out for one state of the workspace are reused until the next. */
  private generation = 0;
  private chainCache = new Map<string, { linked: DocumentState[]; missing: Ident | null }>();
  private dependentsCache: Map<string, string[]> | null = null;
  private cachedAt = -1;

  private links(): void {
    if (this.cachedAt === this.generation) return;
    this.chainCache = new Map();
    this.dependentsCache = null;
    this.cachedAt = this.generation;
  }

  /** Adds or replaces a document. Returns its state; unchanged text is not parsed again. */
  set(uri: string, text: string, version?: number): DocumentState {
    const existing = this.documents.get(uri);
    if (existing && existing.text === text) {
      if (version !== undefined) existing.version = version;
      return existing;
    }
    this.generation++;
    const state = new LazyDocument(uri, text, version ?? (existing ? existing.version + 1 : 0));
    this.nameIndex = null;
    this.documents.set(uri, state);
    return state;
  }

  delete(uri: string): void {
    if (this.documents.delete(uri)) {
      this.nameIndex = null;
      this.generation++;
    }
  }

  get(uri: string): DocumentState | undefined {
    return this.documents.get(uri);
  }

  all(): DocumentState[] {
    return [...this.documents.values()];
  }

  /** Documents declared with this short name (more than one is itself a problem). */
  byName(name: string): DocumentState[] {
    if (!this.nameIndex) {
      this.nameIndex = new Map();
      for (const state of this.documents.values()) {
        const docName = state.model.name;
        if (!docName) continue;
        const list = this.nameIndex.get(docName) ?? [];
        list.push(state.uri);
        this.nameIndex.set(docName, list);
      }
    }
    return (this.nameIndex.get(name) ?? []).map((uri) => this.documents.get(uri)!).filter(Boolean);
  }

  /** The documents this one is `for`, nearest first, stopping at a missing document or a cycle. */
  chain(uri: string): { linked: DocumentState[]; missing: Ident | null } {
    this.links();
    const cached = this.chainCache.get(uri);
    if (cached) return cached;
    const result = this.computeChain(uri);
    this.chainCache.set(uri, result);
    return result;
  }

  private computeChain(uri: string): { linked: DocumentState[]; missing: Ident | null } {
    const linked: DocumentState[] = [];
    const seen = new Set([uri]);
    let current = this.documents.get(uri);
    while (current?.model.document?.target) {
      const target = current.model.document.target;
      const next = this.byName(target.name).find((d) => !seen.has(d.uri));
      if (!next) {
        const isCycle = this.byName(target.name).length > 0;
        return { linked, missing: isCycle ? null : target };
      }
      linked.push(next);
      seen.add(next.uri);
      current = next;
    }
    return { linked, missing: null };
  }

  /** Documents whose chain passes through `uri`: they must be checked again when it changes. */
  dependents(uri: string): string[] {
    this.links();
    if (!this.dependentsCache) {
      this.dependentsCache = new Map();
      for (const doc of this.documents.values()) {
        for (const linked of this.chain(doc.uri).linked) {
          const list = this.dependentsCache.get(linked.uri) ?? [];
          list.push(doc.uri);
          this.dependentsCache.set(linked.uri, list);
        }
      }
    }
    return this.dependentsCache.get(uri) ?? [];
  }

  /**
   * What a referring identifier in `uri` means: a declaration in the document itself or in one it is
   * `for`. Returns null when nothing declares it, or "unknown" when a linked document is missing and
   * might have declared it.
   */
  resolve(uri: string, id: Ident): Resolution | null | "unknown" {
    const state = this.documents.get(uri);
    if (!state || !id.ref) return null;
    if (id.ref.includes("document")) {
      const target = this.byName(id.name).find((d) => d.uri !== uri);
      if (target?.model.document?.name) return { kind: "document", declaration: target.model.document.name, uri: target.uri };
      return null;
    }
    const { linked, missing } = this.chain(uri);
    for (const doc of [state, ...linked]) {
      for (const kind of id.ref) {
        const declaration = doc.model.declared(kind, id.name);
        if (declaration) return { kind, declaration, uri: doc.uri };
      }
    }
    // An evaluation `for` a specification assesses the questions of the tender that is `for` the same
    // specification: documents written for the same one are read too, for what only they declare.
    if (linked.length > 0) {
      for (const sibling of this.dependents(linked[0].uri)) {
        if (sibling === uri) continue;
        const doc = this.documents.get(sibling)!;
        for (const kind of id.ref) {
          if (kind !== "question" && kind !== "requirement") continue;
          const declaration = doc.model.declared(kind, id.name);
          if (declaration) return { kind, declaration, uri: doc.uri };
        }
      }
    }
    return missing ? "unknown" : null;
  }
}
