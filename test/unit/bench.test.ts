// The benchmark's generators: every size reads as a valid agreement, is close to the requested length,
// and is the same every time; the same agreement written as YAML is accepted by the generated schema,
// and a broken copy is not, by ajv and by yaml-language-server (which must never reach the network).
// Correctness only; the timings are in bench/, not here.

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Ajv from "ajv";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { parse, type PartyNode } from "../../server/src/core";
import { countLines, generate, generateAgreement, seededRandom, SIZES } from "../../bench/generate";
import { countLinesPlain, referenceJson, stats } from "../../bench/measure";
import { keystrokes, positionFromMiddle, startSession } from "../../bench/lsp";
import { yamlServer } from "../../bench/servers";
import { agreementSchema, brokenYaml, toYaml } from "../../bench/yaml";

const validate = new Ajv({ allErrors: true }).compile(agreementSchema());

describe("the benchmark generator", () => {
  for (const size of SIZES) {
    it(`writes a ${size.toLocaleString("en-GB")}-line agreement with no syntax problems`, () => {
      const text = generateAgreement(size);
      const lines = countLines(text);
      expect(lines).toBeGreaterThanOrEqual(size * 0.95);
      expect(lines).toBeLessThanOrEqual(size * 1.05);
      const { file, problems } = parse(text);
      expect(problems.map((p) => `${p.code} ${text.slice(p.span.start, p.span.end)}: ${p.message}`)).toEqual([]);
      expect(file.document?.docKind).toBe("agreement");
      // Realistic content, not padding: most lines are clauses, and the parts grow with the size.
      const padding = text.match(/^ {2}\/\/ Notes for the review/gm)?.length ?? 0;
      expect(padding).toBeLessThan(size * 0.1);
      const kinds = file.document!.items.map((i) => i.kind);
      for (const kind of ["Purpose", "Parties", "Roles", "Principles", "Values", "Definitions", "KeyIssues", "Body", "Risk", "Spend", "Learning", "Involvement", "Process"]) {
        expect(kinds, kind).toContain(kind);
      }
      const parties = file.document!.items.filter((i) => i.kind === "Parties").flatMap((b) => (b as { items: PartyNode[] }).items);
      expect(parties.length).toBeGreaterThanOrEqual(Math.floor(size / 30));
      // Every party has a full block of details.
      for (const party of parties) expect(party.items.map((i) => i.kind === "PartyDetail" && i.key)).toEqual(["representative", "authority", "contributes", "contact", "time"]);
      expect(kinds.filter((k) => k === "Body").length).toBeGreaterThanOrEqual(Math.floor(size / 60));
    });
  }

  it("gives the same text for the same size and seed, and another text for another seed", () => {
    expect(generateAgreement(1_000)).toBe(generateAgreement(1_000));
    expect(generateAgreement(1_000, { seed: 7 })).toBe(generateAgreement(1_000, { seed: 7 }));
    expect(generateAgreement(1_000, { seed: 7 })).not.toBe(generateAgreement(1_000));
  });

  it("keeps every risk share list at exactly 100%", () => {
    const { file } = parse(generateAgreement(5_000));
    const risk = file.document!.items.find((i) => i.kind === "Risk") as { items: { kind: string; which?: string; entries?: { percent: { thousandths: number } }[] }[] };
    const shares = risk.items.filter((i) => i.kind === "Share");
    expect(shares.map((s) => s.which)).toEqual(["pain", "gain", "budget"]);
    for (const share of shares) expect(share.entries!.reduce((n, e) => n + e.percent.thousandths, 0)).toBe(100_000);
  });

  it("draws the same numbers from the same seed", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const drawn = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(drawn);
    for (const n of drawn) expect(n >= 0 && n < 1).toBe(true);
  });
});

describe("the same agreement as YAML, with its schema", () => {
  for (const size of SIZES) {
    it(`writes the ${size.toLocaleString("en-GB")}-line agreement as YAML that reads back as the same data and that the schema accepts`, () => {
      const generated = generate(size);
      const yaml = toYaml(generated);
      const value = parseYaml(yaml) as { agreement: unknown };
      expect(value.agreement).toEqual(generated.data);
      expect(validate(value), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
      // About as long as the agreement: YAML takes a line more for each party's kinds.
      const lines = countLines(yaml);
      expect(lines).toBeGreaterThanOrEqual(countLines(generated.text));
      expect(lines).toBeLessThanOrEqual(countLines(generated.text) * 1.2);
      // The keystrokes land inside a quoted text in YAML too.
      const edit = keystrokes(yaml, 1)[0];
      expect(yaml.split("\n")[edit.range.start.line].slice(0, edit.range.start.character)).toMatch(/: "[^"]*$/);
    });
  }

  it("rejects a broken copy for exactly the three mistakes it has", () => {
    const yaml = toYaml(generate(2_000));
    expect(validate(parseYaml(brokenYaml(yaml)))).toBe(false);
    const errors = validate.errors!.map((e) => ({ keyword: e.keyword, path: e.instancePath, missing: (e.params as { missingProperty?: string }).missingProperty }));
    expect(errors).toEqual([
      { keyword: "pattern", path: "/agreement/value/amount", missing: undefined },
      { keyword: "required", path: "/agreement/parties/PCC", missing: "contact" },
      { keyword: "enum", path: "/agreement/parties/StokePeer/kinds/0", missing: undefined },
    ]);
  });

  it("constrains the document: unknown keys, missing keys, wrong types, choice words, percentages and dates are rejected", () => {
    const data = generate(2_000).data;
    const reject = (change: (d: Record<string, any>) => void, keyword: string) => {
      const copy = structuredClone(data) as Record<string, any>;
      change(copy);
      expect(validate({ agreement: copy })).toBe(false);
      expect(validate.errors!.map((e) => e.keyword)).toContain(keyword);
    };
    reject((d) => (d.colour = "blue"), "additionalProperties");
    reject((d) => delete d.steward, "required");
    reject((d) => (d.term.years = "ten"), "type");
    reject((d) => (d.jurisdiction = "france"), "enum");
    reject((d) => (d.risk["pain-share"].PCC = "a tenth"), "pattern");
    reject((d) => (d.term.from = "2019-13-01"), "pattern");
    reject((d) => (Object.values(d.bodies as Record<string, any>)[0].meets = "hourly"), "enum");
    reject((d) => (Object.values(d.parties as Record<string, any>)[0].contact = "nobody"), "pattern");
  });
});

describe("the YAML references", () => {
  const folder = mkdtempSync(join(tmpdir(), "alliance-bench-test-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const schemaPath = join(folder, "schema.json");
  writeFileSync(schemaPath, JSON.stringify(agreementSchema()));
  const yaml = toYaml(generate(300));

  it("bench/yaml-ajv-check.cjs passes valid documents and reports each error of a broken one", () => {
    const corpus = join(folder, "corpus");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "a.yaml"), yaml);
    const run = () => spawnSync(process.execPath, [join(__dirname, "..", "..", "bench", "yaml-ajv-check.cjs"), corpus, schemaPath], { encoding: "utf8" });
    const valid = run();
    expect(valid.stdout).toBe("1 documents, 0 invalid\n");
    expect(valid.status).toBe(0);
    writeFileSync(join(corpus, "b.yaml"), brokenYaml(yaml));
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stdout.split("\n").filter((l) => l.startsWith("b.yaml: "))).toHaveLength(3);
    expect(broken.stdout).toContain("b.yaml: /agreement/value/amount must match pattern");
    expect(broken.stdout.trim().split("\n").pop()).toBe("2 documents, 1 invalid");
  });

  it("yaml-language-server validates against the local schema and tries no network connection", async () => {
    const networkLog = join(folder, "network.log");
    const session = await startSession(yamlServer(schemaPath, networkLog));
    try {
      const good = pathToFileURL(join(folder, "good.yaml")).href;
      const bad = pathToFileURL(join(folder, "bad.yaml")).href;
      const goodPushed = session.waitForPush(good, 1, 20_000);
      await session.open(good, yaml, 1);
      expect((await goodPushed).diagnostics).toEqual([]);
      const badPushed = session.waitForPush(bad, 1, 20_000);
      await session.open(bad, brokenYaml(yaml), 1);
      const messages = (await badPushed).diagnostics.map((d) => d.message.split("\n")[0]).sort();
      expect(messages).toEqual([
        'Missing property "contact".',
        'String does not match the pattern of "^£[1-9][0-9]{0,2}(,[0-9]{3})*$".',
        'Value is not accepted. Valid values: "commissioner", "provider", "lived-experience", "independent", "advocate", "funder".',
      ]);
      // Hovering on a key shows the schema's description: the schema is in force for the document.
      const lines = yaml.split("\n");
      const line = lines.findIndex((l) => l.startsWith("      representative:"));
      const hover = await session.hover(good, { line, character: 8 }, 20_000);
      expect(JSON.stringify(hover?.contents)).toContain("Who represents the party");
    } finally {
      await session.close();
    }
    expect(existsSync(networkLog) ? readFileSync(networkLog, "utf8") : "").toBe("");
  });
});

describe("the benchmark's helpers", () => {
  it("types and deletes inside a quoted text, leaving the document as it was after ten keystrokes", () => {
    const text = generateAgreement(2_000);
    const edits = keystrokes(text, 10);
    const lines = text.split("\n");
    const line = edits[0].range.start.line;
    expect(line).toBeGreaterThanOrEqual(lines.length >> 1);
    let edited = lines[line];
    for (const edit of edits) {
      expect(edit.range.start.line).toBe(line);
      const { start, end } = edit.range;
      edited = edited.slice(0, start.character) + edit.text + edited.slice(end.character);
      // Still inside the same quotes, so the line still reads as it did.
      expect(edited.match(/"/g)?.length).toBe(lines[line].match(/"/g)?.length);
    }
    expect(edits.slice(0, 5).map((e) => e.text).join("")).toBe("allia");
    expect(edits.slice(5).every((e) => e.text === "" && e.range.end.character - e.range.start.character === 1)).toBe(true);
    expect(edited).toBe(lines[line]);
  });

  it("finds a name in the middle of the agreement to hover on", () => {
    const text = generateAgreement(2_000);
    const at = positionFromMiddle(text, /^\s+([A-Z][A-Za-z0-9]+) /);
    const line = text.split("\n")[at.line];
    expect(at.line).toBeGreaterThanOrEqual(1_000);
    expect(line.slice(at.character - 1)).toMatch(/^[A-Z][A-Za-z0-9]+ /);
    expect(/^\s+$/.test(line.slice(0, at.character - 1))).toBe(true);
  });

  it("makes a reference JSON document of exactly the text's byte size from the tree", () => {
    const text = generateAgreement(1_000);
    const bytes = Buffer.byteLength(text);
    const json = referenceJson(parse(text).file, bytes);
    expect(Buffer.byteLength(json)).toBe(bytes);
    const value = JSON.parse(json) as { clauses: { kind: string }[]; pad: string };
    expect(value.clauses.length).toBeGreaterThan(10);
    expect(value.clauses[0].kind).toBe("PurposeDetail");
    // Nearly all of it is the tree, not padding.
    expect(value.pad.length).toBeLessThan(bytes * 0.05);
  });

  it("counts lines and works out medians and 95th percentiles", () => {
    expect(countLinesPlain("a\nb\nc")).toBe(3);
    expect(countLines("a\nb\n")).toBe(2);
    expect(stats([5, 1, 3])).toEqual({ median: 3, p95: 5, min: 1, max: 5, samples: 3 });
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(stats(twenty)).toMatchObject({ median: 10.5, p95: 19, samples: 20 });
  });
});
