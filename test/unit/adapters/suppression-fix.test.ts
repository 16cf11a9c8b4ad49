// "Silence on this clause" and "Silence in this file" with every kind of line end: the comment goes on its
// own line above the clause (or the document), with the document's own line break, and silences only that.

import { describe, expect, it } from "vitest";
import { checkDocument, Workspace, type Problem } from "../../../server/src/core";
import { quickFixes, type Fix } from "../../../server/src/core/features/fixes";

const URI = "file:///silence.alliance";
const LINES = [
  'agreement Test "Test alliance" {',
  "  parties {",
  '    PCC      commissioner "Plymouth City Council"',
  '    Shekinah provider     "Shekinah"',
  "  }",
  '  body Board "Alliance Leadership Board" {',
  "    members PCC, Shekinha",
  "  }",
  '  body Panel "Review panel" {',
  "    members PCC, Shekinha",
  "  }",
  "}",
  "",
];

function workspaceOf(text: string): Workspace {
  const workspace = new Workspace();
  workspace.set(URI, text);
  return workspace;
}

const undeclared = (workspace: Workspace) => checkDocument(workspace, URI).filter((p) => p.code === "ALY010");

function silence(workspace: Workspace, problem: Problem, title: RegExp): Fix {
  const fix = quickFixes(workspace, URI, problem).find((f) => title.test(f.title));
  expect(fix, `a fix titled ${title}`).toBeDefined();
  return fix!;
}

function apply(text: string, fix: Fix, reason: string): string {
  const [edit] = fix.edits;
  const written = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  return written.slice(0, fix.cursor) + reason + written.slice(fix.cursor);
}

describe.each([
  ["CR", "\r"],
  ["CRLF", "\r\n"],
  ["LF", "\n"],
])("the suppression fix with %s line ends", (_name, eol) => {
  const text = LINES.join(eol);
  const secondMembers = text.lastIndexOf("    members");

  it("writes the comment on its own line above the clause, with the document's line break", () => {
    const workspace = workspaceOf(text);
    const problems = undeclared(workspace);
    expect(problems.map((p) => p.span.start)).toEqual([text.indexOf("Shekinha"), text.lastIndexOf("Shekinha")]);
    const fix = silence(workspace, problems[1], /^Silence ALY010 on this clause/);
    expect(fix.edits).toEqual([{ span: { start: secondMembers, end: secondMembers }, newText: `    // alliance-ignore ALY010: ${eol}` }]);
    expect(fix.cursor).toBe(secondMembers + "    // alliance-ignore ALY010: ".length);
    // The editor's own "ask for the reason" writes above the line that starts here.
    expect(fix.silence).toEqual({ at: secondMembers, code: "ALY010" });
  });

  it("silences that clause only, once the reason is written", () => {
    const workspace = workspaceOf(text);
    const fix = silence(workspace, undeclared(workspace)[1], /^Silence ALY010 on this clause/);
    const fixed = apply(text, fix, "the panel co-opts Shekinha");
    expect(fixed.split(eol).slice(8, 11)).toEqual(['  body Panel "Review panel" {', "    // alliance-ignore ALY010: the panel co-opts Shekinha", "    members PCC, Shekinha"]);
    const after = workspaceOf(fixed);
    expect(undeclared(after).map((p) => p.span.start)).toEqual([fixed.indexOf("Shekinha")]);
    expect(checkDocument(after, URI).filter((p) => /^ALY01[5-7]$/.test(p.code))).toEqual([]);
  });
});

describe("the suppression fix with mixed line ends", () => {
  // The comment takes the line break of the line it is written above.
  it("uses the break of the clause's own line", () => {
    const text = `${LINES.slice(0, 9).join("\n")}\n${LINES[9]}\r${LINES.slice(10).join("\r\n")}`;
    const workspace = workspaceOf(text);
    const fix = silence(workspace, undeclared(workspace)[1], /^Silence ALY010 on this clause/);
    const at = text.lastIndexOf("    members");
    expect(fix.edits).toEqual([{ span: { start: at, end: at }, newText: "    // alliance-ignore ALY010: \r" }]);
    const after = workspaceOf(apply(text, fix, "the panel co-opts Shekinha"));
    expect(undeclared(after)).toHaveLength(1);
  });
});

describe("silencing a finding about the whole document with CR line ends", () => {
  it("writes the comment above the document's first line, as its own line", () => {
    const text = ["// Notes for the board", 'agreement Test "Test alliance" {', "  purpose \"Care\"", "}", ""].join("\r");
    const workspace = workspaceOf(text);
    const header = text.indexOf("agreement");
    const fixes = checkDocument(workspace, URI).flatMap((p) => quickFixes(workspace, URI, p)).filter((f) => f.title.includes("in this file"));
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) {
      const code = fix.silence!.code;
      expect(fix.edits).toEqual([{ span: { start: header, end: header }, newText: `// alliance-ignore ${code}: \r` }]);
      expect(fix.silence!.at).toBe(header);
    }
  });
});
