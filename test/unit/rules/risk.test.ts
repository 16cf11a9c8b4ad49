import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { RISK_RULES, RISK_UNCHECKED } from "../../../server/src/core/rules/risk";
import { formatPercent } from "../../../server/src/core/numbers";
import { expectClean, expectProblems } from "../../helpers/check";

const PARTIES = `  parties {
    PCC commissioner "Plymouth City Council"
    Livewell provider "Livewell Southwest"
    Shekinah provider "Shekinah"
    Voices lived-experience "Voices of lived experience"
  }`;

/** An agreement with four parties and the given principles and clauses. */
function agreement(rest: string, principles = ""): string {
  return `agreement Example {
${PARTIES}
${principles ? `  principles {\n${principles}\n  }\n` : ""}${rest}
}`;
}

/** The whole message, exactly. */
function exactly(message: string): RegExp {
  return new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

const COLLECTIVE = `    collective-risk "We take collective responsibility for all the risks"`;

describe("ALY501 a risk given to one party despite collective responsibility", () => {
  it("reports an `assign` at its keyword, pointing at the principle", () => {
    const problems = expectProblems(
      agreement(
        `  risk {
    [|assign|] "clinical governance" to Livewell
  }`,
        COLLECTIVE,
      ),
      [{ code: "ALY501", message: exactly('The principle `collective-risk` makes every party responsible for every risk together, but this clause gives "clinical governance" to `Livewell` alone. Remove it and let the shares carry the cost.') }],
    );
    expect(problems[0].related[0].message).toContain("`collective-risk`");
    expect(problems[0].severity).toBe("error");
  });

  it("reports `responsibility separate` at the word, and recognises collective risk from the principle's wording", () => {
    const problems = expectProblems(
      agreement(
        `  risk {
    responsibility [|separate|]
  }`,
        `    risks "All of us assume responsibility jointly for all of the risks"`,
      ),
      [{ code: "ALY501", message: exactly("The principle `risks` makes every party responsible for every risk together, but this clause makes each party responsible for its own risks. Make responsibility collective, or change the principle.") }],
    );
    expect(problems[0].data).toEqual({ replacement: "collective" });
  });

  it("takes `responsibility collective` as the declaration when no principle says so", () => {
    expectProblems(
      agreement(`  risk {
    responsibility collective
    [|assign|] "housing voids" to Shekinah
  }`),
      [{ code: "ALY501", message: exactly('The risk section makes every party responsible for every risk together, but this clause gives "housing voids" to `Shekinah` alone. Remove it and let the shares carry the cost.') }],
    );
  });

  it("accepts an assignment when risk is not declared collective, and collective risk with no assignment", () => {
    expectClean(agreement(`  risk {\n    responsibility separate\n    assign "clinical governance" to Livewell\n  }`), ["ALY501"]);
    expectClean(agreement(`  risk {\n    responsibility collective\n    pain share PCC 40%, Livewell 30%, Shekinah 30%\n  }`, COLLECTIVE), ["ALY501"]);
    expectClean(agreement(`  risk {\n    assign "x" to Livewell\n  }`, `    risks "Risks are examined for opportunities"`), ["ALY501"]);
  });
});

describe("ALY502 a share leaves out a commissioner or provider", () => {
  it("reports at the share keyword naming every missing party, commissioner included", () => {
    const problems = expectProblems(
      agreement(`  risk {
    [|pain share|] Livewell 100%
  }`),
      [{ code: "ALY502", message: exactly("The pain share leaves out `PCC` and `Shekinah`, but every commissioner and provider shares the alliance's risk, the commissioner included. Give each a percentage, keeping the total at 100%.") }],
    );
    expect(problems[0].data).toEqual({ missing: ["PCC", "Shekinah"] });
    expect(problems[0].related.map((r) => r.message)).toEqual(["`PCC` is a commissioner here", "`Shekinah` is a provider here"]);
  });

  it("checks gain shares too, and says `it` for one missing provider", () => {
    expectProblems(
      agreement(`  risk {
    pain share PCC 40%, Livewell 30%, Shekinah 30%
    [|gain share|] PCC 50%, Livewell 50%
  }`),
      [{ code: "ALY502", message: exactly("The gain share leaves out `Shekinah`, but every commissioner and provider shares the alliance's risk. Give it a percentage, keeping the total at 100%.") }],
    );
  });

  it("does not need lived-experience members, and leaves budget shares alone", () => {
    expectClean(
      agreement(`  risk {
    pain share PCC 40%, Livewell 30%, Shekinah 30%
    gain share PCC 40%, Livewell 30%, Shekinah 30%
    budget share PCC 100%
  }`),
      ["ALY502"],
    );
  });
});

describe("ALY503 shares that do not add up", () => {
  it("reports a total short of 100% at the share keyword with the total and the shortfall", () => {
    const problems = expectProblems(
      agreement(`  risk {
    [|pain share|] PCC 40%, Livewell 30%, Shekinah 25%
  }`),
      [{ code: "ALY503", message: exactly("The pain share adds up to 95%, so 5% of any overspend or loss is carried by no one. Change the percentages to add up to exactly 100%.") }],
    );
    expect(problems[0].data).toEqual({ total: 95000, shortBy: 5000 });
  });

  it("reports a total over 100%", () => {
    const problems = expectProblems(
      agreement(`  risk {
    [|gain share|] PCC 40%, Livewell 35%, Shekinah 30%
  }`),
      [{ code: "ALY503", message: exactly("The gain share adds up to 105%, so 5% more than any saving or surplus is shared out. Change the percentages to add up to exactly 100%.") }],
    );
    expect(problems[0].data).toEqual({ total: 105000, shortBy: -5000 });
  });

  it("adds thousandths exactly: three thirds of 33.333% fall short by 0.001%", () => {
    expectProblems(
      agreement(`  risk {
    [|budget share|] PCC 33.333%, Livewell 33.333%, Shekinah 33.333%
  }`),
      [{ code: "ALY503", message: exactly("The budget share adds up to 99.999%, so 0.001% of the budget is carried by no one. Change the percentages to add up to exactly 100%.") }],
    );
  });

  it("accepts exactly 100%, including 33.334% + 33.333% + 33.333% and 12.5% + 87.5%", () => {
    expectClean(
      agreement(`  risk {
    pain share PCC 33.334%, Livewell 33.333%, Shekinah 33.333%
    gain share PCC 12.5%, Livewell 87.5%
    budget share PCC 100%
  }`),
      ["ALY503"],
    );
  });

  it("reports a party listed twice at its second mention", () => {
    const problems = expectProblems(
      agreement(`  risk {
    pain share PCC 50%, Livewell 25%, [|PCC|] 25%
  }`),
      [{ code: "ALY503", message: exactly("`PCC` is already in this pain share. Give each party one percentage by combining the two entries.") }],
    );
    expect(problems[0].related[0].message).toBe("`PCC` is first listed here");
  });

  it("reports a percentage over 100% at the percentage, without also reporting the total", () => {
    expectProblems(
      agreement(`  risk {
    pain share PCC [|120%|], Livewell 0%
  }`),
      [{ code: "ALY503", message: exactly("120% is more than the whole of any overspend or loss. Give `PCC` a share of at most 100%.") }],
    );
  });

  it("leaves an unreadable percentage to the syntax check", () => {
    const text = agreement(`  risk {\n    pain share PCC 50.0001%, Livewell 50%\n  }`);
    expect(checkText(text).some((p) => p.code === "ALY006")).toBe(true);
    expectClean(text, ["ALY503"]);
  });

  it("formats percentages without floating point", () => {
    expect([100000, 95000, 33333, 12500, 1, 0].map(formatPercent)).toEqual(["100%", "95%", "33.333%", "12.5%", "0.001%", "0%"]);
  });
});

describe("ALY504 claims on ordinary grounds", () => {
  it("reports each ordinary ground at its word", () => {
    const problems = expectProblems(
      agreement(`  risk {
    claims for wilful-default, [|breach|], [|negligence|], fraud, [|performance|]
  }`),
      [
        { code: "ALY504", message: exactly("This lets one participant claim against another for any breach of the agreement, which undoes no fault, no blame. Keep claims to wilful default and similarly narrow grounds.") },
        { code: "ALY504", message: exactly("This lets one participant claim against another for negligence, which undoes no fault, no blame. Keep claims to wilful default and similarly narrow grounds.") },
        { code: "ALY504", message: exactly("This lets one participant claim against another for poor performance, which undoes no fault, no blame. Keep claims to wilful default and similarly narrow grounds.") },
      ],
      { only: ["ALY504"] },
    );
    expect(problems.map((p) => p.data)).toEqual([{ remove: "breach" }, { remove: "negligence" }, { remove: "performance" }]);
    expect(problems[0].severity).toBe("warning");
  });

  it("leaves a ground the no-fault-no-blame principle rules out to the contradiction", () => {
    expectProblems(
      agreement(`  risk {\n    claims for [|negligence|]\n  }`, `    no-blame "No fault, no blame, except in very limited cases of wilful default"`),
      [{ code: "ALY508", message: exactly('This lets the parties claim for negligence, but the principle `no-blame` allows only "wilful default". Remove negligence, or change the principle.') }],
      { only: ["ALY504", "ALY508"] },
    );
  });

  it("accepts wilful default in either spelling, and fraud", () => {
    expectClean(agreement(`  risk {\n    claims for wilful-default, willful-default, fraud\n  }`), ["ALY504"]);
  });
});

describe("ALY505 wilful default not defined", () => {
  it("reports the first use, pointing at the others", () => {
    const problems = expectProblems(
      agreement(`  risk {
    no-fault-no-blame except [|willful-default|]
    claims for wilful-default
  }`),
      [{ code: "ALY505", message: exactly("Wilful default is not defined in this agreement, yet claims between the parties depend on it. Add a definition agreed with your legal adviser.") }],
    );
    expect(problems[0].severity).toBe("info");
    expect(problems[0].related.map((r) => r.message)).toEqual(["wilful default is also used here"]);
    expect(problems[0].data).toEqual({ term: "willful-default" });
  });

  it("finds wilful default written in the drafter's own words, and a definition of the other term does not count", () => {
    expectProblems(
      agreement(`  definitions {
    alliance-participants "The parties who sign this agreement"
  }
  risk {
    no-fault-no-blame except [|wilful default|], fraud
  }`),
      [{ code: "ALY505", message: exactly("Wilful default is not defined in this agreement, yet claims between the parties depend on it. Add a definition agreed with your legal adviser.") }],
    );
  });

  it("accepts either spelling as the definition of the other", () => {
    expectClean(
      agreement(`  definitions {
    willful-default "A deliberate and knowing breach of this agreement"
  }
  risk {
    no-fault-no-blame except wilful-default
  }`),
      ["ALY505"],
    );
    expectClean(agreement(`  risk {\n    no-fault-no-blame\n    claims for fraud\n  }`), ["ALY505"]);
  });
});

describe("ALY506 closed books", () => {
  it("reports `closed-book` against an open-book principle once, as a contradiction naming the principle", () => {
    const problems = expectProblems(
      agreement(`  risk {\n    accounting [|closed-book|]\n  }`, `    open "Our books are open to each other"`),
      [{ code: "ALY510", message: exactly("The principle `open` promises open books, but the accounts are kept closed. Keep open books, or reword the principle.") }],
      { only: ["ALY506", "ALY510"] },
    );
    expect(problems[0].severity).toBe("error");
    expect(problems[0].related[0].message).toBe("the principle `open` promises open books");
    expect(problems[0].data).toEqual({ replacement: "open-book", principle: "open" });
  });

  it("reports `closed-book` without a principle", () => {
    expectProblems(agreement(`  risk {\n    accounting [|closed-book|]\n  }`), [
      { code: "ALY506", message: exactly("The accounts are kept closed, so the parties share risk on finances they cannot all see. Keep open books, so that every party sees the alliance's finances.") },
    ]);
  });

  it("accepts open books", () => {
    expectClean(agreement(`  risk {\n    accounting open-book\n  }`, `    open-book "Open books"`), ["ALY506"]);
  });
});

describe("ALY507 one party paid or penalised on its own measure", () => {
  it("reports the owner of a measure used for payment, pointing at the use", () => {
    const problems = expectProblems(
      agreement(`  learning {
    measure Tenancies "Tenancies kept" used for payment {
      owner [|Livewell|]
    }
  }`),
      [{ code: "ALY507", message: exactly("Measure `Tenancies` belongs to `Livewell` and is used for payment, so one party gains or loses alone. Use it for learning, or tie payment to a measure the alliance shares.") }],
    );
    expect(problems[0].related[0].message).toBe("the measure is used for payment here");
  });

  it("gives one finding for one cause: payment on a learning measure is the contradiction, not also this", () => {
    expectProblems(
      agreement(`  learning {
    measure Tenancies "Tenancies kept" used for learning, [|payment|] {
      owner Livewell
    }
  }`),
      [{ code: "ALY802" }],
      { only: ["ALY507", "ALY802", "ALY801", "ALY810"] },
    );
  });

  it("reports a measure used for sanctions", () => {
    expectProblems(
      agreement(`  learning {
    measure Waits "Waiting times" used for sanction {
      owner [|PCC|]
    }
  }`),
      [{ code: "ALY507", message: "is used for sanctions" }],
    );
  });

  it("accepts learning measures, shared measures without an owner, and leaves undeclared owners to ALY010", () => {
    expectClean(
      agreement(`  learning {
    measure Goals "Self-set goals met" used for learning {
      owner Livewell
    }
    measure IROC "I-ROC wellbeing" used for payment {
      shared-by PCC, Livewell, Shekinah
    }
    measure Other "Other" used for payment {
      owner Nobody
    }
  }`),
      ["ALY507"],
    );
  });
});

describe("no-fault-no-blame exceptions in the drafter's own words", () => {
  it("reads words, several words and quoted text, separated by commas, `and` or `or`", () => {
    const problems = checkText(agreement(`  risk {\n    no-fault-no-blame except wilful default, fraud and "gross negligence" or breach of contract\n  }`));
    expect(problems.filter((p) => p.code === "ALY001" || p.code === "ALY014")).toEqual([]);
  });

  it("reports an exception in quotes that is never closed, and still reads it", () => {
    const problems = checkText(agreement(`  risk {\n    no-fault-no-blame except wilful default, "gross negligence\n  }`));
    expect(problems.filter((p) => p.code === "ALY003").map((p) => p.message)).toEqual(["This text has no closing quotation mark; add `\"` where the text ends, on the same line."]);
    expect(problems.filter((p) => p.code === "ALY509").map((p) => p.data)).toEqual([{ wide: ["gross negligence"] }]);
  });

  it("ALY509 warns once per clause, naming what widens the exceptions beyond wilful default", () => {
    const problems = expectProblems(agreement(`  risk {\n    no-fault-no-blame except wilful default, [|"gross negligence"|], breach of contract\n  }`), [
      { code: "ALY509", message: exactly("No fault, no blame is subject to gross negligence and breach of contract, which go well beyond wilful default. Keep the exceptions to wilful default and similarly narrow cases, such as fraud.") },
    ]);
    expect(problems[0].severity).toBe("warning");
    expect(problems[0].related.map((r) => r.message)).toEqual(["breach of contract widens it too"]);
    expect(problems[0].data).toEqual({ wide: ["gross negligence", "breach of contract"] });
  });

  it("ALY509 names a single widening exception in the singular", () => {
    expectProblems(agreement(`  risk {\n    no-fault-no-blame except [|negligence|]\n  }`), [
      { code: "ALY509", message: exactly("No fault, no blame is subject to negligence, which goes well beyond wilful default. Keep the exceptions to wilful default and similarly narrow cases, such as fraud.") },
    ]);
  });

  it("ALY509 is quiet for wilful default however spelt, fraud, dishonesty, criminal acts, and death or personal injury", () => {
    expectClean(
      agreement(`  risk {\n    no-fault-no-blame except wilful-default, willful default, fraud, dishonesty, "criminal acts", "death or personal injury caused by negligence"\n  }`),
      ["ALY509", "ALY508", "ALY001", "ALY014"],
    );
  });

  it("ALY508 reports an exception the principle's own wording rules out, as an error naming the principle", () => {
    const problems = expectProblems(
      agreement(
        `  risk {\n    no-fault-no-blame except wilful default, [|negligence|]\n  }`,
        `    no-fault-no-blame "We do not blame each other, except for wilful default"`,
      ),
      [{ code: "ALY508", message: exactly('This clause excepts negligence from no fault, no blame, but the principle `no-fault-no-blame` allows only "wilful default". Remove negligence, or change the principle.') }],
      { only: ["ALY508", "ALY509"] },
    );
    expect(problems[0].severity).toBe("error");
    expect(problems[0].related[0].message).toBe("the principle `no-fault-no-blame` commits the parties to no fault and no blame");
  });

  it("ALY508 names every exception of one clause that goes too far in one finding, at the first", () => {
    expectProblems(
      agreement(
        `  risk {\n    no-fault-no-blame except wilful default, [|negligence|], breach of contract\n  }`,
        `    no-fault-no-blame "We do not blame each other, except for wilful default"`,
      ),
      [{ code: "ALY508", message: exactly('This clause excepts negligence and breach of contract from no fault, no blame, but the principle `no-fault-no-blame` allows only "wilful default". Remove them, or change the principle.') }],
      { only: ["ALY508"] },
    );
  });

  it("ALY508 reads a principle that names no exception, and accepts what the principle itself names", () => {
    expectProblems(agreement(`  risk {\n    no-fault-no-blame except [|breach of contract|]\n  }`, `    blame "We never blame one another"`), [
      { code: "ALY508", message: exactly("This clause excepts breach of contract from no fault, no blame, but the principle `blame` names no exception. Remove breach of contract, or change the principle.") },
    ]);
    expectClean(agreement(`  risk {\n    no-fault-no-blame except wilful default, gross negligence\n  }`, `    blame "No fault, no blame, except for wilful default or gross negligence"`), ["ALY508"]);
  });
});

describe("risk rules' own data", () => {
  it("each example's wrong version triggers its rule and the right version does not", () => {
    for (const rule of RISK_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), `${rule.code} wrong`).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), `${rule.code} right`).not.toContain(rule.code);
    }
  });

  it("uses codes ALY501 to ALY510 in order, with nothing left unchecked", () => {
    expect(RISK_RULES.map((r) => r.code)).toEqual(["ALY501", "ALY502", "ALY503", "ALY504", "ALY505", "ALY506", "ALY507", "ALY508", "ALY509", "ALY510"]);
    expect(RISK_UNCHECKED).toEqual([]);
  });
});
