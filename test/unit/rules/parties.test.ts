import { describe, expect, it } from "vitest";
import { checkDocument, checkText, Workspace } from "../../../server/src/core";
import { PARTIES_RULES } from "../../../server/src/core/rules/parties";
import { expectClean, expectProblems } from "../../helpers/check";

const CODES = PARTIES_RULES.map((r) => r.code);

/** A well-drafted pack's parties: every rule in this topic passes it. */
const COMPLETE = `agreement Plymouth "Plymouth complex needs alliance" {
  route light-touch
  parties {
    PCC commissioner "Plymouth City Council" {
      representative "Strategic Commissioning Manager"
      authority "Scheme of delegation, Cabinet decision 2019"
      contributes "Pooled budget, commissioning staff and system stewardship"
      time "One day a week"
    }
    Shekinah provider "Shekinah" {
      representative "Chief Executive"
      authority "Delegated by the Shekinah board"
      contributes "Street outreach, day centre and peer mentors"
      time "4 to 5 hours a week"
      framework "Plymouth care and support framework"
    }
    Voices lived-experience "Voices of people using services" {
      representative "Chosen by the members each year"
      authority "Mandate from the members' meeting"
      contributes "Lived experience, co-design and review"
      time "Half a day a month, paid"
    }
  }
  body Board "Alliance Leadership Board" {
    members all
  }
}`;

describe("parties and membership", () => {
  it("passes a complete set of parties", () => {
    expectClean(COMPLETE, CODES);
  });

  describe("ALY101 too few parties", () => {
    it("reports an agreement with one party at the parties keyword", () => {
      expectProblems(
        `agreement A {
  [|parties|] {
    PCC commissioner "Plymouth City Council"
  }
}`,
        [{ code: "ALY101", message: "`PCC` is the only party. An alliance needs at least two parties" }],
      );
    });

    it("reports an empty parties block", () => {
      expectProblems(`agreement A {\n  [|parties|] {\n  }\n}`, [{ code: "ALY101", message: "The `parties` block lists no parties" }]);
    });

    it("reports an agreement without a parties block at its short name", () => {
      expectProblems(`agreement [|A|] "An alliance" {\n  purpose "People live well"\n}`, [
        { code: "ALY101", message: "This agreement does not say who its parties are. Add a `parties` block" },
      ]);
    });

    it("counts parties across parties blocks: exactly two is enough", () => {
      expectClean(
        `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
  }
  parties {
    Shekinah provider "Shekinah"
  }
}`,
        ["ALY101"],
      );
    });

    it("does not check tender documents, which have no parties", () => {
      expectClean(`specification S {\n  purpose "People live well"\n}`, ["ALY101"]);
    });
  });

  describe("ALY102 commissioner not a member", () => {
    it("reports parties with no commissioner at the parties keyword", () => {
      expectProblems(
        `agreement A {
  [|parties|] {
    Shekinah provider "Shekinah"
    Livewell provider "Livewell Southwest"
  }
}`,
        [{ code: "ALY102", message: "No party is the commissioner" }],
      );
    });

    it("accepts a funder in place of a commissioner", () => {
      expectClean(
        `agreement A {
  parties {
    Oak funder "Oak Foundation"
    Simon provider "Simon Community"
  }
}`,
        ["ALY102"],
      );
    });

    it("reports a commissioner who sits on none of the bodies, at its name", () => {
      expectProblems(
        `agreement A {
  parties {
    [|PCC|] commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
    Livewell provider "Livewell Southwest"
  }
  body Board {
    members Shekinah, Livewell
  }
}`,
        [{ code: "ALY102", message: "`PCC` is the commissioner but sits on none of the alliance's bodies" }],
      );
    });

    it("counts a commissioner seated through a role it holds", () => {
      expectClean(
        `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
  roles {
    Lead officer "Commissioning lead" held by PCC
  }
  body Board {
    members Shekinah, Lead
  }
}`,
        ["ALY102"],
      );
    });

    it("stays silent when there are no parties (ALY101 reports that) or no body seats anyone", () => {
      expectClean(`agreement A {\n  parties {\n  }\n}`, ["ALY102"]);
      expectClean(
        `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
  body Board {
    meets monthly
  }
}`,
        ["ALY102"],
      );
    });
  });

  describe("ALY103 representative and authority", () => {
    it("reports a seated party with neither, at its name, pointing at the members clause", () => {
      const problems = expectProblems(
        `agreement A {
  parties {
    [|PCC|] commissioner "Plymouth City Council"
    Shekinah provider "Shekinah" {
      representative "Chief Executive"
      authority "Delegated by the Shekinah board"
    }
  }
  body Board {
    members PCC, Shekinah
  }
}`,
        [{ code: "ALY103", message: "`PCC` sits on `Board` but does not name who represents it or where that person's authority to commit it comes from: give `PCC` a block" }],
      );
      expect(problems[0].related.map((r) => r.message)).toEqual(["`PCC` is a member of `Board` here"]);
      expect(problems[0].data).toEqual({ party: "PCC", missing: ["representative", "authority"] });
    });

    it("reports a missing authority alone, for every party when members are all", () => {
      expectProblems(
        `agreement A {
  parties {
    [|PCC|] commissioner "Plymouth City Council" {
      representative "Strategic Commissioning Manager"
    }
    [|Shekinah|] provider "Shekinah" {
      authority "Delegated by the Shekinah board"
    }
    [|Later|] provider "Joins in year two"
  }
  body Board {
    members all
  }
}`,
        [
          { code: "ALY103", message: "`PCC` sits on `Board` but does not say where its representative's authority to commit it comes from: in its block, add `authority \"…\"`" },
          { code: "ALY103", message: "`Shekinah` sits on `Board` but does not name who represents it: in its block, add `representative \"…\"`" },
          { code: "ALY103", message: "`Later` sits on `Board`" },
        ],
      );
    });
  });

  describe("ALY103 representative and authority: where it does not apply", () => {
    it("ignores parties that sit on no body, and roles named as members", () => {
      expectClean(
        `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah"
  }
  roles {
    Chair chair "Independent chair"
  }
  body Board {
    members Chair
  }
}`,
        ["ALY103"],
      );
    });

    it("treats empty text as missing", () => {
      expectProblems(
        `agreement A {
  parties {
    [|PCC|] commissioner "Plymouth City Council" {
      representative ""
      authority "Scheme of delegation"
    }
  }
  body Board {
    members PCC
  }
}`,
        [{ code: "ALY103", message: "does not name who represents it" }],
      );
    });
  });

  describe("ALY104 contribution missing", () => {
    it("reports every party without `contributes`, at its name", () => {
      expectProblems(
        `agreement A {
  parties {
    [|PCC|] commissioner "Plymouth City Council"
    Shekinah provider "Shekinah" {
      contributes "Street outreach and a day centre"
    }
    [|Livewell|] provider "Livewell Southwest" {
      time "A day a week"
    }
  }
}`,
        [
          { code: "ALY104", message: "`PCC` does not say what it brings to the alliance or how its work serves the shared purpose: give `PCC` a block (add `{` after its full name and `}` on a later line) holding `contributes \"…\"`" },
          { code: "ALY104", message: "`Livewell` does not say what it brings to the alliance or how its work serves the shared purpose: in its block, add `contributes \"…\"`, naming its money, staff, premises or other support" },
        ],
      );
    });

    it("passes parties that state their contribution", () => {
      expectClean(
        `agreement A {
  parties {
    PCC commissioner "Plymouth City Council" {
      contributes "Pooled budget"
    }
    Shekinah provider "Shekinah" {
      contributes "Outreach"
    }
  }
}`,
        ["ALY104"],
      );
    });
  });

  describe("ALY105 provider as lead", () => {
    it("reports a provider that is also the lead, at the word `lead`", () => {
      const problems = expectProblems(
        `agreement A {
  parties {
    Council commissioner "Inverclyde Council"
    KEY provider, [|lead|] "KEY Housing"
  }
}`,
        [{ code: "ALY105", message: "`KEY` leads the alliance and is also one of its providers" }],
      );
      expect(problems[0].related.map((r) => r.message)).toEqual(["`KEY` is also a provider"]);
    });

    it("passes a lead that provides no services, and a provider that does not lead", () => {
      expectClean(
        `agreement A {
  parties {
    Council commissioner "Inverclyde Council"
    KEY provider "KEY Housing"
    TAG lead, lived-experience "Inverclyde TAG"
  }
}`,
        ["ALY105"],
      );
    });
  });

  describe("ALY106 provider not on the framework", () => {
    it("reports each provider without `framework` when the route is a framework call-off", () => {
      const problems = expectProblems(
        `agreement A {
  route framework-call-off
  parties {
    Council commissioner "Glasgow City Council"
    Simon provider "Simon Community" {
      framework "Glasgow care and support framework"
    }
    [|Marie|] provider "The Marie Trust"
  }
}`,
        [{ code: "ALY106", message: "The alliance is bought by a call-off from a framework (`route framework-call-off`), but `Marie` does not say it holds a place on that framework" }],
      );
      expect(problems[0].related[0].message).toBe("the route is `framework-call-off` here");
    });

    it("names a dynamic purchasing system for a DPS call-off", () => {
      expectProblems(
        `agreement A {
  route dps-call-off
  parties {
    Council commissioner "Glasgow City Council"
    [|Marie|] provider "The Marie Trust" {
      contributes "Day centre"
    }
  }
}`,
        [{ code: "ALY106", message: "does not say it holds a place on that dynamic purchasing system; a partner who is not on it cannot be called off. In its block, add `framework \"…\"` naming the dynamic purchasing system" }],
      );
    });

    it("ignores other routes, and parties that are not providers", () => {
      expectClean(
        `agreement A {
  route light-touch
  parties {
    Council commissioner "Glasgow City Council"
    Marie provider "The Marie Trust"
  }
}`,
        ["ALY106"],
      );
      expectClean(
        `agreement A {
  route framework-call-off
  parties {
    Council commissioner "Glasgow City Council"
    Voices lived-experience "Voices"
  }
}`,
        ["ALY106"],
      );
    });

    it("reads the route from a specification written for the agreement", () => {
      const workspace = new Workspace();
      workspace.set("file:///agreement.alliance", `agreement Glasgow {
  parties {
    Council commissioner "Glasgow City Council"
    Marie provider "The Marie Trust"
  }
}`);
      workspace.set("file:///spec.alliance", `specification GlasgowSpec for Glasgow {
  route framework-call-off
}`);
      const problems = checkDocument(workspace, "file:///agreement.alliance").filter((p) => p.code === "ALY106");
      expect(problems.map((p) => p.message)).toEqual([
        expect.stringContaining("`Marie` does not say it holds a place on that framework"),
      ]);
      expect(problems[0].related[0].uri).toBe("file:///spec.alliance");
    });
  });

  describe("ALY107 time commitment missing", () => {
    it("reports every party without `time`, at its name", () => {
      expectProblems(
        `agreement A {
  parties {
    SG commissioner "Scottish Government" {
      time "Half a day a week"
    }
    [|Penumbra|] provider "Penumbra"
  }
}`,
        [{ code: "ALY107", message: "`Penumbra` does not say how much time it will give to alliance meetings and work" }],
      );
    });

    it("passes parties that state their time", () => {
      expectClean(
        `agreement A {
  parties {
    SG commissioner "Scottish Government" {
      time "Half a day a week"
    }
    Penumbra provider "Penumbra" {
      time "4 to 5 hours a week"
    }
  }
}`,
        ["ALY107"],
      );
    });
  });

  it("every example breaks its own rule and its right version does not", () => {
    for (const rule of PARTIES_RULES) {
      expect(checkText(rule.example.wrong).map((p) => p.code), rule.code).toContain(rule.code);
      expect(checkText(rule.example.right).map((p) => p.code), rule.code).not.toContain(rule.code);
    }
  });
});
