import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument, checkText, RULES, Workspace } from "../../server/src/core";
import { renderRulesDoc } from "../../server/src/core/docs/rules-doc";
import { RULE_CODES, ruleByCode, UNCHECKED } from "../../server/src/core/rules/registry";
import type { Rule } from "../../server/src/core/rules/rule";

const RULES_DIR = join(__dirname, "..", "..", "server", "src", "core", "rules");

/** Every module in a topic folder of the rules, with the rules it exports. */
async function ruleModules(): Promise<{ file: string; rules: Rule[] }[]> {
  const modules: { file: string; rules: Rule[] }[] = [];
  for (const topic of readdirSync(RULES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const file of readdirSync(join(RULES_DIR, topic.name)).filter((f) => f.endsWith(".ts") && f !== "index.ts")) {
      const exports: Record<string, unknown> = await import(join(RULES_DIR, topic.name, file));
      const rules = Object.values(exports).filter((v): v is Rule => !!v && typeof v === "object" && typeof (v as Rule).code === "string" && typeof (v as Rule).check === "function");
      modules.push({ file: `${topic.name}/${file}`, rules });
    }
  }
  return modules;
}

describe("the rule registry", () => {
  it("gives every rule a unique, well-formed code and name", () => {
    const codes = RULES.map((r) => r.code);
    const names = RULES.map((r) => r.name);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of RULES) {
      expect(rule.code).toMatch(/^ALY\d{3}$/);
      expect(rule.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.rationale.length).toBeGreaterThan(40);
    }
  });

  it("keeps every rule that checks something in a file of its own, named after the rule", async () => {
    const modules = await ruleModules();
    const fileOf = new Map<Rule, string>();
    for (const { file, rules } of modules) {
      // A helper module shared by rules exports no rule; a rule's module exports exactly one.
      expect(rules.length, file).toBeLessThanOrEqual(1);
      for (const rule of rules) fileOf.set(rule, file);
    }
    for (const rule of RULES.filter((r) => r.check)) {
      const file = fileOf.get(rule);
      expect(file, `${rule.code} ${rule.name}`).toBeDefined();
      expect(basename(file!, ".ts"), `${rule.code} is in ${file}`).toBe(rule.name);
    }
  });

  it("lists every rule's code, in the registry's order, among the typed codes", () => {
    expect([...RULE_CODES]).toEqual(RULES.map((r) => r.code));
  });

  it("finds a rule by a typed code, and by a code held as a string only when there is one", () => {
    expect(ruleByCode("ALY401").name).toBe("key-issues-by-unanimity");
    const written: string = "ALY999";
    expect(ruleByCode(written)).toBeUndefined();
    // @ts-expect-error a misspelt code written in the source is a type error
    expect(ruleByCode("ALY999")).toBeUndefined();
  });

  it("gives every guidance rule at least one source", () => {
    for (const rule of RULES.filter((r) => r.basis !== "language")) expect(rule.guidance.length, rule.code).toBeGreaterThan(0);
  });

  it("records a reason for every digest rule it does not check", () => {
    for (const u of UNCHECKED) {
      expect(u.id).toMatch(/^(R\d+\.\d+|F\d+)$/);
      expect(u.reason.length).toBeGreaterThan(20);
    }
  });

  /** Checks an example, together with the document it is written alongside, if any. */
  function codesOf(text: string, alongside: string | undefined): string[] {
    if (!alongside) return checkText(text).map((p) => p.code);
    const workspace = new Workspace();
    workspace.set("file:///example/alongside.alliance", alongside);
    workspace.set("file:///example/example.alliance", text);
    return checkDocument(workspace, "file:///example/example.alliance").map((p) => p.code);
  }

  describe.each(RULES.map((r) => [r.code, r] as const))("%s example", (code, rule) => {
    it("the wrong example is reported under this code", () => {
      expect(codesOf(rule.example.wrong, rule.example.alongside)).toContain(code);
    });
    it("the right example is not", () => {
      expect(codesOf(rule.example.right, rule.example.alongside)).not.toContain(code);
    });
  });

  it("docs/rules.md is up to date (run `npm run docs` to regenerate it)", () => {
    const onDisk = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
    expect(onDisk).toBe(renderRulesDoc());
  });
});
