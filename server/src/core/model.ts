// One document's symbols and clauses, indexed once and shared by every rule and editor feature.

import type {
  AnyNode, BandNode, BodyNode, DocItem, DocumentKind, DocumentNode, FileNode, Ident, MeasureNode, PartyNode, PrincipleNode,
  RoleDecl, SymbolKind,
} from "./tree";
import { isWalkedField, itemsOf } from "./tree";
import { DOCUMENT_KINDS } from "./vocabulary";

/** What reading the whole document counts as: every kind of clause. */
export const ALL_CLAUSES = "*";

/**
 * Which clauses a model was made of, kept after the model itself has gone (a reparse takes its tree over):
 * enough to tell which clauses an edit since has changed.
 */
export interface ClauseList {
  readonly document: DocumentNode | null;
  readonly items: readonly DocItem[];
}

export type ClauseOf<K extends DocItem["kind"]> = Extract<DocItem, { kind: K }>;

export class DocumentModel {
  /** The document kind, or null when the header is missing or names no known kind. */
  readonly kind: DocumentKind | null;
  readonly name: string | null;
  /** The document's clauses as this model found them: a reparse moves the tree's list on, not this one. */
  readonly items: readonly DocItem[];
  private readonly documentNode: DocumentNode | null;
  private readonly declarationsByKind = new Map<SymbolKind, Map<string, Ident[]>>();
  private readonly referenceList: Ident[] = [];
  private readonly declarationList: Ident[] = [];
  /**
   * The document's nodes in the order `walk` visits them, in parts: one for each top-level clause, kept from
   * the model before when a reparse kept the clause, and one for each run of the header's nodes between them.
   */
  private readonly parts: Gathered[] = [];
  private allNodes?: AnyNode[];
  private readonly clausesByKind = new Map<string, DocItem[]>();
  /** The kinds of clause read while a reading is recorded (`recordReads`); `ALL_CLAUSES` for the whole document. */
  private reading: Set<string> | null = null;
  /**
   * What helpers shared between rules worked out from this model, by helper (see rules/per-model.ts). Held
   * by the model rather than in WeakMaps keyed by models or nodes: V8's minor collections left what such
   * entries lead to alive until a full collection, so every tree checked in the meantime stayed, and each
   * minor collection copied them all (a check of 2,000 lines took twice as long).
   */
  readonly derived = new Map<object, unknown>();
  /**
   * What was worked out from one top-level clause alone, by helper then clause: handed on to the next model
   * of the document for each clause a reparse kept (the same object), so it is not worked out again.
   */
  private readonly byClause = new Map<object, Map<DocItem, unknown>>();

  /**
   * `earlier` is the model of the text this one's tree was reparsed from, if there was one: what it worked
   * out from each clause the reparse kept is taken over, and nothing else of it is kept.
   */
  constructor(private readonly fileNode: FileNode, earlier?: DocumentModel) {
    this.documentNode = fileNode.document;
    const docKind = fileNode.document?.docKind ?? null;
    this.kind = docKind && (DOCUMENT_KINDS as readonly string[]).includes(docKind) ? (docKind as DocumentKind) : null;
    this.name = fileNode.document?.name?.name ?? null;
    this.items = [...(fileNode.document?.items ?? [])];
    for (const item of this.items) {
      const list = this.clausesByKind.get(item.kind) ?? [];
      list.push(item);
      this.clausesByKind.set(item.kind, list);
    }
    if (earlier) this.takeOver(earlier);
    // The identifiers are gathered with the nodes, so that only they are read again here.
    this.gatherNodes();
    for (const part of this.parts) for (const id of part.idents) {
      if (id.decl) {
        this.declarationList.push(id);
        let byName = this.declarationsByKind.get(id.decl);
        if (!byName) this.declarationsByKind.set(id.decl, (byName = new Map()));
        const list = byName.get(id.name);
        if (list) list.push(id);
        else byName.set(id.name, [id]);
      } else if (id.ref) {
        this.referenceList.push(id);
      }
    }
    // The walk follows each node's fields, which are nearly always in source order; put right any that are not.
    if (this.declarationList.some((id, i, all) => i > 0 && all[i - 1].span.start > id.span.start)) {
      this.declarationList.sort((a, b) => a.span.start - b.span.start);
    }
  }

  /** What `earlier` worked out from the clauses this model still has. */
  private takeOver(earlier: DocumentModel): void {
    for (const [helper, earlierValues] of earlier.byClause) {
      const values = new Map<DocItem, unknown>();
      for (const item of this.items) {
        const value = earlierValues.get(item);
        if (value !== undefined) values.set(item, value);
      }
      if (values.size > 0) this.byClause.set(helper, values);
    }
  }

  /**
   * What `make` works out from `clause` alone, once per clause and `helper` (any object standing for the
   * helper): kept for later models of the document while a reparse keeps the clause. Reading the clause
   * counts as reading its kind.
   */
  perClause<K extends DocItem["kind"], T>(helper: object, clause: ClauseOf<K>, make: (clause: ClauseOf<K>) => T): T {
    this.note(clause.kind);
    let values = this.byClause.get(helper);
    if (!values) this.byClause.set(helper, (values = new Map()));
    let value = values.get(clause) as T | undefined;
    if (value === undefined) values.set(clause, (value = make(clause)));
    return value;
  }

  /**
   * Every node of the document in `walk`'s order, as parts: each clause's own, walked once while a reparse
   * keeps the clause, and the header's nodes between them.
   */
  private gatherNodes(): void {
    const document = this.documentNode;
    if (!document) return;
    let loose: Gathered = { nodes: [document as unknown as AnyNode], kinds: [document.kind], idents: [] };
    this.parts.push(loose);
    const fields = document as unknown as Record<string, unknown>;
    for (const key in fields) {
      if (!isWalkedField(key)) continue;
      const value = fields[key];
      if (key === "items" && Array.isArray(value)) {
        for (const item of value) if (item && typeof item === "object") this.parts.push(this.nodesOfClause(item as DocItem));
        this.parts.push((loose = { nodes: [], kinds: [], idents: [] }));
      } else if (value && typeof value === "object") {
        collectNodes(value, loose);
      }
    }
  }

  private nodesOfClause(item: DocItem): Gathered {
    return this.perClause(NODES_OF_CLAUSE, item, (clause) => {
      const gathered: Gathered = { nodes: [], kinds: [], idents: [] };
      collectNodes(clause, gathered);
      return gathered;
    });
  }

  // --- what a rule read ---------------------------------------------------------------------------
  // A check records which kinds of clause each rule read, through the accessors below, so that after an
  // edit to one clause the rules that read no clause of its kind need not run again (see check.ts). What
  // reads across the whole document (its nodes, names, tree or text) counts as reading every kind.

  /** Runs `read`, and returns with its value the kinds of clause it read; nested recordings add to the outer. */
  recordReads<T>(read: () => T): { value: T; kinds: Set<string> } {
    const outer = this.reading;
    const kinds = new Set<string>();
    this.reading = kinds;
    try {
      return { value: read(), kinds };
    } finally {
      this.reading = outer;
      if (outer) for (const kind of kinds) outer.add(kind);
    }
  }

  /** The clauses this model was made of, to be compared with a later model's (`changedSince`). */
  clauseList(): ClauseList {
    return { document: this.documentNode, items: this.items };
  }

  /**
   * The kinds of clause that differ from an earlier model of the same document: the kinds of the clauses
   * one has and the other has not (a reparse keeps each clause it did not read again as the same object).
   * Null, for every kind, when the document was read afresh, header and all.
   */
  changedSince(earlier: ClauseList): Set<string> | null {
    if (!this.documentNode || earlier.document !== this.documentNode) return null;
    const left = new Set<DocItem>(earlier.items);
    const changed = new Set<string>();
    for (const item of this.items) if (!left.delete(item)) changed.add(item.kind);
    for (const item of left) changed.add(item.kind);
    return changed;
  }

  /** Counts `kinds` as read by the reading being recorded: what a cached result built from them stands for. */
  noteReads(kinds: Iterable<string>): void {
    const reading = this.reading;
    if (reading) for (const kind of kinds) reading.add(kind);
  }

  private note(kind: string): void {
    if (this.reading !== null) this.reading.add(kind);
  }

  get document(): DocumentNode | null {
    this.note(ALL_CLAUSES);
    return this.documentNode;
  }

  get file(): FileNode {
    this.note(ALL_CLAUSES);
    return this.fileNode;
  }

  /** Every declaring identifier, by symbol kind then name (a name declared twice has two entries). */
  get declarations(): ReadonlyMap<SymbolKind, Map<string, Ident[]>> {
    this.note(ALL_CLAUSES);
    return this.declarationsByKind;
  }

  /** Every referring identifier, in source order. */
  get references(): readonly Ident[] {
    this.note(ALL_CLAUSES);
    return this.referenceList;
  }

  /** Every declaring identifier, in source order. */
  get declarationOrder(): readonly Ident[] {
    this.note(ALL_CLAUSES);
    return this.declarationList;
  }

  /** Every node of the document, in the order `walk` visits them; put together on first use. */
  get nodes(): AnyNode[] {
    this.note(ALL_CLAUSES);
    return (this.allNodes ??= ([] as AnyNode[]).concat(...this.parts.map((part) => part.nodes)));
  }

  /**
   * Every node of the given kinds, anywhere in the document, in the order `walk` visits them, found by
   * reading through each part's list of kinds: one pass over those compact lists costs less than indexing
   * every node by kind on every check for the few rules that ask.
   */
  nodesOf(kinds: readonly string[]): AnyNode[] {
    this.note(ALL_CLAUSES);
    const wanted = new Set(kinds);
    const found: AnyNode[] = [];
    for (const { kinds: nodeKinds, nodes } of this.parts) {
      for (let at = 0; at < nodeKinds.length; at++) if (wanted.has(nodeKinds[at])) found.push(nodes[at]);
    }
    return found;
  }

  /** Document-level clauses of one kind, in source order. */
  clauses<K extends DocItem["kind"]>(kind: K): ClauseOf<K>[] {
    this.note(kind);
    return (this.clausesByKind.get(kind) ?? []) as ClauseOf<K>[];
  }

  first<K extends DocItem["kind"]>(kind: K): ClauseOf<K> | undefined {
    return this.clauses(kind)[0];
  }

  has(kind: DocItem["kind"]): boolean {
    this.note(kind);
    return this.clausesByKind.has(kind);
  }

  /** The first declaration of `name` as `kind`. */
  declared(kind: SymbolKind, name: string): Ident | undefined {
    this.note(ALL_CLAUSES);
    return this.declarationsByKind.get(kind)?.get(name)?.[0];
  }

  declaredNames(kind: SymbolKind): string[] {
    this.note(ALL_CLAUSES);
    return [...(this.declarationsByKind.get(kind)?.keys() ?? [])];
  }

  // Lists and name indexes are built once, on first use: rules ask for them many times per check, some
  // once per name they look up, so each is a field of its own rather than an entry in a keyed cache.
  private partyList?: PartyNode[];
  private partyByName?: Map<string, PartyNode>;
  private roleList?: RoleDecl[];
  private roleByName?: Map<string, RoleDecl>;
  private bodyByName?: Map<string, BodyNode>;
  private principleList?: PrincipleNode[];
  private principleByName?: Map<string, PrincipleNode>;
  private measureList?: MeasureNode[];
  private bandList?: BandNode[];
  private partyNames?: string[];
  /** By the body's start. */
  private membersByBody = new Map<number, string[]>();

  parties(): PartyNode[] {
    this.note("Parties");
    return (this.partyList ??= this.clauses("Parties").flatMap((block) => itemsOf(block.items)));
  }

  party(name: string): PartyNode | undefined {
    this.note("Parties");
    return (this.partyByName ??= firstByName(this.parties())).get(name);
  }

  roles(): RoleDecl[] {
    this.note("Roles");
    return (this.roleList ??= this.clauses("Roles").flatMap((block) => itemsOf(block.items)));
  }

  role(name: string): RoleDecl | undefined {
    this.note("Roles");
    return (this.roleByName ??= firstByName(this.roles())).get(name);
  }

  bodies(): BodyNode[] {
    return this.clauses("Body");
  }

  body(name: string): BodyNode | undefined {
    this.note("Body");
    return (this.bodyByName ??= firstByName(this.bodies())).get(name);
  }

  principles(): PrincipleNode[] {
    this.note("Principles");
    return (this.principleList ??= this.clauses("Principles").flatMap((block) => itemsOf(block.items)));
  }

  principle(name: string): PrincipleNode | undefined {
    this.note("Principles");
    return (this.principleByName ??= firstByName(this.principles())).get(name);
  }

  measures(): MeasureNode[] {
    this.note("Learning");
    return (this.measureList ??= this.clauses("Learning").flatMap((block) => itemsOf(block.items)).filter((i): i is MeasureNode => i.kind === "Measure"));
  }

  bands(): BandNode[] {
    this.note("Spend");
    return (this.bandList ??= this.clauses("Spend").flatMap((block) => itemsOf(block.items)).filter((i): i is BandNode => i.kind === "Band"));
  }

  /** Party names with a given role word. */
  partiesWithRole(role: string): PartyNode[] {
    return this.parties().filter((p) => p.roles.some((r) => r.word === role));
  }

  /** The members of a body as names: every party for `members all`. */
  membersOf(body: BodyNode): string[] {
    // `members all` names every party, and the list is kept: reading it counts as reading both.
    this.note("Body");
    this.note("Parties");
    let members = this.membersByBody.get(body.span.start);
    if (!members) this.membersByBody.set(body.span.start, (members = this.computeMembers(body)));
    return members;
  }

  private computeMembers(body: BodyNode): string[] {
    const members = itemsOf(body.items).filter((i) => i.kind === "Members");
    if (members.some((m) => m.kind === "Members" && m.all)) return (this.partyNames ??= this.parties().map((p) => p.name.name));
    return members.flatMap((m) => (m.kind === "Members" ? m.names.map((n) => n.name) : []));
  }
}

/** Each name's first item, by name. */
function firstByName<T extends { name: Ident }>(items: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.name.name)) map.set(item.name.name, item);
  return map;
}

/** Nodes in the order `walk` visits them, each one's kind at the same place, and the identifiers among them in the same order. */
interface Gathered {
  nodes: AnyNode[];
  kinds: string[];
  idents: Ident[];
}

/** The `perClause` helper under which each clause's nodes are kept. */
const NODES_OF_CLAUSE = {};

/**
 * The nodes `walk` would visit below `value`, in its order, pushed onto `into`: the same walk without a
 * callback, with `isTreeNode` and `isWalkedField` written out, as this runs for every node on every check.
 */
function collectNodes(value: object, into: Gathered): void {
  if (Array.isArray(value)) {
    for (const child of value) if (child && typeof child === "object") collectNodes(child, into);
    return;
  }
  const node = value as Record<string, unknown>;
  const kind = node.kind;
  if (typeof kind === "string" && typeof node.span === "object") {
    into.nodes.push(node as unknown as AnyNode);
    into.kinds.push(kind);
    if (kind === "Ident") into.idents.push(node as unknown as Ident);
  }
  for (const key in node) {
    if (key === "span" || key === "keyword") continue;
    const child = node[key];
    if (child && typeof child === "object") collectNodes(child, into);
  }
}
