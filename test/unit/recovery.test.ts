// Recovery a drafter can rely on: slips that people who draft in a word processor make, and sections
// misspelt or left open, are each reported once, at the words that are wrong, with the fix in plain words
// and, where the fix is not in doubt, a quick fix that makes it. What the drafter wrote is still read, so
// no later finding claims something is missing that is there. Layout is forgiven where the curly brackets
// balance.

import { describe, expect, it } from "vitest";
import { checkText, parse, type Problem } from "../../server/src/core";
import { quickFixes } from "../../server/src/core/features/fixes";
import { enrichSyntaxProblem } from "../../server/src/core/rules/syntax";
import { marked } from "../helpers/markers";
import { AGREEMENT, workspaceOf } from "./features/workspace-fixture";

const syntax = (text: string) => parse(text).problems.map((p) => ({ code: p.code, span: p.span, message: p.message }));

/** The syntax problems of a marked text, one `[| |]` span per problem, each with its code and message. */
function expectProblems(source: string, expected: [code: string, message: string][]): string {
  const { text, spans } = marked(source);
  expect(spans, "one [| |] span per expected problem").toHaveLength(expected.length);
  expect(syntax(text)).toEqual(expected.map(([code, message], i) => ({ code, span: spans[i], message })));
  return text;
}

/** The text after every syntax problem's preferred quick fix is applied, one problem at a time. */
function fixAll(text: string): string {
  for (let round = 0; round < 10; round++) {
    const { workspace } = workspaceOf({ [AGREEMENT]: text });
    const problem = parse(text).problems.map(enrichSyntaxProblem).find((p) => fixFor(workspace, p));
    if (!problem) return text;
    const fix = fixFor(workspace, problem)!;
    for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) text = text.slice(0, edit.span.start) + edit.newText + text.slice(edit.span.end);
  }
  return text;
}

function fixFor(workspace: ReturnType<typeof workspaceOf>["workspace"], problem: Problem) {
  return quickFixes(workspace, AGREEMENT, problem).find((f) => f.preferred);
}

function titlesFor(text: string): string[] {
  const { workspace } = workspaceOf({ [AGREEMENT]: text });
  return parse(text).problems.flatMap((p) => quickFixes(workspace, AGREEMENT, enrichSyntaxProblem(p)).map((f) => f.title));
}

const itemKinds = (text: string) => parse(text).file.document?.items.map((i) => i.kind);

const PARTIES = `  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
`;

describe("a misspelt section heading", () => {
  const heading = (indent: string) => `agreement A {
${PARTIES}${indent}[|principals|] {
${indent}  collective "We share every risk"
${indent}}
  jurisdiction england
}
`;
  const MESSAGE = "There is no section called `principals`; did you mean `principles`? Until it is corrected, its lines are read as principles.";

  for (const [where, indent] of [["at the document's indentation", "  "], ["at the left margin", ""], ["indented further than the clauses", "      "]] as const) {
    it(`is read as the section it was meant to be, ${where}, with one error and a fix that renames it`, () => {
      const text = expectProblems(heading(indent), [["ALY001", MESSAGE]]);
      expect(itemKinds(text)).toEqual(["Parties", "Principles", "Jurisdiction"]);
      // Nothing claims the principles are missing: they were written.
      expect(checkText(text).map((p) => p.code)).not.toContain("ALY301");
      expect(titlesFor(text)).toEqual(["Change to `principles`"]);
      const fixed = fixAll(text);
      expect(fixed).toBe(text.replace("principals", "principles"));
      expect(parse(fixed).problems).toEqual([]);
    });
  }

  it("is read as the section after a section left open, which it closes", () => {
    const text = expectProblems(
      `agreement A {
  [|parties|] {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  [|principals|] {
    collective "We share every risk"
  }
  jurisdiction england
}
`,
      [
        ["ALY002", "The `parties` section that starts on line 2 is never closed; close it with a curly bracket on its own line where it ends."],
        ["ALY001", MESSAGE],
      ],
    );
    const file = parse(text).file;
    expect(itemKinds(text)).toEqual(["Parties", "Principles", "Jurisdiction"]);
    expect((file.document!.items[0] as { items: { kind: string }[] }).items.map((i) => i.kind)).toEqual(["Party", "Party"]);
    expect(checkText(text).map((p) => p.code)).not.toContain("ALY301");
    const fixed = fixAll(text);
    expect(fixed).toBe(text.replace('    Shekinah provider "Shekinah"\n', '    Shekinah provider "Shekinah"\n  }\n').replace("principals", "principles"));
    expect(parse(fixed).problems).toEqual([]);
  });

  it("after a section left open, is read as the section however it is indented", () => {
    const text = expectProblems(
      `agreement A {
  [|parties|] {
    PCC commissioner "Plymouth City Council"
      [|principals|] {
        collective "We share every risk"
      }
  jurisdiction england
}
`,
      [
        ["ALY002", "The `parties` section that starts on line 2 is never closed; close it with a curly bracket on its own line where it ends."],
        ["ALY001", MESSAGE],
      ],
    );
    expect(itemKinds(text)).toEqual(["Parties", "Principles", "Jurisdiction"]);
  });

  it("with a name after it is not taken from a party's first line indented as a party's is", () => {
    // `Bodi` could be a party whose role is `Board`: indented as the parties are, it is left to the parties.
    // The parties are left open, so the curly brackets do not balance and indentation is what decides.
    const text = "agreement A {\n  parties {\n    PCC commissioner \"Plymouth City Council\"\n    Bodi Board {\n      contact \"x\"\n    }\n}\n";
    expect(syntax(text).map((p) => p.code)).toEqual(["ALY002"]);
    const parties = parse(text).file.document!.items[0] as unknown as { items: { kind: string }[] };
    expect(parties.items.map((i) => i.kind)).toEqual(["Party", "Party"]);
  });

  it("is recognised in capitals, and for a body with its name and title", () => {
    const text = expectProblems(
      `agreement A {
  [|Parties|] {
    PCC commissioner "Plymouth City Council"
  }
  [|bodyy|] Board "Alliance Board" {
    members all
  }
}
`,
      [
        ["ALY001", "There is no section called `Parties`; did you mean `parties`? Until it is corrected, its lines are read as the parties."],
        ["ALY001", "There is no section called `bodyy`; did you mean `body`? Until it is corrected, its lines are read as a body."],
      ],
    );
    expect(itemKinds(text)).toEqual(["Parties", "Body"]);
    expect(parse(fixAll(text)).problems).toEqual([]);
  });

  it("is not guessed at for a word that is nothing like a section", () => {
    expectProblems(`agreement A {\n  [|banana|] {\n    x "y"\n  }\n}\n`, [
      ["ALY001", "An agreement has no clause `banana`. Start the line with one of its keywords, such as `purpose`, `jurisdiction` or `parties`, or remove it."],
    ]);
  });
});

describe("pasted-in indentation", () => {
  it("does not decide which section a closing bracket closes when the brackets balance", () => {
    const text = `agreement A {
      parties {
  PCC commissioner "Plymouth City Council"
Shekinah provider "Shekinah"
  }
        risk {
    responsibility collective
 }
jurisdiction england
  }
`;
    expect(syntax(text)).toEqual([]);
    expect(itemKinds(text)).toEqual(["Parties", "Risk", "Jurisdiction"]);
  });

  it("with tabs and non-breaking spaces, still reads every clause", () => {
    const text = "agreement A {\n\tparties {\n\u00a0\u00a0PCC\u00a0commissioner \"Plymouth City Council\"\n\t\t}\n\u00a0jurisdiction\u00a0england\n}\n";
    expect(syntax(text)).toEqual([]);
    expect(itemKinds(text)).toEqual(["Parties", "Jurisdiction"]);
  });

  it("still uses indentation to find a section left open when the brackets do not balance", () => {
    const text = `agreement A {\n  risk {\n    responsibility collective\n  spend {\n    up to £1,000 approved by Board\n  }\n  jurisdiction england\n}\n`;
    expect(syntax(text).map((p) => p.code)).toEqual(["ALY002"]);
    expect(itemKinds(text)).toEqual(["Risk", "Spend", "Jurisdiction"]);
  });
});

describe("quotation marks as a word processor writes them", () => {
  for (const [pairing, quoted] of [["curly", "“Shekinah”"], ["two closing curly", "”Shekinah”"], ["straight then curly", '"Shekinah”'], ["curly then straight", "“Shekinah\""]] as const) {
    it(`reads ${pairing} quotes as quotes, silently`, () => {
      const text = `agreement A {\n  parties {\n    Shekinah provider ${quoted}\n  }\n}\n`;
      expect(syntax(text)).toEqual([]);
      const parties = parse(text).file.document!.items[0] as unknown as { items: { title: { value: string } }[] };
      expect(parties.items[0].title.value).toBe("Shekinah");
    });
  }

  it("keeps an apostrophe inside curly quotes", () => {
    const text = "agreement A {\n  purpose “People’s lives improve”\n}\n";
    expect(syntax(text)).toEqual([]);
    expect((parse(text).file.document!.items[0] as unknown as { text: { value: string } }).text.value).toBe("People’s lives improve");
  });

  it("reads single curly quotes and reports them once, with a fix to double quotes", () => {
    const text = expectProblems("agreement A {\n  purpose [|‘People’s lives improve’|]\n  jurisdiction england\n}\n", [
      ["ALY003", "Text is quoted in double quotation marks, as in `\"…\"`; single ones are read as apostrophes, so change these to double ones."],
    ]);
    expect(itemKinds(text)).toEqual(["Purpose", "Jurisdiction"]);
    expect(titlesFor(text)).toEqual(["Change to double quotation marks"]);
    const fixed = fixAll(text);
    expect(fixed).toBe("agreement A {\n  purpose \"People’s lives improve\"\n  jurisdiction england\n}\n");
    expect(parse(fixed).problems).toEqual([]);
  });

  it("reads a single curly quote never closed to the end of its line, with the same one error and fix", () => {
    const text = expectProblems("agreement A {\n  parties {\n    PCC commissioner [|‘Plymouth City Council|]\n  }\n}\n", [
      ["ALY003", "Text is quoted in double quotation marks, as in `\"…\"`; single ones are read as apostrophes, so change these to double ones."],
    ]);
    expect(fixAll(text)).toBe('agreement A {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n}\n');
  });

  it("reports a long quoted line missing its closing quote once, at that line, and reads the rest", () => {
    const text = expectProblems(
      `agreement A {
  purpose [|"Adults with multiple and complex needs in Plymouth live well, with support that fits their lives|]
  jurisdiction england
  term 10 years from 2019-04-01
}
`,
      [["ALY003", "This text has no closing quotation mark; add `\"` where the text ends, on the same line."]],
    );
    expect(itemKinds(text)).toEqual(["Purpose", "Jurisdiction", "Term"]);
    expect(titlesFor(text)).toEqual(["Close the quotation at the end of the line"]);
    const fixed = fixAll(text);
    expect(fixed).toContain('fits their lives"\n  jurisdiction england');
    expect(parse(fixed).problems).toEqual([]);
  });

  it("closes an unclosed curly quotation with a curly quote", () => {
    const text = expectProblems("agreement A {\n  purpose [|“People live well|]  \n}\n", [
      ["ALY003", "This text has no closing quotation mark; add `”` where the text ends, on the same line."],
    ]);
    expect(fixAll(text)).toBe("agreement A {\n  purpose “People live well”  \n}\n");
  });
});

describe("non-breaking spaces", () => {
  it("are read as spaces, between words, in amounts and in indentation", () => {
    const text = "agreement A {\n\u00a0\u00a0value\u00a0£80,000,000\u00a0per\u00a0year\n  spend {\n    up\u00a0to £1,000 approved\u00a0by Board\n  }\n  body Board {\n    members all\n  }\n}\n";
    expect(syntax(text)).toEqual([]);
    expect(itemKinds(text)).toEqual(["Value", "Spend", "Body"]);
  });
});

describe("amounts with points between the thousands", () => {
  it("reports `£1.000` once, saying UK amounts use commas, with a fix to `£1,000`", () => {
    const text = expectProblems("agreement A {\n  value [|£1.000|]\n}\n", [
      ["ALY005", "UK amounts mark thousands with commas, not points, and pence with two digits, so `£1.000` is unclear; for thousands, write `£1,000`."],
    ]);
    expect(titlesFor(text)).toEqual(["Write the amount as `£1,000`"]);
    const fixed = fixAll(text);
    expect(fixed).toBe("agreement A {\n  value £1,000\n}\n");
    expect(parse(fixed).problems).toEqual([]);
  });

  it("reads `£1.000.000` and `£2.000,50` as one amount each, with one error and a fix", () => {
    const text = expectProblems("agreement A {\n  spend {\n    up to [|£1.000.000|] approved by Board\n    over [|£2.000,50|] approved by Board\n  }\n}\n", [
      ["ALY005", "UK amounts mark thousands with commas and pence with a point; write `£1.000.000` as `£1,000,000`."],
      ["ALY005", "UK amounts mark thousands with commas and pence with a point; write `£2.000,50` as `£2,000.50`."],
    ]);
    expect(fixAll(text)).toBe("agreement A {\n  spend {\n    up to £1,000,000 approved by Board\n    over £2,000.50 approved by Board\n  }\n}\n");
  });

  it("leaves pence and shortened amounts alone", () => {
    expect(syntax("agreement A {\n  value £12.50\n  spend {\n    up to £1.500m approved by Board\n  }\n}\n")).toEqual([]);
  });
});

describe("dates written day first", () => {
  it("reads `01/04/2026` the UK way round, with one error and a fix to `2026-04-01`", () => {
    const text = expectProblems("agreement A {\n  term 10 years from [|01/04/2026|]\n}\n", [
      ["ALY004", "Dates are written year-month-day: read day first, the UK way, `01/04/2026` is 1 April 2026, written `2026-04-01`."],
    ]);
    expect(titlesFor(text)).toEqual(["Write the date as `2026-04-01`"]);
    const fixed = fixAll(text);
    expect(fixed).toBe("agreement A {\n  term 10 years from 2026-04-01\n}\n");
    expect(parse(fixed).problems).toEqual([]);
  });

  it("reads `1.4.2026` and `1-4-2026` the same way", () => {
    expectProblems("agreement A {\n  review-point [|1.4.2026|]\n  deadline [|1-4-2026|]\n}\n", [
      ["ALY004", "Dates are written year-month-day: read day first, the UK way, `1.4.2026` is 1 April 2026, written `2026-04-01`."],
      ["ALY004", "Dates are written year-month-day: read day first, the UK way, `1-4-2026` is 1 April 2026, written `2026-04-01`."],
    ]);
  });

  it("offers no fix for a day-first date that is not a real date", () => {
    const text = expectProblems("agreement A {\n  term 10 years from [|04/13/2026|]\n}\n", [
      ["ALY004", "Dates are written year-month-day, as in `2026-04-01`; read day first, the UK way, `04/13/2026` is not a real date, so check it."],
    ]);
    expect(titlesFor(text)).toEqual([]);
  });

  it("fixes a month or day written with one digit", () => {
    const text = expectProblems("agreement A {\n  term 10 years from [|2019-4-1|]\n}\n", [
      ["ALY004", "Dates are written year-month-day with a two-digit month and day, so write `2019-4-1` as `2019-04-01`."],
    ]);
    expect(fixAll(text)).toBe("agreement A {\n  term 10 years from 2019-04-01\n}\n");
  });
});

describe("quick fixes for other slips", () => {
  it("renames a misspelt clause keyword", () => {
    const text = expectProblems("agreement A {\n  [|jurisdicton|] england\n}\n", [["ALY001", "An agreement has no clause `jurisdicton`; did you mean `jurisdiction`? Correct the spelling."]]);
    expect(parse(fixAll(text)).problems).toEqual([]);
  });

  it("renames a misspelt keyword inside a section, but not one of two words it cannot place", () => {
    const text = expectProblems("agreement A {\n  body Board {\n    members all\n    [|chiar|] PCC\n  }\n}\n", [
      ["ALY001", "A body cannot hold `chiar`; did you mean `chair`? It holds `members`, `chair`, `decides`, `if not unanimous`, `casting vote`, `meets`, `functions`, `reports to`, `advises`, `until`, `quorum`, `open to` and `responds within`."],
    ]);
    expect(fixAll(text)).toBe(text.replace("chiar", "chair"));
    expect(titlesFor("agreement A {\n  spend {\n    upto £1,000 approved by Board\n  }\n}\n")).toEqual([]);
  });

  it("renames a misspelt kind of document", () => {
    const text = "agrement A {\n  jurisdiction england\n}\n";
    expect(titlesFor(text)).toEqual(["Change to `agreement`"]);
    expect(fixAll(text)).toBe("agreement A {\n  jurisdiction england\n}\n");
  });

  it("removes a stray closing bracket", () => {
    const text = "agreement A {\n  risk {\n    responsibility collective\n  }\n  }\n  jurisdiction england\n}\n";
    expect(titlesFor(text)).toEqual(["Remove the stray closing bracket"]);
    expect(parse(fixAll(text)).problems).toEqual([]);
  });

  it("opens a section whose opening bracket was left out, after what its first line says", () => {
    const text = "agreement A {\n  body Board \"Alliance Board\" // the main body\n    members all\n  }\n  jurisdiction england\n}\n";
    expect(titlesFor(text)).toEqual(["Open the section at the end of its first line"]);
    const fixed = fixAll(text);
    expect(fixed).toBe("agreement A {\n  body Board \"Alliance Board\" { // the main body\n    members all\n  }\n  jurisdiction england\n}\n");
    expect(parse(fixed).problems).toEqual([]);
  });

  it("opens and then closes a section left both unopened and unclosed", () => {
    const text = "agreement A {\n  risk\n    responsibility collective\n  jurisdiction england\n}\n";
    const fixed = fixAll(text);
    expect(fixed).toBe("agreement A {\n  risk {\n    responsibility collective\n  }\n  jurisdiction england\n}\n");
    expect(parse(fixed).problems).toEqual([]);
  });

  it("closes a section left open after its last line, and a document at the end of the file, keeping Windows line ends", () => {
    const text = "agreement A {\r\n  risk {\r\n    responsibility collective\r\n  jurisdiction england\r\n";
    const fixed = fixAll(text);
    expect(fixed).toBe("agreement A {\r\n  risk {\r\n    responsibility collective\r\n  }\r\n  jurisdiction england\r\n}\r\n");
    expect(parse(fixed).problems).toEqual([]);
  });
});
