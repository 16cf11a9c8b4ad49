import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { PRINCIPLES_RULES } from "../../../server/src/core/rules/principles";
import { meaningOf } from "../../../server/src/core/rules/principles/meaning";
import { expectClean, expectProblems } from "../../helpers/check";

const CODES = PRINCIPLES_RULES.map((r) => r.code);

/** The whole message, exactly. */
function exactly(message: string): RegExp {
  return new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
}

/** What a principle worded this way commits the alliance to. */
function meaning(text: string, name = "p") {
  const { principle: _principle, ...rest } = meaningOf({ kind: "Principle", name: { kind: "Ident", name, span: { start: 0, end: 0 } }, text: { kind: "Str", value: text } } as never);
  return rest;
}

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

  describe("what a principle commits the alliance to, however it is worded", () => {
    it("reads unanimity and the decisions it covers", () => {
      expect(meaning("We decide every key issue unanimously")).toEqual({ unanimity: ["key-issues"] });
      expect(meaning("All decisions are made together")).toEqual({ unanimity: ["everything"] });
      expect(meaning("We decide by consensus")).toEqual({ unanimity: ["everything"] });
      expect(meaning("No one is outvoted")).toEqual({ unanimity: ["everything"] });
      expect(meaning("Every party must agree to any change to the budget")).toEqual({ unanimity: ["spend"] });
      expect(meaning("Admitting new members needs the consent of all the parties")).toEqual({ unanimity: ["membership"] });
      expect(meaning("Key decisions are taken by all the parties together")).toEqual({ unanimity: ["key-issues"], byAllParties: true });
      expect(meaning("We only decide when every partner agrees")).toEqual({ unanimity: ["everything"] });
      expect(meaning("We reach key decisions by consensus, with no vote and no casting vote")).toEqual({ unanimity: ["key-issues"] });
      expect(meaning("Every member has equal authority; we do not vote")).toEqual({ unanimity: ["everything"] });
      expect(meaning("Anything", "consensus")).toEqual({ unanimity: ["key-issues"] });
    });

    it("does not read an aim, a denial or a majority fallback as unanimity", () => {
      expect(meaning("We aim for consensus where possible")).toEqual({});
      expect(meaning("Decisions need not be unanimous")).toEqual({});
      expect(meaning("We decide by consensus, or failing that by majority vote")).toEqual({});
      expect(meaning("We work together as partners")).toEqual({});
    });

    it("reads learning rather than targets in three wordings, and not a hedged one", () => {
      expect(meaning("We use measures to learn, not to manage performance")).toEqual({ learningNotTargets: true });
      expect(meaning("There are no targets: data is for learning")).toEqual({ learningNotTargets: true });
      expect(meaning("We learn from the data rather than judge each other by it")).toEqual({ learningNotTargets: true });
      expect(meaning("We learn from what happens rather than managing by targets")).toEqual({ learningNotTargets: true });
      expect(meaning("Measures are used primarily for learning")).toEqual({});
    });

    it("reads no fault, no blame and the exceptions it states", () => {
      expect(meaning("We avoid disputes, except in very limited cases of willful default")).toEqual({});
      expect(meaning("No fault, no blame between us, except in very limited cases of willful default")).toEqual({ noFaultNoBlame: { exceptions: ["willful default"] } });
      expect(meaning("We do not blame each other")).toEqual({ noFaultNoBlame: { exceptions: [] } });
    });

    it("reads the other reference commitments", () => {
      expect(meaning("Together we carry every risk of providing the services")).toEqual({ collectiveRisk: true });
      expect(meaning("Our books are open to each other")).toEqual({ openBook: true });
      expect(meaning("We share our accounts for this project with each other")).toEqual({ openBook: true });
      expect(meaning("We decide by asking what matters most to the older person")).toEqual({ bestForPeople: true });
      expect(meaning("Each decision is whatever is best for the person using the service")).toEqual({ bestForPeople: true });
      expect(meaning("Key roles go to the best person")).toEqual({ bestPerson: true });
      expect(meaning("We follow the Alliance Values & Behaviours")).toEqual({ valuesAndBehaviours: true });
    });
  });

  describe("ALY301 principles missing", () => {
    it("reports an agreement without principles at its name, as a departure", () => {
      const problems = expectProblems(`agreement [|Plymouth|] {\n  purpose "Adults live well"\n}`, [
        { code: "ALY301", message: exactly("This agreement sets out no principles. Add a principles section with the commitments every party makes, such as deciding on what is best for the people using services.") },
      ]);
      expect(problems[0].severity).toBe("warning");
    });

    it("reports an empty principles section at its keyword", () => {
      expectProblems(`agreement A {\n  [|principles|] {\n  }\n}`, [
        { code: "ALY301", message: exactly("The principles section is empty. Add the commitments every party makes, one on each line, such as deciding on what is best for the people using services.") },
      ]);
    });

    it("stays quiet when the principles are there under a misspelt keyword, which is reported where it is written", () => {
      // The misspelt heading is read as the principles, so a principle written under it counts: ALY407 is quiet
      // because the drafter wrote a best-for-people test there, not because the section went unread.
      const text = `agreement A {\n  principals {\n    open "Open books"\n    people "We decide on what is best for the people using services"\n  }\n}`;
      expect(checkText(text).some((p) => p.code === "ALY001")).toBe(true);
      expectClean(text, ["ALY301", "ALY407"]);
      // Without one, the finding is the same as for the correctly spelt heading.
      const without = `agreement A {\n  principals {\n    open "Open books"\n  }\n}`;
      expect(checkText(without).filter((p) => p.code === "ALY407").length).toBe(checkText(without.replace("principals", "principles")).filter((p) => p.code === "ALY407").length);
    });

    it("does not ask a tender document for principles", () => {
      expectClean(`tender T {\n  purpose "Adults live well"\n}`, ["ALY301"]);
    });
  });

  describe("ALY302 Plymouth's seven principles", () => {
    it("notes principles with none of Plymouth's kind once, at the principles keyword, in Plymouth's order", () => {
      const problems = expectProblems(
        agreement(`  [|principles|] {
    local "We work locally"
  }`),
        [{ code: "ALY302", message: exactly("No principle here is of the kind Plymouth's Alliance Principles set out, such as collective risk, no fault and no blame, or open books. Consider whether the alliance adopts any.") }],
      );
      expect(problems[0].severity).toBe("info");
      expect(problems[0].data).toEqual({ elements: ["a", "c", "d", "e", "f", "g"], names: ["collective-risk", "unanimous", "no-fault-no-blame", "open-book", "best-person", "values-and-behaviours"] });
    });

    it("accepts all seven, with names in any case", () => {
      expectClean(agreement(`  principles {\n${SEVEN.replace("open-book", "Open-Book")}\n  }`), ["ALY302"]);
    });

    it("stays quiet when the alliance adopts only some of them: another alliance's principles are not a checklist", () => {
      expectClean(
        agreement(`  principles {
    best-for-service "Best for service"
    unanimous "We decide key issues unanimously"
    no-blame "No fault, no blame"
  }`),
        ["ALY302"],
      );
      expectClean(agreement(`  principles {\n    sharing "We take collective responsibility for all the risks"\n  }`), ["ALY302"]);
    });

    it("accepts Future Pathways' names: best for service, and consensus for unanimity", () => {
      const futurePathways = SEVEN.replace("best-for-people", "best-for-service").replace("unanimous", "consensus");
      expectClean(agreement(`  principles {\n${futurePathways}\n  }`), ["ALY302"]);
    });

    it("stays silent without principles", () => {
      expectClean(agreement(""), ["ALY302"]);
      expectClean(agreement("  principles {\n  }"), ["ALY302"]);
    });
  });

  describe("ALY303 principle without mechanism", () => {
    it("notes a unanimity principle with no decision rule, at the principle's name", () => {
      const problems = expectProblems(agreement(`  principles {\n    [|unanimous|] "We decide all key issues unanimously"\n  }`, "  body Board {\n    members all\n  }"), [
        { code: "ALY303", message: exactly("No clause puts the principle `unanimous` into effect. Consider adding a body that decides by unanimity.") },
      ]);
      expect(problems[0].severity).toBe("info");
    });

    it("notes several principles once, pointing at the others", () => {
      const problems = expectProblems(agreement(`  principles {\n    [|open-book|] "Open books"\n    best-person "Best person"\n  }`), [
        { code: "ALY303", message: exactly("No clause puts 2 principles into effect: `open-book`, `best-person`. Consider adding, for each, the clause that carries it out.") },
      ]);
      expect(problems[0].related.map((r) => r.message)).toEqual(["`best-person` has no clause either"]);
    });

    it("counts any decision rule for unanimity, whether it carries the principle out or contradicts it", () => {
      expectClean(agreement(`  principles {\n    unanimous "Unanimous"\n  }`, "  body Board {\n    decides key-issues by consensus\n  }"), ["ALY303"]);
      expectClean(agreement(`  principles {\n    unanimous "Unanimous"\n  }`, "  body Board {\n    decides key-issues by majority\n  }"), ["ALY303"]);
    });

    it("checks a principle recognised by its wording", () => {
      expectProblems(agreement(`  principles {\n    [|sharing|] "We take collective responsibility for all the risks"\n  }`, "  risk {\n    accounting open-book\n  }"), [
        { code: "ALY303", message: exactly("No clause puts the principle `sharing` into effect. Consider adding a risk clause on collective responsibility.") },
      ]);
    });

    it("treats a consensus principle as unanimity", () => {
      expectProblems(agreement(`  principles {\n    [|consensus|] "No voting"\n  }`), [{ code: "ALY303", message: exactly("No clause puts the principle `consensus` into effect. Consider adding a body that decides by unanimity.") }]);
    });

    it("notes no fault, no blame without a disputes clause, open books without accounts, best person without roles", () => {
      expectProblems(agreement(`  principles {\n    [|no-fault-no-blame|] "No blame"\n  }`, "  risk {\n    responsibility collective\n  }"), [
        { code: "ALY303", message: exactly("No clause puts the principle `no-fault-no-blame` into effect. Consider adding a no-fault-no-blame clause.") },
      ]);
      expectProblems(agreement(`  principles {\n    [|open-book|] "Open books"\n  }`, "  risk {\n    responsibility collective\n  }"), [
        { code: "ALY303", message: exactly("No clause puts the principle `open-book` into effect. Consider adding an accounting clause.") },
      ]);
      expectProblems(agreement(`  principles {\n    [|best-person|] "Best person"\n  }`, "  roles {\n  }"), [
        { code: "ALY303", message: exactly("No clause puts the principle `best-person` into effect. Consider adding named key roles.") },
      ]);
    });

    it("leaves a risk clause that contradicts its principle to the risk rules, and passes each principle with its mechanism", () => {
      expectClean(agreement(`  principles {\n    collective-risk "We share all risks"\n  }`, "  risk {\n    responsibility separate\n  }"), ["ALY303"]);
      expectClean(agreement(`  principles {\n    open-book "Open books"\n  }`, "  risk {\n    accounting closed-book\n  }"), ["ALY303"]);
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
    it("notes the values-and-behaviours principle without any values, once", () => {
      const problems = expectProblems(agreement(`  principles {\n    [|values-and-behaviours|] "We act by our values"\n    conduct "We follow the Alliance Values & Behaviours"\n  }`), [
        { code: "ALY304", message: exactly("The principle `values-and-behaviours` binds the parties to the alliance's values and behaviours, but the agreement does not set them out. Add a values section listing them.") },
      ]);
      expect(problems[0].severity).toBe("info");
      expect(problems[0].related.map((r) => r.message)).toEqual(["`conduct` refers to them too"]);
    });

    it("points at an empty values section", () => {
      const problems = expectProblems(agreement(`  principles {\n    [|conduct|] "We follow the Alliance Values & Behaviours"\n  }`, "  values {\n  }"), [{ code: "ALY304" }]);
      expect(problems[0].related.map((r) => r.message)).toEqual(["the values section lists none"]);
    });

    it("passes when a value is listed or the values are defined, and ignores principles that do not mention values", () => {
      expectClean(agreement(`  principles {\n    values-and-behaviours "We act by our values"\n  }`, '  values {\n    respect "Respect"\n  }'), ["ALY304"]);
      expectClean(agreement(`  principles {\n    values-and-behaviours "We act by our values"\n  }`, '  definitions {\n    values-and-behaviours "The Alliance Values and Behaviours in schedule 3"\n  }'), ["ALY304"]);
      expectClean(agreement(`  principles {\n    open-book "Open books"\n  }`), ["ALY304"]);
    });
  });

  describe("ALY305 party exempted", () => {
    it("points at the words that exempt a party by its short name", () => {
      const problems = expectProblems(agreement(`  principles {\n    open-book "Every party keeps open books, [|except PCC|]"\n  }`), [
        { code: "ALY305", message: exactly('The principle `open-book` exempts `PCC` ("except PCC"), but principles and values bind every party, the commissioner included. Reword it so that it applies to all the parties.') },
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
        { code: "ALY306", message: exactly("The principles do not say who wrote them. If they were written with the parties and the people the alliance serves, record it, for example `principles co-produced with PCC, Shekinah`.") },
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
