import { describe, expect, it } from "vitest";
import { checkText } from "../../server/src/core";
import { expectProblems, expectClean } from "../helpers/check";

describe("the analysis pipeline", () => {
  it("reports an undeclared party at its name", () => {
    expectProblems(
      `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
  }
  body Board {
    members PCC, [|Shekinha|]
  }
}`,
      [{ code: "ALY010", message: "No party or role is named `Shekinha`. Correct the name, or add it to the parties." }],
    );
  });

  it("suggests a close name", () => {
    expectProblems(
      `agreement A {
  parties {
    Shekinah provider "Shekinah"
  }
  body Board {
    members [|Shekinha|]
  }
}`,
      [{ code: "ALY010", message: "did you mean `Shekinah`?" }],
    );
  });

  it("never throws on an empty file", () => {
    const problems = checkText("");
    expect(problems.map((p) => p.code)).toEqual(["ALY018"]);
  });

  it("silences a code on the next clause with a reason, and reports one without", () => {
    expectClean(
      `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
  }
  // alliance-ignore ALY010: the provider signs in April
  body Board {
    members PCC, Later
  }
}`,
      ["ALY010", "ALY015", "ALY016"],
    );
    expectProblems(
      `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
  }
  [|// alliance-ignore ALY010|]
  body Board {
    members PCC, Later
  }
}`,
      [{ code: "ALY015" }],
    );
  });
});
