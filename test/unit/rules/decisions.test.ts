import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { DECISIONS_RULES, DECISIONS_UNCHECKED } from "../../../server/src/core/rules/decisions";
import { expectClean, expectProblems } from "../../helpers/check";

const PARTIES = `  parties {
    PCC commissioner "Plymouth City Council"
    Livewell provider "Livewell Southwest"
    Shekinah provider "Shekinah"
  }`;

/** An agreement with three parties, a best-for-people principle and a key-issues list, plus `rest`. */
function agreement(rest: string, principles = `    best-for-people "Every decision is made on what is best for people using services"`): string {
  return `agreement Example {
${PARTIES}
  principles {
${principles}
  }
  key-issues {
    "Changes to the alliance budget"
  }
${rest}
}`;
}

describe("ALY401 key issues decided by a vote despite a unanimity principle", () => {
  const principles = `    unanimous "We decide every key issue unanimously"
    best-for-people "Best for people using services"`;

  it("reports a majority vote on key issues at the method word, pointing at the principle", () => {
    const problems = expectProblems(
      agreement(
        `  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by [|majority|]
    if not unanimous: falls
  }`,
        principles,
      ),
      [{ code: "ALY401", message: "The principle `unanimous` promises unanimous decisions on key issues, but body `Board` decides them by a majority vote" }],
    );
    expect(problems[0].data).toEqual({ replacement: "unanimity" });
    expect(problems[0].related[0].message).toContain("`unanimous`");
    expect(problems[0].severity).toBe("error");
  });

  it("recognises a unanimity principle by its wording and covers `decides all`", () => {
    expectProblems(
      agreement(
        `  body Board {
    members PCC, Livewell, Shekinah
    decides all by [|casting-vote|]
  }`,
        `    decisions "Decisions on key issues are unanimous"
    best-for-people "Best for people using services"`,
      ),
      [{ code: "ALY401", message: "by a casting vote" }],
    );
  });

  it("accepts unanimity or consensus, other subjects, and agreements with no unanimity principle", () => {
    expectClean(
      agreement(
        `  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by consensus
    decides operations by majority
  }`,
        principles,
      ),
      ["ALY401"],
    );
    expectClean(agreement(`  body Board {\n    members PCC, Livewell\n    decides key-issues by majority\n  }`), ["ALY401"]);
  });

  it("leaves an unknown way of deciding to the choice check", () => {
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by majorty\n  }`, principles), ["ALY401", "ALY402"]);
  });
});

describe("ALY402 deciding by a vote", () => {
  it("reports each voting word with the replacement", () => {
    const problems = expectProblems(
      agreement(`  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by [|weighted-vote|]
    decides budget by [|vote|]
  }`),
      [
        { code: "ALY402", message: "Body `Board` decides `key-issues` by a weighted vote. Alliance members decide by consensus, with no vote" },
        { code: "ALY402", message: "write `by unanimity`" },
      ],
    );
    expect(problems.map((p) => p.data)).toEqual([{ replacement: "unanimity" }, { replacement: "unanimity" }]);
    expect(problems[0].severity).toBe("warning");
  });

  it("leaves a vote on key issues to ALY401 when the principles promise unanimity, but still reports other subjects", () => {
    expectProblems(
      agreement(
        `  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by majority
    decides operations by [|majority|]
  }`,
        `    unanimous "Unanimous decisions on key issues"\n    best-for-people "Best for people"`,
      ),
      [{ code: "ALY402", message: "decides `operations` by a majority vote" }],
    );
  });

  it("accepts unanimity and consensus", () => {
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by unanimity\n    decides budget by consensus\n  }`), ["ALY402"]);
  });
});

describe("ALY403 no `if not unanimous` clause", () => {
  it("reports at the `decides` keyword of a body deciding by unanimity", () => {
    const problems = expectProblems(
      agreement(`  body Board {
    members PCC, Livewell, Shekinah
    decides budget by majority
    [|decides|] key-issues by unanimity
    decides operations by consensus
  }`),
      [{ code: "ALY403", message: "Body `Board` decides `key-issues` by unanimity, but does not say what happens to a proposal that not every member agrees to. Add `if not unanimous: falls`" }],
    );
    expect(problems[0].data).toEqual({ insert: "if not unanimous: falls" });
  });

  it("accepts `falls`, `refer to` and `if not agreed`", () => {
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }`), ["ALY403"]);
    expectClean(
      agreement(`  body Ops {\n    members Livewell, Shekinah\n    decides operations by consensus\n    if not agreed: refer to Board\n  }\n  body Board {\n    members PCC\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }`),
      ["ALY403"],
    );
  });

  it("says nothing about a body that only votes, or whose `if not unanimous` line is unreadable", () => {
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by majority\n  }`), ["ALY403"]);
    const text = agreement(`  body Board {\n    members PCC\n    decides key-issues by unanimity\n    if not unanimous: sometimes\n  }`);
    expect(checkText(text).some((p) => p.code === "ALY001")).toBe(true);
    expectClean(text, ["ALY403"]);
  });
});

describe("ALY404 one party or role decides when members disagree", () => {
  it("reports a party at its name, pointing at its declaration", () => {
    const problems = expectProblems(
      agreement(`  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by unanimity
    if not unanimous: [|PCC|] decides
  }`),
      [{ code: "ALY404", message: "When the members of `Board` do not all agree, the party `PCC` decides alone. That gives one party a power the other members lack. Write `if not unanimous: falls`" }],
    );
    expect(problems[0].related[0].message).toBe("`PCC` is declared here");
    expect(problems[0].data).toEqual({ replacement: "falls" });
  });

  it("reports a role", () => {
    expectProblems(
      agreement(`  roles {
    Chair chair "Independent chair"
  }
  body Board {
    members PCC, Livewell
    chair Chair
    decides key-issues by unanimity
    if not unanimous: [|Chair|] decides
  }`),
      [{ code: "ALY404", message: "the role `Chair` decides alone. That gives one person a power" }],
    );
  });

  it("accepts a body deciding, `falls` and `refer to`, and leaves undeclared names to ALY010", () => {
    expectClean(
      agreement(`  body Board {
    members PCC, Livewell
    decides key-issues by unanimity
    if not unanimous: Assembly decides
  }
  body Assembly {
    members all
    decides key-issues by unanimity
    if not unanimous: falls
  }
  body Ops {
    members Livewell
    decides operations by consensus
    if not unanimous: refer to Board
  }
  body Other {
    members Livewell
    decides operations by consensus
    if not unanimous: Nobody decides
  }`),
      ["ALY404"],
    );
  });
});

describe("ALY405 quorum below membership", () => {
  it("reports a quorum one short of the membership at the number", () => {
    const problems = expectProblems(
      agreement(`  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by unanimity
    if not unanimous: falls
    quorum [|2|]
  }`),
      [{ code: "ALY405", message: "Body `Board` decides `key-issues` by unanimity but can meet with 2 of its 3 members, so one member's agreement is not needed. Write `quorum all` (or `quorum 3`)" }],
    );
    expect(problems[0].data).toEqual({ members: 3, quorum: 2, replacement: "all" });
    expect(problems[0].severity).toBe("error");
  });

  it("counts `members all` as every party, covers key issues by consensus, and names how many are left out", () => {
    expectProblems(
      agreement(`  body Board {
    members all
    decides key-issues by consensus
    if not unanimous: falls
    quorum [|1|]
  }`),
      [{ code: "ALY405", message: "Body `Board` decides `key-issues` by consensus but can meet with 1 of its 3 members, so 2 members' agreement is not needed" }],
    );
  });

  it("reports anything decided by `unanimity`, not only key issues", () => {
    expectProblems(
      agreement(`  body Panel {
    members PCC, Livewell, Shekinah
    decides spend by unanimity
    if not unanimous: falls
    quorum [|2|]
  }`),
      [{ code: "ALY405", message: "Body `Panel` decides `spend` by unanimity but can meet with 2 of its 3 members" }],
    );
  });

  it("lets a working group decide everyday matters by consensus among the members present", () => {
    expectClean(
      agreement(`  body Panel {
    members PCC, Livewell, Shekinah
    decides spend by consensus
    if not unanimous: refer to Board
    quorum 2
  }
  body Board {
    members all
    decides key-issues by unanimity
    if not unanimous: falls
    quorum all
  }`),
      ["ALY405"],
    );
  });

  it("accepts a quorum equal to the membership, `quorum all`, and bodies that do not decide by unanimity", () => {
    expectClean(agreement(`  body Board {\n    members PCC, Livewell, Shekinah\n    decides key-issues by unanimity\n    if not unanimous: falls\n    quorum 3\n  }`), ["ALY405"]);
    expectClean(agreement(`  body Board {\n    members PCC, Livewell, Shekinah\n    decides key-issues by unanimity\n    if not unanimous: falls\n    quorum all\n  }`), ["ALY405"]);
    expectClean(agreement(`  body Panel {\n    members PCC, Livewell, Shekinah\n    quorum 2\n  }`), ["ALY405"]);
    expectClean(agreement(`  body Panel {\n    members PCC, PCC, Livewell\n    decides operations by unanimity\n    if not unanimous: falls\n    quorum 2\n  }`), ["ALY405"]);
  });
});

describe("ALY406 key issues not listed", () => {
  const board = `  body Board {
    members PCC, Livewell
    decides [|key-issues|] by unanimity
    if not unanimous: falls
  }`;

  it("reports at the subject word when there is no key-issues block", () => {
    expectProblems(
      `agreement Example {
${PARTIES}
${board}
}`,
      [{ code: "ALY406", message: "Key issues are decided by unanimity, but the agreement does not say what counts as a key issue. Add a `key-issues` block" }],
    );
  });

  it("reports an empty key-issues block at its keyword", () => {
    expectProblems(
      `agreement Example {
${PARTIES}
  [|key-issues|] {
  }
${board.replace("[|", "").replace("|]", "")}
}`,
      [{ code: "ALY406", message: "The `key-issues` block lists nothing" }],
    );
  });

  it("accepts a listed key issue, and key issues decided by a vote", () => {
    expectClean(agreement(board.replace("[|", "").replace("|]", "")), ["ALY406"]);
    expectClean(`agreement Example {\n${PARTIES}\n  body Board {\n    members PCC\n    decides key-issues by majority\n  }\n}`, ["ALY406"]);
  });
});

describe("ALY407 best-for-people decision basis", () => {
  it("reports at the principles keyword when no principle states it", () => {
    const problems = expectProblems(
      `agreement Example {
  [|principles|] {
    open-book "Open books in all matters"
  }
}`,
      [{ code: "ALY407", message: "No principle says what decisions are tested against. Add a principle such as `best-for-people" }],
    );
    expect(problems[0].message).toContain("to this block");
  });

  it("reports at the document's name when there are no principles", () => {
    expectProblems(`agreement [|Example|] {\n${PARTIES}\n}`, [{ code: "ALY407", message: "in a `principles` block" }]);
  });

  it("accepts the principle by its name, by `best-for-service`, or by its wording", () => {
    expectClean(`agreement Example {\n  principles {\n    best-for-people "Decisions for people"\n  }\n}`, ["ALY407"]);
    expectClean(`agreement Example {\n  principles {\n    best-for-service "Decisions for the service"\n  }\n}`, ["ALY407"]);
    expectClean(`agreement Example {\n  principles {\n    basis "We decide on a 'Best for People using Services' basis"\n  }\n}`, ["ALY407"]);
  });
});

describe("ALY408 nothing delegated below the principal board", () => {
  it("reports at the board's name when only the board decides and approves spend", () => {
    expectProblems(
      agreement(`  body [|Board|] {
    members PCC, Livewell
    decides key-issues by unanimity
    if not unanimous: falls
  }
  body Forum {
    members all
    advises Board
  }
  spend {
    up to £1,000 approved by PCC
    over £1,000 approved by Board
  }`),
      [{ code: "ALY408", message: "Every decision rests with `Board`: no other body decides anything and no spend is approved below it" }],
    );
  });

  it("takes the body that decides key issues as the principal board, even when it is not the first", () => {
    expectProblems(
      agreement(`  body Forum {
    members all
    advises Board
  }
  body [|Board|] {
    members PCC, Livewell
    decides key-issues by unanimity
    if not unanimous: falls
  }`),
      [{ code: "ALY408", message: "`Board`" }],
    );
  });

  it("accepts a spend band for a role, a band for another body, or a second deciding body", () => {
    const board = `  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }`;
    expectClean(agreement(`  roles {\n    Coordinator frontline "Support co-ordinator"\n  }\n${board}\n  spend {\n    up to £1,000 approved by Coordinator\n    over £1,000 approved by Board\n  }`), ["ALY408"]);
    expectClean(agreement(`${board}\n  body Panel {\n    members Livewell, Shekinah\n  }\n  spend {\n    up to £1,000 approved by Panel\n    over £1,000 approved by Board\n  }`), ["ALY408"]);
    expectClean(agreement(`${board}\n  body Ops {\n    members Livewell, Shekinah\n    decides operations by consensus\n    if not unanimous: refer to Board\n  }`), ["ALY408"]);
  });

  it("says nothing when there is no body at all", () => {
    expectClean(agreement(""), ["ALY408"]);
  });
});

describe("decision rules' own data", () => {
  it("each example's wrong version triggers its rule and the right version does not", () => {
    for (const rule of DECISIONS_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), `${rule.code} wrong`).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), `${rule.code} right`).not.toContain(rule.code);
    }
  });

  it("uses codes ALY401 to ALY408 in order, and lists R4.9 as unchecked", () => {
    expect(DECISIONS_RULES.map((r) => r.code)).toEqual(["ALY401", "ALY402", "ALY403", "ALY404", "ALY405", "ALY406", "ALY407", "ALY408"]);
    expect(DECISIONS_RULES.every((r) => r.topic === "Decision-making and consensus")).toBe(true);
    expect(DECISIONS_UNCHECKED.map((u) => u.id)).toEqual(["R4.9"]);
  });

  it("writes no internal names in messages", () => {
    for (const rule of DECISIONS_RULES) {
      for (const text of [rule.example.wrong, rule.example.right]) {
        for (const p of checkText(text).filter((p) => p.code === rule.code)) expect(p.message).not.toMatch(/IfNotUnanimous|Decides|Quorum|KeyIssues/);
      }
    }
  });
});
