import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { LEARNING_RULES, LEARNING_UNCHECKED } from "../../../server/src/core/rules/learning";
import { expectClean, expectProblems } from "../../helpers/check";

/** The whole message, exactly. */
function exactly(message: string): RegExp {
  return new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

/** A board, the two parties and a learning block holding `inner`. */
function agreement(inner: string, extra = ""): string {
  return `agreement Example {
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
  body Board "Alliance Leadership Board" {
    members all
  }
${extra}  learning {
${inner}
    review quarterly by Board against purpose
  }
}
`;
}

/** A measure with everything the rules ask for, so that only the part under test varies. */
function measure(name: string, uses: string, details = ""): string {
  return `    measure ${name} "A measure" ${uses} {
      source "Support plans"
      sense-maker Board
${details}    }`;
}

describe("learning and measures: the topic", () => {
  it("lists its rules under their codes, and leaves nothing unchecked", () => {
    expect(LEARNING_RULES.map((r) => r.code)).toEqual([
      "ALY801", "ALY802", "ALY803", "ALY804", "ALY805", "ALY806", "ALY807", "ALY808", "ALY809", "ALY810", "ALY811", "ALY813", "ALY814",
    ]);
    expect(LEARNING_UNCHECKED).toEqual([]);
    for (const rule of LEARNING_RULES) expect(rule.topic).toBe("Learning, data and measures");
  });

  it("says nothing on a complete, well-drafted learning block", () => {
    const source = agreement(
      [
        measure("Goals", "used for learning", "      kind person-defined\n      defined-by people\n      perspective effective\n      shared-by PCC, Shekinah\n"),
        measure("Handoffs", "used for learning", "      kind count\n      perspective efficient\n"),
        measure("Demand", "used for learning", "      kind cost\n      perspective sustainable\n"),
        measure("Stories", "used for learning", "      kind narrative\n      perspective effective\n"),
        measure("Returns", "used for statutory-return", "      kind count\n"),
        '    data-sharing "Information sharing agreement signed 2019-03-01"',
      ].join("\n"),
    );
    expectClean(source, LEARNING_RULES.map((r) => r.code));
  });
});

describe("ALY801 a measure is made a target or tied to payment or sanctions", () => {
  it("reports `used for target` at the word", () => {
    expectProblems(agreement(measure("Waiting", "used for [|target|]")), [
      { code: "ALY801", message: exactly("Measure `Waiting` is used as a target, which invites people to chase the number. Use it for learning and discuss it at the learning review.") },
    ]);
  });

  it("reports payment and sanction uses, each at its word", () => {
    expectProblems(agreement(measure("Waiting", "used for statutory-return, [|payment|], [|sanction|]")), [
      { code: "ALY801", message: exactly("Measure `Waiting` is used for payment, which invites people to chase the number. Use it for learning and keep payment apart from it.") },
      { code: "ALY801", message: exactly("Measure `Waiting` is used for sanctions, which invites people to chase the number. Use it for learning and deal with problems through the alliance's governance.") },
    ]);
  });

  it("reports a `target` detail at its keyword", () => {
    expectProblems(agreement(measure("Waiting", "used for statutory-return", '      [|target|] "Nobody waits more than 5 days"\n')), [
      { code: "ALY801", message: exactly("Measure `Waiting` sets a target, which invites people to chase the number. Remove the target and learn from the measure at the learning review.") },
    ]);
  });

  it("reports a `linked-to` that names payment or penalties", () => {
    expectProblems(agreement(measure("Waiting", "used for statutory-return", '      [|linked-to|] "Schedule 4: payments withheld below 90%"\n')), [
      { code: "ALY801", message: exactly("Measure `Waiting` is linked to payment or penalties, which invites people to chase the number. Remove that link and use the measure for learning.") },
    ]);
  });

  it("does not report a `linked-to` that names no money or penalty", () => {
    expectClean(agreement(measure("Waiting", "used for learning", '      linked-to "Our shared purpose"\n')), ["ALY801"]);
  });

  it("does not report learning, statutory returns, safety or ranking", () => {
    expectClean(agreement(measure("Waiting", "used for learning")), ["ALY801"]);
    expectClean(agreement(measure("Waiting", "used for statutory-return, safety")), ["ALY801"]);
    expectClean(agreement(measure("Waiting", "used for ranking")), ["ALY801"]);
  });

  it("leaves a tie on a learning measure to ALY802 and one on a process measure to ALY807", () => {
    expectClean(agreement(measure("Goals", "used for learning, payment")), ["ALY801"]);
    expectClean(agreement(measure("Hours", "used for payment", "      kind hours\n")), ["ALY801"]);
  });

  it("reports a specification's target whose wording ties it to payment, at the target's name", () => {
    expectProblems(
      `specification Spec "Complex needs" {
  targets {
    [|T1|] "Ten per cent of the contract price is withheld if fewer than 80% of people are housed"
    T2 "People say they are treated with respect"
  }
}
`,
      [{ code: "ALY801", message: exactly("Target `T1` ties payment, penalties or termination to a target, which invites people to chase the number. Reword it as something the alliance learns from, or remove it.") }],
    );
  });

  it("reports a target that ties termination of the contract, or a penalty, to a figure", () => {
    expectProblems(
      `specification Spec {
  targets {
    [|T1|] "The contract may be terminated if fewer than 60% of people are housed"
    [|T2|] "A penalty applies for each week over the waiting time"
  }
}
`,
      [{ code: "ALY801" }, { code: "ALY801" }],
    );
  });

  it("does not read people's outcomes about benefits or tenancies as contract terms", () => {
    expectClean(
      `specification Spec {
  targets {
    T1 "Fewer people receive benefit sanctions"
    T2 "Fewer tenancy terminations"
    T3 "More people choose direct payments"
  }
}
`,
      ["ALY801"],
    );
  });

  it("does not report a specification's target without such wording, or `targets none`", () => {
    expectClean(`specification Spec {\n  targets {\n    T2 "People say they are treated with respect"\n  }\n}\n`, ["ALY801"]);
    expectClean(`specification Spec {\n  targets none\n}\n`, ["ALY801"]);
  });
});

describe("ALY802 a learning measure is also used to judge", () => {
  it("reports payment on a learning measure at the word, pointing at `learning`", () => {
    const [problem] = expectProblems(agreement(measure("Goals", "used for learning, [|payment|]")), [
      { code: "ALY802", message: exactly("Measure `Goals` is for learning, but it is used for payment, and people will not share honest figures used to judge them. Remove `payment`, or use a separate measure.") },
    ]);
    expect(problem.severity).toBe("error");
    expect(problem.related).toHaveLength(1);
    expect(problem.related[0].message).toBe("Measure `Goals` is for learning here");
  });

  it("reports each conflicting use, whatever the order", () => {
    expectProblems(agreement(measure("Goals", "used for [|ranking|], learning, [|target|]")), [
      { code: "ALY802", message: exactly("Measure `Goals` is for learning, but it is used to rank providers, and people will not share honest figures used to judge them. Remove `ranking`, or use a separate measure.") },
      { code: "ALY802", message: exactly("Measure `Goals` is for learning, but it is used as a target, and people will not share honest figures used to judge them. Remove `target`, or use a separate measure.") },
    ]);
  });

  it("reports a learning measure whose `linked-to` ties it to payment", () => {
    expectProblems(agreement(measure("Goals", "used for learning", '      [|linked-to|] "The payment schedule"\n')), [
      { code: "ALY802", message: exactly("Measure `Goals` is for learning, but it is linked to payment or penalties, and people will not share honest figures used to judge them. Remove that link.") },
    ]);
  });

  it("does not report learning with statutory returns or safety", () => {
    expectClean(agreement(measure("Goals", "used for learning, statutory-return, safety")), ["ALY802"]);
  });

  it("does not report a payment measure that is not for learning", () => {
    expectClean(agreement(measure("Goals", "used for payment")), ["ALY802"]);
  });
});

describe("ALY803 a measure lacks its purpose, source or sense-maker", () => {
  it("notes a bare measure at its name, as information, listing everything missing", () => {
    const [problem] = expectProblems(agreement('    measure [|Goals|] "People achieving their goals"'), [
      { code: "ALY803", message: exactly("Measure `Goals` does not say what it is used for, where its data comes from or who makes sense of it. Say so with `used for`, `source` and `sense-maker`.") },
    ]);
    expectProblems(agreement('    measure [|Visits|] "Visits" used for learning {\n      source "Plans"\n    }'), [
      { code: "ALY803", message: exactly("Measure `Visits` does not say who makes sense of it. Say so with `sense-maker`.") },
    ]);
    expect(problem.severity).toBe("info");
    expect(problem.data).toEqual({ measure: "Goals", measures: ["Goals"], missing: ["used for", "source", "sense-maker"] });
  });

  it("notes several measures once, at the first, pointing at the others and naming only what each lacks", () => {
    const [problem] = expectProblems(
      agreement('    measure [|Goals|] "People achieving their goals" used for learning {\n      sense-maker Board\n    }\n    measure Visits "Visits" {\n      source "Plans"\n      sense-maker Board\n    }'),
      [{ code: "ALY803", message: exactly("2 measures do not say what they are for, where their data comes from or who makes sense of it, starting with `Goals`. Say so with `used for`, `source` and `sense-maker`.") }],
    );
    expect(problem.related.map((r) => r.message)).toEqual(["Measure `Visits` does not say what it is used for"]);
  });

  it("does not report a measure with its use, source and sense-maker", () => {
    expectClean(agreement(measure("Goals", "used for statutory-return")), ["ALY803"]);
  });
});

describe("ALY804 no measure is defined by the people supported", () => {
  it("reports at `learning` when no measure is person-defined", () => {
    expectProblems(
      agreement(measure("Visits", "used for learning", "      kind count\n      defined-by commissioner\n")).replace("  learning {", "  [|learning|] {"),
      [{ code: "ALY804", message: exactly("None of the measures is defined by the people the alliance supports. Consider adding one, such as progress towards the goals people set themselves.") }],
    );
  });

  it("reports a learning block with no measures", () => {
    expectProblems(agreement("").replace("  learning {", "  [|learning|] {"), [
      { code: "ALY804", message: exactly("The learning section names no measures. Consider adding one that the people the alliance supports define for themselves, such as progress towards the goals they set.") },
    ]);
  });

  it("accepts `kind person-defined` or `defined-by people`", () => {
    expectClean(agreement(measure("Goals", "used for learning", "      kind person-defined\n")), ["ALY804"]);
    expectClean(agreement(measure("Goals", "used for learning", "      defined-by people\n")), ["ALY804"]);
  });

  it("leaves an agreement with no learning block to ALY808", () => {
    expectClean(`agreement Example {\n  term 3 years from 2020-04-01\n}\n`, ["ALY804"]);
  });
});

describe("ALY805 the measures do not cover all three perspectives", () => {
  it("names the missing perspectives at `learning`", () => {
    const [problem] = expectProblems(
      agreement(measure("Goals", "used for learning", "      perspective effective\n")).replace("  learning {", "  [|learning|] {"),
      [{ code: "ALY805", message: exactly("No measure asks whether the alliance is efficient or sustainable. Consider measuring how easy the work is for staff and the cost over time.") }],
    );
    expect(problem.severity).toBe("info");
    expect(problem.data).toEqual({ missing: ["efficient", "sustainable"] });
  });

  it("is quiet when no measure names a perspective at all", () => {
    expectClean(agreement(measure("Goals", "used for learning")), ["ALY805"]);
  });

  it("is clean when the three are covered, and when there are no measures", () => {
    expectClean(
      agreement(
        [
          measure("A", "used for learning", "      perspective effective\n"),
          measure("B", "used for learning", "      perspective efficient\n"),
          measure("C", "used for learning", "      perspective sustainable\n"),
        ].join("\n"),
      ),
      ["ALY805"],
    );
    expectClean(agreement(""), ["ALY805"]);
  });
});

describe("ALY806 no narrative source", () => {
  it("reports at `learning` when no measure is narrative", () => {
    expectProblems(agreement(measure("Goals", "used for learning", "      kind person-defined\n")).replace("  learning {", "  [|learning|] {"), [
      { code: "ALY806", message: exactly("No measure gathers people's stories or other narrative data. Consider a measure of what changed in people's own words, or saying how stories are gathered.") },
    ]);
  });

  it("accepts a narrative measure, a measure about stories or conversations, or stories in the involvement block", () => {
    expectClean(agreement(measure("Stories", "used for learning", "      kind narrative\n")), ["ALY806"]);
    expectClean(agreement('    measure Star "Recovery Star conversations" used for learning {\n      source "Completed by each person with their worker"\n      sense-maker Board\n    }'), ["ALY806"]);
    expectClean(
      agreement(measure("Goals", "used for learning"), '  involvement {\n    stories "Peer researchers gather stories each quarter"\n  }\n'),
      ["ALY806"],
    );
  });

  it("leaves a learning block without measures to ALY804", () => {
    expectClean(agreement(""), ["ALY806"]);
  });
});

describe("ALY807 a process measure is a target or paid for", () => {
  it("reports hours used for payment, at `payment`", () => {
    const [problem] = expectProblems(agreement(measure("Hours", "used for [|payment|]", "      kind hours\n")), [
      { code: "ALY807", message: exactly("Measure `Hours` counts hours of support delivered and is used for payment, which rewards activity rather than better lives. Use it to learn from, and steer by quality of life measures instead.") },
    ]);
    expect(problem.related[0].message).toBe("Measure `Hours` is a process measure: `kind hours`");
  });

  it("reports contacts with a target, and time and task used as a target", () => {
    expectProblems(agreement(measure("Contacts", "used for statutory-return", '      kind contacts\n      [|target|] "Four contacts a week"\n')), [
      { code: "ALY807", message: exactly("Measure `Contacts` counts a count of contacts and sets a target, which rewards activity rather than better lives. Use it to learn from, and steer by quality of life measures instead.") },
    ]);
    expectProblems(agreement(measure("Visits", "used for [|target|]", "      kind time-and-task\n")), [
      { code: "ALY807", message: /^Measure `Visits` counts time and task and is used as a target, which rewards activity/ },
    ]);
    expectProblems(agreement(measure("Rate", "used for [|sanction|]", "      kind hourly-rate\n")), [{ code: "ALY807", message: "an hourly rate" }]);
  });

  it("does not report a process measure kept for returns or learning", () => {
    expectClean(agreement(measure("Hours", "used for statutory-return", "      kind hours\n")), ["ALY807"]);
    expectClean(agreement(measure("Hours", "used for learning", "      kind hours\n")), ["ALY807"]);
  });

  it("leaves a process measure for learning and payment to ALY802", () => {
    expectClean(agreement(measure("Hours", "used for learning, payment", "      kind hours\n")), ["ALY807"]);
    expectProblems(agreement(measure("Hours", "used for learning, [|payment|]", "      kind hours\n")), [{ code: "ALY802" }]);
  });
});

describe("ALY808 no learning cycle", () => {
  it("reports an agreement with no learning block at its name", () => {
    expectProblems(
      `agreement [|Example|] {
  body Forum {
    members all
  }
}
`,
      [{ code: "ALY808", message: exactly("This agreement does not say how the alliance learns together. Consider a learning section with a regular review, for example `review quarterly by Forum against purpose`.") }],
    );
  });

  it("reports a learning block with no review at `learning`", () => {
    expectProblems(
      `agreement Example {
  [|learning|] {
    measure Goals "Goals" used for learning
  }
}
`,
      [{ code: "ALY808", message: exactly("The learning section does not say how often, or where, the alliance reviews what it learns. Add a review, for example `review quarterly by Board against purpose`.") }],
    );
  });

  it("is clean with a review, and does not look at specifications", () => {
    expectClean(agreement(measure("Goals", "used for learning")), ["ALY808"]);
    expectClean(`specification Spec {\n  targets none\n}\n`, ["ALY808"]);
  });
});

describe("ALY809 shared data without a data-sharing agreement", () => {
  it("reports at `shared-by` when two parties share a measure's data", () => {
    expectProblems(agreement(measure("Goals", "used for learning", "      [|shared-by|] PCC, Shekinah\n")), [
      { code: "ALY809", message: exactly("Measure `Goals` is shared by `PCC` and `Shekinah`, but no data-sharing arrangement is named. Name the agreement that covers it with `data-sharing`.") },
    ]);
  });

  it("is clean with a data-sharing clause, or when only one party holds the data", () => {
    expectClean(agreement(`${measure("Goals", "used for learning", "      shared-by PCC, Shekinah\n")}\n    data-sharing "Signed 2019-03-01"`), ["ALY809"]);
    expectClean(agreement(measure("Goals", "used for learning", "      shared-by PCC\n")), ["ALY809"]);
    expectClean(agreement(measure("Goals", "used for learning", "      shared-by PCC, PCC\n")), ["ALY809"]);
  });
});

describe("ALY810 a target pinned on one party", () => {
  it("reports the owner of a measure with a target, pointing at the target", () => {
    const [problem] = expectProblems(agreement(measure("Tenancies", "used for learning", '      owner [|Shekinah|]\n      target "80% kept"\n')), [
      { code: "ALY810", message: exactly("Measure `Tenancies` sets a target and is owned by `Shekinah` alone, but outcomes come from the whole alliance. Consider removing `owner Shekinah` and listing every party under `shared-by`.") },
    ]);
    expect(problem.related[0].message).toBe("Measure `Tenancies` sets a target here");
  });

  it("leaves payment on one party's own measure to its own finding: one cause, one finding", () => {
    expectProblems(agreement(measure("Tenancies", "used for payment", "      owner [|Shekinah|]\n")), [{ code: "ALY507" }], { only: ["ALY507", "ALY801", "ALY810"] });
  });

  it("is clean for an owned measure with no target, or a shared measure with one", () => {
    expectClean(agreement(measure("Tenancies", "used for learning", "      owner Shekinah\n")), ["ALY810"]);
    expectClean(agreement(measure("Tenancies", "used for target", "      shared-by PCC, Shekinah\n")), ["ALY810"]);
  });
});

describe("ALY811 learning reviews held only by bodies that allocate money", () => {
  const bodies = `  body Board {
    members all
    functions allocate-resources, oversee-delivery
  }
  body Forum {
    members all
    functions capture-information
  }
  body Panel {
    members all
    functions allocate-resources
  }
`;

  it("reports the body holding the only review", () => {
    const [problem] = expectProblems(
      `agreement Example {
${bodies}  learning {
    review quarterly by [|Board|]
  }
}
`,
      [{ code: "ALY811", message: exactly("`Board` holds the learning review and also allocates resources, mixing learning with money. Consider holding a review in a learning forum that does not allocate resources.") }],
    );
    expect(problem.related.map((r) => r.message)).toEqual(["`Board` allocates resources here"]);
  });

  it("reports once, at the first review, when every review body allocates money", () => {
    expectProblems(
      `agreement Example {
${bodies}  learning {
    review quarterly by [|Board|]
    review monthly by Panel
  }
}
`,
      [{ code: "ALY811", message: /^Every body that holds a learning review also allocates resources, mixing learning with money\./ }],
    );
  });

  it("is clean when one review is held apart from money, or by an undeclared body", () => {
    expectClean(`agreement Example {\n${bodies}  learning {\n    review quarterly by Board\n    review monthly by Forum\n  }\n}\n`, ["ALY811"]);
    expectClean(`agreement Example {\n${bodies}  learning {\n    review quarterly by Nobody\n  }\n}\n`, ["ALY811"]);
  });
});

describe("ALY813 a cost-saving measure steers the alliance", () => {
  it("reports at the kind word when a savings measure is a target", () => {
    const [problem] = expectProblems(agreement(measure("Savings", "used for target", "      kind [|cost-saving|]\n")), [
      { code: "ALY813", message: exactly("Measure `Savings` measures savings and is used as a target, which makes saving money the goal. Consider using it to learn from, or measuring cost and demand over time instead.") },
    ]);
    expect(problem.related[0].message).toBe("Measure `Savings` is used as a target here");
  });

  it("reports a savings measure with a target, or used to rank", () => {
    expectProblems(agreement(measure("Savings", "used for statutory-return", '      kind [|cost-saving|]\n      target "£1m a year"\n')), [
      { code: "ALY813", message: /and is given a target, which makes saving money the goal/ },
    ]);
    expectProblems(agreement(measure("Savings", "used for ranking", "      kind [|cost-saving|]\n")), [{ code: "ALY813", message: "is used to rank providers" }]);
  });

  it("reports one finding for a savings target: the target is not also reported as a performance target", () => {
    expectProblems(agreement(measure("Savings", "used for target", "      kind [|cost-saving|]\n")), [{ code: "ALY813" }], { only: ["ALY801", "ALY813"] });
  });

  it("is clean for a savings measure kept for learning, and for a cost measure", () => {
    expectClean(agreement(measure("Savings", "used for learning", "      kind cost-saving\n")), ["ALY813"]);
    expectClean(agreement(measure("Demand", "used for target", "      kind cost\n")), ["ALY813"]);
  });
});

describe("ALY814 a measure used as a target against the learning principle", () => {
  const wordings: [string, string][] = [
    ["learning", "We use our measures to learn, not as targets"],
    ["no-targets", "There are no targets: data is for learning"],
    ["accountability", "We learn from the data rather than judge each other by it"],
    ["learning", "We learn from what happens; we do not run this alliance by targets"],
  ];
  for (const [name, wording] of wordings) {
    it(`names the principle "${wording}", pointing at it, as an error`, () => {
      const [problem] = expectProblems(
        agreement(measure("Waiting", "used for [|target|]"), `  principles {\n    ${name} "${wording}"\n  }\n`),
        [{ code: "ALY814", message: exactly(`The principle \`${name}\` says measures are for learning, not targets, but measure \`Waiting\` is used as a target. Use it for learning only, or reword the principle.`) }],
      );
      expect(problem.severity).toBe("error");
      expect(problem.related[0].message).toBe(`the principle \`${name}\` says measures are for learning`);
    });
  }

  it("takes every tie from the other rules, so each is reported once", () => {
    const text = agreement(
      [measure("Waiting", "used for learning, [|payment|]", '      [|target|] "Five days"\n'), measure("Hours", "used for [|payment|]", "      kind hours\n      owner Shekinah\n")].join("\n"),
      '  principles {\n    learning "We use our measures to learn, not as targets"\n  }\n',
    );
    expectProblems(text, [
      { code: "ALY814", message: /measure `Waiting` is used for payment\./ },
      { code: "ALY814", message: /measure `Waiting` sets a target\./ },
      { code: "ALY814", message: /measure `Hours` is used for payment\./ },
    ], { only: ["ALY801", "ALY802", "ALY807", "ALY810", "ALY507", "ALY813", "ALY814"] });
  });

  it("reports one target once, even when the measure is used for target and states the target too", () => {
    expectProblems(
      agreement(measure("Tenancies", "used for [|target|]", '      target "85% by March 2028"\n'), '  principles {\n    learning "We do not run this alliance by targets"\n  }\n'),
      [{ code: "ALY814", message: exactly("The principle `learning` says measures are for learning, not targets, but measure `Tenancies` is used as a target. Use it for learning only, or reword the principle.") }],
      { only: ["ALY801", "ALY814"] },
    );
    expectProblems(agreement(measure("Tenancies", "used for [|target|]", '      target "85% by March 2028"\n')), [{ code: "ALY801" }], { only: ["ALY801", "ALY814"] });
  });

  it("is quiet for a hedged principle, leaving the target to the departure finding", () => {
    expectProblems(
      agreement(measure("Waiting", "used for [|target|]"), '  principles {\n    learning "Measures are used primarily for learning"\n  }\n'),
      [{ code: "ALY801" }],
      { only: ["ALY801", "ALY814"] },
    );
  });
});

describe("learning rules on documents they do not look at", () => {
  it("are silent on tenders and evaluations", () => {
    const codes: string[] = LEARNING_RULES.map((r) => r.code);
    const tender = checkText(`tender Tender {\n  deadline 2019-01-31\n}\n`);
    expect(tender.filter((p) => codes.includes(p.code))).toEqual([]);
  });
});
