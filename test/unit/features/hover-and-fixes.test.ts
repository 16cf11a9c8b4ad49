import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../server/src/core";
import { quickFixes } from "../../../server/src/core/features/fixes";
import { hover } from "../../../server/src/core/features/hover";
import { AGREEMENT, workspaceOf } from "./workspace-fixture";

const TEXT = `agreement Test {
  term 10 years from 2019-04-01
  value £80,000,000
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
    Chair independent "Independent chair"
  }
  roles {
    Coordinator frontline "Support co-ordinator"
  }
  body Board "Alliance Leadership Board" {
    members all
    chair Chair
    decides key-issues by unanimity
    if not unanimous: falls
  }
  risk {
    pain share PCC 60%, Shekinah 30%
  }
  spend {
    up to £1,000 approved by Coordinator
    over £1,000 approved by Board
  }
}`;

function hoverAt(needle: string, delta = 0, text = TEXT) {
  const { workspace } = workspaceOf({ [AGREEMENT]: text });
  return hover(workspace, AGREEMENT, text.indexOf(needle) + delta);
}

describe("hover", () => {
  it("leads a body's hover with what it is, then what it does, then one problem and how many more", () => {
    const result = hoverAt("body Board", 6)!;
    const [thing, note] = result.markdown.split("\n\n---\n\n");
    expect(thing).toBe(
      "**Board** — body: Alliance Leadership Board\n\nMembers: PCC, Shekinah and Chair. Chaired by Chair. Decides key-issues by unanimity. A proposal not agreed by everyone falls. Approves spend over £1,000.",
    );
    const { workspace } = workspaceOf({ [AGREEMENT]: TEXT });
    const at = TEXT.indexOf("body Board") + 6;
    const here = checkDocument(workspace, AGREEMENT).filter((p) => p.span.start <= at && at <= p.span.end);
    expect(here.length).toBeGreaterThan(1);
    // Only one message is shown, the most serious, and the count of the rest.
    const shown = here.filter((p) => note.includes(p.message.replace(/\.$/, "")));
    expect(shown).toHaveLength(1);
    expect(note).toMatch(new RegExp(`^\\*\\*(Error|Warning|Note)\\*\\* \\(${shown[0].code}\\): `));
    expect(note.endsWith(` *And ${here.length - 1} more here: see the Problems panel.*`)).toBe(true);
  });

  it("leads a party's hover with its role and full name, then where it sits and what it carries", () => {
    const markdown = hoverAt("PCC commissioner", 1)!.markdown;
    expect(markdown.startsWith("**PCC** — commissioner: Plymouth City Council\n\nMember of Board. Carries 60% of the pain share.")).toBe(true);
  });

  it("shows no problem note where there is none", () => {
    expect(hoverAt("2019-04-01")!.markdown).toBe("Monday 1 April 2019");
  });

  it("describes an amount in the spend ladder as the band it bounds and who approves it", () => {
    expect(hoverAt("£1,000 approved by Coordinator", 2)!.markdown).toBe("**£1,000** — the top of the spend band up to £1,000, approved by **Coordinator**.");
    expect(hoverAt("over £1,000", 7)!.markdown).toBe(
      "**£1,000** — where the spend band over £1,000 starts, approved by **Board**. Spend of exactly £1,000 belongs to the band below, approved by **Coordinator**.",
    );
  });

  it("describes the contract value as the contract value, and compares it with the light-touch threshold in force, naming the law", () => {
    const markdown = hoverAt("£80,000,000", 1)!.markdown;
    expect(markdown.startsWith("**£80,000,000** — the contract value.\n\n")).toBe(true);
    expect(markdown).not.toContain("approved by");
    // The term starts in 2019, so the figure in force then applies, not the reports' £589k.
    expect(markdown).toContain("Above the light-touch threshold of £615,278 (Public Contracts Regulations 2015, from 1 January 2018) assumed for this document");
    expect(markdown).toContain("confirm it with your legal adviser");
  });

  it("says what a percentage, a length of time or a number is in its clause", () => {
    expect(hoverAt("Shekinah 30%", 10)!.markdown.startsWith("**30%** — Shekinah's part of the pain share. The pain share adds up to 90%, not 100%.")).toBe(true);
    const text = TEXT.replace("    if not unanimous: falls", "    if not unanimous: falls\n    quorum 2\n    responds within 5 days\n    meets every 6 weeks");
    expect(hoverAt("quorum 2", 7, text)!.markdown.startsWith("**2** — how many members must be present for this body to decide; it has 3.")).toBe(true);
    expect(hoverAt("5 days", 1, text)!.markdown.startsWith("**5 days** — how quickly this body answers an issue or request brought to it.")).toBe(true);
    expect(hoverAt("6 weeks", 1, text)!.markdown.startsWith("**6 weeks** — how often this body meets: once every 6 weeks.")).toBe(true);
    expect(hoverAt("every 6 weeks", 1, text)!.markdown.startsWith("**every** · ")).toBe(true);
  });

  it("spells out a date and when a term ends", () => {
    expect(hoverAt("2019-04-01")!.markdown).toBe("Monday 1 April 2019");
    expect(hoverAt("10 years")!.markdown).toBe("The term runs from Monday 1 April 2019 to Saturday 31 March 2029 inclusive.");
  });

  it("explains a rule code in a suppression comment", () => {
    const text = TEXT.replace("  risk {", "  // alliance-ignore ALY010: signs later\n  risk {");
    const result = hoverAt("ALY010", 2, text)!;
    expect(result.markdown.startsWith("**ALY010** · A name is used that nothing declares (error)")).toBe(true);
  });

  it("shows the report and section a hover rests on, not the phrase used to check it", () => {
    const markdown = hoverAt("falls", 1)!.markdown;
    expect(markdown).toContain("*Source: CCPS, Coping with Complexity programme notes (2017-18), ch. 6 (Learning from experience)*");
    expect(markdown).not.toContain("passed by everyone, it falls");
  });
});

describe("quick fixes", () => {
  function fixesFor(code: string, text: string) {
    const { workspace } = workspaceOf({ [AGREEMENT]: text });
    const problem = checkDocument(workspace, AGREEMENT).find((p) => p.code === code);
    expect(problem, `${code} is reported`).toBeDefined();
    return { fixes: quickFixes(workspace, AGREEMENT, problem!), apply: (title: string) => {
      const fix = quickFixes(workspace, AGREEMENT, problem!).find((f) => f.title === title)!;
      expect(fix, title).toBeDefined();
      let out = text;
      for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
      return out;
    } };
  }

  it("rebalances a share to 100% the way the user chooses", () => {
    const { fixes, apply } = fixesFor("ALY503", TEXT);
    expect(fixes.map((f) => f.title)).toEqual([
      "Rebalance in proportion: PCC 66.667%, Shekinah 33.333%",
      "Give the 10% to PCC, making its share 70%",
      "Give the 10% to Shekinah, making its share 40%",
      "Share equally: 50% each",
      "Silence ALY503 on this clause (then write why after the colon)",
    ]);
    expect(apply("Rebalance in proportion: PCC 66.667%, Shekinah 33.333%")).toContain("pain share PCC 66.667%, Shekinah 33.333%");
    expect(apply("Give the 10% to PCC, making its share 70%")).toContain("pain share PCC 70%, Shekinah 30%");
    expect(apply("Give the 10% to Shekinah, making its share 40%")).toContain("pain share PCC 60%, Shekinah 40%");
    expect(apply("Share equally: 50% each")).toContain("pain share PCC 50%, Shekinah 50%");
  });

  it("replaces a vote with unanimity and adds a missing `if not unanimous`", () => {
    const voting = TEXT.replace("decides key-issues by unanimity\n    if not unanimous: falls", "decides key-issues by majority");
    const { apply } = fixesFor("ALY402", voting.replace("agreement Test {", "agreement Test {\n  // no unanimity principle here"));
    expect(apply("Decide by unanimity instead of by a vote")).toContain("decides key-issues by unanimity");
    const missing = TEXT.replace("\n    if not unanimous: falls", "");
    expect(fixesFor("ALY403", missing).apply("Add `if not unanimous: falls`")).toContain("    decides key-issues by unanimity\n    if not unanimous: falls\n");
  });

  it("corrects a misspelt name or declares the missing party", () => {
    const text = TEXT.replace("pain share PCC 60%, Shekinah 30%", "pain share PCC 60%, Shekinha 40%");
    const { fixes, apply } = fixesFor("ALY010", text);
    expect(fixes.map((f) => f.title)).toEqual(["Change to `Shekinah`", "Declare `Shekinha` as a party", "Silence ALY010 on this clause (then write why after the colon)"]);
    expect(apply("Change to `Shekinah`")).toContain("pain share PCC 60%, Shekinah 40%");
    expect(apply("Declare `Shekinha` as a party")).toContain('    Chair independent "Independent chair"\n    Shekinha provider "Shekinha"\n  }');
    expect(apply("Silence ALY010 on this clause (then write why after the colon)")).toContain("  risk {\n    // alliance-ignore ALY010: \n    pain share");
  });

  it("changes a misspelt choice to the closest one", () => {
    const { apply } = fixesFor("ALY014", TEXT.replace("term 10 years", "jurisdiction engand\n  term 10 years"));
    expect(apply("Change to `england`")).toContain("jurisdiction england");
  });
});

describe("spend ladder fixes", () => {
  function applyFix(code: string, text: string, title: string): string {
    const { workspace } = workspaceOf({ [AGREEMENT]: text });
    const problem = checkDocument(workspace, AGREEMENT).find((p) => p.code === code);
    expect(problem, `${code} is reported`).toBeDefined();
    const fix = quickFixes(workspace, AGREEMENT, problem!).find((f) => f.title === title);
    expect(fix, `${title} among ${quickFixes(workspace, AGREEMENT, problem!).map((f) => f.title).join("; ")}`).toBeDefined();
    let out = text;
    for (const edit of [...fix!.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
    return out;
  }

  it("closes a gap by starting the next band where the one below ends", () => {
    const gap = TEXT.replace("over £1,000 approved by Board", "over £1,500 approved by Board");
    const fixed = applyFix("ALY601", gap, "Close the gap: start this band over £1,000");
    expect(fixed).toContain("over £1,000 approved by Board");
    const { workspace } = workspaceOf({ [AGREEMENT]: fixed });
    expect(checkDocument(workspace, AGREEMENT).filter((p) => p.code === "ALY601")).toEqual([]);
  });

  it("adds an open top band approved by the principal body", () => {
    const capped = TEXT.replace("over £1,000 approved by Board", "over £1,000 up to £50,000 approved by Board");
    expect(applyFix("ALY604", capped, "Add a top band: over £50,000 approved by Board")).toContain(
      "    over £1,000 up to £50,000 approved by Board\n    over £50,000 approved by Board\n",
    );
  });
});

describe("hover on how often", () => {
  it("explains a cadence word", () => {
    const text = TEXT.replace("    if not unanimous: falls", "    if not unanimous: falls\n    meets monthly");
    const result = hoverAt("monthly", 2, text)!;
    expect(result.markdown.startsWith("**monthly** · ")).toBe(true);
    expect(result.markdown).toContain("*Source: ");
  });
});
