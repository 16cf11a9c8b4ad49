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
        [
          {
            code: "ALY101",
            message:
              "This agreement has only one party, `PCC`. An alliance needs at least two parties to share its risks and decisions: add the other members to the list of parties.",
          },
        ],
      );
    });

    it("reports an empty parties block", () => {
      expectProblems(`agreement A {\n  [|parties|] {\n  }\n}`, [
        {
          code: "ALY101",
          message: 'The list of parties is empty. An alliance needs at least two: add the commissioner and every provider, for example `PCC commissioner "Plymouth City Council"`.',
        },
      ]);
    });

    it("reports an agreement without a parties block at its short name", () => {
      expectProblems(`agreement [|A|] "An alliance" {\n  purpose "People live well"\n}`, [
        {
          code: "ALY101",
          message: 'This agreement does not say who its parties are. Add a `parties` section listing the commissioner and every provider, for example `PCC commissioner "Plymouth City Council"`.',
        },
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
        [
          {
            code: "ALY102",
            message:
              "No party is the commissioner. Add the commissioner to the list of parties, with the role `commissioner` (or `funder` for a grant), so that it shares the alliance's risks and decisions.",
          },
        ],
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
        [
          {
            code: "ALY102",
            message:
              "The commissioner `PCC` sits on none of the alliance's bodies, so it stands outside the alliance's decisions. Add it to the members of the body that leads the alliance, such as `Board`.",
          },
        ],
      );
    });

    it("does not ask a grant funder to sit on the partners' bodies", () => {
      expectClean(
        `agreement A {
  parties {
    Hills funder "The Hills Trust"
    Shed provider "Men's Shed"
    Cafe provider "Carers' Cafe"
  }
  body Partners {
    members Shed, Cafe
    decides spend by consensus
  }
}`,
        ["ALY102"],
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
    it("notes once a seated party that names its representative but not their authority, at its name", () => {
      const problems = expectProblems(
        `agreement A {
  parties {
    [|PCC|] commissioner "Plymouth City Council" {
      representative "Strategic Commissioning Manager"
    }
    Shekinah provider "Shekinah" {
      representative "Chief Executive"
      authority "Delegated by the Shekinah board"
    }
  }
  body Board {
    members PCC, Shekinah
  }
}`,
        [
          {
            code: "ALY103",
            message:
              "One party names its representative but not where that person's authority to commit it comes from: `PCC`. Add `authority`, such as a board delegation.",
          },
        ],
      );
      expect(problems[0].severity).toBe("info");
      expect(problems[0].related.map((r) => r.message)).toEqual(["`PCC` is a member of `Board` here"]);
      expect(problems[0].data).toEqual({ parties: ["PCC"], missing: "authority" });
    });

    it("lists every such party in one note, at the first, when members are all", () => {
      const problems = expectProblems(
        `agreement A {
  parties {
    [|PCC|] commissioner "Plymouth City Council" {
      representative "Strategic Commissioning Manager"
    }
    Shekinah provider "Shekinah" {
      representative "Chief Executive"
    }
    Later provider "Joins in year two"
  }
  body Board {
    members all
  }
}`,
        [
          {
            code: "ALY103",
            message:
              "2 parties name their representatives but not where their authority to commit them comes from: `PCC` and `Shekinah`. Add `authority`, such as a board delegation.",
          },
        ],
      );
      expect(problems[0].related.map((r) => r.message)).toEqual([
        "`PCC` is a member of `Board` here",
        "`Shekinah` does not say where its representative's authority comes from",
      ]);
    });

    it("does not ask a party that names no representative: who attends may be settled elsewhere", () => {
      expectClean(
        `agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
    Shekinah provider "Shekinah" {
      authority "Delegated by the Shekinah board"
    }
  }
  body Board {
    members all
  }
}`,
        ["ALY103"],
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
      representative "Strategic Commissioning Manager"
      authority ""
    }
  }
  body Board {
    members PCC
  }
}`,
        [{ code: "ALY103", message: "One party names its representative but not where that person's authority to commit it comes from: `PCC`." }],
      );
    });
  });

  describe("ALY104 contribution missing", () => {
    it("notes once the parties that say nothing where most of the others do, at the first", () => {
      const problems = expectProblems(
        `agreement A {
  parties {
    PCC commissioner "Plymouth City Council" {
      contributes "Pooled budget"
    }
    Shekinah provider "Shekinah" {
      contributes "Street outreach and a day centre"
    }
    Harbour provider "Harbourside" {
      contributes "Recovery workers"
    }
    [|Livewell|] provider "Livewell Southwest" {
      time "A day a week"
    }
  }
}`,
        [
          {
            code: "ALY104",
            message:
              "One party does not say what it brings to the alliance, unlike most of the others: `Livewell`. Add `contributes` to it, naming its money, staff, premises or other support.",
          },
        ],
      );
      expect(problems[0].severity).toBe("info");
    });

    it("is quiet where only a few parties, or none, say what they bring: contributions are then left to another document", () => {
      expectClean(
        `agreement A {
  parties {
    PCC commissioner "Plymouth City Council" {
      contributes "Pooled budget"
    }
    Shekinah provider "Shekinah"
    Livewell provider "Livewell Southwest"
  }
}`,
        ["ALY104"],
      );
      expectClean(`agreement A {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n}`, ["ALY104"]);
    });

    it("counts a party that pools money into the value as having said what it brings", () => {
      expectClean(
        `agreement A {
  value £3m per year pooled by PCC, ICB
  parties {
    PCC commissioner "Plymouth City Council"
    ICB commissioner "NHS Devon"
    Shekinah provider "Shekinah" {
      contributes "Outreach"
    }
  }
}`,
        ["ALY104"],
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
        [
          {
            code: "ALY105",
            message:
              "The lead partner `KEY` is also one of the providers, so it convenes partners it competes with. Consider a neutral lead, or say how the lead keeps its own interests apart.",
          },
        ],
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
        [
          {
            code: "ALY106",
            message:
              "The alliance is bought by a call-off from a framework, but one provider does not say it holds a place on it: `Marie`. Add `framework` to it, naming the framework.",
          },
        ],
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
        [
          {
            code: "ALY106",
            message:
              "The alliance is bought by a call-off from a dynamic purchasing system, but one provider does not say it holds a place on it: `Marie`. Add `framework` to it, naming the dynamic purchasing system.",
          },
        ],
      );
    });

    it("lists every provider without a framework in one note, at the first", () => {
      const problems = expectProblems(
        `agreement A {
  route framework-call-off
  parties {
    Council commissioner "Glasgow City Council"
    [|Simon|] provider "Simon Community"
    Marie provider "The Marie Trust"
  }
}`,
        [
          {
            code: "ALY106",
            message:
              "The alliance is bought by a call-off from a framework, but 2 providers do not say they hold a place on it: `Simon` and `Marie`. Add `framework` to each, naming the framework.",
          },
        ],
      );
      expect(problems[0].severity).toBe("info");
      expect(problems[0].related.map((r) => r.message)).toEqual(["the route is `framework-call-off` here", "`Marie` does not name its framework"]);
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
        "The alliance is bought by a call-off from a framework, but one provider does not say it holds a place on it: `Marie`. Add `framework` to it, naming the framework.",
      ]);
      expect(problems[0].related[0].uri).toBe("file:///spec.alliance");
    });
  });

  describe("ALY107 time commitment missing", () => {
    it("notes once the members of a principal body that meets every week who do not say their time", () => {
      const problems = expectProblems(
        `agreement A {
  parties {
    SG commissioner "Scottish Government" {
      time "Half a day a week"
    }
    [|Penumbra|] provider "Penumbra"
    Health provider "Health in Mind"
  }
  body Alliance {
    members all
    decides key-issues by consensus
    meets weekly
  }
}`,
        [
          {
            code: "ALY107",
            message:
              'The principal body `Alliance` meets every week, but 2 of its members do not say how much time they give: `Penumbra` and `Health`. Add `time` to each, for example `time "4 to 5 hours a week"`.',
          },
        ],
      );
      expect(problems[0].severity).toBe("info");
    });

    it("is quiet where the principal body meets less often, or only an operational panel meets weekly", () => {
      expectClean(
        `agreement A {
  parties {
    SG commissioner "Scottish Government"
    Penumbra provider "Penumbra"
  }
  body Alliance {
    members all
    decides key-issues by consensus
    meets monthly
  }
  body Panel {
    members Penumbra
    reports to Alliance
    meets weekly
  }
}`,
        ["ALY107"],
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
