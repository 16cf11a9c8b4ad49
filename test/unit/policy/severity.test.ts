// The severity policy (docs/rules.md, at the top), enforced over the registry: a rule's severity follows
// from what makes its findings serious, and a rule that infers a gap from optional detail left out says so
// once per document, as information.

import { describe, expect, it } from "vitest";
import { RULES } from "../../../server/src/core";
import type { Grounds } from "../../../server/src/core/rules/rule";
import { checkExample } from "../../helpers/examples";

const SEVERITY_FOR: Record<Grounds, "error" | "warning" | "info"> = {
  unreadable: "error",
  contradiction: "error",
  law: "error",
  departure: "warning",
  suggestion: "info",
  absence: "info",
};

describe("the severity policy", () => {
  describe.each(RULES.map((r) => [r.code, r] as const))("%s", (code, rule) => {
    it("names its grounds, and its severity is the one they give", () => {
      expect(rule.grounds, `${code} has no grounds`).toBeDefined();
      expect(rule.severity, `${code} is ${rule.grounds}`).toBe(SEVERITY_FOR[rule.grounds!]);
    });

    if (rule.grounds === "absence") {
      it("reports a gap once per document", () => {
        const own = checkExample(rule.example.wrong, rule.example.alongside).filter((p) => p.code === code);
        expect(own.length).toBe(1);
      });
    }
  });

  it("is written at the top of docs/rules.md", async () => {
    const { renderRulesDoc } = await import("../../../server/src/core/docs/rules-doc");
    const doc = renderRulesDoc();
    const policy = doc.slice(0, doc.indexOf("\n## "));
    for (const word of ["error", "warning", "information", "once per document"]) expect(policy).toContain(word);
  });
});
