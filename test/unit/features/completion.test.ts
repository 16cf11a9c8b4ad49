// Completion asks the grammar what may stand at the cursor: the reference kinds it stamps on the name
// written there, the clauses the vocabulary gives each block, and the choices each clause takes.

import { describe, expect, it } from "vitest";
import { complete } from "../../../server/src/core/features/completion";
import { BLOCK_KEYWORDS, CHOICES, CLAUSES_BY_DOCUMENT, CLAUSE_KEYWORD, DOCUMENT_KINDS, SITE_WORDS } from "../../../server/src/core/vocabulary";
import { AGREEMENT as EVERY_CLAUSE, EVALUATION, SPECIFICATION, TENDER } from "./everything-fixture";
import { AGREEMENT, workspaceOf } from "./workspace-fixture";

const BASE = `agreement Test {
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
  roles {
    Coordinator frontline "Support co-ordinator"
  }
  body Board "Alliance Leadership Board" {
    members all
  }
  body Panel "Spending Panel" {
    members PCC
    <|>
  }
}`;

function labelsAt(source: string): string[] {
  const { workspace, files } = workspaceOf({ [AGREEMENT]: source });
  return complete(workspace, AGREEMENT, files[AGREEMENT].positions[0]).map((c) => c.label);
}

const inPanel = (line: string) => labelsAt(BASE.replace("<|>", line));

describe("completion of names, from the kinds the grammar accepts", () => {
  it("offers bodies, not parties or roles, after a body's `reports to`", () => {
    expect(inPanel("reports to <|>")).toEqual(["Board", "Panel"]);
    expect(inPanel("reports to Bo<|>")).toEqual(["Board", "Panel"]);
  });

  it("offers bodies, parties and roles after a role's `reports to`", () => {
    const source = BASE.replace('Coordinator frontline "Support co-ordinator"', 'Coordinator frontline "Support co-ordinator" reports to <|>').replace("    <|>\n", "");
    expect(labelsAt(source)).toEqual(["Board", "Panel", "PCC", "Shekinah", "Coordinator"]);
  });

  it("offers parties and roles after `chair`, and after each name in `members`", () => {
    expect(inPanel("chair <|>")).toEqual(["PCC", "Shekinah", "Coordinator"]);
    expect(labelsAt(BASE.replace("members PCC\n    <|>", "members PCC, <|>"))).toEqual(["PCC", "Shekinah", "Coordinator"]);
  });

  it("offers `all` as well after `members`, since the grammar takes it there", () => {
    expect(labelsAt(BASE.replace("members PCC\n    <|>", "members <|>"))).toEqual(["all", "PCC", "Shekinah", "Coordinator"]);
  });

  it("offers bodies after `advises` and `if not unanimous: refer to`", () => {
    expect(inPanel("advises <|>")).toEqual(["Board", "Panel"]);
    expect(inPanel("if not unanimous: refer to <|>")).toEqual(["Board", "Panel"]);
  });

  it("offers parties only after a share's party and after `assign … to`", () => {
    const risk = (line: string) => labelsAt(BASE.replace("    <|>\n  }\n}", "  }\n  risk {\n    " + line + "\n  }\n}"));
    expect(risk("pain share PCC 50%, <|>")).toEqual(["PCC", "Shekinah"]);
    expect(risk('assign "clinical governance" to <|>')).toEqual(["PCC", "Shekinah"]);
  });
});

describe("completion of the fixed words the grammar takes beside names", () => {
  it("offers `falls` and `refer to`, then who may decide, after `if not unanimous:`", () => {
    expect(inPanel("if not unanimous: <|>")).toEqual(["falls", "refer to", "PCC", "Shekinah", "Coordinator", "Board", "Panel"]);
  });

  it("offers `chair`, then parties and roles, after `casting vote`", () => {
    expect(inPanel("casting vote <|>")).toEqual(["chair", "PCC", "Shekinah", "Coordinator"]);
  });

  it("offers the usual subjects after `decides`, and `every` with the cadences after `review`", () => {
    expect(inPanel("decides <|>")).toEqual(["key-issues", "spend", "operations", "membership", "learning"]);
    expect(labelsAt("agreement A {\n  learning {\n    review <|>\n  }\n}")).toEqual(["every", ...CHOICES.cadence]);
  });

  it("offers the bodies after a review's `by`", () => {
    expect(labelsAt(BASE.replace("    <|>\n  }\n}", "  }\n  learning {\n    review monthly by <|>\n  }\n}"))).toEqual(["Board", "Panel"]);
  });
});

describe("completion of choices, from the vocabulary's list for that clause", () => {
  it("offers a clause's choices after its keyword", () => {
    expect(inPanel("meets <|>")).toEqual(["every", ...CHOICES.cadence]);
    expect(inPanel("functions allocate-resources, <|>")).toEqual([...CHOICES.bodyFunction]);
    expect(inPanel("open to <|>")).toEqual([...CHOICES.openTo]);
    expect(inPanel("decides key-issues by <|>")).toEqual([...CHOICES.decisionMethod]);
  });

  it("offers the jurisdictions after `jurisdiction` and the routes after `route`", () => {
    expect(labelsAt("agreement A {\n  jurisdiction <|>\n}")).toEqual([...CHOICES.jurisdiction]);
    expect(labelsAt("specification S {\n  route <|>\n}")).toEqual([...CHOICES.route]);
  });

  it("offers a requirement's levels after its wording", () => {
    expect(labelsAt('specification S {\n  requirements {\n    R1 "Share risk" <|>\n  }\n}')).toEqual([...CHOICES.requirementLevel]);
  });
});

describe("completion of clauses at the start of a line", () => {
  it("offers what each kind of document holds, and nothing it does not", () => {
    const evaluation = labelsAt("evaluation E {\n  <|>\n}");
    expect(evaluation).toEqual(["criterion", "principles"]);
    const tender = labelsAt("tender T {\n  <|>\n}");
    expect(tender).toContain("questions");
    expect(tender).not.toContain("body");
  });

  it("offers the involvement block's details and the parties and bodies a line of it may start with", () => {
    const labels = labelsAt(BASE.replace("    <|>\n  }\n}", "  }\n  involvement {\n    <|>\n  }\n}"));
    expect(labels).toEqual(["feedback", "stories", "safe-sharing", "PCC", "Shekinah", "Board", "Panel"]);
  });

  it("offers a measure's details inside a measure", () => {
    const labels = labelsAt('agreement A {\n  learning {\n    measure IROC "I-ROC" {\n      <|>\n    }\n  }\n}');
    expect(labels).toEqual(["source", "target", "linked-to", "perspective", "defined-by", "kind", "sense-maker", "owner", "shared-by"]);
  });
});

describe("completion at the start of a line in each block", () => {
  const HOSTS: Record<string, string> = {
    Purpose: 'agreement X {\n  purpose "People live well" {\n    <|>\n  }\n}',
    Party: 'agreement X {\n  parties {\n    PCC commissioner "Council" {\n      <|>\n    }\n  }\n}',
    Body: 'agreement X {\n  body Board "Board" {\n    <|>\n  }\n}',
    Risk: "agreement X {\n  risk {\n    <|>\n  }\n}",
    Spend: "agreement X {\n  spend {\n    <|>\n  }\n}",
    Learning: "agreement X {\n  learning {\n    <|>\n  }\n}",
    Measure: 'agreement X {\n  learning {\n    measure M "M" {\n      <|>\n    }\n  }\n}',
    Involvement: "agreement X {\n  involvement {\n    <|>\n  }\n}",
    Stages: "agreement X {\n  stages {\n    <|>\n  }\n}",
    Process: "agreement X {\n  process {\n    <|>\n  }\n}",
  };

  it("offers the keywords the vocabulary gives that block, in its order, and no other keyword", () => {
    for (const [block, keywords] of Object.entries(BLOCK_KEYWORDS)) {
      if (keywords.length === 0) continue;
      const { workspace, files } = workspaceOf({ [AGREEMENT]: HOSTS[block] });
      const items = complete(workspace, AGREEMENT, files[AGREEMENT].positions[0]);
      expect(items.filter((i) => i.kind === "keyword").map((i) => i.label), block).toEqual([...keywords]);
    }
  });

  it("offers the clauses the vocabulary gives each kind of document, once each", () => {
    for (const kind of DOCUMENT_KINDS) {
      const labels = labelsAt(`${kind} X {\n  <|>\n}`);
      const clauses = [...new Set(CLAUSES_BY_DOCUMENT[kind].map((c) => CLAUSE_KEYWORD[c]))];
      // A clause with a snippet is offered as the snippet, after the keywords.
      expect(labels.filter((l) => clauses.includes(l)).sort(), kind).toEqual([...clauses].sort());
      expect(labels.filter((l) => Object.values(CLAUSE_KEYWORD).includes(l) && !clauses.includes(l)), kind).toEqual([]);
    }
  });
});

describe("completion where nothing may be written", () => {
  it("offers nothing inside quoted text, a comment or a block comment", () => {
    expect(inPanel('reports to "Bo<|>')).toEqual([]);
    expect(inPanel("// reports to <|>")).toEqual([]);
    expect(inPanel("/* chair <|> */")).toEqual([]);
    expect(labelsAt('agreement A {\n  purpose """\n    People live well\n    <|>\n  """\n}')).toEqual([]);
  });
});

describe("what completion offers", () => {
  it("is only ever a keyword, fixed word or choice of the vocabulary, wherever the cursor is in a full document", () => {
    const keywords = new Set([...DOCUMENT_KINDS, ...Object.values(CLAUSE_KEYWORD), ...Object.values(BLOCK_KEYWORDS).flat(), ...Object.values(SITE_WORDS).flat()]);
    const choiceWords = new Set(Object.values(CHOICES).flat() as string[]);
    const offered = { keyword: new Set<string>(), choice: new Set<string>() };
    for (const text of [EVERY_CLAUSE, SPECIFICATION, TENDER, EVALUATION]) {
      const { workspace } = workspaceOf({ [AGREEMENT]: text });
      for (let at = 0; at <= text.length; at++) {
        // After each space that ends a run of them: at each word of each line, and at each line's start.
        if (at === 0 || text[at - 1] !== " " || text[at] === " ") continue;
        for (const item of complete(workspace, AGREEMENT, at)) {
          if (item.kind === "keyword") offered.keyword.add(item.label);
          if (item.kind === "choice") offered.choice.add(item.label);
        }
      }
    }
    expect([...offered.keyword].filter((w) => !keywords.has(w))).toEqual([]);
    expect([...offered.choice].filter((w) => !choiceWords.has(w))).toEqual([]);
    expect(offered.keyword.size).toBeGreaterThan(40);
    expect(offered.choice.size).toBeGreaterThan(40);
  }, 60_000);
});
