// The set of documents being checked together. A specification `for PlymouthAlliance` reads the
// agreement's names; an evaluation `for PlymouthSpec` reads the specification's and, through it, the
// agreement's. Parsing is cached per text; analysis is cached until a document it reads changes.

import { DocumentModel } from "./model";
import { reparse } from "./incremental-parse";
import { parse, parseHeader, type DocumentHeader, type ParseResult } from "./parse";
import type { DocumentNode, Ident, SymbolKind } from "./tree";

export interface DocumentState {
  uri: string;
  text: string;
  version: number;
  readonly parsed: ParseResult;
  readonly model: DocumentModel;
}

/**
 * A document whose text is parsed only when something first asks for its tree, so that a burst of
 * keystrokes costs one parse when the check runs, not one per keystroke. The parse starts from the last
 * parsed text of the same document, reading again only the clauses the edits touched, and takes that
 * tree over; a tree still being read by a check in progress is left alone and the text parsed afresh.
 */
class LazyDocument implements DocumentState {
  private parseResult: ParseResult | undefined;
  private documentModel: DocumentModel | undefined;
  /** The last text of this document that was parsed before this one, until this one is parsed. */
  private previous: LazyDocument | undefined;
  /** The model of the text this one's tree was reparsed from, until this one's model is made (see DocumentModel). */
  private earlierModel: DocumentModel | undefined;
  /** The header read on its own, before the text is parsed (null for none). */
  private headerOnly: DocumentHeader | null | undefined;

  constructor(
    readonly uri: string,
    readonly text: string,
    public version: number,
    before: LazyDocument | undefined,
    private readonly mayTakeOver: (state: DocumentState) => boolean,
  ) {
    this.previous = before?.parseResult ? before : before?.previous;
    // Only the last parsed text is kept for this, never a chain of them.
    if (before) before.previous = undefined;
  }

  get parsed(): ParseResult {
    if (!this.parseResult) {
      const previous = this.previous;
      this.previous = undefined;
      if (previous?.parseResult && this.mayTakeOver(previous)) {
        this.parseResult = reparse(previous.parseResult, previous.text, this.text);
        // Its nodes now belong to this tree: were it asked again, it would parse its own text afresh.
        previous.parseResult = undefined;
        this.earlierModel = previous.documentModel ?? previous.earlierModel;
        previous.documentModel = undefined;
        previous.earlierModel = undefined;
      } else {
        this.parseResult = parse(this.text);
      }
    }
    return this.parseResult;
  }

  get model(): DocumentModel {
    if (!this.documentModel) {
      this.documentModel = new DocumentModel(this.parsed.file, this.earlierModel);
      this.earlierModel = undefined;
    }
    return this.documentModel;
  }

  /** Lets go of the tree and model, keeping what the header says: asked for again, the text is parsed again. */
  letGo(): void {
    if (this.parseResult) {
      const document = this.parseResult.file.document;
      this.headerOnly = document ? { name: document.name, target: document.target } : null;
    }
    this.parseResult = undefined;
    this.documentModel = undefined;
    this.earlierModel = undefined;
    this.previous = undefined;
  }

  /** What the header says of the links, read as cheaply as it can be (see `headerNode`). */
  header(): DocumentHeader | null {
    if (this.parseResult) return this.parseResult.file.document;
    const unchanged = this.unchangedHeader();
    if (unchanged) return unchanged;
    if (this.headerOnly === undefined) {
      const header = parseHeader(this.text);
      if (header === undefined) return this.model.document;
      this.headerOnly = header;
    }
    return this.headerOnly;
  }

  /**
   * The last parsed text's document node, when this text is not parsed yet and differs from that one only
   * after the document's opening brace: its kind, name and `for` are then this text's too. Undefined when
   * only a parse can tell.
   */
  unchangedHeader(): DocumentNode | undefined {
    if (this.parseResult || !this.previous?.parseResult) return undefined;
    const document = this.previous.parseResult.file.document;
    if (!document?.open) return undefined;
    const end = document.open.end;
    return this.text.length >= end && this.text.startsWith(this.previous.text.slice(0, end)) ? document : undefined;
  }
}

/**
 * What a document's header says of the links (its name and `for`). Read-across reads every document's
 * header after each change, and the command line reads every header in a folder before it checks the
 * first document: so before a text is parsed its header is read from the last tree, when the edit did not
 * touch it (often while a check is still reading that tree), or else on its own, and the rest of the text
 * is left to be parsed when something asks for it.
 */
function headerNode(state: DocumentState): DocumentHeader | null {
  return state instanceof LazyDocument ? state.header() : state.model.document;
}

export interface Resolution {
  kind: SymbolKind;
  /** The declaring identifier. */
  declaration: Ident;
  /** The document that declares it. */
  uri: string;
}

/**
 * What a result was computed from, recorded while it was computed: the documents it read, the names it
 * looked up (a document may later be added or renamed to one of them), and whether it asked which
 * documents are written for which (any header's `for` may change that) or read every document.
 */
export interface Reads {
  documents: Set<string>;
  names: Set<string>;
  links: boolean;
  everything: boolean;
}

export function emptyReads(): Reads {
  return { documents: new Set(), names: new Set(), links: false, everything: false };
}

export class Workspace {
  private readonly documents = new Map<string, DocumentState>();
  /** Where the reads of the result being computed are recorded, if one is. */
  private recorder: Reads | null = null;
  /** Bumped when any document's name or `for` changes, or a document comes or goes. */
  private linkGeneration = 0;
  private nameIndex: Map<string, string[]> | null = null;
  /** Bumped on every change, so that links worked out for one state of the workspace are reused until the next. */
  private generation = 0;
  private chainCache = new Map<string, { linked: DocumentState[]; missing: Ident | null }>();
  private dependentsCache: Map<string, string[]> | null = null;
  private cachedAt = -1;

  /** Forgets the links worked out for an older state of the workspace, and notes whether any header changed. */
  private links(): void {
    if (this.cachedAt === this.generation) return;
    this.chainCache = new Map();
    this.dependentsCache = null;
    this.cachedAt = this.generation;
    const headers = new Map<string, string>();
    let changed = false;
    for (const [uri, state] of this.documents) {
      const header = headerOf(state);
      headers.set(uri, header);
      if (this.headers.get(uri) !== header) changed = true;
    }
    if (changed || headers.size !== this.headers.size) this.linkGeneration++;
    this.headers = headers;
  }
  /** Each document's header when the links were last worked out. */
  private headers = new Map<string, string>();

  /** Adds or replaces a document. Returns its state; unchanged text is not parsed again. */
  set(uri: string, text: string, version?: number): DocumentState {
    const existing = this.documents.get(uri);
    if (existing && existing.text === text) {
      if (version !== undefined) existing.version = version;
      return existing;
    }
    this.generation++;
    const state = new LazyDocument(uri, text, version ?? (existing ? existing.version + 1 : 0), existing instanceof LazyDocument ? existing : undefined, (s) => !this.inUse.has(s));
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
    this.recorder?.documents.add(uri);
    return this.documents.get(uri);
  }

  all(): DocumentState[] {
    if (this.recorder) this.recorder.everything = true;
    return [...this.documents.values()];
  }

  /** States being read by a check that lets other work in while it runs: their trees are not taken over. */
  private readonly inUse = new Map<DocumentState, number>();

  /** Marks a state as being read until `release`; calls nest. */
  hold(state: DocumentState): void {
    this.inUse.set(state, (this.inUse.get(state) ?? 0) + 1);
  }

  release(state: DocumentState): void {
    const count = (this.inUse.get(state) ?? 1) - 1;
    if (count <= 0) this.inUse.delete(state);
    else this.inUse.set(state, count);
  }

  /** Lets go of a document's tree, unless a check is reading it (see `LazyDocument.letGo`). */
  letGo(uri: string): void {
    const state = this.documents.get(uri);
    if (state instanceof LazyDocument && !this.inUse.has(state)) state.letGo();
  }

  /** A number that changes whenever any document is added, changed or removed. */
  get changeCount(): number {
    return this.generation;
  }

  /** Runs `compute` and returns what it read of the workspace with its value. */
  recording<T>(compute: () => T): { value: T; reads: Reads } {
    const outer = this.recorder;
    const reads = emptyReads();
    this.recorder = reads;
    try {
      return { value: compute(), reads };
    } finally {
      this.recorder = outer;
      if (outer) mergeReads(outer, reads);
    }
  }

  /** A fingerprint of everything `reads` names, as the workspace stands now: equal fingerprints, equal results. */
  fingerprint(reads: Reads): string {
    return this.unrecorded(() => {
      const parts: string[] = [];
      if (reads.everything) parts.push(`*${this.generation}`);
      if (reads.links) {
        this.links();
        parts.push(`links${this.linkGeneration}`);
      }
      for (const uri of reads.documents) parts.push(`${uri}@${this.revisionOf(uri)}`);
      for (const name of reads.names) parts.push(`${name}=${this.byName(name).map((d) => d.uri).join(",")}`);
      return parts.join("|");
    });
  }

  /** Runs `compute` without recording its reads: the workspace's own bookkeeping, whose reads a caller records itself. */
  private unrecorded<T>(compute: () => T): T {
    const outer = this.recorder;
    this.recorder = null;
    try {
      return compute();
    } finally {
      this.recorder = outer;
    }
  }

  /** A number that changes whenever the document's text does (its state is replaced), or -1 when absent. */
  private revisionOf(uri: string): number {
    const state = this.documents.get(uri);
    if (!state) return -1;
    let revision = this.revisions.get(state);
    if (revision === undefined) {
      revision = ++this.revisionCounter;
      this.revisions.set(state, revision);
    }
    return revision;
  }
  private readonly revisions = new WeakMap<DocumentState, number>();
  private revisionCounter = 0;

  /** Documents declared with this short name (more than one is itself a problem). */
  byName(name: string): DocumentState[] {
    if (this.recorder) this.recorder.names.add(name);
    const found = this.byNameUnrecorded(name);
    if (this.recorder) for (const d of found) this.recorder.documents.add(d.uri);
    return found;
  }

  private byNameUnrecorded(name: string): DocumentState[] {
    if (!this.nameIndex) {
      this.nameIndex = new Map();
      for (const state of this.documents.values()) {
        const docName = headerNode(state)?.name?.name;
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
    let result = this.chainCache.get(uri);
    if (!result) {
      result = this.unrecorded(() => this.computeChain(uri));
      this.chainCache.set(uri, result);
    }
    if (this.recorder) {
      // The chain follows each header's `for` by name: it reads those documents and those names.
      this.recorder.documents.add(uri);
      const own = this.documents.get(uri);
      const target = own ? headerNode(own)?.target : undefined;
      if (target) this.recorder.names.add(target.name);
      for (const d of result.linked) {
        this.recorder.documents.add(d.uri);
        const next = headerNode(d)?.target;
        if (next) this.recorder.names.add(next.name);
      }
    }
    return result;
  }

  private computeChain(uri: string): { linked: DocumentState[]; missing: Ident | null } {
    const linked: DocumentState[] = [];
    const seen = new Set([uri]);
    let current = this.documents.get(uri);
    let target: Ident | null | undefined;
    while (current && (target = headerNode(current)?.target)) {
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
    // Which documents are written for this one can change with any header in the workspace.
    if (this.recorder) this.recorder.links = true;
    if (!this.dependentsCache) {
      this.dependentsCache = this.unrecorded(() => {
        const dependents = new Map<string, string[]>();
        for (const doc of this.documents.values()) {
          for (const linked of this.chain(doc.uri).linked) {
            const list = dependents.get(linked.uri) ?? [];
            list.push(doc.uri);
            dependents.set(linked.uri, list);
          }
        }
        return dependents;
      });
    }
    return this.dependentsCache.get(uri) ?? [];
  }

  /**
   * What a referring identifier in `uri` means: a declaration in the document itself or in one it is
   * `for`. Returns null when nothing declares it, or "unknown" when a linked document is missing and
   * might have declared it. `state` is the text of `uri` to look in: a check passes the one it checks.
   */
  resolve(uri: string, id: Ident, state: DocumentState | undefined = this.get(uri)): Resolution | null | "unknown" {
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
        const doc = this.get(sibling)!;
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

/** A document's header as read-across sees it: its name and the document it is for. */
function headerOf(state: DocumentState): string {
  const document = headerNode(state);
  return `${document?.name?.name ?? ""}\u0000${document?.target?.name ?? ""}`;
}

/** Adds what `from` read to `into`. */
export function mergeReads(into: Reads, from: Reads): void {
  for (const d of from.documents) into.documents.add(d);
  for (const n of from.names) into.names.add(n);
  into.links ||= from.links;
  into.everything ||= from.everything;
}
