// Fix all of a kind: every slip whose correction is not in doubt, put right at once, and nothing else.

import { describe, expect, it } from "vitest";
import { checkDocument, type Problem } from "../../../server/src/core";
import { FIX_ALL_KINDS, fixAllOfKind } from "../../../server/src/core/features/fixes";
import { AGREEMENT, workspaceOf } from "./workspace-fixture";

const TODAY = "2026-01-01";

const DRAFT = `agreement Slips "Slips alliance" {
  jurisdicton england
  parties {
    PCC     commissioner "Plymouth City Council"
    Harbour provider     "Harbour Trust"
  }
  term 5 years from 01/04/2026
  value £1.000.000 per year
  body Board "Alliance Board" {
    members all
    decides key-issues by concensus
  }
  spend {
    up to £25.000,50 approved by Board
    over £25,000.50 approved by Board
  }
}
`;

function check(text: string): Problem[] {
  const { workspace } = workspaceOf({ [AGREEMENT]: text });
  return checkDocument(workspace, AGREEMENT, { today: TODAY });
}

function apply(text: string, edits: { span: { start: number; end: number }; newText: string }[]): string {
  for (const edit of [...edits].sort((a, b) => b.span.start - a.span.start)) text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  return text;
}

const describeFinding = (p: Problem) => `${p.code} ${p.message}`;

const codes = (problems: Problem[]) => problems.map((p) => p.code).sort();

describe("fix all of a kind", () => {
  it("puts right every slip not in doubt at once, and nothing new appears", () => {
    const before = check(DRAFT);
    const slips = before.filter((p) => p.code in FIX_ALL_KINDS);
    expect(codes(slips)).toEqual(["ALY001", "ALY004", "ALY005", "ALY005", "ALY014"]);
    const { workspace } = workspaceOf({ [AGREEMENT]: DRAFT });
    const fix = fixAllOfKind(workspace, AGREEMENT, before)!;
    expect(fix.count).toBe(5);
    const after = apply(DRAFT, fix.edits);
    expect(after).toBe(DRAFT.replace("01/04/2026", "2026-04-01").replace("£1.000.000", "£1,000,000").replace("jurisdicton", "jurisdiction")
      .replace("concensus", "consensus").replace("£25.000,50", "£25,000.50"));
    const rechecked = check(after);
    expect(rechecked.filter((p) => p.code in FIX_ALL_KINDS)).toEqual([]);
    // Nothing new, except what the checks now say about the decision they can read at last: consensus on
    // key issues with no fallback (ALY403) and no one named to resolve a deadlock (ALY406).
    expect(codes(rechecked)).toEqual(codes(before.filter((p) => !(p.code in FIX_ALL_KINDS))).concat("ALY403", "ALY406").sort());
    expect(rechecked.filter((p) => /^ALY0[01]\d$/.test(p.code))).toEqual([]);
  });

  it("fixes one kind at a time when asked, counting them", () => {
    const problems = check(DRAFT);
    const { workspace } = workspaceOf({ [AGREEMENT]: DRAFT });
    const amounts = fixAllOfKind(workspace, AGREEMENT, problems, "ALY005")!;
    expect(amounts.count).toBe(2);
    expect(amounts.title).toBe("Write every amount in this document with commas between the thousands");
    const after = apply(DRAFT, amounts.edits);
    expect(codes(check(after).filter((p) => p.code in FIX_ALL_KINDS))).toEqual(["ALY001", "ALY004", "ALY014"]);
  });

  it("leaves alone a fix that needs a choice or is in doubt", () => {
    // `£1.000` could be one pound; the undeclared name, the shares and silencing all ask for a decision.
    const text = `agreement Doubt "Doubt alliance" {
  parties {
    PCC     commissioner "Plymouth City Council"
    Harbour provider     "Harbour Trust"
  }
  value £1.000 per year
  body Board "Alliance Board" {
    members PCC, Harbor
    decides key-issues by unanimity
  }
  risk {
    pain share PCC 60%, Harbour 50%
  }
}
`;
    const problems = check(text);
    expect(codes(problems)).toEqual(expect.arrayContaining(["ALY005", "ALY010", "ALY503"]));
    const { workspace } = workspaceOf({ [AGREEMENT]: text });
    expect(fixAllOfKind(workspace, AGREEMENT, problems)).toBeNull();
  });
});
