// The vocabulary and the grammar name the same words: every word the grammar matches is in the
// vocabulary, and every keyword and choice in the vocabulary is read by the real parser where the
// vocabulary says it stands. A misspelt keyword gets the grammar's "unknown line" problem, and a
// misspelt choice the check's "not one of the choices" problem.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import peggy from "peggy";
import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { parse } from "../../../server/src/core/parse";
import type { AnyNode, DocItemKind } from "../../../server/src/core/tree";
import {
  BLOCK_KEYWORDS, CHOICES, CHOICE_SITES, CLAUSES_BY_DOCUMENT, CLAUSE_KEYWORD, CONNECTOR_WORDS, DOCUMENT_KINDS, OPEN_CHOICE_SITES, SECTION_KINDS,
  UNIT_WORDS, siteOf, type ChoiceSet,
} from "../../../server/src/core/vocabulary";

const GRAMMAR = readFileSync(join(__dirname, "..", "..", "..", "grammar", "alliance.peggy"), "utf8");

/** Every literal the grammar's rules match, read from the grammar's own syntax tree. */
function grammarLiterals(): Set<string> {
  const ast = peggy.parser.parse(GRAMMAR, { reservedWords: [] });
  const found = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; value?: unknown };
    if (n.type === "literal" && typeof n.value === "string") found.add(n.value);
    for (const [key, child] of Object.entries(node)) if (key !== "location") visit(child);
  };
  visit(ast.rules);
  return found;
}

/** A list of words written in the grammar's initializer: `const NAME = [...]`, and any `.concat([...])` after it. */
function initializerList(name: string): string[] {
  const match = new RegExp(String.raw`const ${name} = ([\s\S]*?);\n`).exec(GRAMMAR);
  expect(match, name).not.toBeNull();
  const own = [...match![1].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const base = /^(\w+)\.concat\(/.exec(match![1]);
  return base ? [...initializerList(base[1]), ...own] : own;
}

const words = (phrases: Iterable<string>) => [...phrases].flatMap((p) => p.split(" "));

describe("the words the grammar matches", () => {
  it("are all in the vocabulary, and every word of the vocabulary's keywords is one of them", () => {
    const literal = [...grammarLiterals()].filter((w) => /^[a-z][a-z-]*$/.test(w));
    const vocabulary = new Set([
      ...DOCUMENT_KINDS, ...words(Object.values(CLAUSE_KEYWORD)), ...words(Object.values(BLOCK_KEYWORDS).flat()), ...CONNECTOR_WORDS, ...UNIT_WORDS,
    ]);
    expect(literal.filter((w) => !vocabulary.has(w))).toEqual([]);
    expect([...vocabulary].filter((w) => !literal.includes(w))).toEqual([]);
  });

  it("include the same document kinds, section words and clause words as the grammar's own lists", () => {
    expect(initializerList("DOCUMENT_KINDS")).toEqual([...DOCUMENT_KINDS]);
    expect(initializerList("SECTION_WORDS")).toEqual(SECTION_KINDS.map((k) => CLAUSE_KEYWORD[k]));
    const clauseWords = new Set(Object.values(CLAUSE_KEYWORD).map((k) => k.split(" ")[0]));
    expect(new Set(initializerList("CLAUSE_WORDS"))).toEqual(clauseWords);
    expect(initializerList("CLAUSE_WORDS").length).toBe(clauseWords.size);
  });
});

/** The shortest clause of each kind, starting with its keyword. */
const CLAUSE_EXAMPLE: Record<DocItemKind, string> = {
  Purpose: 'purpose "People live well"',
  Jurisdiction: "jurisdiction england",
  Term: "term 10 years from 2019-04-01",
  Value: "value £1,000",
  Parties: 'parties {\n    PCC commissioner "Plymouth City Council"\n  }',
  Roles: 'roles {\n    Coordinator frontline "Support co-ordinator"\n  }',
  Principles: 'principles {\n    open-book "Open book accounting"\n  }',
  PrincipleRefs: "principles open-book",
  Values: 'values {\n    respect "We treat each other with respect"\n  }',
  Definitions: 'definitions {\n    wilful-default "A deliberate breach"\n  }',
  KeyIssues: 'key-issues {\n    "Changes to the budget"\n  }',
  Body: 'body Board "Board" {\n    members all\n  }',
  Risk: "risk {\n    responsibility collective\n  }",
  Spend: "spend {\n    up to £1,000 approved by Board\n  }",
  Learning: "learning {\n    review monthly by Board\n  }",
  Involvement: "involvement {\n    Voices in need\n  }",
  Steward: "steward PCC",
  Route: "route light-touch",
  Notices: "notices contract-notice",
  Stages: 'stages {\n    year 1 "Co-production"\n  }',
  Requirements: 'requirements {\n    R1 "Share risk" mandatory\n  }',
  Targets: 'targets {\n    T1 "Fewer evictions"\n  }',
  Questions: 'questions {\n    Q1 "How will you share risk?"\n  }',
  Criterion: 'criterion C "Principles" weight 40%',
  Deadline: "deadline 2019-01-31",
  ReservedFor: 'reserved for "public service mutuals"',
  Instrument: "instrument contract",
  InvolvedEarly: "involved early legal",
  ExitPlan: 'exit-plan "Services transfer over six months"',
  ReviewPoint: "review-point after 18 months",
  MarketEngagement: 'market-engagement "Three open events"',
  InputSharing: 'input-sharing "Design notes go to every bidder"',
  Process: 'process {\n    step "Design" 8 weeks\n  }',
  MinimumTurnover: "minimum-turnover £500,000",
  StaffChanges: 'staff-changes "Support workers move to one employer"',
  UnionEngagement: 'union-engagement "Unions sit on the design group"',
  Services: "services social-care",
  ProcurementStart: "procurement starts 2026-04-01",
};

function syntaxCodes(text: string): string[] {
  return parse(text).problems.map((p) => p.code);
}

describe("each clause the vocabulary gives a kind of document", () => {
  it("has an example here that starts with its keyword", () => {
    expect(Object.keys(CLAUSE_EXAMPLE).sort()).toEqual(Object.keys(CLAUSE_KEYWORD).sort());
    for (const [kind, example] of Object.entries(CLAUSE_EXAMPLE)) expect(example.startsWith(`${CLAUSE_KEYWORD[kind as DocItemKind]} `), kind).toBe(true);
  });

  for (const kind of DOCUMENT_KINDS) {
    it(`is read by the grammar as that clause in a${kind === "agreement" || kind === "evaluation" ? "n" : ""} ${kind}, with no syntax problem`, () => {
      for (const clause of CLAUSES_BY_DOCUMENT[kind]) {
        const text = `${kind} X {\n  ${CLAUSE_EXAMPLE[clause]}\n}\n`;
        const file = parse(text);
        expect(file.problems.map((p) => p.message), clause).toEqual([]);
        expect(file.file.document!.items.map((i) => i.kind), clause).toEqual([clause]);
      }
    });
  }

  it("misspelt, is a line the grammar does not recognise", () => {
    for (const [kind, example] of Object.entries(CLAUSE_EXAMPLE)) {
      const keyword = CLAUSE_KEYWORD[kind as DocItemKind];
      const text = `agreement X {\n  ${example.replace(keyword, `${keyword.split(" ")[0]}q${keyword.slice(keyword.split(" ")[0].length)}`)}\n}\n`;
      expect(syntaxCodes(text), kind).toContain("ALY001");
    }
  });
});

/** A document holding each block, with `$` where a line of it goes. */
const BLOCK_HOST: Record<string, string> = {
  Purpose: 'agreement X {\n  purpose "People live well" {\n    $\n  }\n}\n',
  Party: 'agreement X {\n  parties {\n    PCC commissioner "Council" {\n      $\n    }\n  }\n}\n',
  Body: 'agreement X {\n  body Board "Board" {\n    $\n  }\n}\n',
  Risk: "agreement X {\n  risk {\n    $\n  }\n}\n",
  Spend: "agreement X {\n  spend {\n    $\n  }\n}\n",
  Learning: "agreement X {\n  learning {\n    $\n  }\n}\n",
  Measure: 'agreement X {\n  learning {\n    measure M "M" {\n      $\n    }\n  }\n}\n',
  Involvement: "agreement X {\n  involvement {\n    $\n  }\n}\n",
  Stages: "agreement X {\n  stages {\n    $\n  }\n}\n",
  Process: "agreement X {\n  process {\n    $\n  }\n}\n",
};

/** The shortest line for each keyword of a block, starting with the keyword. */
const LINE_EXAMPLE: Record<string, string> = {
  "Purpose people": 'people "Adults with complex needs"',
  "Purpose place": 'place "Plymouth"',
  "Purpose scope": 'scope "Support and housing"',
  "Party representative": 'representative "Jo Bloggs"',
  "Party authority": 'authority "Up to £25,000"',
  "Party contributes": 'contributes "Housing support"',
  "Party contact": 'contact "alliance@example.org"',
  "Party time": 'time "One day a week"',
  "Party framework": 'framework "NHS Standard Contract"',
  "Body members": "members all",
  "Body chair": "chair PCC",
  "Body decides": "decides key-issues by unanimity",
  "Body if not unanimous": "if not unanimous: falls",
  "Body casting vote": "casting vote chair",
  "Body meets": "meets monthly",
  "Body functions": "functions allocate-resources",
  "Body reports to": "reports to Board",
  "Body advises": "advises Board",
  "Body until": "until 2020-03-31",
  "Body quorum": "quorum 4",
  "Body open to": "open to frontline-staff",
  "Body responds within": "responds within 5 days",
  "Risk responsibility": "responsibility collective",
  "Risk pain share": "pain share PCC 100%",
  "Risk gain share": "gain share PCC 100%",
  "Risk budget share": "budget share PCC 100%",
  "Risk cap": "cap £500,000",
  "Risk no-fault-no-blame": "no-fault-no-blame except wilful-default",
  "Risk accounting": "accounting open-book",
  "Risk claims for": "claims for wilful-default",
  "Risk assign": 'assign "clinical governance" to PCC',
  "Spend up to": "up to £1,000 approved by Board",
  "Spend over": "over £1,000 approved by Board",
  "Spend eligibility": 'eligibility "Spend serves a person supported"',
  "Learning measure": 'measure IROC "I-ROC"',
  "Learning review": "review monthly by Board",
  "Learning data-sharing": 'data-sharing "Signed 2019-03-01"',
  "Measure source": 'source "Records"',
  "Measure target": 'target "Most people feel better"',
  "Measure linked-to": 'linked-to "The purpose"',
  "Measure perspective": "perspective effective",
  "Measure defined-by": "defined-by people",
  "Measure kind": "kind count",
  "Measure sense-maker": "sense-maker Board",
  "Measure owner": "owner PCC",
  "Measure shared-by": "shared-by PCC",
  "Involvement feedback": 'feedback "Listening events"',
  "Involvement stories": 'stories "Stories open each meeting"',
  "Involvement safe-sharing": 'safe-sharing "Concerns shared in confidence"',
  "Stages year": 'year 1 "Co-production"',
  "Stages years": 'years 2 to 3 "Delivery"',
  "Process step": 'step "Design" 8 weeks',
};

describe("each keyword the vocabulary gives a block", () => {
  const entries = Object.entries(BLOCK_KEYWORDS).flatMap(([block, keywords]) => keywords.map((keyword) => [block, keyword] as const));

  it("has an example line here that starts with it", () => {
    expect(Object.keys(LINE_EXAMPLE).sort()).toEqual(entries.map(([block, keyword]) => `${block} ${keyword}`).sort());
    for (const [block, keyword] of entries) expect(LINE_EXAMPLE[`${block} ${keyword}`], keyword).toMatch(new RegExp(`^${keyword}[ :]`));
  });

  it("is read by the grammar in that block with no syntax problem, as a clause that starts with it", () => {
    for (const [block, keyword] of entries) {
      const text = BLOCK_HOST[block].replace("$", LINE_EXAMPLE[`${block} ${keyword}`]);
      expect(parse(text).problems.map((p) => p.message), `${block} ${keyword}`).toEqual([]);
      const at = text.indexOf(LINE_EXAMPLE[`${block} ${keyword}`]);
      const line = innermostStartingAt(parse(text).file, at);
      expect(line?.kind, `${block} ${keyword}`).not.toBe("Error");
      expect(line, `${block} ${keyword}`).not.toBeNull();
    }
  });

  it("misspelt, is a line the grammar does not recognise in that block", () => {
    for (const [block, keyword] of entries) {
      const line = LINE_EXAMPLE[`${block} ${keyword}`].replace(/^[a-z-]+/, (w) => `${w}q`);
      expect(syntaxCodes(BLOCK_HOST[block].replace("$", line)), `${block} ${keyword}`).toContain("ALY001");
    }
  });
});

/** The outermost node that starts at `at`. */
function innermostStartingAt(root: unknown, at: number): AnyNode | null {
  let found: AnyNode | null = null;
  const visit = (value: unknown): void => {
    if (found || !value || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach(visit);
    const node = value as AnyNode;
    if (typeof node.kind === "string" && node.span && node.span.start === at && node.kind !== "Ident" && node.kind !== "Word") {
      found = node;
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== "span" && key !== "keyword") visit(child);
  };
  visit(root);
  return found;
}

/** A whole document with `$` where a choice stands at each site the vocabulary names. */
const SITE_EXAMPLE: Record<string, string> = {
  "Jurisdiction.value": "agreement X {\n  jurisdiction $\n}\n",
  "Party.roles": 'agreement X {\n  parties {\n    PCC $ "Council"\n  }\n}\n',
  "RoleDecl.roleKind": 'agreement X {\n  roles {\n    Lead $ "Lead"\n  }\n}\n',
  "Decides.method": 'agreement X {\n  body Board "Board" {\n    decides spend by $\n  }\n}\n',
  "Meets.cadence": 'agreement X {\n  body Board "Board" {\n    meets $\n  }\n}\n',
  "Review.cadence": 'agreement X {\n  body Board "Board" {\n  }\n  learning {\n    review $ by Board\n  }\n}\n',
  "Functions.names": 'agreement X {\n  body Board "Board" {\n    functions $\n  }\n}\n',
  "OpenTo.who": 'agreement X {\n  body Board "Board" {\n    open to $\n  }\n}\n',
  "Responsibility.value": "agreement X {\n  risk {\n    responsibility $\n  }\n}\n",
  "Accounting.value": "agreement X {\n  risk {\n    accounting $\n  }\n}\n",
  "Claims.grounds": "agreement X {\n  risk {\n    claims for $\n  }\n}\n",
  "NoFaultNoBlame.exceptions": "agreement X {\n  risk {\n    no-fault-no-blame except $\n  }\n}\n",
  "Measure.uses": 'agreement X {\n  learning {\n    measure M "M" used for $\n  }\n}\n',
  "MeasureDetail[perspective].word": 'agreement X {\n  learning {\n    measure M "M" {\n      perspective $\n    }\n  }\n}\n',
  "MeasureDetail[kind].word": 'agreement X {\n  learning {\n    measure M "M" {\n      kind $\n    }\n  }\n}\n',
  "MeasureDetail[defined-by].word": 'agreement X {\n  learning {\n    measure M "M" {\n      defined-by $\n    }\n  }\n}\n',
  "Involve.stages": "agreement X {\n  involvement {\n    Voices in $\n  }\n}\n",
  "Route.value": "specification X {\n  route $\n}\n",
  "Notices.names": "specification X {\n  notices $\n}\n",
  "Services.names": "specification X {\n  services $\n}\n",
  "Requirement.level": 'specification X {\n  requirements {\n    R1 "Share risk" $\n  }\n}\n',
  "Criterion.stage": 'evaluation X {\n  criterion C "C" weight 40% stage $\n}\n',
  "Instrument.value": "specification X {\n  instrument $\n}\n",
  "InvolvedEarly.names": "specification X {\n  involved early $\n}\n",
};

/** The site of the word at `at`: the node holding it and the field it fills. */
function siteAt(root: unknown, at: number, length: number): string | null {
  let found: string | null = null;
  const visit = (value: unknown, holder: AnyNode | null, field: string | null): void => {
    if (found || !value || typeof value !== "object") return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, holder, field));
    const node = value as AnyNode & Record<string, unknown>;
    const isNode = typeof node.kind === "string" && typeof node.span === "object";
    if (isNode && (node.kind === "Word" || node.kind === "Cadence") && node.span.start === at && node.span.end === at + length && holder && field) {
      found = siteOf(holder, field);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (key !== "span" && key !== "keyword") visit(child, isNode ? node : holder, isNode ? key : field);
  };
  visit(root, null, null);
  return found;
}

describe("each choice the vocabulary lists", () => {
  it("stands at sites that have an example here, and every list has a site", () => {
    expect(Object.keys(SITE_EXAMPLE).sort()).toEqual(Object.keys(CHOICE_SITES).sort());
    expect([...new Set(Object.values(CHOICE_SITES))].sort()).toEqual(Object.keys(CHOICES).sort());
  });

  it("is read by the grammar at its site, with no syntax problem, and the check accepts it", () => {
    for (const [site, example] of Object.entries(SITE_EXAMPLE)) {
      const set: ChoiceSet = CHOICE_SITES[site];
      for (const word of CHOICES[set] as readonly string[]) {
        const text = example.replace("$", word);
        expect(parse(text).problems.map((p) => p.message), `${site} ${word}`).toEqual([]);
        expect(siteAt(parse(text).file, example.indexOf("$"), word.length), `${site} ${word}`).toBe(site);
        expect(checkText(text).filter((p) => p.code === "ALY014").map((p) => p.message), `${site} ${word}`).toEqual([]);
      }
    }
  });

  it("misspelt, is reported as not one of the clause's choices, except where the drafter may use their own words", () => {
    for (const [site, example] of Object.entries(SITE_EXAMPLE)) {
      const word = (CHOICES[CHOICE_SITES[site]] as readonly string[])[0];
      const codes = checkText(example.replace("$", `${word}q`)).map((p) => p.code);
      if (OPEN_CHOICE_SITES.includes(site)) expect(codes, site).not.toContain("ALY014");
      else expect(codes, site).toContain("ALY014");
    }
  });
});

describe("the grammar's messages that list a clause's choices", () => {
  const listed: [ChoiceSet, string][] = [
    ["jurisdiction", "agreement X {\n  jurisdiction\n}\n"],
    ["serviceKind", "specification X {\n  services\n}\n"],
    ["roleKind", 'agreement X {\n  roles {\n    Lead "Lead"\n  }\n}\n'],
    ["responsibility", "agreement X {\n  risk {\n    responsibility\n  }\n}\n"],
    ["instrument", "specification X {\n  instrument\n}\n"],
    ["measurePerspective", 'agreement X {\n  learning {\n    measure M "M" {\n      perspective\n    }\n  }\n}\n'],
    ["definedBy", 'agreement X {\n  learning {\n    measure M "M" {\n      defined-by\n    }\n  }\n}\n'],
  ];

  it("name every choice the vocabulary lists", () => {
    for (const [set, text] of listed) {
      const messages = parse(text).problems.map((p) => p.message);
      expect(messages, set).toHaveLength(1);
      for (const word of CHOICES[set] as readonly string[]) expect(messages[0], `${set}: ${word}`).toContain(`\`${word}\``);
    }
  });
});
