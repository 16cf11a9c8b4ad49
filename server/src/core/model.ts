// One document's symbols and clauses, indexed once and shared by every rule and editor feature.

import type {
  AnyNode, BandNode, BodyNode, DocItem, DocumentKind, DocumentNode, FileNode, Ident, MeasureNode, PartyNode, PrincipleNode,
  RoleDecl, SymbolKind,
} from "./tree";
import { isTreeNode, isWalkedField, itemsOf } from "./tree";
import { DOCUMENT_KINDS } from "./vocabulary";

export type ClauseOf<K extends DocItem["kind"]> = Extract<DocItem, { kind: K }>;

export class DocumentModel {
  readonly document: DocumentNode | null;
  /** The document kind, or null when the header is missing or names no known kind. */
  readonly kind: DocumentKind | null;
  readonly name: string | null;
  /** Every declaring identifier, by symbol kind then name (a name declared twice has two entries). */
  readonly declarations = new Map<SymbolKind, Map<string, Ident[]>>();
  /** Every referring identifier, in source order. */
  readonly references: Ident[] = [];
  /** Every declaring identifier, in source order. */
  readonly declarationOrder: Ident[] = [];
  /**
   * The document's nodes in the order `walk` visits them, in parts: one for each top-level clause, kept from
   * the model before when a reparse kept the clause, and one for each run of the header's nodes between them.
   */
  private readonly parts: Gathered[] = [];
  private allNodes?: AnyNode[];
  private readonly clausesByKind = new Map<string, DocItem[]>();

  constructor(readonly file: FileNode) {
    this.document = file.document;
    const docKind = file.document?.docKind ?? null;
    this.kind = docKind && (DOCUMENT_KINDS as readonly string[]).includes(docKind) ? (docKind as DocumentKind) : null;
    this.name = file.document?.name?.name ?? null;
    for (const item of file.document?.items ?? []) {
      const list = this.clausesByKind.get(item.kind) ?? [];
      list.push(item);
      this.clausesByKind.set(item.kind, list);
    }
    // The identifiers are gathered with the nodes, so that only they are read again here.
    nodesOfDocument(file.document, this.parts);
    for (const part of this.parts) for (const id of part.idents) {
      if (id.decl) {
        this.declarationOrder.push(id);
        let byName = this.declarations.get(id.decl);
        if (!byName) this.declarations.set(id.decl, (byName = new Map()));
        const list = byName.get(id.name);
        if (list) list.push(id);
        else byName.set(id.name, [id]);
      } else if (id.ref) {
        this.references.push(id);
      }
    }
    // The walk follows each node's fields, which are nearly always in source order; put right any that are not.
    if (this.declarationOrder.some((id, i, all) => i > 0 && all[i - 1].span.start > id.span.start)) {
      this.declarationOrder.sort((a, b) => a.span.start - b.span.start);
    }
  }

  /** Every node of the document, in the order `walk` visits them; put together on first use. */
  get nodes(): AnyNode[] {
    return (this.allNodes ??= ([] as AnyNode[]).concat(...this.parts.map((part) => part.nodes)));
  }

  /**
   * Every node of the given kinds, anywhere in the document, in the order `walk` visits them, found by
   * reading through each part's list of kinds: one pass over those compact lists costs less than indexing
   * every node by kind on every check for the few rules that ask.
   */
  nodesOf(kinds: readonly string[]): AnyNode[] {
    const wanted = new Set(kinds);
    const found: AnyNode[] = [];
    for (const { kinds: nodeKinds, nodes } of this.parts) {
      for (let at = 0; at < nodeKinds.length; at++) if (wanted.has(nodeKinds[at])) found.push(nodes[at]);
    }
    return found;
  }

  /** Document-level clauses of one kind, in source order. */
  clauses<K extends DocItem["kind"]>(kind: K): ClauseOf<K>[] {
    return (this.clausesByKind.get(kind) ?? []) as ClauseOf<K>[];
  }

  first<K extends DocItem["kind"]>(kind: K): ClauseOf<K> | undefined {
    return this.clauses(kind)[0];
  }

  has(kind: DocItem["kind"]): boolean {
    return this.clausesByKind.has(kind);
  }

  /** The first declaration of `name` as `kind`. */
  declared(kind: SymbolKind, name: string): Ident | undefined {
    return this.declarations.get(kind)?.get(name)?.[0];
  }

  declaredNames(kind: SymbolKind): string[] {
    return [...(this.declarations.get(kind)?.keys() ?? [])];
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
    return (this.partyList ??= this.clauses("Parties").flatMap((block) => itemsOf(block.items)));
  }

  party(name: string): PartyNode | undefined {
    return (this.partyByName ??= firstByName(this.parties())).get(name);
  }

  roles(): RoleDecl[] {
    return (this.roleList ??= this.clauses("Roles").flatMap((block) => itemsOf(block.items)));
  }

  role(name: string): RoleDecl | undefined {
    return (this.roleByName ??= firstByName(this.roles())).get(name);
  }

  bodies(): BodyNode[] {
    return this.clauses("Body");
  }

  body(name: string): BodyNode | undefined {
    return (this.bodyByName ??= firstByName(this.bodies())).get(name);
  }

  principles(): PrincipleNode[] {
    return (this.principleList ??= this.clauses("Principles").flatMap((block) => itemsOf(block.items)));
  }

  principle(name: string): PrincipleNode | undefined {
    return (this.principleByName ??= firstByName(this.principles())).get(name);
  }

  measures(): MeasureNode[] {
    return (this.measureList ??= this.clauses("Learning").flatMap((block) => itemsOf(block.items)).filter((i): i is MeasureNode => i.kind === "Measure"));
  }

  bands(): BandNode[] {
    return (this.bandList ??= this.clauses("Spend").flatMap((block) => itemsOf(block.items)).filter((i): i is BandNode => i.kind === "Band"));
  }

  /** Party names with a given role word. */
  partiesWithRole(role: string): PartyNode[] {
    return this.parties().filter((p) => p.roles.some((r) => r.word === role));
  }

  /** The members of a body as names: every party for `members all`. */
  membersOf(body: BodyNode): string[] {
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

/**
 * Every node (and identifier) of each top-level clause, in the order `walk` visits them, kept per clause: a
 * clause that a reparse kept (the same object, perhaps moved) is not walked again.
 */
const CLAUSE_NODES = new WeakMap<object, Gathered>();

/**
 * Every node of the document in `walk`'s order, as parts onto `parts`: each clause's own, read from
 * `CLAUSE_NODES` when a reparse kept it, and the header's nodes between them.
 */
function nodesOfDocument(document: DocumentNode | null, parts: Gathered[]): void {
  if (!document) return;
  let loose: Gathered = { nodes: [document as unknown as AnyNode], kinds: [document.kind], idents: [] };
  parts.push(loose);
  const fields = document as unknown as Record<string, unknown>;
  for (const key in fields) {
    if (!isWalkedField(key)) continue;
    const value = fields[key];
    if (key === "items" && Array.isArray(value)) {
      for (const item of value) if (item && typeof item === "object") parts.push(nodesOfClause(item as DocItem));
      parts.push((loose = { nodes: [], kinds: [], idents: [] }));
    } else if (value && typeof value === "object") {
      collectNodes(value, loose);
    }
  }
}

/** One clause's nodes: walked once, and remembered for the next model while the clause is kept. */
function nodesOfClause(item: DocItem): Gathered {
  let known = CLAUSE_NODES.get(item);
  if (!known) {
    known = { nodes: [], kinds: [], idents: [] };
    collectNodes(item, known);
    CLAUSE_NODES.set(item, known);
  }
  return known;
}

/** The nodes `walk` would visit below `value`, in its order, pushed onto `into`: the same walk without a callback. */
function collectNodes(value: object, into: Gathered): void {
  if (Array.isArray(value)) {
    for (const child of value) if (child && typeof child === "object") collectNodes(child, into);
    return;
  }
  const node = value as Record<string, unknown>;
  if (isTreeNode(node)) {
    const kind = node.kind as string;
    into.nodes.push(node as unknown as AnyNode);
    into.kinds.push(kind);
    if (kind === "Ident") into.idents.push(node as unknown as Ident);
  }
  for (const key in node) {
    if (!isWalkedField(key)) continue;
    const child = node[key];
    if (child && typeof child === "object") collectNodes(child, into);
  }
}
