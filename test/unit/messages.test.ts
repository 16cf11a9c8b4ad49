// Every message a person sees: plain English, no internal names, nothing half-built.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument, checkText, RULES, Workspace, type Problem } from "../../server/src/core";

const SAMPLES = join(__dirname, "..", "..", "samples");

// Node kinds and field names from the tree, which must never reach a reader.
const INTERNAL = /\b(?:IfNotUnanimous|PartyDetail|MeasureDetail|PurposeDetail|InvolvementText|PrincipleRefs|RoleDecl|ValueDecl|TargetDecl|DocItem|ErrorNode|ShareEntry|unknownIn|docKind|roleKind|thousandths|minor units?)\b/;
const HALF_BUILT = /\bundefined\b|\bnull\b|\[object |\bNaN\b|\$\{|`\s*`/;

function everyProblem(): { where: string; problem: Problem }[] {
  const found: { where: string; problem: Problem }[] = [];
  for (const rule of RULES) {
    const texts = [rule.example.wrong, rule.example.right];
    for (const text of texts) {
      if (rule.example.alongside) {
        const workspace = new Workspace();
        workspace.set("file:///a.alliance", rule.example.alongside);
        workspace.set("file:///b.alliance", text);
        for (const problem of checkDocument(workspace, "file:///b.alliance")) found.push({ where: `${rule.code} example`, problem });
      } else {
        for (const problem of checkText(text)) found.push({ where: `${rule.code} example`, problem });
      }
    }
  }
  for (const name of readdirSync(join(SAMPLES, "broken"))) {
    for (const problem of checkText(readFileSync(join(SAMPLES, "broken", name), "utf8"))) found.push({ where: `broken/${name}`, problem });
  }
  return found;
}

describe("messages", () => {
  const problems = everyProblem();

  it("are found in the examples and broken drafts, so the checks below mean something", () => {
    expect(new Set(problems.map((p) => p.problem.code)).size).toBeGreaterThan(80);
  });

  it("never show an internal name or a half-built sentence", () => {
    const bad = problems.filter(({ problem }) => INTERNAL.test(problem.message) || HALF_BUILT.test(problem.message) || INTERNAL.test(problem.why));
    expect(bad.map(({ where, problem }) => `${where} ${problem.code}: ${problem.message}`)).toEqual([]);
  });

  it("say how to fix the problem: each is a sentence of some length with a remedy or an example", () => {
    const terse = problems.filter(({ problem }) => problem.message.length < 30);
    expect(terse.map(({ where, problem }) => `${where} ${problem.code}: ${problem.message}`)).toEqual([]);
  });

  it("come with why it matters, and guidance rules name their source", () => {
    for (const { where, problem } of problems) {
      expect(problem.why.length, `${where} ${problem.code}`).toBeGreaterThan(40);
      const rule = RULES.find((r) => r.code === problem.code)!;
      if (rule.basis !== "language") expect(problem.guidance.length, `${where} ${problem.code}`).toBeGreaterThan(0);
    }
  });

  it("end without a stray full stop after a question mark or a doubled full stop", () => {
    const sloppy = problems.filter(({ problem }) => /\?\.|\.\.(?!\.)/.test(problem.message));
    expect(sloppy.map(({ where, problem }) => `${where} ${problem.code}: ${problem.message}`)).toEqual([]);
  });
});
