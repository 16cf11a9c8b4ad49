import { describe, expect, it } from "vitest";
import { definition, highlights, prepareRename, references, rename, workspaceSymbols } from "../../../server/src/core/features/navigation";
import { AGREEMENT, SPEC, workspaceOf } from "./workspace-fixture";

const files = {
  [AGREEMENT]: `agreement [|Plymouth|] {
  parties {
    [|PCC|] commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
  principles {
    [|open-book|] "Open book accounting"
  }
  body Board {
    members <|>PCC, Shekinah
  }
  risk {
    pain share [|PCC|] 50%, Shekinah 50%
  }
}`,
  [SPEC]: `specification Spec for [|Plym<|>outh|] {
  principles [|open-<|>book|]
}`,
};

describe("navigation", () => {
  const { workspace, files: f } = workspaceOf(files);
  const a = f[AGREEMENT];
  const s = f[SPEC];

  it("goes from a use to its declaration, across documents", () => {
    expect(definition(workspace, AGREEMENT, a.positions[0])).toEqual({ uri: AGREEMENT, span: a.spans[1] });
    expect(definition(workspace, SPEC, s.positions[1])).toEqual({ uri: AGREEMENT, span: a.spans[2] });
    expect(definition(workspace, SPEC, s.positions[0])).toEqual({ uri: AGREEMENT, span: a.spans[0] });
  });

  it("finds every reference, with or without the declaration", () => {
    const all = references(workspace, AGREEMENT, a.positions[0], true);
    expect(all.map((l) => l.span.start)).toEqual([a.spans[1].start, a.positions[0], a.spans[3].start]);
    expect(references(workspace, AGREEMENT, a.positions[0], false)).toHaveLength(2);
    expect(references(workspace, SPEC, s.positions[1], true)).toEqual([
      { uri: AGREEMENT, span: a.spans[2] },
      { uri: SPEC, span: s.spans[1] },
    ]);
  });

  it("highlights uses in the same document and marks the declaration", () => {
    expect(highlights(workspace, AGREEMENT, a.positions[0]).map((h) => h.write)).toEqual([true, false, false]);
  });

  it("renames across documents", () => {
    const result = rename(workspace, SPEC, s.positions[1], "transparency");
    expect(result).toEqual({
      edits: [
        { uri: AGREEMENT, span: a.spans[2], newText: "transparency" },
        { uri: SPEC, span: s.spans[1], newText: "transparency" },
      ],
    });
    const doc = rename(workspace, SPEC, s.positions[0], "PlymouthAlliance");
    expect("edits" in doc && doc.edits.map((e) => e.uri)).toEqual([AGREEMENT, SPEC]);
  });

  it("refuses a name that is not a short name, or clashes", () => {
    expect(rename(workspace, AGREEMENT, a.positions[0], "Plymouth CC")).toEqual({ error: "`Plymouth CC` cannot be a short name: start with a letter and use letters, digits, hyphens or underscores, with no spaces" });
    expect(rename(workspace, AGREEMENT, a.positions[0], "Shekinah")).toEqual({ error: "`Shekinah` is already declared in this document; choose another name" });
    expect(prepareRename(workspace, AGREEMENT, 0)).toEqual({ error: "Only a short name can be renamed: a party, role, body, principle, value, defined term, measure, requirement, question, criterion or document" });
  });

  it("lists declarations across the workspace that match a query", () => {
    expect(workspaceSymbols(workspace, "pcc").map((s) => `${s.kind} ${s.name}`)).toEqual(["party PCC"]);
    expect(workspaceSymbols(workspace, "ob").map((s) => s.name)).toEqual(["open-book"]);
  });
});
