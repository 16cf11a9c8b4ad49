import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { PRINCIPLES_RULES } from "../../../server/src/core/rules/principles";
import { expectClean, expectProblems } from "../../helpers/check";

const CODES = PRINCIPLES_RULES.map((r) => r.code);

const SEVEN = `    collective-risk "We take collective responsibility for all the risks of providing the services"
    best-for-people "We decide on the basis of what is best for the people using services"
    unanimous "We decide all key issues unanimously, on principles and values"
    no-fault-no-blame "We avoid disputes and litigation between us, except in very limited cases of wilful default"
    open-book "Our books are open to each other and we are transparent in all matters"
    best-person "Key roles go to the best person for them"
    values-and-behaviours "We act in line with the Alliance Values and Behaviours at all times"`;

/** A well-drafted agreement: every rule in this topic passes it. */
const COMPLETE = `agreement Plymouth "Plymouth complex needs alliance" {
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
    Voices lived-experience "Voices of people using services"
  }
  roles {
    Manager project-manager "Alliance manager" reports to Board
  }
  principles co-produced with PCC, Shekinah, Voices {
${SEVEN}
  }
  values {
    respect "We treat each other with respect"
  }
  body Board "Alliance Leadership Board" {
    members all
    decides key-issues by unanimity
  }
  risk {
    responsibility collective
    no-fault-no-blame except wilful-default
    accounting open-book
  }
}`;

/** An agreement around a principles block, with the mechanisms every operative principle needs. */
function agreement(principles: string, rest = ""): string {
  return `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
${principles}
${rest}
}`;
}

describe("principles, values and behaviours", () => {
  it("passes a complete agreement", () => {
    expectClean(COMPLETE, CODES);
  });

  describe("ALY301 principles missing", () => {
    it("reports an agreement without principles at its short name", () => {
      expectProblems(`agreement [|Plymouth|] {\n  purpose "Adults live well"\n}`, [
        { code: "ALY301", message: "This agreement sets out no principles. Add a `principles` block" },
      ]);
    });

    it("reports an empty principles block at its keyword", () => {
      expectProblems(`agreement A {\n  [|principles|] {\n  }\n}`, [{ code: "ALY301", message: "The `principles` block is empty" }]);
    });

    it("does not ask a tender document for a principles block", () => {
      expectClean(`tender T {\n  purpose "Adults live well"\n}`, ["ALY301"]);
    });
  });

  describe("ALY302 Plymouth's seven principles", () => {
    it("reports each missing element at the principles keyword, in Plymouth's order", () => {
      const problems = expectProblems(
        agreement(`  [|[|principles|]|] {
    best-for-service "Best for service"
    unanimous "We decide key issues unanimously"
    no-blame "No fault, no blame"
    open-book "Open books"
    best-person "The best person in each key role"
  }`),
        [
          { code: "ALY302", message: "Plymouth's Alliance Principles include collective responsibility for all the risks of providing the services; this agreement has no principle for it. If the alliance adopts it, add `collective-risk \"…\"` here" },
          { code: "ALY302", message: "acting at all times in line with the alliance's values and behaviours" },
        ],
      );
      expect(problems.map((p) => p.data)).toEqual([
        { element: "a", name: "collective-risk" },
        { element: "g", name: "values-and-behaviours" },
      ]);
    });

    it("accepts all seven, with names in any case", () => {
      expectClean(agreement(`  principles {\n${SEVEN.replace("open-book", "Open-Book")}\n  }`), ["ALY302"]);
    });

    it("recognises an element by its wording, and leaves the best-for-people test to ALY407", () => {
      const problems = expectProblems(
        agreement(`  [|principles|] {
    sharing "We take collective responsibility for all the risks"
    deciding "Decisions on key issues are unanimous"
    disputes "No fault, no blame between us"
    money "We keep open books"
    people "Each key role goes to the best person"
  }`),
        [{ code: "ALY302", message: "values and behaviours" }],
      );
      expect(problems.map((p) => p.data)).toEqual([{ element: "g", name: "values-and-behaviours" }]);
    });

    it("accepts Future Pathways' names: best for service, and consensus for unanimity", () => {
      const futurePathways = SEVEN.replace("best-for-people", "best-for-service").replace("unanimous", "consensus");
      expectClean(agreement(`  principles {\n${futurePathways}\n  }`), ["ALY302"]);
    });

    it("stays silent without principles (ALY301 reports that)", () => {
      expectClean(agreement(""), ["ALY302"]);
      expectClean(agreement("  principles {\n  }"), ["ALY302"]);
    });
  });

  describe("ALY303 principle without mechanism", () => {
    it("reports unanimity with no key-issues decision rule, at the principle's name", () => {
      expectProblems(
        agreement(`  principles {\n    [|unanimous|] "We decide all key issues unanimously"\n  }`, "  body Board {\n    members all\n  }"),
        [{ code: "ALY303", message: "`unanimous` commits the parties to unanimous decisions on key issues, but no body decides key issues that way: add `decides key-issues by unanimity` to the body that takes them, such as `Board`" }],
      );
    });

    it("accepts consensus, and leaves a key-issues rule that votes to the decision rules", () => {
      expectClean(agreement(`  principles {\n    unanimous "Unanimous"\n  }`, "  body Board {\n    decides key-issues by consensus\n  }"), ["ALY303"]);
      expectClean(agreement(`  principles {\n    unanimous "Unanimous"\n  }`, "  body Board {\n    decides key-issues by majority\n  }"), ["ALY303"]);
    });

    it("checks a principle recognised by its wording", () => {
      expectProblems(agreement(`  principles {\n    [|sharing|] "We take collective responsibility for all the risks"\n  }`, "  risk {\n    accounting open-book\n  }"), [
        { code: "ALY303", message: "`sharing` says the parties carry risk collectively" },
      ]);
    });

    it("treats a consensus principle as unanimity", () => {
      expectProblems(agreement(`  principles {\n    [|consensus|] "No voting"\n  }`), [
        { code: "ALY303", message: "`consensus` commits the parties to unanimous decisions on key issues, but no body decides key issues that way: add `decides key-issues by unanimity` to the body that takes them (declare it with `body`)" },
      ]);
    });

    it("does not count a unanimous rule on something other than key issues", () => {
      expectProblems(agreement(`  principles {\n    [|unanimity|] "Unanimous"\n  }`, "  body Board {\n    decides membership by unanimity\n  }"), [
        { code: "ALY303", message: "no body decides key issues that way" },
      ]);
    });

    it("reports collective risk without a risk block, or a risk block that does not say who carries risk", () => {
      expectProblems(agreement(`  principles {\n    [|collective-risk|] "We share all risks"\n  }`), [
        { code: "ALY303", message: "but the agreement does not put that into effect: add a `risk` block holding `responsibility collective`" },
      ]);
      expectProblems(agreement(`  principles {\n    [|collective-risk|] "We share all risks"\n  }`, "  risk {\n    accounting open-book\n  }"), [
        { code: "ALY303", message: "add `responsibility collective` to the `risk` block" },
      ]);
    });

    it("leaves a risk clause that contradicts its principle to the risk rules", () => {
      expectClean(agreement(`  principles {\n    collective-risk "We share all risks"\n  }`, "  risk {\n    responsibility separate\n  }"), ["ALY303"]);
      expectClean(agreement(`  principles {\n    open-book "Open books"\n  }`, "  risk {\n    accounting closed-book\n  }"), ["ALY303"]);
    });

    it("reports no fault, no blame without a disputes clause", () => {
      expectProblems(agreement(`  principles {\n    [|no-fault-no-blame|] "No blame"\n  }`, "  risk {\n    responsibility collective\n  }"), [
        { code: "ALY303", message: "add `no-fault-no-blame except wilful-default` to the `risk` block" },
      ]);
    });

    it("reports open books without any accounting clause", () => {
      expectProblems(agreement(`  principles {\n    [|open-book|] "Open books"\n  }`, "  risk {\n    responsibility collective\n  }"), [
        { code: "ALY303", message: "does not say how the books are kept: add `accounting open-book` to the `risk` block" },
      ]);
    });

    it("reports best person without any named roles", () => {
      expectProblems(agreement(`  principles {\n    [|best-person|] "Best person"\n  }`), [
        { code: "ALY303", message: "says key roles go to the best person, but the agreement names no key roles: add a `roles` block naming them" },
      ]);
      expectProblems(agreement(`  principles {\n    [|best-person|] "Best person"\n  }`, "  roles {\n  }"), [
        { code: "ALY303", message: "list them in the `roles` block" },
      ]);
    });

    it("passes each principle with its mechanism", () => {
      expectClean(
        agreement(
          `  principles {\n${SEVEN}\n  }`,
          `  roles {
    Manager project-manager "Alliance manager"
  }
  body Board {
    decides key-issues by unanimity
  }
  risk {
    responsibility collective
    no-fault-no-blame except wilful-default
    accounting open-book
  }`,
        ),
        ["ALY303"],
      );
    });
  });

  describe("ALY304 values not defined", () => {
    it("reports the values-and-behaviours principle without a values block", () => {
      expectProblems(agreement(`  principles {\n    [|values-and-behaviours|] "We act by our values"\n  }`), [
        { code: "ALY304", message: "`values-and-behaviours` binds the parties to the alliance's values and behaviours, but the agreement does not set them out: add a `values` block" },
      ]);
    });

    it("reports any principle whose wording mentions values and behaviours, when the values block is empty", () => {
      const problems = expectProblems(
        agreement(`  principles {\n    [|conduct|] "We follow the Alliance Values & Behaviours"\n  }`, "  values {\n  }"),
        [{ code: "ALY304", message: "but the `values` block declares none" }],
      );
      expect(problems[0].related.map((r) => r.message)).toEqual(["the `values` block is empty"]);
    });

    it("passes when at least one value is declared, and ignores principles that do not mention values", () => {
      expectClean(agreement(`  principles {\n    values-and-behaviours "We act by our values"\n  }`, '  values {\n    respect "Respect"\n  }'), ["ALY304"]);
      expectClean(agreement(`  principles {\n    open-book "Open books"\n  }`), ["ALY304"]);
    });
  });

  describe("ALY305 party exempted", () => {
    it("points at the words that exempt a party by its short name", () => {
      const problems = expectProblems(agreement(`  principles {\n    open-book "Every party keeps open books, [|except PCC|]"\n  }`), [
        { code: "ALY305", message: 'The principle `open-book` exempts `PCC` ("except PCC")' },
      ]);
      expect(problems[0].related.map((r) => r.message)).toEqual(["`PCC` is a party to the agreement"]);
    });

    it("finds a party by its full name or its role, and a party said to be exempt", () => {
      expectProblems(agreement(`  principles {\n    open-book "Open books for all [|other than Plymouth City Council|]"\n  }`), [{ code: "ALY305" }]);
      expectProblems(agreement(`  principles {\n    collective-risk "All risks are shared, [|excluding the commissioner|]"\n  }`), [
        { code: "ALY305", message: "exempts `PCC`" },
      ]);
      expectProblems(agreement(`  principles {\n    no-fault-no-blame "No blame between us. [|Shekinah is exempt|] from this"\n  }`), [{ code: "ALY305" }]);
      expectProblems(agreement(`  principles {\n    unanimous "This [|does not apply to PCC|]"\n  }`), [{ code: "ALY305" }]);
    });

    it("checks values too", () => {
      expectProblems(agreement("  principles {\n    open-book \"Open books\"\n  }", '  values {\n    respect "We respect each other, [|apart from the providers|]"\n  }'), [
        { code: "ALY305", message: "The value `respect` exempts `Shekinah`" },
      ]);
    });

    it("does not flag a narrow exception that names no party, a possessive, or an inclusion", () => {
      expectClean(agreement(`  principles {\n    no-fault-no-blame "We avoid disputes except in very limited cases of wilful default"\n  }`), ["ALY305"]);
      expectClean(agreement(`  principles {\n    collective-risk "We share all risk other than the provider's own insurance"\n  }`), ["ALY305"]);
      expectClean(agreement(`  principles {\n    open-book "Every party, including PCC, keeps open books"\n  }`), ["ALY305"]);
      expectClean(agreement(`  principles {\n    open-book "Open books, except PCCs audit papers"\n  }`), ["ALY305"]);
    });
  });

  describe("ALY306 principles not co-produced", () => {
    it("reports a principles block without `co-produced with`, suggesting the parties", () => {
      expectProblems(agreement(`  [|principles|] {\n    open-book "Open books"\n  }`), [
        { code: "ALY306", message: "record it after `principles`, for example `principles co-produced with PCC, Shekinah {`" },
      ]);
    });

    it("passes a block that says who it was written with", () => {
      expectClean(agreement(`  principles co-produced with PCC, Shekinah {\n    open-book "Open books"\n  }`), ["ALY306"]);
    });

    it("stays silent without a principles block (ALY301 reports that)", () => {
      expectClean(agreement(""), ["ALY306"]);
    });
  });

  it("every example breaks its own rule and its right version does not", () => {
    for (const rule of PRINCIPLES_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), rule.code).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), rule.code).not.toContain(rule.code);
    }
  });
});
