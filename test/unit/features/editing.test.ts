import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../../server/src/core/parse";
import { complete } from "../../../server/src/core/features/completion";
import { foldingRanges } from "../../../server/src/core/features/folding";
import { format } from "../../../server/src/core/features/format";
import { inlayHints } from "../../../server/src/core/features/inlay-hints";
import { outline } from "../../../server/src/core/features/outline";
import { AGREEMENT, SPEC, workspaceOf } from "./workspace-fixture";

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
  spend {
    up to £1,000 approved by Coordinator
  }
}`;

function labelsAt(source: string, others: Record<string, string> = {}): string[] {
  const { workspace, files } = workspaceOf({ [AGREEMENT]: source, ...others });
  return complete(workspace, AGREEMENT, files[AGREEMENT].positions[0]).map((c) => c.label);
}

describe("completion", () => {
  it("offers each kind of document once in an empty file, as a whole-document snippet where there is one", () => {
    const { workspace, files } = workspaceOf({ [AGREEMENT]: "<|>" });
    const items = complete(workspace, AGREEMENT, files[AGREEMENT].positions[0]);
    expect(items.map((c) => `${c.label} ${c.kind}`)).toEqual(["tender keyword", "agreement snippet", "specification snippet", "evaluation snippet"]);
  });

  it("never offers the word just typed in full, so Enter starts a new line", () => {
    expect(labelsAt(BASE.replace("    members all", "    members all\n    chair<|>"))).not.toContain("chair");
    expect(labelsAt(BASE.replace("    members all", "    members all\n    cha<|>"))).toContain("chair");
    expect(labelsAt("agreement<|>")).not.toContain("agreement");
  });

  it("offers the clauses a body holds at the start of a line inside it", () => {
    const labels = labelsAt(BASE.replace("    members all", "    members all\n    <|>"));
    expect(labels.slice(0, 4)).toEqual(["members", "chair", "decides", "if not unanimous"]);
  });

  it("offers parties and roles after `chair`, approvers after `approved by`", () => {
    expect(labelsAt(BASE.replace("    members all", "    members all\n    chair <|>"))).toEqual(["PCC", "Shekinah", "Coordinator"]);
    expect(labelsAt(BASE.replace("approved by Coordinator", "approved by <|>"))).toEqual(["Coordinator", "Board", "PCC", "Shekinah"]);
  });

  it("offers the ways of deciding after `decides … by`", () => {
    expect(labelsAt(BASE.replace("    members all", "    members all\n    decides key-issues by un<|>"))).toEqual(["unanimity", "consensus", "majority", "vote", "weighted-vote", "casting-vote"]);
  });

  it("offers a party's roles after its short name", () => {
    expect(labelsAt(BASE.replace('    Shekinah provider "Shekinah"', "    Livewell <|>"))).toEqual(["commissioner", "provider", "lived-experience", "independent", "funder", "advocate", "lead"]);
  });

  it("offers the agreement's principles in a specification, and documents after `for`", () => {
    const agreement = `agreement Plymouth {\n  principles {\n    open-book "Open book accounting"\n  }\n}`;
    const { workspace, files } = workspaceOf({ [AGREEMENT]: agreement, [SPEC]: "specification Spec for Plymouth {\n  principles <|>\n}" });
    expect(complete(workspace, SPEC, files[SPEC].positions[0]).map((c) => c.label)).toEqual(["open-book"]);
    const header = workspaceOf({ [AGREEMENT]: agreement, [SPEC]: "specification Spec for <|>" });
    expect(complete(header.workspace, SPEC, header.files[SPEC].positions[0]).map((c) => `${c.label} (${c.detail})`)).toEqual(["Plymouth (agreement)"]);
  });

  it("offers nothing inside quoted text or a comment", () => {
    expect(labelsAt(BASE.replace('"Shekinah"', '"Shek<|>inah"'))).toEqual([]);
    expect(labelsAt(BASE.replace("  roles {", "  // members <|>\n  roles {"))).toEqual([]);
  });

  it("replaces the word being typed", () => {
    const { workspace, files } = workspaceOf({ [AGREEMENT]: BASE.replace("approved by Coordinator", "approved by Coo<|>") });
    const first = complete(workspace, AGREEMENT, files[AGREEMENT].positions[0])[0];
    expect(files[AGREEMENT].text.slice(first.replace.start, first.replace.end)).toBe("Coo");
  });
});

describe("formatting", () => {
  const messy = `agreement   Test {
  parties {
PCC commissioner    "Plymouth City Council"   // the council
        Shekinah   provider "Shekinah"


    }

  risk {
    pain share PCC 50%,Shekinah 50%
  }
  spend {
    up to £1,000 approved by Coordinator
        over £1,000 approved by Board
     }
}`;

  it("lays a document out canonically, keeping comments", () => {
    const result = format(messy, parse(messy));
    expect(result).toEqual({
      text: `agreement Test {
  parties {
    PCC      commissioner "Plymouth City Council" // the council
    Shekinah provider     "Shekinah"
  }

  risk {
    pain share PCC 50%, Shekinah 50%
  }
  spend {
    up to £1,000 approved by Coordinator
    over £1,000  approved by Board
  }
}
`,
    });
  });

  it("is idempotent on every sample", () => {
    const root = join(__dirname, "..", "..", "..", "samples");
    const files: string[] = [];
    const visit = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) visit(path);
        else if (name.endsWith(".alliance")) files.push(path);
      }
    };
    visit(root);
    expect(files.length).toBeGreaterThan(5);
    for (const path of files) {
      const text = readFileSync(path, "utf8");
      const once = format(text, parse(text));
      if ("error" in once) continue; // broken samples with syntax errors are left alone
      const twice = format(once.text, parse(once.text));
      expect(twice, path).toEqual(once);
      expect(parse(once.text).problems, path).toEqual(parse(text).problems.length === 0 ? [] : parse(once.text).problems);
    }
  });

  it("leaves a document with a line it cannot read alone, and says which line and what is wrong", () => {
    const broken = "agreement Test {\n  spend {\n    up to approved by Board\n  }\n}\n";
    expect(format(broken, parse(broken))).toEqual({
      error: "The document cannot be formatted until line 3 is put right. A spending limit needs an amount after `up to`, for example `up to £1,000`.",
    });
    const open = "agreement Test {\n  risk {\n    responsibility collective\n  jurisdiction england\n}\n";
    expect(format(open, parse(open))).toEqual({
      error: "The document cannot be formatted until line 2 is put right. The `risk` section that starts on line 2 is never closed; close it with a curly bracket on its own line where it ends.",
    });
  });

  it("re-indents pasted-in indentation when the curly brackets balance", () => {
    const pasted = "agreement Test {\n      parties {\n  PCC commissioner \"Plymouth City Council\"\n\t\t}\n jurisdiction england\n        }\n";
    expect(parse(pasted).problems).toEqual([]);
    expect(format(pasted, parse(pasted))).toEqual({
      text: "agreement Test {\n  parties {\n    PCC commissioner \"Plymouth City Council\"\n  }\n  jurisdiction england\n}\n",
    });
  });

  it("formats a document whose only slips are in a date or an amount, keeping them as written", () => {
    const text = "agreement Test {\n    term 10 years from 01/04/2026\n      value   £1.000\n}\n";
    expect(format(text, parse(text))).toEqual({ text: "agreement Test {\n  term 10 years from 01/04/2026\n  value £1.000\n}\n" });
  });

  it("turns non-breaking spaces between words into plain ones, and keeps them inside quotes", () => {
    const text = "agreement Test {\n\u00a0 jurisdiction\u00a0england\n  purpose \"People\u00a0live well\"\n}\n";
    expect(parse(text).problems).toEqual([]);
    expect(format(text, parse(text))).toEqual({ text: "agreement Test {\n  jurisdiction england\n  purpose \"People\u00a0live well\"\n}\n" });
  });

  it("keeps CRLF line ends and a byte-order mark", () => {
    const text = "\uFEFFagreement Test {\r\n    jurisdiction england\r\n}";
    expect(format(text, parse(text))).toEqual({ text: "\uFEFFagreement Test {\r\n  jurisdiction england\r\n}\r\n" });
  });
});

describe("outline, folding and inlay hints", () => {
  const text = BASE.replace("  spend {", "  risk {\n    pain share PCC 60%, Shekinah 30%\n  }\n  spend {");
  const parsed = parse(text);
  const { workspace } = workspaceOf({ [AGREEMENT]: text });

  it("outlines the document, its blocks and their declarations", () => {
    const symbols = outline(parsed.file.document);
    expect(symbols.map((s) => s.name)).toEqual(["Test"]);
    expect(symbols[0].children.map((c) => `${c.kind} ${c.name}`)).toEqual(["section parties", "section roles", "body Board", "section risk", "section spend"]);
    expect(symbols[0].children[0].children.map((c) => `${c.name}: ${c.detail}`)).toEqual(["PCC: commissioner · Plymouth City Council", "Shekinah: provider · Shekinah"]);
    expect(symbols[0].children[4].children.map((c) => `${c.name}: ${c.detail}`)).toEqual(["up to £1,000: approved by Coordinator"]);
  });

  it("folds every block that spans lines", () => {
    expect(foldingRanges(parsed.file, text).map((f) => [f.startLine, f.endLine])).toEqual([[0, 16], [1, 3], [5, 6], [8, 9], [11, 12], [14, 15]]);
  });

  it("shows each share's total and each approver's full name", () => {
    const hints = inlayHints(workspace.get(AGREEMENT)!.model, { start: 0, end: text.length });
    expect(hints.map((h) => [text.slice(h.offset - 3, h.offset), h.label])).toEqual([["30%", "= 90%"], ["tor", ": Support co-ordinator"]]);
  });
});
