import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { DECISIONS_RULES, DECISIONS_UNCHECKED } from "../../../server/src/core/rules/decisions";
import { expectClean, expectProblems } from "../../helpers/check";

/** The whole message, exactly. */
function exactly(message: string): RegExp {
  return new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

const PARTIES = `  parties {
    PCC commissioner "Plymouth City Council"
    Livewell provider "Livewell Southwest"
    Shekinah provider "Shekinah"
  }`;

/** An agreement with three parties, the given principles and a key-issues list, plus `rest`. */
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

const BOARD_MAJORITY = `  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by [|majority|]
    if not unanimous: falls
  }`;

describe("ALY401 a body decides in a way the unanimity principle rules out", () => {
  it("reports a majority vote on key issues at the method word, naming and pointing at the principle", () => {
    const problems = expectProblems(agreement(BOARD_MAJORITY, `    unanimous "We decide every key issue unanimously"`), [
      {
        code: "ALY401",
        message: exactly("The principle `unanimous` says key issues need everyone's agreement, but `Board` decides `key-issues` by a majority vote. Change it to `by unanimity`, or reword the principle."),
      },
    ]);
    expect(problems[0].severity).toBe("error");
    expect(problems[0].related[0].message).toBe("the principle `unanimous` promises that key issues need everyone's agreement");
    expect(problems[0].data).toEqual({ principle: "unanimous", scope: "key-issues", replacement: "unanimity" });
  });

  // Five ways of promising unanimity, none of them using the short name.
  const wordings: [string, string, string][] = [
    ["together", "All decisions are made together", "all decisions"],
    ["consensus", "We decide by consensus", "all decisions"],
    ["voice", "No one is outvoted", "all decisions"],
    ["agreement", "Every party must agree to key decisions", "key issues"],
    ["unanimous", "Key issues are decided unanimously by all the partners", "key issues"],
    ["joint", "Key decisions are taken jointly", "key issues"],
  ];
  for (const [name, wording, scope] of wordings) {
    it(`reads "${wording}" as a promise of unanimity on ${scope}`, () => {
      expectProblems(agreement(BOARD_MAJORITY, `    ${name} "${wording}"`), [
        {
          code: "ALY401",
          message: exactly(`The principle \`${name}\` says ${scope} need everyone's agreement, but \`Board\` decides \`key-issues\` by a majority vote. Change it to \`by unanimity\`, or reword the principle.`),
        },
      ]);
    });
  }

  it("covers any subject when the principle covers every decision, and only then", () => {
    const panel = `  body Panel {
    members PCC, Livewell
    decides spend by [|majority|]
  }`;
    expectProblems(agreement(panel, `    together "We take every decision together"`), [
      { code: "ALY401", message: exactly("The principle `together` says all decisions need everyone's agreement, but `Panel` decides `spend` by a majority vote. Change it to `by unanimity`, or reword the principle.") },
    ]);
    expectClean(agreement(panel.replace("[|", "").replace("|]", ""), `    unanimous "We decide every key issue unanimously"`), ["ALY401"]);
  });

  it("reads a principle on spending as covering the spend a panel decides", () => {
    expectProblems(
      agreement(`  body Panel {\n    members PCC, Livewell, Shekinah\n    decides spend by [|majority|]\n  }`, `    money "Spending decisions are unanimous"`),
      [{ code: "ALY401", message: exactly("The principle `money` says spending decisions need everyone's agreement, but `Panel` decides `spend` by a majority vote. Change it to `by unanimity`, or reword the principle.") }],
    );
  });

  it("reports a body that decides without some parties what the principle says all the parties decide", () => {
    const problems = expectProblems(
      agreement(
        `  body Board {\n    members PCC\n    decides [|key-issues|] by unanimity\n    if not unanimous: falls\n  }`,
        `    all-together "Key decisions are taken by all the parties together, and only when all agree"`,
      ),
      [{ code: "ALY401", message: exactly("The principle `all-together` says key issues are decided by all the parties, but `Board` decides `key-issues` without `Livewell` and `Shekinah`. Seat every party on it, or reword the principle.") }],
    );
    expect(problems[0].data).toEqual({ principle: "all-together", scope: "key-issues", missing: ["Livewell", "Shekinah"] });
  });

  it("does not read equal authority as a promise that every party sits on every body", () => {
    expectClean(
      agreement(`  body Panel {\n    members PCC, Livewell\n    decides spend by consensus\n    if not unanimous: falls\n  }`, `    consensus "Every member has equal authority and accountability; we do not vote"`),
      ["ALY401"],
    );
  });

  it("counts a subject the key-issues list names as a key issue", () => {
    expectProblems(
      agreement(`  body Board {\n    members PCC, Livewell\n    decides budget by [|weighted-vote|]\n  }`, `    unanimous "We decide every key issue unanimously"`),
      [{ code: "ALY401", message: exactly("The principle `unanimous` says key issues need everyone's agreement, but `Board` decides `budget` by a weighted vote. Change it to `by unanimity`, or reword the principle.") }],
    );
  });

  it("reports a casting vote and a one-member fallback on a body that takes covered decisions", () => {
    expectProblems(
      agreement(
        `  roles {
    Chair chair "Independent chair"
  }
  body Board {
    members PCC, Livewell, Shekinah
    chair Chair
    decides key-issues by unanimity
    if not unanimous: [|PCC|] decides
    casting vote [|chair|]
  }`,
        `    unanimous "We decide every key issue unanimously"`,
      ),
      [
        { code: "ALY401", message: exactly("The principle `unanimous` says key issues need everyone's agreement, but `Board` lets `PCC` decide alone when members disagree. Say instead that the proposal falls, or refer it to another body.") },
        { code: "ALY401", message: exactly("The principle `unanimous` says key issues need everyone's agreement, but `Board` gives `Chair` a casting vote, so one member can settle them alone. Remove the casting vote.") },
      ],
    );
  });

  it("gives one finding for one cause: the vote, fallback or casting vote is not also reported as a departure", () => {
    const text = agreement(
      `  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by majority
    if not unanimous: PCC decides
    casting vote PCC
  }`,
      `    unanimous "We decide every key issue unanimously"`,
    );
    const codes = checkText(text).map((p) => p.code).filter((c) => ["ALY401", "ALY402", "ALY404"].includes(c));
    expect(codes).toEqual(["ALY401", "ALY401", "ALY401"]);
  });

  // Wordings an adviser would not read as ruling out a vote.
  const notPromises = [
    "We aim for consensus where possible",
    "We will try to reach consensus, and otherwise decide by majority",
    "Decisions need not be unanimous",
    "We work in partnership and respect each other",
    "We decide by consensus, or failing that by a majority vote",
  ];
  for (const wording of notPromises) {
    it(`does not read "${wording}" as a promise of unanimity`, () => {
      expectClean(agreement(BOARD_MAJORITY.replace("[|", "").replace("|]", ""), `    decisions "${wording}"`), ["ALY401"]);
    });
  }

  it("accepts unanimity or consensus, and leaves an unknown way of deciding to the choice check", () => {
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by consensus\n    if not unanimous: falls\n  }`, `    unanimous "We decide every key issue unanimously"`), ["ALY401"]);
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by majorty\n  }`, `    unanimous "We decide every key issue unanimously"`), ["ALY401", "ALY402"]);
  });
});

describe("ALY402 deciding by a vote, or a casting vote", () => {
  it("reports each voting word, as a departure, with the replacement", () => {
    const problems = expectProblems(
      agreement(`  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by [|weighted-vote|]
    decides budget by [|vote|]
  }`),
      [
        { code: "ALY402", message: exactly("`Board` decides `key-issues` by a weighted vote, so a member can be outvoted. Decide by unanimity or consensus, and say that a proposal not everyone agrees to falls.") },
        { code: "ALY402", message: exactly("`Board` decides `budget` by a vote, so a member can be outvoted. Decide by unanimity or consensus, and say that a proposal not everyone agrees to falls.") },
      ],
    );
    expect(problems.map((p) => p.data)).toEqual([{ replacement: "unanimity" }, { replacement: "unanimity" }]);
    expect(problems[0].severity).toBe("warning");
  });

  it("still reports a vote on a subject the principle does not cover", () => {
    expectProblems(
      agreement(
        `  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by majority
    decides operations by [|majority|]
  }`,
        `    unanimous "Unanimous decisions on key issues"`,
      ),
      [{ code: "ALY402", message: exactly("`Board` decides `operations` by a majority vote, so a member can be outvoted. Decide by unanimity or consensus, and say that a proposal not everyone agrees to falls.") }],
    );
  });

  it("reports a casting vote, naming whoever chairs the body, when no principle rules it out", () => {
    expectProblems(
      agreement(`  body Board {
    members PCC, Livewell
    chair PCC
    decides key-issues by unanimity
    if not unanimous: falls
    casting vote [|chair|]
  }`),
      [{ code: "ALY402", message: exactly("`Board` gives `PCC` a casting vote, so one member can settle what the others cannot agree. Remove it, and say that a proposal not everyone agrees to falls.") }],
    );
  });

  it("reports a vote once: a casting vote on a body that already votes adds no finding", () => {
    expectProblems(agreement(`  body Board {\n    members PCC, Livewell\n    decides key-issues by [|majority|]\n    casting vote PCC\n  }`), [{ code: "ALY402" }]);
  });

  it("accepts unanimity and consensus", () => {
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by unanimity\n    decides budget by consensus\n  }`), ["ALY402"]);
  });
});

describe("ALY403 no rule for when members disagree", () => {
  it("reports each body that does not say, at its `decides`, as a departure", () => {
    const problems = expectProblems(
      agreement(`  body Board {
    members PCC, Livewell, Shekinah
    decides budget by majority
    [|decides|] key-issues by unanimity
  }
  body Panel {
    members PCC, Livewell
    [|decides|] spend by consensus
  }`),
      [
        { code: "ALY403", message: exactly("`Board` needs every member's agreement but does not say what happens when they disagree. Add that the proposal falls, or that it is referred to another body.") },
        { code: "ALY403", message: exactly("`Panel` needs every member's agreement but does not say what happens when they disagree. Add that the proposal falls, or that it is referred to another body.") },
      ],
    );
    expect(problems[0].severity).toBe("warning");
    expect(problems[0].data).toEqual({ insert: "if not unanimous: falls" });
  });

  it("says it of one body in the singular", () => {
    expectProblems(agreement(`  body Board {\n    members PCC\n    [|decides|] key-issues by unanimity\n  }`), [
      { code: "ALY403", message: exactly("`Board` needs every member's agreement but does not say what happens when they disagree. Add that the proposal falls, or that it is referred to another body.") },
    ]);
  });

  it("is quiet when a principle already says what happens to a proposal not everyone agrees to", () => {
    expectClean(
      agreement(`  body Board {\n    members PCC\n    decides key-issues by unanimity\n  }`, `    consensus "A proposal that is not agreed by every party falls"`),
      ["ALY403"],
    );
  });

  it("accepts `falls`, `refer to` and `if not agreed`, and says nothing of a body that only votes or whose line is unreadable", () => {
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }`), ["ALY403"]);
    expectClean(
      agreement(`  body Ops {\n    members Livewell, Shekinah\n    decides operations by consensus\n    if not agreed: refer to Board\n  }\n  body Board {\n    members PCC\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }`),
      ["ALY403"],
    );
    expectClean(agreement(`  body Board {\n    members PCC\n    decides key-issues by majority\n  }`), ["ALY403"]);
    const text = agreement(`  body Board {\n    members PCC\n    decides key-issues by unanimity\n    if not unanimous: sometimes\n  }`);
    expect(checkText(text).some((p) => p.code === "ALY001")).toBe(true);
    expectClean(text, ["ALY403"]);
  });
});

describe("ALY404 one party or role decides when members disagree", () => {
  it("reports a party at its name, pointing at where it is named", () => {
    const problems = expectProblems(
      agreement(`  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by unanimity
    if not unanimous: [|PCC|] decides
  }`),
      [{ code: "ALY404", message: exactly("When the members of `Board` disagree, `PCC` decides alone, a power the others lack. Say instead that the proposal falls, or refer it to another body.") }],
    );
    expect(problems[0].related[0].message).toBe("`PCC` is named here");
    expect(problems[0].data).toEqual({ replacement: "falls" });
    expect(problems[0].severity).toBe("warning");
  });

  it("reports a role", () => {
    expectProblems(
      agreement(`  roles {
    Chair chair "Independent chair"
  }
  body Board {
    members PCC, Livewell
    chair Chair
    decides operations by unanimity
    if not unanimous: [|Chair|] decides
  }`),
      [{ code: "ALY404", message: exactly("When the members of `Board` disagree, `Chair` decides alone, a power the others lack. Say instead that the proposal falls, or refer it to another body.") }],
    );
  });

  it("accepts a body deciding, `falls` and `refer to`, and leaves undeclared names alone", () => {
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
  it("reports a quorum one short of the membership at the number, as a departure", () => {
    const problems = expectProblems(
      agreement(`  body Board {
    members PCC, Livewell, Shekinah
    decides key-issues by unanimity
    if not unanimous: falls
    quorum [|2|]
  }`),
      [{ code: "ALY405", message: exactly("`Board` decides `key-issues` by unanimity but can meet with 2 of its 3 members, so one member's agreement is not needed. Make the quorum all the members.") }],
    );
    expect(problems[0].data).toEqual({ members: 3, quorum: 2, replacement: "all" });
    expect(problems[0].severity).toBe("warning");
  });

  it("counts `members all` as every party, covers key issues by consensus, and names how many are left out", () => {
    expectProblems(
      agreement(`  body Board {
    members all
    decides key-issues by consensus
    if not unanimous: falls
    quorum [|1|]
  }`),
      [{ code: "ALY405", message: exactly("`Board` decides `key-issues` by consensus but can meet with 1 of its 3 members, so 2 members' agreement is not needed. Make the quorum all the members.") }],
    );
  });

  it("reports anything decided by `unanimity`, not only key issues", () => {
    expectProblems(agreement(`  body Panel {\n    members PCC, Livewell, Shekinah\n    decides spend by unanimity\n    if not unanimous: falls\n    quorum [|2|]\n  }`), [
      { code: "ALY405", message: exactly("`Panel` decides `spend` by unanimity but can meet with 2 of its 3 members, so one member's agreement is not needed. Make the quorum all the members.") },
    ]);
  });

  it("lets a working group decide everyday matters by consensus among the members present", () => {
    expectClean(
      agreement(`  body Panel {\n    members PCC, Livewell, Shekinah\n    decides spend by consensus\n    if not unanimous: refer to Board\n    quorum 2\n  }\n  body Board {\n    members all\n    decides key-issues by unanimity\n    if not unanimous: falls\n    quorum all\n  }`),
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

  it("reports at the subject word, as a departure, when there is no list of key issues", () => {
    const problems = expectProblems(`agreement Example {\n${PARTIES}\n${board}\n}`, [
      { code: "ALY406", message: exactly('Key issues need every member\'s agreement, but the agreement does not say what they are. Add a list of key issues, such as "Changes to the alliance budget".') },
    ]);
    expect(problems[0].severity).toBe("warning");
  });

  it("notes an empty list at its keyword", () => {
    expectProblems(`agreement Example {\n${PARTIES}\n  [|key-issues|] {\n  }\n${board.replace("[|", "").replace("|]", "")}\n}`, [
      { code: "ALY406", message: exactly("The key issues list is empty, so nobody can tell which decisions need every member's agreement. List each key issue in quotes on its own line.") },
    ]);
  });

  it("is quiet when key issues are listed or defined, or decided by a vote", () => {
    expectClean(agreement(board.replace("[|", "").replace("|]", "")), ["ALY406"]);
    expectClean(`agreement Example {\n${PARTIES}\n  definitions {\n    key-issues "The matters listed in schedule 2"\n  }\n${board.replace("[|", "").replace("|]", "")}\n}`, ["ALY406"]);
    expectClean(`agreement Example {\n${PARTIES}\n  body Board {\n    members PCC\n    decides key-issues by majority\n  }\n}`, ["ALY406"]);
  });
});

describe("ALY407 best-for-people decision basis", () => {
  it("does not take what is best for an organisation as the test", () => {
    expectProblems(`agreement Example {\n  [|principles|] {\n    money "We decide on what is best for our own organisation"\n  }\n}`, [{ code: "ALY407" }]);
  });

  it("notes at the principles keyword when no principle states the test", () => {
    const problems = expectProblems(`agreement Example {\n  [|principles|] {\n    open-book "Open books in all matters"\n  }\n}`, [
      { code: "ALY407", message: exactly("No principle says what decisions are tested against. Consider adding one that every decision is made on what is best for the people using services.") },
    ]);
    expect(problems[0].severity).toBe("info");
  });

  it("notes at the document's name when there are no principles", () => {
    expectProblems(`agreement [|Example|] {\n${PARTIES}\n}`, [{ code: "ALY407" }]);
  });

  it("recognises the test however it is worded", () => {
    for (const line of [
      'best-for-people "Decisions for people"',
      'best-for-service "Decisions for the service"',
      `basis "We decide on a 'Best for People using Services' basis"`,
      'test "Each decision is whatever is best for the person using the service"',
      'good-life "We decide by asking what makes a good life for the person"',
      'survivors "We decide on what is best for survivors, not for any organisation"',
    ]) {
      expectClean(`agreement Example {\n  principles {\n    ${line}\n  }\n}`, ["ALY407"]);
    }
  });
});

describe("ALY408 nothing delegated below the principal board", () => {
  it("suggests delegation at the board's name when only the board decides and approves spend", () => {
    const problems = expectProblems(
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
      [{ code: "ALY408", message: exactly("Every decision rests with `Board`. Consider delegating everyday decisions, such as small spending, to a frontline role or a working group close to the support.") }],
    );
    expect(problems[0].severity).toBe("info");
  });

  it("takes the body that decides key issues as the principal board, even when it is not the first", () => {
    expectProblems(agreement(`  body Forum {\n    members all\n    advises Board\n  }\n  body [|Board|] {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }`), [{ code: "ALY408" }]);
  });

  it("accepts a spend band for a role, a band for another body, or a second deciding body, and says nothing without bodies", () => {
    const board = `  body Board {\n    members PCC, Livewell\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }`;
    expectClean(agreement(`  roles {\n    Coordinator frontline "Support co-ordinator"\n  }\n${board}\n  spend {\n    up to £1,000 approved by Coordinator\n    over £1,000 approved by Board\n  }`), ["ALY408"]);
    expectClean(agreement(`${board}\n  body Panel {\n    members Livewell, Shekinah\n  }\n  spend {\n    up to £1,000 approved by Panel\n    over £1,000 approved by Board\n  }`), ["ALY408"]);
    expectClean(agreement(`${board}\n  body Ops {\n    members Livewell, Shekinah\n    decides operations by consensus\n    if not unanimous: refer to Board\n  }`), ["ALY408"]);
    expectClean(agreement(""), ["ALY408"]);
  });
});

describe("ALY409 a casting vote held outside the body", () => {
  it("reports a holder who neither sits on nor chairs the body, as an error", () => {
    const problems = expectProblems(agreement(`  body Board {\n    members PCC, Livewell\n    casting vote [|Shekinah|]\n  }`), [
      { code: "ALY409", message: exactly("`Shekinah` holds the casting vote on `Board` but neither sits on it nor chairs it. Give the casting vote to a member, or remove it.") },
    ]);
    expect(problems[0].severity).toBe("error");
    expect(problems[0].related[0].message).toBe("`Shekinah` is named here");
  });

  it("reports a casting vote for the chair of a body with no chair", () => {
    expectProblems(agreement(`  body Board {\n    members PCC, Livewell\n    casting vote [|chair|]\n  }`), [
      { code: "ALY409", message: exactly("`Board` gives its chair a casting vote but does not say who chairs it. Name the chair with `chair`, or give the casting vote to a member by name.") },
    ]);
  });

  it("accepts a member, the named chair, `held by`, and `members all`; leaves an undeclared holder alone", () => {
    expectClean(agreement(`  body Board {\n    members PCC, Livewell\n    casting vote PCC\n  }`), ["ALY409"]);
    expectClean(agreement(`  roles {\n    Chair chair "Independent chair"\n  }\n  body Board {\n    members PCC, Livewell\n    chair Chair\n    casting vote held by the Chair\n  }`), ["ALY409"]);
    expectClean(agreement(`  body Board {\n    members all\n    casting vote Shekinah\n  }`), ["ALY409"]);
    expectClean(agreement(`  body Board {\n    members PCC\n    casting vote Nobody\n  }`), ["ALY409"]);
  });

  it("reads `casting vote` in a body, and says what is missing when no holder is given", () => {
    const text = agreement(`  body Board {\n    members PCC\n    casting vote\n  }`);
    const syntax = checkText(text).filter((p) => p.code === "ALY001");
    expect(syntax.map((p) => p.message)).toEqual(["`casting vote` needs the party or role that holds it, for example `casting vote Chair`, or `casting vote chair` for whoever chairs the body"]);
  });
});

describe("ALY410 spending reserved for everyone's agreement approved otherwise", () => {
  const board = `  roles {\n    Coordinator frontline "Support co-ordinator"\n  }\n  body Board {\n    members all\n    decides key-issues by unanimity\n    if not unanimous: falls\n  }\n  body Ops {\n    members Livewell, Shekinah\n    decides operations by majority\n  }`;

  it("reports a band approved by one party or role when the principles make spending unanimous", () => {
    const problems = expectProblems(
      agreement(`${board}\n  spend {\n    up to £1,000 approved by [|Coordinator|]\n    over £1,000 approved by Board\n  }`, `    money "Spending decisions are unanimous"`),
      [{ code: "ALY410", message: exactly("The principle `money` says spending decisions need everyone's agreement, but `Coordinator` approves this spending alone. Give it to a body that decides together, or reword the principle.") }],
    );
    expect(problems[0].severity).toBe("error");
  });

  it("reports a band above the amount a key issue names, approved by a body that does not decide together", () => {
    const text = `agreement Example {\n${PARTIES}\n  key-issues {\n    "Spending over £50,000"\n  }\n${board}\n  spend {\n    up to £50,000 approved by Coordinator\n    over £50,000 approved by [|Ops|]\n  }\n}`;
    expectProblems(text, [
      { code: "ALY410", message: exactly('The key issues include "Spending over £50,000", but `Ops` approves spending in that range without everyone\'s agreement. Give it to the body that decides key issues.') },
    ]);
  });

  it("accepts delegated spending when no principle or key issue reserves it", () => {
    expectClean(agreement(`${board}\n  spend {\n    up to £1,000 approved by Coordinator\n    over £1,000 approved by Board\n  }`, `    unanimous "We decide every key issue unanimously"`), ["ALY410"]);
    expectClean(`agreement Example {\n${PARTIES}\n  key-issues {\n    "Spending over £50,000"\n  }\n${board}\n  spend {\n    up to £50,000 approved by Coordinator\n    over £50,000 approved by Board\n  }\n}`, ["ALY410"]);
  });
});

describe("decision rules' own data", () => {
  it("each example's wrong version triggers its rule and the right version does not", () => {
    for (const rule of DECISIONS_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), `${rule.code} wrong`).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), `${rule.code} right`).not.toContain(rule.code);
    }
  });

  it("uses codes ALY401 to ALY410 in order, and lists R4.9 as unchecked", () => {
    expect(DECISIONS_RULES.map((r) => r.code)).toEqual(["ALY401", "ALY402", "ALY403", "ALY404", "ALY405", "ALY406", "ALY407", "ALY408", "ALY409", "ALY410"]);
    expect(DECISIONS_RULES.every((r) => r.topic === "Decision-making and consensus")).toBe(true);
    expect(DECISIONS_UNCHECKED.map((u) => u.id)).toEqual(["R4.9"]);
  });

  it("writes no internal names in messages", () => {
    for (const rule of DECISIONS_RULES) {
      for (const text of [rule.example.wrong, rule.example.right]) {
        for (const p of checkText(text).filter((p) => p.code === rule.code)) expect(p.message).not.toMatch(/IfNotUnanimous|Decides|Quorum|KeyIssues|CastingVote/);
      }
    }
  });
});
