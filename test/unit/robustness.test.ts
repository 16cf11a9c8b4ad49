// The parser and the checks must survive anything an editor can hand them: half-typed clauses, pasted
// binary, odd line breaks, huge files. These properties run on random text and on mutated documents.

import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkText, parse, walk, type AnyNode, type Problem } from "../../server/src/core";
import { MAX_NESTING } from "../../server/src/core/parse";
import { enrichSyntaxProblem } from "../../server/src/core/rules/syntax";
import { startClient, type TestClient } from "../lsp/client";
import { TextDocument } from "vscode-languageserver-textdocument";
import { foldingRanges } from "../../server/src/core/features/folding";

const SEED = 20190401;
const RUNS = 100;

// --- invariants ---------------------------------------------------------------------------------------
// Violations are collected with plain code and asserted once, so that a large input with thousands of
// problems does not spend its time in the test library.

function problemViolations(text: string, problems: Problem[], where: string): string[] {
  const wrong: string[] = [];
  for (const p of problems) {
    const label = `${where}: ${p.code} at ${p.span?.start}-${p.span?.end} "${p.message}"`;
    const { start, end } = p.span ?? { start: NaN, end: NaN };
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) wrong.push(`${label}: span outside the text`);
    if (typeof p.message !== "string" || p.message.trim() === "") wrong.push(`${label}: empty message`);
    else if (/undefined|\[object Object\]|NaN/.test(p.message)) wrong.push(`${label}: message shows a missing value`);
    if (!/^ALY\d{3}$/.test(p.code)) wrong.push(`${label}: bad code`);
    if (!["error", "warning", "info"].includes(p.severity)) wrong.push(`${label}: bad severity`);
  }
  return wrong;
}

/** Parses and checks `text`, asserting everything the editor relies on. */
function expectRobust(text: string, options: { check?: boolean } = {}): void {
  const parsed = parse(text);
  const wrong = problemViolations(text, parsed.problems.map(enrichSyntaxProblem), "parse");
  // A syntax problem is always shown on at least one character when there is a character to show it on.
  if (text.length > 0) {
    for (const p of parsed.problems) if (p.span.end <= p.span.start) wrong.push(`parse: ${p.code} "${p.message}" has an empty span`);
  }
  // Every node of the tree lies inside the text, so editor features can slice it safely.
  walk(parsed.file, (node: AnyNode) => {
    const { start, end } = node.span;
    if (!(start >= 0 && start <= end && end <= text.length)) wrong.push(`tree: ${node.kind} at ${start}-${end} lies outside the text`);
  });
  if (options.check !== false) wrong.push(...problemViolations(text, checkText(text), "checkText"));
  expect(wrong.slice(0, 5), JSON.stringify(text.length > 400 ? `${text.slice(0, 400)}…` : text)).toEqual([]);
}

// --- documents to mutate ------------------------------------------------------------------------------

const AGREEMENT = `// A whole agreement that uses every kind of clause.
agreement PlymouthAlliance "Plymouth Complex Needs Alliance" {
  purpose "Adults with multiple and complex needs in Plymouth live well" {
    people "Adults with multiple and complex needs"
    place "Plymouth"
  }
  jurisdiction england
  term 10 years from 2019-04-01
  value £80,000,000 pooled by PCC, CCG
  parties {
    PCC commissioner "Plymouth City Council" {
      representative "Director of Adult Social Care"
      contact "alliance@example.org"
    }
    CCG commissioner "NEW Devon CCG"
    Shekinah provider "Shekinah Mission"
    Voices lived-experience "Voices of lived experience"
  }
  roles {
    Coordinator frontline "Support co-ordinator" reports to Board
    Chair chair "Independent chair" held by PCC
  }
  principles co-produced with Voices {
    best-for-people "Decisions are made in the best interests of the people we support"
    open-book """
      Open book accounting
      in all matters
    """
  }
  definitions {
    wilful-default "A deliberate breach, with \\"intent\\" \\u{1F600}"
  }
  key-issues {
    "Changes to the alliance budget"
    “Admitting a new party”
  }
  body Board "Alliance Leadership Board" {
    members PCC, CCG, Shekinah, Voices
    chair Chair
    decides key-issues by unanimity
    if not unanimous: refer to Board
    meets every 6 weeks
    quorum all
    responds within 5 days
  }
  risk {
    responsibility collective
    pain share PCC 50%, CCG 12.5%, Shekinah 37.5%
    cap £500,000 per year
    no-fault-no-blame except wilful-default
    claims for wilful-default
    assign "clinical governance" to Shekinah
  }
  spend {
    up to £1,000 approved by Coordinator
    over £1,000 up to £25k approved by Board
    over £25k approved by Board
  }
  learning {
    measure IROC "I-ROC wellbeing measure" used for learning {
      source "Person-held records"
      perspective effective
      shared-by PCC, Shekinah
    }
    review quarterly by Board against purpose
  }
  involvement {
    Voices in need, design, outcomes, review
  }
  stages {
    years 3 to 7 "Specification written together" written by PCC, Shekinah
  }
  review-point after 18 months
  process {
    step "Design conversations" 8 weeks
  }
  /* a closed
     block comment */
}
`;

const SPECIFICATION = `specification Spec "Complex needs specification" for PlymouthAlliance {
  principles best-for-people, open-book
  requirements {
    R1 "Describe how you will share risk" mandatory about best-for-people
  }
  targets none
  minimum-turnover €500,000
  value GBP 1000 a year
  instrument contract because "We need enforceable terms"
}
`;

const EVALUATION = `evaluation Eval for Tender {
  criterion Principles "Commitment to the principles" weight 40% assesses best-for-people stage award
  criterion Social "Social value" weight 10% social-value
}
`;

function sampleFiles(): string[] {
  const root = path.resolve(__dirname, "../../samples");
  const found: string[] = [];
  const visit = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith(".alliance")) found.push(fs.readFileSync(full, "utf8"));
    }
  };
  visit(root);
  return found;
}

const DOCUMENTS = [AGREEMENT, SPECIFICATION, EVALUATION, ...sampleFiles()];

// Pieces that stress the places where the grammar recovers: braces, quotes, comments, line breaks.
const PIECES = [
  "{", "}", "{\n", "\n}", '"', '"""', "“", "”", "\\", "\\u{", "/*", "*/", "//", "\n", "\r\n", "\r", "\u2028", "\u2029",
  "\uFEFF", "\u0000", "\uD800", "\uDFFF", "\t", " ", ":", ",", "%", "£", "€", "$", "k", "m", "bn", "-", ".", "0", "9",
  "agreement", "tender", "risk {", "spend {", "body B {", "parties {", "learning {", "measure M {", "up to", "over",
  "approved by", "if not unanimous:", "members", "decides", "by", "for", "2019-02-29", "£1,00", "33.3333%", "0 years",
];

type Mutation = { kind: "delete" | "duplicate" | "insert" | "deleteLine" | "duplicateLine"; at: number; length: number; piece: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom("delete", "duplicate", "insert", "insert", "deleteLine", "duplicateLine"),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  piece: fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 4 })),
}) as fc.Arbitrary<Mutation>;

function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % (text.length + 1);
  switch (m.kind) {
    case "delete":
      return text.slice(0, at) + text.slice(at + m.length);
    case "duplicate":
      return text.slice(0, at) + text.slice(at, at + m.length) + text.slice(at);
    case "insert":
      return text.slice(0, at) + m.piece + text.slice(at);
    case "deleteLine":
    case "duplicateLine": {
      const lines = text.split("\n");
      const i = m.at % lines.length;
      if (m.kind === "deleteLine") lines.splice(i, 1);
      else lines.splice(i, 0, lines[i]);
      return lines.join("\n");
    }
  }
}

// --- properties ---------------------------------------------------------------------------------------

describe("parsing and checking never fail", () => {
  it("on random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => expectRobust(text)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("on random UTF-16 code units, including NUL, lone surrogates, line separators and byte order marks", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => expectRobust(text)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("on random sequences of the language's own pieces", () => {
    const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => expectRobust(pieces.join(" "))),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("on documents with characters, lines, braces and quotes deleted, duplicated or inserted", () => {
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(3);
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (which, mutations) => {
        const text = mutations.reduce(mutate, DOCUMENTS[which % DOCUMENTS.length]);
        expectRobust(text);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("on documents whose line breaks are CRLF, CR or line separators, or that start with a byte order mark", () => {
    for (const doc of [AGREEMENT, SPECIFICATION]) {
      for (const variant of [doc.replace(/\n/g, "\r\n"), doc.replace(/\n/g, "\r"), doc.replace(/\n/g, "\u2028"), `\uFEFF${doc}`]) {
        expectRobust(variant);
        expect(parse(variant).problems).toEqual([]);
      }
    }
  });

  it("keeps the sample documents free of problems it was not asked to find", () => {
    // The mutation seeds themselves read cleanly, so a mutation is what causes each problem.
    for (const doc of [AGREEMENT, SPECIFICATION, EVALUATION]) expect(parse(doc).problems).toEqual([]);
  });
});

describe("folding", () => {
  it("never folds past the end of a document, counting lines as LSP does (U+2028 and U+2029 end no line)", () => {
    const small = [AGREEMENT, SPECIFICATION, EVALUATION];
    const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 3 }));
    const text = fc.oneof(
      fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([which, mutations]) => mutations.reduce(mutate, small[which % small.length])),
      fc.array(piece, { maxLength: 80 }).map((pieces) => pieces.join(" ")),
    );
    fc.assert(
      fc.property(text, (t) => {
        const document = TextDocument.create("file:///fold.alliance", "alliance", 1, t);
        const folds = foldingRanges(parse(t).file, t);
        for (const f of folds) {
          expect(f.startLine).toBeGreaterThanOrEqual(0);
          expect(f.endLine).toBeGreaterThan(f.startLine);
          expect(f.endLine).toBeLessThan(document.lineCount);
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe("large and adversarial input", () => {
  it("reads a 100,000-character line", () => {
    const words = "word ".repeat(20_000);
    const texts = [
      `agreement A {\n  purpose "${"x".repeat(100_000)}"\n}\n`,
      `agreement A {\n  jurisdiction ${words}\n}\n`,
      `agreement A {\n  ${"£1,0".repeat(25_000)}\n}\n`,
      `agreement A {\n  purpose "${'\\"'.repeat(50_000)}"\n}\n`,
    ];
    for (const text of texts) expectRobust(text, { check: false });
    const junk = parse(texts[1]).problems;
    expect(junk.map((p) => p.code)).toEqual(["ALY001"]);
    expect(junk[0].message).toMatch(/^The clause ends before `word word word .*…`; remove it/);
  });

  it(`reports braces nested more than ${MAX_NESTING} deep instead of overflowing the stack`, () => {
    const deep = "{".repeat(10_000);
    const text = `agreement A {\n  jurisdiction england\n  x ${deep}${"}".repeat(10_000)}\n  term 10 years from 2019-04-01\n}\n`;
    const { file, problems } = parse(text);
    expectRobust(text);
    // The document's own brace is the first level, so the line's braces go too deep from its 100th on.
    const first = text.indexOf("x {") + 2 + MAX_NESTING - 1;
    expect(problems.find((p) => p.code === "ALY002")).toMatchObject({
      span: { start: first, end: first + 1 },
      message: `Sections are nested more than ${MAX_NESTING} deep from here, so the curly brackets from this one on are not read; a document needs only a few levels, so remove the extra ones.`,
    });
    // The clauses around the deep braces are still read.
    expect(file.document?.items.map((i) => i.kind)).toEqual(["Jurisdiction", "Error", "Term"]);
    for (const t of [deep, `agreement A {\n${"  risk {\n".repeat(10_000)}`, `agreement A {\n  x ${"{ /* } */ \"}\" ".repeat(10_000)}\n}\n`]) {
      expectRobust(t, { check: false });
    }
  });

  it("reads 5,000 clauses", () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => (i % 2 === 0 ? `  jurisdiction england` : `  review-point after ${i} months`));
    const text = `agreement A {\n${lines.join("\n")}\n}\n`;
    const { file, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(file.document?.items).toHaveLength(5_000);
    expectRobust(text);
  });

  it("reads a 1 MB file", () => {
    const body = AGREEMENT.replace(/^[^\n]*\n[^\n]*\n/, "").replace(/\}\n$/, "");
    let text = "agreement Big {\n";
    while (text.length < 1_000_000) text += body;
    text += "}\n";
    const { file, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(file.document?.close).not.toBeNull();
    expectRobust(text, { check: false });
  }, 120_000);

  it("reads files full of unclosed comments, quotes and braces without slowing to a crawl", () => {
    for (const opening of ["/* ", '"""', "{ ", '"']) {
      const text = `agreement A {\n${`  x ${opening}\n`.repeat(25_000 / opening.length)}`;
      expectRobust(text.slice(0, 100_000), { check: false });
    }
  });
});

// --- the language server, over stdio, with random parameters -------------------------------------------

describe("every request and notification with random parameters", () => {
  const uri = "file:///tmp/alliance-fuzz/agreement.alliance";
  let client: TestClient;

  beforeAll(async () => {
    client = await startClient({ pull: false });
    await client.open(uri, AGREEMENT, 1);
    await client.waitForPush(uri, (p) => p.version === 1);
  });
  afterAll(async () => client?.close());

  const REQUESTS = [
    "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
    "textDocument/documentHighlight", "textDocument/prepareRename", "textDocument/rename", "textDocument/documentSymbol",
    "workspace/symbol", "textDocument/foldingRange", "textDocument/semanticTokens/full", "textDocument/formatting",
    "textDocument/codeAction", "textDocument/inlayHint", "workspace/executeCommand", "textDocument/diagnostic",
  ];
  const NOTIFICATIONS = [
    "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave",
    "workspace/didChangeWatchedFiles", "workspace/didChangeConfiguration",
  ];

  // Near-valid values find the handlers' own faults; anything at all finds the boundary's.
  const number = fc.oneof(fc.integer({ min: -3, max: 40 }), fc.constantFrom(2 ** 31, -0, 1.5, Number.MAX_SAFE_INTEGER), fc.string({ maxLength: 3 }), fc.constant(null));
  const position = fc.oneof(fc.record({ line: number, character: number }), fc.anything());
  const range = fc.oneof(fc.record({ start: position, end: position }), fc.anything());
  const documentUri = fc.oneof(fc.constant(uri), fc.constant("file:///etc/passwd"), fc.constant("untitled:x"), fc.string({ maxLength: 20 }), fc.anything());
  const params = fc.oneof(
    fc.record({
      textDocument: fc.oneof(fc.record({ uri: documentUri, version: number, languageId: fc.constant("alliance"), text: fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.anything()) }, { requiredKeys: ["uri"] }), fc.anything()),
      position,
      range,
      context: fc.oneof(fc.record({ includeDeclaration: fc.boolean(), diagnostics: fc.anything() }), fc.anything()),
      newName: fc.oneof(fc.string({ maxLength: 12 }), fc.anything()),
      query: fc.oneof(fc.string({ maxLength: 5 }), fc.anything()),
      command: fc.oneof(fc.constant("alliance.server.summary"), fc.anything()),
      arguments: fc.oneof(fc.array(documentUri, { maxLength: 2 }), fc.anything()),
      contentChanges: fc.oneof(fc.array(fc.record({ range, text: fc.oneof(fc.string({ maxLength: 10 }), fc.anything()) }, { requiredKeys: ["text"] }), { maxLength: 3 }), fc.anything()),
      changes: fc.oneof(fc.array(fc.record({ uri: documentUri, type: fc.oneof(fc.constantFrom(1, 2, 3), number) }), { maxLength: 3 }), fc.anything()),
    }, { requiredKeys: [] }),
    fc.object(),
  );

  it("answers every request with a result or a plain refusal, never an internal fault", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...REQUESTS), params, async (method, p) => {
        const answer = await client.connection.sendRequest(method, p).then(() => null, (error: { code: number; message: string }) => error);
        // InvalidParams for what the boundary refuses; InvalidRequest for what cannot be done (a rename to a bad name).
        if (answer) expect([-32602, -32600], `${method} ${answer.message}`).toContain(answer.code);
      }),
      { seed: SEED, numRuns: 400 },
    );
    expect(client.process.exitCode).toBeNull();
  }, 60000);

  it("survives every notification, and goes on checking", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...NOTIFICATIONS), params, async (method, p) => {
        await client.connection.sendNotification(method, p);
      }),
      { seed: SEED, numRuns: 200 },
    );
    await client.open(uri, AGREEMENT, 1000);
    await client.waitForPush(uri, (p) => p.version === 1000);
    expect(client.process.exitCode).toBeNull();
  }, 60000);
});
