// Fixes that write a party's missing details: the line goes into the party's own details (opened for it
// when it has none), with a placeholder for the drafter, and the finding goes.

import { describe, expect, it } from "vitest";
import { checkText, Workspace, type Problem } from "../../../server/src/core";
import { quickFixes } from "../../../server/src/core/features/fixes";

const URI = "file:///parties.alliance";

function fixed(text: string, code: string, title: string): { text: string; cursorAt: string } {
  const workspace = new Workspace();
  workspace.set(URI, text);
  const problem = checkText(text, { uri: URI }).find((p: Problem) => p.code === code);
  expect(problem, `${code} is reported`).toBeDefined();
  const fix = quickFixes(workspace, URI, problem!).find((f) => f.title === title);
  expect(fix, `a fix titled "${title}"`).toBeDefined();
  const edit = fix!.edits[0];
  const out = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  return { text: out, cursorAt: out.slice(fix!.cursor!, fix!.cursor! + 10) };
}

describe("fixes that write a party's details", () => {
  it("gives a commissioner with no details a named contact to fill in", () => {
    const text = 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n}\n';
    const result = fixed(text, "ALY091", "Add a named contact for PCC, to fill in");
    expect(result.text).toBe('agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      contact "[A named person or team, and how to reach them]"\n    }\n  }\n}\n');
    expect(result.cursorAt).toBe("A named pe");
    expect(checkText(result.text).map((p) => p.code)).not.toContain("ALY091");
    expect(checkText(result.text).filter((p) => p.severity !== "info" && /^ALY00/.test(p.code))).toEqual([]);
  });

  it("adds where a representative's authority comes from to the party's details", () => {
    const text =
      'agreement Example "Example alliance" {\n  parties {\n    PCC commissioner "Plymouth City Council" {\n      representative "Strategic Commissioning Manager"\n    }\n    Shekinah provider "Shekinah" {\n      representative "Chief Executive"\n      authority "Delegated by the Shekinah board"\n    }\n  }\n  body Board "Alliance Leadership Board" {\n    members PCC, Shekinah\n  }\n}\n';
    const result = fixed(text, "ALY103", "Add where PCC's representative's authority comes from, to fill in");
    expect(result.text).toContain('      representative "Strategic Commissioning Manager"\n      authority "[Where the representative\'s authority to commit Plymouth City Council comes from, such as a board delegation]"\n    }\n    Shekinah');
    expect(checkText(result.text).map((p) => p.code)).not.toContain("ALY103");
  });
});
