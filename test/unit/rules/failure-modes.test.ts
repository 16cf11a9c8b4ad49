import { describe, expect, it } from "vitest";
import { checkDocument, Workspace } from "../../../server/src/core";
import { FAILURE_MODES_RULES, FAILURE_MODES_UNCHECKED } from "../../../server/src/core/rules/failure-modes";
import { expectClean, expectProblems } from "../../helpers/check";
import { marked } from "../../helpers/markers";

describe("common failure modes: the topic", () => {
  it("lists its rules under their codes, and records the hover-only failure modes as unchecked", () => {
    expect(FAILURE_MODES_RULES.map((r) => r.code)).toEqual(["ALY091", "ALY092", "ALY093", "ALY094"]);
    expect(FAILURE_MODES_UNCHECKED.map((u) => u.id)).toEqual(["F4", "F14", "F15", "F16"]);
    for (const u of FAILURE_MODES_UNCHECKED) expect(u.reason).toContain("hover-only");
    for (const rule of FAILURE_MODES_RULES) expect(rule.topic).toBe("Common failure modes");
  });

  it("says nothing on a well-drafted agreement", () => {
    expectClean(
      `agreement Example {
  parties {
    PCC commissioner "Plymouth City Council" {
      contact "Commissioning lead for complex needs"
    }
    Fund funder "A charitable trust" {
      contact "Grants manager"
    }
    Shekinah provider "Shekinah"
  }
  instrument grant because "A three-year test"
  exit-plan "Agreed with the council from year two"
  review-point after 18 months
  staff-changes "Workers join neighbourhood teams"
  union-engagement "Unions sit on the design group"
}
`,
      FAILURE_MODES_RULES.map((r) => r.code),
    );
  });
});

describe("ALY091 a commissioner or funder has no named contact", () => {
  it("notes a commissioner with no contact once, at its name, as information", () => {
    const [problem] = expectProblems(
      `agreement Example {
  parties {
    [|PCC|] commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
}
`,
      [
        {
          code: "ALY091",
          message:
            "No named contact is given for `PCC`, so providers and the people they support may not know whom to reach. Add `contact` with a named person or team and how to reach them.",
        },
      ],
    );
    expect(problem.severity).toBe("info");
    expect(problem.message).toBe(
      "No named contact is given for `PCC`, so providers and the people they support may not know whom to reach. Add `contact` with a named person or team and how to reach them.",
    );
  });

  it("lists every commissioner and funder without a contact in one note, at the first", () => {
    const [problem] = expectProblems(
      `agreement Example {
  parties {
    [|PCC|] commissioner "Plymouth City Council" {
      representative "Director of People"
    }
    Trust funder "A charitable trust" {
    }
  }
}
`,
      [{ code: "ALY091" }],
    );
    expect(problem.message).toBe(
      "No named contact is given for `PCC` and `Trust`, so providers and the people they support may not know whom to reach. Add `contact` with a named person or team and how to reach them.",
    );
    expect(problem.related.map((r) => r.message)).toEqual(["`Trust` has no named contact"]);
  });

  it("does not report a commissioner with a contact, or a provider without one", () => {
    expectClean(
      `agreement Example {
  parties {
    PCC commissioner "Plymouth City Council" {
      contact "commissioning@plymouth.example"
    }
    Shekinah provider "Shekinah"
  }
}
`,
      ["ALY091"],
    );
  });
});

describe("ALY092 grant funding without an exit plan", () => {
  it("reports `instrument grant` with no exit plan, at `instrument`", () => {
    const [problem] = expectProblems(`agreement Example {\n  [|instrument|] grant because "A pilot"\n}\n`, [{ code: "ALY092" }]);
    expect(problem.message).toBe(
      "This agreement is funded by a grant but has no plan for when the money ends. Add `exit-plan` saying, from the start, how the work will be sustained or wound down.",
    );
    expect(problem.severity).toBe("info");
  });

  it("reports `route grant` when no instrument is given", () => {
    const [problem] = expectProblems(`agreement Example {\n  [|route|] grant\n}\n`, [{ code: "ALY092" }]);
    expect(problem.data).toEqual({ clause: "route grant" });
  });

  it("is clean with an exit plan, for a contract, or when the instrument says contract", () => {
    expectClean(`agreement Example {\n  instrument grant\n  exit-plan "Mainstreamed by the council from 2022"\n}\n`, ["ALY092"]);
    expectClean(`agreement Example {\n  instrument contract because "A ten-year alliance"\n}\n`, ["ALY092"]);
    expectClean(`agreement Example {\n  instrument contract\n  route grant\n}\n`, ["ALY092"]);
  });

  it("checks a specification for grant funding against the agreement it is for", () => {
    const workspace = new Workspace();
    workspace.set("file:///agreement.alliance", `agreement Alliance {\n  term 3 years from 2020-04-01\n}\n`);
    const spec = marked(`specification Spec for Alliance {\n  [|instrument|] grant\n}\n`);
    workspace.set("file:///spec.alliance", spec.text);
    const problems = checkDocument(workspace, "file:///spec.alliance").filter((p) => p.code === "ALY092");
    expect(problems.map((p) => p.span)).toEqual(spec.spans);
    expect(problems[0].message).toBe(
      "This specification is funded by a grant, but the agreement it is for has no plan for when the money ends. Add `exit-plan` to the agreement `Alliance`, saying how the work will be sustained or wound down.",
    );
    expect(problems[0].related[0].uri).toBe("file:///agreement.alliance");

    workspace.set("file:///agreement.alliance", `agreement Alliance {\n  exit-plan "Agreed from year two"\n}\n`);
    expect(checkDocument(workspace, "file:///spec.alliance").filter((p) => p.code === "ALY092")).toEqual([]);
  });

  it("leaves a specification with no agreement to check against alone", () => {
    expectClean(`specification Spec {\n  instrument grant\n}\n`, ["ALY092"]);
  });
});

describe("ALY093 no review or embedding point", () => {
  it("reports an agreement with no review point at its name", () => {
    const [problem] = expectProblems(`agreement [|Example|] {\n  term 10 years from 2019-04-01\n}\n`, [{ code: "ALY093" }]);
    expect(problem.message).toBe(
      "This agreement sets no point at which the parties stop to review the first cycle and decide what to keep. Add a review point, for example `review-point after 18 months`.",
    );
    expect(problem.severity).toBe("info");
  });

  it("reports an agreement with a single stage", () => {
    expectProblems(`agreement [|Example|] {\n  stages {\n    years 1 to 7 "Delivery"\n  }\n}\n`, [{ code: "ALY093" }]);
  });

  it("is clean with a review point, a date, or two or more stages", () => {
    expectClean(`agreement Example {\n  review-point after 18 months\n}\n`, ["ALY093"]);
    expectClean(`agreement Example {\n  review-point 2020-10-01\n}\n`, ["ALY093"]);
    expectClean(`agreement Example {\n  stages {\n    year 1 "Co-production"\n    year 2 "Testing new ways of working"\n  }\n}\n`, ["ALY093"]);
  });

  it("is clean when a regular learning review already gives the parties a point to take stock", () => {
    expectClean(
      `agreement Example {\n  body Board {\n    members all\n  }\n  learning {\n    review quarterly by Board\n  }\n}\n`,
      ["ALY093"],
    );
  });

  it("does not look at specifications", () => {
    expectClean(`specification Spec {\n  targets none\n}\n`, ["ALY093"]);
  });
});

describe("ALY094 staff roles change without union engagement", () => {
  it("reports `staff-changes` with no union engagement", () => {
    const [problem] = expectProblems(`agreement Example {\n  [|staff-changes|] "Everyone re-applies for a new role"\n}\n`, [{ code: "ALY094" }]);
    expect(problem.message).toBe(
      "Staff roles change here, but the agreement does not say how staff and their unions are involved. Add `union-engagement` saying how and when they take part, as early as possible.",
    );
  });

  it("is clean with union engagement, or with no staff changes", () => {
    expectClean(`agreement Example {\n  staff-changes "New teams"\n  union-engagement "Unions on the design group"\n}\n`, ["ALY094"]);
    expectClean(`agreement Example {\n  term 3 years from 2020-04-01\n}\n`, ["ALY094"]);
  });
});
