import { describe, expect, it } from "vitest";
import { checkDocument, checkText, Workspace } from "../../../server/src/core";
import { INVOLVEMENT_RULES, INVOLVEMENT_UNCHECKED } from "../../../server/src/core/rules/involvement";
import { expectClean, expectProblems } from "../../helpers/check";

const PARTIES = `  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
    Voices lived-experience "People using services"
  }
`;

describe("involvement rules: shared", () => {
  it("every rule's wrong example triggers it and its right example does not", () => {
    for (const rule of INVOLVEMENT_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), `${rule.code} wrong`).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), `${rule.code} right`).not.toContain(rule.code);
    }
  });

  it("codes are in the involvement range, unique, with the topic and a cited digest rule", () => {
    const codes = INVOLVEMENT_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).not.toContain("ALY086");
    for (const rule of INVOLVEMENT_RULES) {
      expect(rule.code).toMatch(/^ALY08\d$/);
      expect(rule.topic).toBe("Involving people who use services");
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.guidance.every((g) => /^R11\.\d+$/.test(g.id ?? ""))).toBe(true);
    }
    expect(INVOLVEMENT_UNCHECKED.map((u) => u.id)).toEqual(["R11.6", "R11.7"]);
  });
});

describe("ALY081 lived experience among the members", () => {
  it("reports at `parties` when no party has lived experience", () => {
    expectProblems(`agreement A {\n  [|parties|] {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n}`, [
      {
        code: "ALY081",
        message:
          "None of the parties has lived experience of the services. Add the people who use them as a party with the role `lived-experience`, and seat them where decisions are made.",
      },
    ]);
  });

  it("reports a lived-experience party that sits on no body that decides or advises, at its name", () => {
    const [problem] = expectProblems(
      `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
    [|Voices|] lived-experience "People using services"
  }
  body Board {
    members PCC
    decides key-issues by unanimity
  }
}`,
      [
        {
          code: "ALY081",
          message:
            "The party `Voices`, people with lived experience, sits on no body that decides or advises. Add `Voices` to the members of a body such as `Board`, so that they share in its decisions.",
        },
      ],
    );
    expect(problem.severity).toBe("warning");
    expect(problem.related.map((r) => r.message)).toEqual(["`Board` has no member with lived experience"]);
  });

  it("accepts a lived-experience party on an advisory panel whose advice reaches the board", () => {
    expectClean(
      `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
    Voices lived-experience "People using services"
  }
  body Board {
    members PCC
    decides key-issues by unanimity
  }
  body Panel {
    members Voices
    advises Board
  }
}`,
      ["ALY081"],
    );
  });

  it("accepts `members all`, a named member, or a role the party holds", () => {
    expectClean(`agreement A {\n${PARTIES}  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n}`, ["ALY081"]);
    expectClean(`agreement A {\n${PARTIES}  body Board {\n    members PCC, Voices\n    decides key-issues by unanimity\n  }\n}`, ["ALY081"]);
    expectClean(
      `agreement A {\n${PARTIES}  roles {\n    Rep officer "Voices representative" held by Voices\n  }\n  body Board {\n    members PCC, Rep\n    decides key-issues by unanimity\n  }\n}`,
      ["ALY081"],
    );
  });

  it("reports a party seated only on a body that neither decides nor advises, and skips when there are no bodies or no parties", () => {
    expectProblems(`agreement A {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    [|Voices|] lived-experience "People"\n  }\n  body Board {\n    members PCC\n  }\n  body Circle {\n    members Voices\n  }\n}`, [
      { code: "ALY081", message: "The party `Voices`, people with lived experience, sits on no body that decides or advises." },
    ]);
    expectClean(`agreement A {\n${PARTIES}}`, ["ALY081"]);
    expectClean(`agreement A {\n  value £1m\n}`, ["ALY081"]);
  });
});

describe("ALY082 involvement at every stage", () => {
  it("reports an agreement with no involvement block at its name", () => {
    const [problem] = expectProblems(`agreement [|A|] {\n${PARTIES}}`, [{ code: "ALY082" }]);
    expect(problem.message).toBe(
      "This agreement does not say how people who use services are involved. Add an involvement section with a line such as `Voices in need, design, outcomes`, naming who takes part.",
    );
    expect(problem.severity).toBe("info");
  });

  it("is quiet without an involvement section when people with lived experience sit where decisions are made", () => {
    expectClean(`agreement A {\n${PARTIES}  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n}`, ["ALY082"]);
  });

  it("lists every missing stage in one problem at `involvement`", () => {
    const [problem] = expectProblems(`agreement A {\n${PARTIES}  [|involvement|] {\n    Voices in design, review\n  }\n}`, [
      {
        code: "ALY082",
        message:
          "The involvement section does not involve people who use services in identifying need and agreeing outcomes. Add these stages, as in `Voices in need, design, outcomes`.",
      },
    ]);
    expect(problem.data).toEqual({ missing: ["need", "outcomes"] });
  });

  it("does not ask for a review stage, which the guidance does not name", () => {
    expectClean(`agreement A {\n${PARTIES}  involvement {\n    Voices in need, design, outcomes\n  }\n}`, ["ALY082"]);
  });

  it("suggests the agreement's own lived-experience party", () => {
    expectProblems(`agreement [|A|] {\n  parties {\n    Survivors lived-experience "Survivors"\n  }\n}`, [
      { code: "ALY082", message: "with a line such as `Survivors in need, design, outcomes`, naming who takes part." },
    ]);
  });

  it("accepts the four stages spread over several lines", () => {
    expectClean(`agreement A {\n${PARTIES}  involvement {\n    Voices in need, design\n    PCC in outcomes, review\n  }\n}`, ["ALY082"]);
  });

  it("does not apply to tender documents", () => {
    expectClean(`specification S {\n  route light-touch\n}`, ["ALY082"]);
  });
});

describe("ALY083 feedback to the people involved", () => {
  it("reports a block without feedback at its keyword", () => {
    expectProblems(`agreement A {\n${PARTIES}  [|involvement|] {\n    Voices in need, design, outcomes, review\n  }\n}`, [
      {
        code: "ALY083",
        message:
          'The involvement section does not say how people hear what changed because of what they said. Add `feedback` with a description, such as `feedback "A you-said-we-did note after every meeting"`.',
      },
    ]);
  });

  it("ignores an empty description, and is content with feedback in any involvement section", () => {
    expectProblems(`agreement A {\n${PARTIES}  [|involvement|] {\n    Voices in need\n    feedback " "\n  }\n}`, [{ code: "ALY083" }]);
    expectClean(
      `agreement A {\n${PARTIES}  involvement {\n    Voices in need\n    feedback "You said, we did"\n  }\n  involvement {\n    Voices in review\n  }\n}`,
      ["ALY083"],
    );
  });

  it("accepts feedback", () => {
    expectClean(`agreement A {\n${PARTIES}  involvement {\n    Voices in need\n    feedback "You said, we did"\n  }\n}`, ["ALY083"]);
  });
});

describe("ALY084 advisory bodies' route into decisions", () => {
  const board = `  body Board {\n    members all\n    decides key-issues by unanimity\n  }\n`;

  it("reports advice that never reaches a body that decides, at the advised body's name", () => {
    const [problem] = expectProblems(
      `agreement A {\n${PARTIES}${board}  body Forum {\n    members all\n  }\n  body Panel {\n    members Voices\n    advises [|Forum|]\n  }\n}`,
      [
        {
          code: "ALY084",
          message:
            "The body `Panel` advises `Forum`, but its advice reaches no body that takes decisions. Make it advise a body that decides, such as `Board`.",
        },
      ],
    );
    expect(problem.data).toEqual({ body: "Panel", suggestedTarget: "Board" });
    expect(problem.related.map((r) => r.message)).toEqual(["`Forum` decides nothing"]);
  });

  it("follows advice through bodies that report on to a body that decides", () => {
    expectClean(`agreement A {\n${PARTIES}${board}  body Forum {\n    members all\n    reports to Board\n  }\n  body Panel {\n    members Voices\n    advises Forum\n  }\n}`, ["ALY084"]);
    expectClean(`agreement A {\n${PARTIES}${board}  body Panel {\n    members Voices\n    advises Board\n  }\n}`, ["ALY084"]);
  });

  it("counts allocating resources, approving spend and settling referrals as taking decisions", () => {
    expectClean(
      `agreement A {\n${PARTIES}  body Board {\n    members all\n    functions allocate-resources\n  }\n  body Panel {\n    members Voices\n    advises Board\n  }\n}`,
      ["ALY084"],
    );
    expectClean(
      `agreement A {\n${PARTIES}  body Fund {\n    members PCC\n  }\n  body Panel {\n    members Voices\n    advises Fund\n  }\n  spend {\n    up to £1,000 approved by Fund\n  }\n}`,
      ["ALY084"],
    );
    expectClean(
      `agreement A {\n${PARTIES}  body Board {\n    members all\n    decides key-issues by unanimity\n    if not unanimous: refer to Chairs\n  }\n  body Chairs {\n    members PCC\n  }\n  body Panel {\n    members Voices\n    advises Chairs\n  }\n}`,
      ["ALY084"],
    );
  });

  it("does not follow a loop forever, and leaves undeclared bodies and bodies that feed nothing to other rules", () => {
    expectProblems(
      `agreement A {\n${PARTIES}  body Forum {\n    members all\n    advises [|Panel|]\n  }\n  body Panel {\n    members Voices\n    advises [|Forum|]\n  }\n}`,
      [
        { code: "ALY084", message: "The body `Forum` advises `Panel`, but its advice reaches no body that takes decisions. Make it advise the body that decides, and say what that body decides." },
        { code: "ALY084", message: "The body `Panel` advises `Forum`, but its advice reaches no body that takes decisions. Make it advise the body that decides, and say what that body decides." },
      ],
    );
    expectClean(`agreement A {\n${PARTIES}${board}  body Panel {\n    members Voices\n    advises Nowhere\n  }\n}`, ["ALY084"]);
    expectClean(`agreement A {\n${PARTIES}${board}  body Forum {\n    members all\n  }\n}`, ["ALY084"]);
  });

  it("no longer guesses from a body's name that it is a set-up panel", () => {
    expectClean(`agreement A {\n${PARTIES}${board}  body Panel "Survivor advisory panel for set-up" {\n    members Voices\n    advises Board\n  }\n}`, ["ALY084"]);
  });
});

describe("ALY085 safe sharing of stories", () => {
  it("reports stories without safe sharing at `stories`", () => {
    expectProblems(`agreement A {\n  involvement {\n    Voices in need\n    [|stories|] "Accounts from people using services"\n  }\n}`, [
      {
        code: "ALY085",
        message:
          "People are asked for their stories, but the agreement does not say how they are supported to share them safely. Add `safe-sharing` saying how they are supported and how their consent is respected.",
      },
    ]);
  });

  it("reports once, at the first `stories`, however many there are", () => {
    expectProblems(`agreement A {\n  involvement {\n    [|stories|] "Accounts from people using services"\n  }\n  involvement {\n    stories "Accounts from carers"\n  }\n}`, [{ code: "ALY085" }]);
  });

  it("accepts safe sharing in any involvement block", () => {
    expectClean(`agreement A {\n  involvement {\n    stories "Accounts"\n  }\n  involvement {\n    safe-sharing "A support worker is there throughout"\n  }\n}`, ["ALY085"]);
    expectClean(`agreement A {\n  involvement {\n    Voices in need\n  }\n}`, ["ALY085"]);
  });
});

describe("ALY087 principles co-produced with people who use services", () => {
  it("leaves principles that do not say who wrote them to ALY306", () => {
    expectClean(`agreement A {\n${PARTIES}  principles {\n    open-book "Open book accounting"\n  }\n}`, ["ALY087"]);
  });

  it("reports a co-production list with no lived experience, at the names", () => {
    expectProblems(`agreement A {\n${PARTIES}  principles co-produced with [|PCC, Shekinah|] {\n    open-book "Open book accounting"\n  }\n}`, [
      {
        code: "ALY087",
        message:
          "The principles were co-produced with `PCC` and `Shekinah`, none of whom are people with lived experience. Add the people who use services to `co-produced with`.",
      },
    ]);
    expectProblems(`agreement A {\n${PARTIES}  principles co-produced with [|PCC|] {\n    open-book "Open book accounting"\n  }\n}`, [
      { code: "ALY087", message: "The principles were co-produced with `PCC`, which does not include people with lived experience." },
    ]);
  });

  it("is quiet when no party has lived experience at all, which is reported once with the parties", () => {
    expectClean(
      `agreement A {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  principles co-produced with PCC, Shekinah {\n    open-book "Open book accounting"\n  }\n}`,
      ["ALY087"],
    );
  });

  it("accepts a lived-experience party or a body that includes one", () => {
    expectClean(`agreement A {\n${PARTIES}  principles co-produced with PCC, Voices {\n    open-book "Open book accounting"\n  }\n}`, ["ALY087"]);
    expectClean(
      `agreement A {\n${PARTIES}  body Board {\n    members all\n  }\n  principles co-produced with Board {\n    open-book "Open book accounting"\n  }\n}`,
      ["ALY087"],
    );
  });

  it("leaves an undeclared name to ALY010", () => {
    expectClean(`agreement A {\n${PARTIES}  principles co-produced with PCC, Nobody {\n    open-book "Open book accounting"\n  }\n}`, ["ALY087"]);
  });
});

describe("ALY088 plain language", () => {
  it("reports jargon at the word inside the purpose text", () => {
    expectProblems(`agreement A {\n  purpose "All [|stakeholders|] work together so adults with complex needs live well"\n}`, [
      {
        code: "ALY088",
        message:
          "The word “stakeholders” is jargon that can shut out people who use services: name who you mean, such as people using services, families, staff or partners, or explain the word in the definitions.",
      },
    ]);
  });

  it("reports each jargon word in purpose details and principles, in any case", () => {
    expectProblems(
      `agreement A {
  purpose "Adults live well" {
    scope "Support shaped by [|Systems Thinking|] and [|KPI|]-free contracts"
  }
  principles {
    learn "We embrace [|complexity|] and avoid a [|paradigm shift|] in name only"
  }
}`,
      [
        { code: "ALY088", message: "The word “Systems Thinking” is jargon" },
        { code: "ALY088", message: "The word “KPI” is jargon" },
        { code: "ALY088", message: "The word “complexity” is jargon" },
        { code: "ALY088", message: "The word “paradigm shift” is jargon" },
      ],
    );
  });

  it("reports each word once, where it first appears", () => {
    expectProblems(`agreement A {\n  purpose "All [|stakeholders|] live well" {\n    people "Stakeholders in Plymouth"\n  }\n  principles {\n    open "We listen to stakeholders"\n  }\n}`, [
      { code: "ALY088", message: "The word “stakeholders” is jargon" },
    ]);
  });

  it("does not report everyday words, parts of words, or a defined term", () => {
    expectClean(`agreement A {\n  purpose "Adults with multiple and complex needs in Plymouth live well"\n}`, ["ALY088"]);
    expectClean(`agreement A {\n  purpose "Stakeholdership aside, people live well"\n}`, ["ALY088"]);
    expectClean(`agreement A {\n  definitions {\n    complexity "Needs that change and interact"\n  }\n  purpose "We respond to complexity together"\n}`, ["ALY088"]);
  });

  it("finds the word inside triple-quoted text and skips text with escapes", () => {
    expectProblems(`agreement A {\n  purpose """\n    Our [|deliverables|] are lives lived well\n  """\n}`, [{ code: "ALY088", message: "The word “deliverables” is jargon" }]);
    expectClean(`agreement A {\n  purpose "A \\"quoted\\" stakeholder view"\n}`, ["ALY088"]);
  });

  it("checks the purpose of a specification without suggesting definitions", () => {
    const [problem] = expectProblems(`specification S {\n  purpose "Better [|synergy|] between services"\n}`, [{ code: "ALY088" }]);
    expect(problem.message).not.toContain("definitions");
  });

  it("reads definitions from the agreement a specification is for", () => {
    const workspace = new Workspace();
    workspace.set("file:///a.alliance", `agreement Alliance {\n  definitions {\n    stakeholders "Everyone with a part in the alliance"\n  }\n}`);
    workspace.set("file:///s.alliance", `specification S for Alliance {\n  purpose "All stakeholders work together"\n}`);
    expect(checkDocument(workspace, "file:///s.alliance").filter((p) => p.code === "ALY088")).toEqual([]);
  });
});
