import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkText, RULES } from "../../server/src/core";
import { renderRulesDoc } from "../../server/src/core/docs/rules-doc";
import { UNCHECKED } from "../../server/src/core/rules/registry";

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

  it("gives every guidance rule at least one source", () => {
    for (const rule of RULES.filter((r) => r.basis !== "language")) expect(rule.guidance.length, rule.code).toBeGreaterThan(0);
  });

  it("records a reason for every digest rule it does not check", () => {
    for (const u of UNCHECKED) {
      expect(u.id).toMatch(/^(R\d+\.\d+|F\d+)$/);
      expect(u.reason.length).toBeGreaterThan(20);
    }
  });

  describe.each(RULES.map((r) => [r.code, r] as const))("%s example", (code, rule) => {
    it("the wrong example is reported under this code", () => {
      expect(checkText(rule.example.wrong).map((p) => p.code)).toContain(code);
    });
    it("the right example is not", () => {
      expect(checkText(rule.example.right).map((p) => p.code)).not.toContain(code);
    });
  });

  it("docs/rules.md is up to date (run `npm run docs` to regenerate it)", () => {
    const onDisk = readFileSync(join(__dirname, "..", "..", "docs", "rules.md"), "utf8");
    expect(onDisk).toBe(renderRulesDoc());
  });
});
