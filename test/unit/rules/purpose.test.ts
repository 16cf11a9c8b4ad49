import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { PURPOSE_RULES } from "../../../server/src/core/rules/purpose";
import { expectClean, expectProblems } from "../../helpers/check";

const CODES = PURPOSE_RULES.map((r) => r.code);

const COMPLETE = `agreement Plymouth "Plymouth complex needs alliance" {
  purpose "Adults with multiple and complex needs in Plymouth live well" {
    people "Adults with multiple and complex needs"
    place "Plymouth"
    scope "Support, housing, treatment and health care"
  }
  body Board "Alliance Leadership Board" {
    meets monthly
  }
  learning {
    review quarterly by Board against purpose
  }
}`;

describe("shared purpose", () => {
  it("passes a complete purpose", () => {
    expectClean(COMPLETE, CODES);
  });

  describe("ALY201 purpose missing", () => {
    it("reports an agreement without a purpose at its short name", () => {
      const [problem] = expectProblems(`agreement [|Plymouth|] "Plymouth alliance" {\n  jurisdiction england\n}`, [{ code: "ALY201" }]);
      expect(problem.message).toBe(
        'This agreement does not state its shared purpose. Add a purpose saying what will be different for the people it serves, for example `purpose "Adults with multiple and complex needs in Plymouth live well"`.',
      );
      expect(problem.severity).toBe("warning");
    });

    it("reports an empty purpose at its text", () => {
      const [problem] = expectProblems(`agreement A {\n  purpose [|"  "|]\n}`, [{ code: "ALY201" }]);
      expect(problem.message).toBe("The shared purpose is empty. Write in the quotation marks what will be different for the people the alliance serves.");
    });

    it("does not ask tender documents for a purpose", () => {
      expectClean(`specification S {\n  route light-touch\n}`, ["ALY201"]);
    });
  });

  describe("ALY202 purpose boundary", () => {
    it("reports a purpose with neither people nor place at `purpose`", () => {
      const [problem] = expectProblems(`agreement A {\n  [|purpose|] "Adults with complex needs live well"\n}`, [{ code: "ALY202" }]);
      expect(problem.message).toBe(
        'The shared purpose does not say which people the alliance serves or which place it covers. Add `people "Adults with multiple and complex needs"` and `place "Plymouth"` to the purpose.',
      );
      expect(problem.severity).toBe("info");
    });

    it("reports a missing place inside a block", () => {
      const problems = expectProblems(
        `agreement A {
  [|purpose|] "Adults with complex needs live well" {
    people "Adults with multiple and complex needs"
    scope "Support and housing"
  }
}`,
        [{ code: "ALY202", message: 'The shared purpose does not say which place the alliance covers. Add `place "Plymouth"` to the purpose.' }],
      );
      expect(problems[0].data).toEqual({ missing: ["place"] });
    });

    it("treats an empty people line as missing", () => {
      expectProblems(
        `agreement A {
  [|purpose|] "Adults with complex needs live well" {
    people ""
    place "Plymouth"
  }
}`,
        [{ code: "ALY202", message: 'The shared purpose does not say which people the alliance serves. Add `people "Adults with multiple and complex needs"` to the purpose.' }],
      );
    });

    it("stays silent when there is no purpose (ALY201 reports that)", () => {
      expectClean(`agreement A {\n  jurisdiction england\n}`, ["ALY202"]);
    });
  });

  describe("ALY203 purpose lists services (heuristic)", () => {
    it("reports a purpose that counts units of service, at the whole text", () => {
      const [problem] = expectProblems(`agreement A {\n  purpose [|"To provide 120 supported accommodation beds for people who want to live well"|]\n}`, [{ code: "ALY203" }]);
      expect(problem.message).toBe(
        "The shared purpose counts units of service (“120 supported accommodation beds”) rather than saying what will be different for people. Put the numbers in the specification and state the change for people here.",
      );
      expect(problem.severity).toBe("info");
    });

    it("reports a purpose that opens with provision and says nothing changes for people", () => {
      const [problem] = expectProblems(`agreement A {\n  purpose [|"To deliver an outreach service for rough sleepers"|]\n}`, [{ code: "ALY203" }]);
      expect(problem.message).toBe(
        'The shared purpose reads as services to provide (“To deliver”) rather than a change for people. Say what will be different for them, for example "Adults with multiple and complex needs in Plymouth live well".',
      );
    });

    it("reports a purpose that names services without any change for people", () => {
      expectProblems(`agreement A {\n  purpose [|"Housing support services for adults in Plymouth"|]\n}`, [
        { code: "ALY203", message: "The shared purpose reads as services to provide (“Housing”) rather than a change for people." },
      ]);
    });

    it("checks a specification's purpose too", () => {
      expectProblems(`specification S {\n  purpose [|"The provision of day care"|]\n}`, [{ code: "ALY203", message: "(“The provision of”)" }]);
    });

    it("passes purposes that state a change for people, even when they mention services", () => {
      for (const purpose of [
        "Adults with multiple and complex needs in Plymouth live well",
        "Nobody in Glasgow should need to sleep rough",
        "Survivors of in-care abuse get the support they choose",
        "To enable people who experience homelessness to live well",
        "Older people live a fulfilling life",
        "Survivors can get help 24 hours a day",
        "People in Wrexham who are homeless, or about to be, find a home and the support to keep it",
        "Older people and their carers in the Vale, with support close to home",
      ]) {
        expectClean(`agreement A {\n  purpose "${purpose}"\n}`, ["ALY203"]);
      }
    });

    it("leaves a purpose that aims at savings to the savings rule, so one cause gives one finding", () => {
      expectProblems(`agreement A {\n  purpose "[|Reduce the cost|] of drug and alcohol treatment across the city by 15%"\n}`, [{ code: "ALY204" }], { only: ["ALY203", "ALY204"] });
    });
  });

  describe("ALY204 purpose is savings", () => {
    it("reports the savings words inside the purpose", () => {
      expectProblems(`agreement A {\n  purpose "Deliver [|efficiency savings|] across adult social care"\n}`, [
        {
          code: "ALY204",
          message: "The shared purpose makes “efficiency savings” an aim. State the change the alliance wants for the people it serves, and leave savings out of the purpose.",
        },
      ]);
    });

    it("finds cost reduction written in other ways", () => {
      expectProblems(`agreement A {\n  purpose "People live well and we [|reduce the cost|] of care"\n}`, [{ code: "ALY204" }]);
      expectProblems(`agreement A {\n  purpose "[|Cut costs|] while people live well"\n}`, [{ code: "ALY204" }]);
      expectProblems(`tender T {\n  purpose "Adults live well, with [|cost savings|] to the council"\n}`, [{ code: "ALY204" }]);
    });

    it("points at the words in a triple-quoted purpose", () => {
      expectProblems(`agreement A {\n  purpose """\n    People live well, making [|savings|] for the NHS\n  """\n}`, [{ code: "ALY204" }]);
    });

    it("falls back to the whole text when it is written with escapes", () => {
      expectProblems(`agreement A {\n  purpose [|"People \\"live well\\" with savings"|]\n}`, [{ code: "ALY204" }]);
    });

    it("does not mistake saving lives, or a purpose without cost words, for savings", () => {
      expectClean(`agreement A {\n  purpose "Life-saving support so that survivors live well"\n}`, ["ALY204"]);
      expectClean(`agreement A {\n  purpose "Adults with complex needs in Plymouth live well"\n}`, ["ALY204"]);
    });
  });

  describe("ALY205 purpose not reviewed", () => {
    it("reports a learning block with no review against purpose, at `learning`", () => {
      const problems = expectProblems(
        `agreement A {
  purpose "Adults live well"
  body Board {
    meets monthly
  }
  [|learning|] {
    review quarterly by Board
  }
}`,
        [
          {
            code: "ALY205",
            message:
              "No review here tests the alliance's practice against its shared purpose. Add `against purpose` to a review, as in `review quarterly by Board against purpose`, or give a body the function `test-purpose`.",
          },
        ],
      );
      expect(problems[0].related.map((r) => r.message)).toEqual(["the shared purpose is stated here"]);
    });

    it("reports a learning block with no reviews at all", () => {
      expectProblems(`agreement A {\n  purpose "Adults live well"\n  [|learning|] {\n    data-sharing "Signed 2019"\n  }\n}`, [
        {
          code: "ALY205",
          message:
            "The learning section has no review of practice against the shared purpose. Add one, for example `review quarterly by Board against purpose`, or give a body the function `test-purpose`.",
        },
      ]);
    });

    it("reports at `purpose` when there is no learning block", () => {
      expectProblems(`agreement A {\n  [|purpose|] "Adults live well"\n}`, [
        {
          code: "ALY205",
          message:
            "Nothing in the agreement reviews practice against this shared purpose. Add a learning section with a review such as `review quarterly by Board against purpose`, or give a body the function `test-purpose`.",
        },
      ]);
    });

    it("accepts a body whose function is to test the purpose", () => {
      expectClean(
        `agreement A {
  purpose "Adults live well"
  body Board {
    functions oversee-delivery, test-purpose
  }
}`,
        ["ALY205"],
      );
    });

    it("stays silent without a purpose (ALY201 reports that)", () => {
      expectClean(`agreement A {\n  learning {\n    review quarterly by Board\n  }\n}`, ["ALY205"]);
    });
  });

  it("every example breaks its own rule and its right version does not", () => {
    for (const rule of PURPOSE_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), rule.code).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), rule.code).not.toContain(rule.code);
    }
  });
});
