// The syntax tree the grammar builds. Every node has a `kind` and a `span` in UTF-16 offsets.
// Problems found while parsing are `ErrorNode`s inside the tree (or in a node's `errors`), never thrown.

export interface Span {
  start: number;
  end: number;
}

export type SymbolKind =
  | "document"
  | "party"
  | "role"
  | "body"
  | "principle"
  | "value"
  | "term"
  | "measure"
  | "requirement"
  | "target"
  | "question"
  | "criterion";

export interface Ident {
  kind: "Ident";
  name: string;
  span: Span;
  /** Set when this identifier declares a symbol. */
  decl?: SymbolKind;
  /** Set when this identifier refers to a symbol: the kinds it may resolve to, in order of preference. */
  ref?: SymbolKind[];
}

export interface WordNode {
  kind: "Word";
  word: string;
  span: Span;
  /** Written in quotes (a no-fault-no-blame exception in the drafter's own words). */
  quoted?: boolean;
}

export interface Str {
  kind: "Str";
  value: string;
  span: Span;
  triple: boolean;
  error: string | null;
  /** Where the error is, when narrower than the whole text: a bad escape, or an unclosed opening `"""`. */
  errorSpan?: Span;
  /** The text written as it should be, where that is not in doubt, for the quick fix. */
  replacement?: string;
}

export interface Money {
  kind: "Money";
  span: Span;
  /** ISO 4217 code: GBP for £, EUR for €, USD for $, or the code written. */
  currency: string;
  /** Exact amount in minor units (pence, cents). */
  minor: number;
  text: string;
  error: string | null;
  /** The amount written as it should be, where that is not in doubt, for the quick fix. */
  replacement?: string;
}

export interface Percent {
  kind: "Percent";
  span: Span;
  /** Thousandths of a percent: 25% is 25000, 12.5% is 12500. */
  thousandths: number;
  text: string;
  error: string | null;
}

export type DurationUnit = "day" | "week" | "month" | "year";

export interface Duration {
  kind: "Duration";
  span: Span;
  amount: number;
  unit: DurationUnit;
  text: string;
  error: string | null;
}

export interface DateLit {
  kind: "Date";
  span: Span;
  iso: string;
  year: number;
  month: number;
  day: number;
  error: string | null;
  /** The date written year-month-day, where the reading is not in doubt, for the quick fix. */
  replacement?: string;
}

export interface IntegerLit {
  kind: "Integer";
  span: Span;
  value: number;
}

export interface Cadence {
  kind: "Cadence";
  span: Span;
  /** `monthly`, `quarterly`… or null when written as `every 6 weeks`. */
  word: string | null;
  every: Duration | null;
}

export interface ErrorNode {
  kind: "Error";
  span: Span;
  code: string;
  message: string;
  /** For an unrecognised line: the first word found, and the block it sits in. */
  found?: string;
  unknownIn?: string;
  unknownDocumentKind?: boolean;
  /** What a quick fix needs, where the fix is not in doubt: the text to put in the problem's place, or where to insert what. */
  data?: Record<string, unknown>;
  /** Further problems with the same line, such as a clause written after the document's end. */
  errors?: ErrorNode[];
}

export interface Comment {
  kind: "Comment";
  span: Span;
  text: string;
  block: boolean;
  closed: boolean;
}

interface Clause {
  span: Span;
  keyword: Span;
  errors?: ErrorNode[];
}

interface BlockOf<K extends string, T> {
  kind: K;
  span: Span;
  keyword: Span;
  items: (T | ErrorNode)[];
  open: Span | null;
  close: Span | null;
  errors: ErrorNode[];
}

export interface FileNode {
  kind: "File";
  span: Span;
  document: DocumentNode | null;
  strays: (DocItem | DocumentNode | ErrorNode)[];
  comments: Comment[];
}

export type DocumentKind = "agreement" | "specification" | "tender" | "evaluation";

export interface DocumentNode {
  kind: "Document";
  span: Span;
  /** As written; may be a word that is not a document kind (reported), or null when the header is missing. */
  docKind: string | null;
  keyword: Span | null;
  name: Ident | null;
  title: Str | null;
  target: Ident | null;
  forKeyword: Span | null;
  items: DocItem[];
  open: Span | null;
  close: Span | null;
  errors: ErrorNode[];
}

// --- agreement clauses ---

export interface PurposeNode extends BlockOf<"Purpose", PurposeDetail> {
  text: Str;
}
export interface PurposeDetail {
  kind: "PurposeDetail";
  span: Span;
  keyword: Span;
  key: "people" | "place" | "scope";
  value: Str;
  errors?: ErrorNode[];
}
export interface JurisdictionNode extends Clause {
  kind: "Jurisdiction";
  value: WordNode;
}
export interface TermNode extends Clause {
  kind: "Term";
  duration: Duration | null;
  from: DateLit | null;
  until: DateLit | null;
}
export interface ValueNode extends Clause {
  kind: "Value";
  amount: Money;
  perYear: boolean;
  pooledBy: Ident[];
}

export type PartiesNode = BlockOf<"Parties", PartyNode>;
export interface PartyNode {
  kind: "Party";
  span: Span;
  /** The party's name, when it opens a block of details; null for a party on one line. */
  keyword: Span | null;
  name: Ident;
  roles: WordNode[];
  title: Str | null;
  items: (PartyDetail | ErrorNode)[];
  open: Span | null;
  close: Span | null;
  errors: ErrorNode[];
}
export type PartyDetailKey = "representative" | "authority" | "contributes" | "contact" | "time" | "framework";
export interface PartyDetail {
  kind: "PartyDetail";
  span: Span;
  keyword: Span;
  key: PartyDetailKey;
  value: Str;
  errors?: ErrorNode[];
}

export type RolesNode = BlockOf<"Roles", RoleDecl>;
export interface RoleDecl {
  kind: "RoleDecl";
  span: Span;
  name: Ident;
  roleKind: WordNode;
  title: Str | null;
  reportsTo: Ident | null;
  heldBy: Ident | null;
  errors?: ErrorNode[];
}

export interface PrinciplesNode extends BlockOf<"Principles", PrincipleNode> {
  coProducedWith: Ident[] | null;
}
export interface PrincipleNode {
  kind: "Principle";
  span: Span;
  name: Ident;
  text: Str;
  errors?: ErrorNode[];
}
export interface PrincipleRefsNode extends Clause {
  kind: "PrincipleRefs";
  names: Ident[];
}
export type ValuesNode = BlockOf<"Values", ValueDecl>;
export interface ValueDecl {
  kind: "ValueDecl";
  span: Span;
  name: Ident;
  text: Str;
  errors?: ErrorNode[];
}
export type DefinitionsNode = BlockOf<"Definitions", DefinitionNode>;
export interface DefinitionNode {
  kind: "Definition";
  span: Span;
  term: Ident;
  text: Str;
  errors?: ErrorNode[];
}
export type KeyIssuesNode = BlockOf<"KeyIssues", KeyIssueNode>;
export interface KeyIssueNode {
  kind: "KeyIssue";
  span: Span;
  text: Str;
  errors?: ErrorNode[];
}

// --- bodies ---

export interface BodyNode extends BlockOf<"Body", BodyItem> {
  name: Ident;
  title: Str | null;
}
export type BodyItem =
  | MembersNode
  | ChairNode
  | DecidesNode
  | IfNotUnanimousNode
  | CastingVoteNode
  | MeetsNode
  | FunctionsNode
  | ReportsToNode
  | AdvisesNode
  | UntilNode
  | QuorumNode
  | OpenToNode
  | RespondsWithinNode;
export interface MembersNode extends Clause {
  kind: "Members";
  all: boolean;
  names: Ident[];
}
export interface ChairNode extends Clause {
  kind: "Chair";
  who: Ident;
}
export interface DecidesNode extends Clause {
  kind: "Decides";
  subject: WordNode;
  method: WordNode;
}
export interface IfNotUnanimousNode extends Clause {
  kind: "IfNotUnanimous";
  outcome: "falls" | "refer" | "decides";
  target: Ident | null;
}
/** `casting vote Chair`: who breaks a tie. `casting vote chair` (ofChair) means whoever chairs the body. */
export interface CastingVoteNode extends Clause {
  kind: "CastingVote";
  holder: Ident;
  ofChair: boolean;
}
export interface MeetsNode extends Clause {
  kind: "Meets";
  cadence: Cadence;
}
export interface FunctionsNode extends Clause {
  kind: "Functions";
  names: WordNode[];
}
export interface ReportsToNode extends Clause {
  kind: "ReportsTo";
  target: Ident;
}
export interface AdvisesNode extends Clause {
  kind: "Advises";
  target: Ident;
}
export interface UntilNode extends Clause {
  kind: "Until";
  date: DateLit;
}
export interface QuorumNode extends Clause {
  kind: "Quorum";
  all: boolean;
  count: IntegerLit | null;
}
export interface OpenToNode extends Clause {
  kind: "OpenTo";
  /** Who may bring issues to the body: one or more groups. */
  who: WordNode[];
}
export interface RespondsWithinNode extends Clause {
  kind: "RespondsWithin";
  duration: Duration;
}

// --- risk ---

export type RiskNode = BlockOf<"Risk", RiskItem>;
export type RiskItem = ResponsibilityNode | ShareNode | CapNode | NoFaultNoBlameNode | AccountingNode | ClaimsNode | AssignNode;
export interface ResponsibilityNode extends Clause {
  kind: "Responsibility";
  value: WordNode;
}
export interface ShareNode extends Clause {
  kind: "Share";
  which: "pain" | "gain" | "budget";
  entries: ShareEntry[];
}
export interface ShareEntry {
  kind: "ShareEntry";
  span: Span;
  party: Ident;
  percent: Percent;
}
export interface CapNode extends Clause {
  kind: "Cap";
  amount: Money;
  perYear: boolean;
}
export interface NoFaultNoBlameNode extends Clause {
  kind: "NoFaultNoBlame";
  /** Each exception as written: one word, several words (`wilful default`) or quoted text (`quoted`). */
  exceptions: WordNode[];
  /** The quoted exceptions' text, so that an unclosed quote is reported. */
  texts?: Str[];
}
export interface AccountingNode extends Clause {
  kind: "Accounting";
  value: WordNode;
}
export interface ClaimsNode extends Clause {
  kind: "Claims";
  grounds: WordNode[];
}
export interface AssignNode extends Clause {
  kind: "Assign";
  what: Str;
  party: Ident;
}

// --- spend ---

export type SpendNode = BlockOf<"Spend", BandNode | EligibilityNode>;
export interface BandNode extends Clause {
  kind: "Band";
  /** `over X`: spend strictly above X. Null for the first band. */
  over: Money | null;
  /** `up to Y`: spend up to and including Y. Null for an open top band. */
  upTo: Money | null;
  approver: Ident;
}
export interface EligibilityNode extends Clause {
  kind: "Eligibility";
  text: Str;
}

// --- learning ---

export type LearningNode = BlockOf<"Learning", MeasureNode | ReviewNode | DataSharingNode>;
export interface MeasureNode extends BlockOf<"Measure", MeasureDetail> {
  name: Ident;
  title: Str | null;
  uses: WordNode[];
}
export type MeasureDetailKey =
  | "source"
  | "target"
  | "linked-to"
  | "perspective"
  | "defined-by"
  | "kind"
  | "sense-maker"
  | "owner"
  | "shared-by";
export interface MeasureDetail {
  kind: "MeasureDetail";
  span: Span;
  keyword: Span;
  key: MeasureDetailKey;
  text: Str | null;
  word: WordNode | null;
  names: Ident[];
  errors?: ErrorNode[];
}
export interface ReviewNode extends Clause {
  kind: "Review";
  cadence: Cadence;
  by: Ident;
  againstPurpose: boolean;
}
export interface DataSharingNode extends Clause {
  kind: "DataSharing";
  text: Str;
}

// --- involvement ---

export type InvolvementNode = BlockOf<"Involvement", InvolveNode | InvolvementTextNode>;
export interface InvolveNode {
  kind: "Involve";
  span: Span;
  who: Ident;
  stages: WordNode[];
  errors?: ErrorNode[];
}
export interface InvolvementTextNode extends Clause {
  kind: "InvolvementText";
  key: "feedback" | "stories" | "safe-sharing";
  text: Str;
}

// --- one-line clauses shared by agreements and tender documents ---

export interface StewardNode extends Clause {
  kind: "Steward";
  who: Ident;
}
export interface RouteNode extends Clause {
  kind: "Route";
  value: WordNode;
  because: Str | null;
  /** The legal ground for awarding without a competition, as recorded: `justification "…"`. */
  justification: Str | null;
}
/** `services health-care, social-care`: the kinds of service bought, the main kind first. */
export interface ServicesNode extends Clause {
  kind: "Services";
  names: WordNode[];
}
/** `procurement starts 2026-04-01`: the date the procurement begins. */
export interface ProcurementStartNode extends Clause {
  kind: "ProcurementStart";
  date: DateLit;
}
export interface NoticesNode extends Clause {
  kind: "Notices";
  names: WordNode[];
}
export type StagesNode = BlockOf<"Stages", StageNode>;
export interface StageNode extends Clause {
  kind: "Stage";
  from: IntegerLit;
  to: IntegerLit;
  text: Str;
  writtenBy: Ident[];
}
export type RequirementsNode = BlockOf<"Requirements", RequirementNode>;
export interface RequirementNode {
  kind: "Requirement";
  span: Span;
  name: Ident;
  text: Str;
  /** `mandatory`, `desirable`, `pass-fail` or `contract-condition`. */
  level: WordNode | null;
  about: Ident[];
  errors?: ErrorNode[];
}
export interface TargetsNode extends BlockOf<"Targets", TargetDecl> {
  none: boolean;
}
export interface TargetDecl {
  kind: "TargetDecl";
  span: Span;
  name: Ident;
  text: Str;
  errors?: ErrorNode[];
}
export type QuestionsNode = BlockOf<"Questions", QuestionNode>;
export interface QuestionNode {
  kind: "Question";
  span: Span;
  name: Ident;
  text: Str;
  about: Ident[];
  errors?: ErrorNode[];
}
export interface CriterionNode extends Clause {
  kind: "Criterion";
  name: Ident;
  title: Str | null;
  weight: Percent;
  stage: WordNode | null;
  assesses: Ident[];
  socialValue: boolean;
}
export interface DeadlineNode extends Clause {
  kind: "Deadline";
  date: DateLit;
}
export interface ReservedForNode extends Clause {
  kind: "ReservedFor";
  text: Str;
}
export interface InstrumentNode extends Clause {
  kind: "Instrument";
  value: WordNode;
  because: Str | null;
}
export interface InvolvedEarlyNode extends Clause {
  kind: "InvolvedEarly";
  names: WordNode[];
}
export interface ExitPlanNode extends Clause {
  kind: "ExitPlan";
  text: Str;
}
export interface ReviewPointNode extends Clause {
  kind: "ReviewPoint";
  after: Duration | null;
  date: DateLit | null;
}
export interface MarketEngagementNode extends Clause {
  kind: "MarketEngagement";
  text: Str;
}
export interface InputSharingNode extends Clause {
  kind: "InputSharing";
  text: Str;
}
export type ProcessNode = BlockOf<"Process", StepNode>;
export interface StepNode extends Clause {
  kind: "Step";
  text: Str;
  duration: Duration | null;
}
export interface MinimumTurnoverNode extends Clause {
  kind: "MinimumTurnover";
  amount: Money;
}
export interface StaffChangesNode extends Clause {
  kind: "StaffChanges";
  text: Str;
}
export interface UnionEngagementNode extends Clause {
  kind: "UnionEngagement";
  text: Str;
}

export type DocItem =
  | PurposeNode
  | JurisdictionNode
  | TermNode
  | ValueNode
  | PartiesNode
  | RolesNode
  | PrinciplesNode
  | PrincipleRefsNode
  | ValuesNode
  | DefinitionsNode
  | KeyIssuesNode
  | BodyNode
  | RiskNode
  | SpendNode
  | LearningNode
  | InvolvementNode
  | StewardNode
  | RouteNode
  | NoticesNode
  | StagesNode
  | RequirementsNode
  | TargetsNode
  | QuestionsNode
  | CriterionNode
  | DeadlineNode
  | ReservedForNode
  | InstrumentNode
  | InvolvedEarlyNode
  | ExitPlanNode
  | ReviewPointNode
  | MarketEngagementNode
  | InputSharingNode
  | ProcessNode
  | MinimumTurnoverNode
  | StaffChangesNode
  | UnionEngagementNode
  | ServicesNode
  | ProcurementStartNode
  | ErrorNode;

export type DocItemKind = Exclude<DocItem, ErrorNode>["kind"];

/** Any node with a kind and a span. */
export interface AnyNode {
  kind: string;
  span: Span;
}

/** Visits every node below `root` (depth first, in source order), including `root` itself. */
export function walk(root: unknown, visit: (node: AnyNode, parent: AnyNode | null) => void, parent: AnyNode | null = null): void {
  if (!root || typeof root !== "object") return;
  if (Array.isArray(root)) {
    for (const child of root) if (child && typeof child === "object") walk(child, visit, parent);
    return;
  }
  const node = root as Record<string, unknown>;
  const isNode = isTreeNode(node);
  if (isNode) visit(node as unknown as AnyNode, parent);
  const nextParent = isNode ? (node as unknown as AnyNode) : parent;
  for (const key in node) {
    if (!isWalkedField(key)) continue;
    const value = node[key];
    if (value && typeof value === "object") walk(value, visit, nextParent);
  }
}

/** Whether an object of the tree is a node (it has a kind and a span), not a plain value such as a span. */
export function isTreeNode(value: Record<string, unknown>): boolean {
  return typeof value.kind === "string" && typeof value.span === "object";
}

/** Whether a walk goes into a node's field: not its span, nor its keyword (a position, not a node of its own). */
export function isWalkedField(key: string): boolean {
  return key !== "span" && key !== "keyword";
}

/** The items of a block clause that are not errors. */
export function itemsOf<T extends { kind: string }>(items: (T | ErrorNode)[]): T[] {
  return items.filter((item): item is T => item.kind !== "Error");
}
