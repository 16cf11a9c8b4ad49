import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { RISK_RULES, RISK_UNCHECKED } from "../../../server/src/core/rules/risk";
import { formatPercent } from "../../../server/src/core/rules/risk/shared";
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
      [{ code: "ALY501", message: 'The principle `collective-risk` makes every party responsible for every risk together, but this clause gives "clinical governance" to `Livewell` alone' }],
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
      [{ code: "ALY501", message: "but this clause makes each party responsible for its own risks. Write `responsibility collective`" }],
    );
    expect(problems[0].data).toEqual({ replacement: "collective" });
  });

  it("takes `responsibility collective` as the declaration when no principle says so", () => {
    expectProblems(
      agreement(`  risk {
    responsibility collective
    [|assign|] "housing voids" to Shekinah
  }`),
      [{ code: "ALY501", message: "The risk block makes every party responsible for every risk together (`responsibility collective`)" }],
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
      [{ code: "ALY502", message: "The pain share leaves out `PCC` and `Shekinah`. Every commissioner and provider shares the alliance's risk and reward, the commissioner included: add each" }],
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
      [{ code: "ALY502", message: /^The gain share leaves out `Shekinah`\. Every commissioner and provider shares the alliance's risk and reward: add it/ }],
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
      [{ code: "ALY503", message: "The pain share adds up to 95%, not 100%, so 5% of any overspend or loss is carried by no one. Change the percentages so they add up to exactly 100%" }],
    );
    expect(problems[0].data).toEqual({ total: 95000, shortBy: 5000 });
  });

  it("reports a total over 100%", () => {
    const problems = expectProblems(
      agreement(`  risk {
    [|gain share|] PCC 40%, Livewell 35%, Shekinah 30%
  }`),
      [{ code: "ALY503", message: "The gain share adds up to 105%, not 100%, so 5% more than any saving or surplus is shared out" }],
    );
    expect(problems[0].data).toEqual({ total: 105000, shortBy: -5000 });
  });

  it("adds thousandths exactly: three thirds of 33.333% fall short by 0.001%", () => {
    expectProblems(
      agreement(`  risk {
    [|budget share|] PCC 33.333%, Livewell 33.333%, Shekinah 33.333%
  }`),
      [{ code: "ALY503", message: "The budget share adds up to 99.999%, not 100%, so 0.001% of the budget is carried by no one" }],
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
      [{ code: "ALY503", message: "`PCC` is already in this pain share. Give each party one percentage" }],
    );
    expect(problems[0].related[0].message).toBe("`PCC` is first listed here");
  });

  it("reports a percentage over 100% at the percentage, without also reporting the total", () => {
    expectProblems(
      agreement(`  risk {
    pain share PCC [|120%|], Livewell 0%
  }`),
      [{ code: "ALY503", message: "120% is more than the whole: no party can take more than 100% of any overspend or loss" }],
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
        { code: "ALY504", message: "This lets one participant claim against another for any breach of the agreement. Under no fault, no blame, claims between participants are limited to wilful default and a few narrow, named exceptions: remove `breach`" },
        { code: "ALY504", message: "for negligence" },
        { code: "ALY504", message: "for poor performance" },
      ],
      { only: ["ALY504"] },
    );
    expect(problems.map((p) => p.data)).toEqual([{ remove: "breach" }, { remove: "negligence" }, { remove: "performance" }]);
    expect(problems[0].message).not.toContain("write `claims for wilful-default`");
  });

  it("suggests wilful default when an ordinary ground is the only one", () => {
    expectProblems(agreement(`  risk {\n    claims for [|negligence|]\n  }`), [{ code: "ALY504", message: "remove `negligence` and write `claims for wilful-default`" }]);
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
      [{ code: "ALY505", message: "`willful-default` is not defined in this agreement, yet it is the exception on which claims between the parties depend. Define it in a `definitions` block" }],
    );
    expect(problems[0].related.map((r) => r.message)).toEqual(["`wilful-default` is also used here"]);
    expect(problems[0].data).toEqual({ term: "willful-default" });
  });

  it("says to add it to the definitions block when one exists without the term", () => {
    expectProblems(
      agreement(`  definitions {
    alliance-participants "The parties who sign this agreement"
  }
  risk {
    claims for [|wilful-default|]
  }`),
      [{ code: "ALY505", message: "Add it to the `definitions` block, for example `wilful-default \"A deliberate and knowing breach of this agreement\"`" }],
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
  it("reports `closed-book` at the word, pointing at an open-book principle", () => {
    const problems = expectProblems(
      agreement(`  risk {\n    accounting [|closed-book|]\n  }`, `    open-book "Open book accounting and transparency in all matters"`),
      [{ code: "ALY506", message: "The principle `open-book` promises open books, but the accounts are kept closed. Write `accounting open-book`" }],
    );
    expect(problems[0].related[0].message).toBe("the principle `open-book` promises open books");
    expect(problems[0].data).toEqual({ replacement: "open-book" });
  });

  it("reports `closed-book` without a principle", () => {
    expectProblems(agreement(`  risk {\n    accounting [|closed-book|]\n  }`), [{ code: "ALY506", message: "The accounts are kept closed, so parties share risk on finances they cannot all see" }]);
  });

  it("accepts open books", () => {
    expectClean(agreement(`  risk {\n    accounting open-book\n  }`, `    open-book "Open books"`), ["ALY506"]);
  });
});

describe("ALY507 one party paid or penalised on its own measure", () => {
  it("reports the owner of a measure used for payment, pointing at the use", () => {
    const problems = expectProblems(
      agreement(`  learning {
    measure Tenancies "Tenancies kept" used for learning, payment {
      owner [|Livewell|]
    }
  }`),
      [{ code: "ALY507", message: "Measure `Tenancies` belongs to `Livewell` and is used for payment, so one party gains or loses alone on its own results while the alliance shares risk" }],
    );
    expect(problems[0].related[0].message).toBe("the measure is used for payment here");
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

describe("risk rules' own data", () => {
  it("each example's wrong version triggers its rule and the right version does not", () => {
    for (const rule of RISK_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), `${rule.code} wrong`).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), `${rule.code} right`).not.toContain(rule.code);
    }
  });

  it("uses codes ALY501 to ALY507 in order, with nothing left unchecked", () => {
    expect(RISK_RULES.map((r) => r.code)).toEqual(["ALY501", "ALY502", "ALY503", "ALY504", "ALY505", "ALY506", "ALY507"]);
    expect(RISK_RULES.every((r) => r.topic === "Risk and reward")).toBe(true);
    expect(RISK_UNCHECKED).toEqual([]);
  });
});
