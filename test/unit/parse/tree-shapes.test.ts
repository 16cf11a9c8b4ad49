// The tree the grammar builds has exactly the shape server/src/core/tree.ts declares. The declared types
// are read with the TypeScript compiler, so they are the one description: every node of every sample, of
// every example in docs/language.md and of the corpus is checked against them, key by key (no key the type
// lacks, none it requires missing) and value by value.

import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/parse";
import { SYNTAX_RULES } from "../../../server/src/core/rules/syntax";

const ROOT = path.join(__dirname, "../../..");
const TREE = path.join(ROOT, "server/src/core/tree.ts");

function filesUnder(dir: string, ending: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, ending);
    return entry.name.endsWith(ending) ? [full] : [];
  });
}

function documents(): { name: string; text: string }[] {
  const files = [...filesUnder(path.join(ROOT, "samples"), ".alliance"), ...filesUnder(path.join(ROOT, "test/corpus"), ".alliance")];
  const language = fs.readFileSync(path.join(ROOT, "docs/language.md"), "utf8");
  const examples = [...language.matchAll(/```alliance\r?\n([\s\S]*?)```/g)].map((m, i) => ({ name: `docs/language.md example ${i + 1}`, text: m[1] }));
  return [...files.map((file) => ({ name: path.relative(ROOT, file), text: fs.readFileSync(file, "utf8") })), ...examples];
}

/** Checks values against the types tree.ts declares, and says where one differs. */
class ShapeChecker {
  private readonly checker: ts.TypeChecker;
  private readonly fileType: ts.Type;

  constructor() {
    const program = ts.createProgram([TREE], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022 });
    this.checker = program.getTypeChecker();
    const source = program.getSourceFile(TREE)!;
    const file = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === "FileNode")!;
    this.fileType = this.checker.getTypeAtLocation(file.name);
  }

  checkFile(value: unknown, where: string, wrong: string[]): void {
    this.check(value, this.fileType, where, wrong);
  }

  /** The kinds a type admits, when it is (a union of) node types with a literal `kind`. */
  private kindsOf(type: ts.Type): string[] {
    const kind = this.checker.getPropertyOfType(type, "kind");
    if (!kind) return [];
    const kindType = this.checker.getTypeOfSymbol(kind);
    const parts = kindType.isUnion() ? kindType.types : [kindType];
    return parts.flatMap((t) => (t.isStringLiteral() ? [t.value] : []));
  }

  private describe(type: ts.Type): string {
    return this.checker.typeToString(type);
  }

  private check(value: unknown, type: ts.Type, where: string, wrong: string[]): void {
    if (wrong.length > 20) return;
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return;
    if (type.isUnion()) {
      const members = type.types;
      // A union of nodes: the value's kind says which one to check it against.
      if (value && typeof value === "object" && !Array.isArray(value) && typeof (value as { kind?: unknown }).kind === "string") {
        const node = members.find((m) => this.kindsOf(m).includes((value as { kind: string }).kind));
        if (node) return this.check(value, node, where, wrong);
      }
      for (const member of members) {
        const attempt: string[] = [];
        this.check(value, member, where, attempt);
        if (attempt.length === 0) return;
      }
      wrong.push(`${where}: ${JSON.stringify(value)?.slice(0, 80)} is not ${this.describe(type)}`);
      return;
    }
    if (type.flags & ts.TypeFlags.Null) return void (value === null || wrong.push(`${where}: ${JSON.stringify(value)?.slice(0, 80)} is not null`));
    if (type.flags & ts.TypeFlags.Undefined) return void (value === undefined || wrong.push(`${where}: is not undefined`));
    if (type.flags & ts.TypeFlags.StringLiteral) return void (value === (type as ts.StringLiteralType).value || wrong.push(`${where}: ${JSON.stringify(value)} is not "${(type as ts.StringLiteralType).value}"`));
    if (type.flags & ts.TypeFlags.BooleanLiteral) {
      const expected = this.describe(type) === "true";
      return void (value === expected || wrong.push(`${where}: ${JSON.stringify(value)} is not ${expected}`));
    }
    if (type.flags & ts.TypeFlags.String) return void (typeof value === "string" || wrong.push(`${where}: ${JSON.stringify(value)?.slice(0, 80)} is not a string`));
    if (type.flags & ts.TypeFlags.Number) return void (typeof value === "number" || wrong.push(`${where}: ${JSON.stringify(value)} is not a number`));
    if (type.flags & ts.TypeFlags.Boolean) return void (typeof value === "boolean" || wrong.push(`${where}: ${JSON.stringify(value)} is not a boolean`));
    if (this.checker.isArrayType(type)) {
      if (!Array.isArray(value)) return void wrong.push(`${where}: ${JSON.stringify(value)?.slice(0, 80)} is not an array`);
      const [element] = this.checker.getTypeArguments(type as ts.TypeReference);
      value.forEach((v, i) => this.check(v, element, `${where}[${i}]`, wrong));
      return;
    }
    if (type.flags & ts.TypeFlags.Object) {
      if (!value || typeof value !== "object" || Array.isArray(value)) return void wrong.push(`${where}: ${JSON.stringify(value)?.slice(0, 80)} is not an object`);
      // A record (such as a problem's data) says nothing of its keys.
      if (this.checker.getIndexInfosOfType(type).length > 0) return;
      const record = value as Record<string, unknown>;
      const properties = this.checker.getPropertiesOfType(type);
      const kind = typeof record.kind === "string" ? `${record.kind} ` : "";
      for (const key of Object.keys(record)) {
        if (!properties.some((p) => p.name === key)) wrong.push(`${where}: ${kind}has \`${key}\`, which ${this.describe(type)} does not declare`);
      }
      for (const property of properties) {
        const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
        if (!(property.name in record)) {
          if (!optional) wrong.push(`${where}: ${kind}lacks \`${property.name}\`, which ${this.describe(type)} requires`);
          continue;
        }
        let propertyType = this.checker.getTypeOfSymbol(property);
        if (optional) propertyType = this.checker.getNonNullableType(propertyType);
        this.check(record[property.name], propertyType, `${where}.${property.name}`, wrong);
      }
      return;
    }
    wrong.push(`${where}: no check for the type ${this.describe(type)}`);
  }
}

describe("the tree's shape", () => {
  const checker = new ShapeChecker();
  const all = documents();

  it("reads every sample, every example in the language guide and the corpus", () => {
    expect(all.filter((d) => d.name.startsWith("samples/")).length).toBeGreaterThan(10);
    expect(all.filter((d) => d.name.startsWith("test/corpus/")).length).toBeGreaterThan(10);
    expect(all.filter((d) => d.name.startsWith("docs/")).length).toBeGreaterThan(20);
  });

  it("is what tree.ts declares, for every node of every document", () => {
    const wrong: string[] = [];
    for (const { name, text } of all) checker.checkFile(parse(text).file, name, wrong);
    expect(wrong.slice(0, 20)).toEqual([]);
  }, 60_000);

  it("is what tree.ts declares for each syntax rule's example of a mistake and its correction", () => {
    const wrong: string[] = [];
    for (const rule of SYNTAX_RULES) {
      checker.checkFile(parse(rule.example.wrong).file, `${rule.code} wrong`, wrong);
      checker.checkFile(parse(rule.example.right).file, `${rule.code} right`, wrong);
    }
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it("is what tree.ts declares after random edits, which make the unreadable lines the grammar recovers from", () => {
    const pieces = ["{", "}", '"', '"""', "“", "‘", "//", "/*", "\\q", "\n", "\n  ", " ", "x", "1", "£", "%", ",", ".", "-", "2019-02-30", "01/04/2026", "£1.000", "0 years", "33.3333%", "principals", "bodi", "up to", "approved by"];
    const edit = fc.record({
      at: fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000),
      remove: fc.nat({ max: 20 }),
      insert: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((p) => p.join("")),
    });
    const samples = all.filter((d) => d.name.startsWith("samples/"));
    fc.assert(
      fc.property(fc.nat({ max: samples.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (index, edits) => {
        let text = samples[index].text;
        for (const e of edits) {
          const at = Math.floor(e.at * (text.length + 1));
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        const wrong: string[] = [];
        checker.checkFile(parse(text).file, "edited", wrong);
        expect(wrong.slice(0, 5)).toEqual([]);
      }),
      { seed: 20190401, numRuns: 150 },
    );
  }, 120_000);

  it("finds a node that does not match its declared type", () => {
    const file = parse('agreement Example "Example alliance" {\n  jurisdiction england\n}\n').file;
    (file.document!.items[0] as unknown as Record<string, unknown>).extra = 1;
    (file.document!.name as unknown as Record<string, unknown>).name = 42;
    const wrong: string[] = [];
    checker.checkFile(file, "example", wrong);
    expect(wrong).toEqual([
      "example.document.name.name: 42 is not a string",
      "example.document.items[0]: Jurisdiction has `extra`, which JurisdictionNode does not declare",
    ]);
  });
});
