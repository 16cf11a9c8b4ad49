// Quick fixes that write the missing clause: each fix is applied to a real draft and the draft checked
// again. The finding must be gone and nothing new may appear.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../server/src/core";
import { quickFixes, type Fix } from "../../../server/src/core/features/fixes";
import { Workspace } from "../../../server/src/core/workspace";

const URI = "file:///draft.alliance";
const BROKEN = join(__dirname, "..", "..", "..", "samples", "broken");
const sample = (name: string) => readFileSync(join(BROKEN, name), "utf8");

function problemsOf(text: string) {
  const workspace = new Workspace();
  workspace.set(URI, text);
  return { workspace, problems: checkDocument(workspace, URI) };
}

/** A finding as a reader tells it apart: its code and message (spans move when text is added). */
const key = (p: { code: string; message: string }) => `${p.code}: ${p.message}`;

function apply(text: string, fix: Fix): string {
  let out = text;
  for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
  return out;
}

/** The fixes offered for the first finding with this code. */
function fixesFor(text: string, code: string): Fix[] {
  const { workspace, problems } = problemsOf(text);
  const problem = problems.find((p) => p.code === code);
  expect(problem, `${code} is reported on the draft`).toBeDefined();
  return quickFixes(workspace, URI, problem!);
}

/** Applies a fix and checks the draft again: the finding is gone and nothing new appears. */
function applyAndRecheck(text: string, code: string, title: string | RegExp, expectedNew: string[] = []): string {
  const before = problemsOf(text).problems;
  const fixes = fixesFor(text, code);
  const fix = fixes.find((f) => (typeof title === "string" ? f.title === title : title.test(f.title)));
  expect(fix, `"${title}" among: ${fixes.map((f) => f.title).join("; ")}`).toBeDefined();
  const fixed = apply(text, fix!);
  const after = problemsOf(fixed).problems;
  expect(after.filter((p) => p.code === code).map(key), "the finding is gone").toEqual([]);
  const old = new Set(before.map(key));
  expect(after.filter((p) => !old.has(key(p))).map((p) => p.code), "nothing new appears").toEqual(expectedNew);
  return fixed;
}

const NO_IF_NOT_UNANIMOUS = sample("no-if-not-unanimous.alliance");
const SHARES = sample("shares-not-100.alliance");
const DEFINITIONS = /\n  definitions \{\n[^}]*\}\n/;
const PRINCIPLES = /\n  principles co-produced with [^{]*\{\n[^}]*\}\n/;

describe("fixes that write the missing clause", () => {
  it("the drafts used below are what the tests assume", () => {
    expect(NO_IF_NOT_UNANIMOUS).toMatch(DEFINITIONS);
    expect(NO_IF_NOT_UNANIMOUS).toMatch(PRINCIPLES);
    expect(NO_IF_NOT_UNANIMOUS).toContain("no-fault-no-blame except wilful-default");
  });

  it("defines wilful default, with a bracketed blank for the parties, when no definitions section exists", () => {
    const draft = NO_IF_NOT_UNANIMOUS.replace(DEFINITIONS, "\n");
    const fixed = applyAndRecheck(draft, "ALY505", "Add a definitions section defining wilful-default, for the parties to complete");
    expect(fixed).toContain('\n  definitions {\n    wilful-default "[To be agreed: what counts as wilful default, for example a deliberate and knowing breach of this agreement]"\n  }\n\n  risk {');
  });

  it("adds wilful default to a definitions section that defines other terms", () => {
    const draft = NO_IF_NOT_UNANIMOUS.replace(DEFINITIONS, '\n  definitions {\n    key-issue "A decision listed in the key issues"\n  }\n');
    const fixed = applyAndRecheck(draft, "ALY505", "Define wilful-default in the definitions, for the parties to complete");
    expect(fixed).toContain('    key-issue "A decision listed in the key issues"\n    wilful-default "[To be agreed:');
  });

  it("adds the seven Alliance Principles when an agreement has none", () => {
    const draft = NO_IF_NOT_UNANIMOUS.replace(PRINCIPLES, "\n");
    // The tool cannot know who will have written them, so the note asking to record that is expected.
    const fixed = applyAndRecheck(draft, "ALY301", "Add Plymouth's seven Alliance Principles, for the parties to agree", ["ALY306"]);
    expect(fixed).toContain("\n  principles {\n    // Plymouth's seven Alliance Principles, in our words: agree them with every party, or change them.\n    collective-risk ");
    expect(fixed.match(/^ {4}[a-z-]+ "We /gm)?.length).toBeGreaterThanOrEqual(7);
  });

  it("fills an empty principles section with the seven Alliance Principles", () => {
    const draft = NO_IF_NOT_UNANIMOUS.replace(PRINCIPLES, "\n  principles {\n  }\n");
    const fixed = applyAndRecheck(draft, "ALY301", "Add Plymouth's seven Alliance Principles, for the parties to agree");
    expect(fixed).toContain("  principles {\n    // Plymouth's seven");
  });

  it("adds the consequence when a body decides unanimously without one", () => {
    const fixed = applyAndRecheck(NO_IF_NOT_UNANIMOUS, "ALY403", "Add `if not unanimous: falls`");
    expect(fixed).toMatch(/decides key-issues by unanimity\n {4}if not unanimous: falls\n/);
  });
});

describe("a share that does not add up offers the choices, not a silent default", () => {
  const titles = () => fixesFor(SHARES, "ALY503").map((f) => f.title);

  it("offers to rebalance in proportion, or to give the difference to any one party", () => {
    expect(SHARES).toContain("pain share NBC 35%, ICB 35%, Harbour 15%, Lantern 10%");
    expect(titles()).toEqual([
      "Rebalance in proportion: NBC 36.843%, ICB 36.842%, Harbour 15.789%, Lantern 10.526%",
      "Give the 5% to NBC, making its share 40%",
      "Give the 5% to ICB, making its share 40%",
      "Give the 5% to Harbour, making its share 20%",
      "Give the 5% to Lantern, making its share 15%",
      "Share equally: 25% each",
      "Silence ALY503 on this clause (then write why after the colon)",
    ]);
    expect(fixesFor(SHARES, "ALY503").some((f) => f.preferred)).toBe(false);
  });

  it("every choice puts the share right and raises nothing new", () => {
    for (const title of titles().filter((t) => !t.startsWith("Silence"))) {
      const fixed = applyAndRecheck(SHARES, "ALY503", title);
      if (title.startsWith("Give the 5% to Lantern")) expect(fixed).toContain("pain share NBC 35%, ICB 35%, Harbour 15%, Lantern 15%");
      if (title.startsWith("Rebalance")) expect(fixed).toContain("pain share NBC 36.843%, ICB 36.842%, Harbour 15.789%, Lantern 10.526%");
    }
  });
});

describe("silencing a finding leaves the reason to the user", () => {
  it("writes the comment up to the colon and puts the cursor after it; the empty reason is then reported", () => {
    const fix = fixesFor(SHARES, "ALY503").find((f) => f.title.startsWith("Silence"))!;
    const fixed = apply(SHARES, fix);
    expect(fixed).toContain("    responsibility collective\n    // alliance-ignore ALY503: \n    pain share NBC 35%");
    expect(fixed.slice(0, fix.cursor)).toMatch(/\/\/ alliance-ignore ALY503: $/);
    const after = problemsOf(fixed).problems;
    expect(after.filter((p) => p.code === "ALY015")).toHaveLength(1);
    // With a real reason written at the cursor, the comment silences the finding and is itself accepted.
    const reasoned = `${fixed.slice(0, fix.cursor)}the parties agreed on 2025-03-01 that 5% stays with the commissioners${fixed.slice(fix.cursor)}`;
    const codes = problemsOf(reasoned).problems.map((p) => p.code);
    expect(codes).not.toContain("ALY503");
    expect(codes).not.toContain("ALY015");
  });

  it("reports a reason that is still a placeholder, as if there were none", () => {
    for (const placeholder of ["REASON (say why this is right here)", "TODO", "…", "[reason]"]) {
      const text = SHARES.replace("  risk {\n", `  risk {\n    // alliance-ignore ALY503: ${placeholder}\n`);
      expect(problemsOf(text).problems.filter((p) => p.code === "ALY015").length, placeholder).toBe(1);
    }
  });
});
