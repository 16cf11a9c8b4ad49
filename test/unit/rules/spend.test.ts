import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { SPEND_RULES, SPEND_UNCHECKED } from "../../../server/src/core/rules/spend";
import { formatMoney } from "../../../server/src/core/numbers";
import { expectClean, expectProblems } from "../../helpers/check";

const CODES = SPEND_RULES.map((r) => r.code);

interface Parts {
  roles?: string[];
  panel?: string[];
  /** Extra bodies, written in full. */
  bodies?: string;
}

const PANEL = ["members SG, Penumbra, HiM", "chair Chair", "decides spend by consensus", "quorum 2", "responds within 5 days", "reports to Board"];

/**
 * A well-drafted Future Pathways-style agreement around the given spend lines: four parties, a frontline
 * co-ordinator, a complete board and a complete spend panel.
 */
function agreement(spend: string, parts: Parts = {}): string {
  const roles = ['Coordinator frontline "Support co-ordinator"', ...(parts.roles ?? [])];
  const panel = parts.panel ?? PANEL;
  return `agreement FuturePathways "Survivor support alliance" {
  parties {
    SG commissioner "Scottish Government"
    Penumbra provider "Penumbra"
    HiM provider "Health in Mind"
    Chair independent "Independent chair"
  }
  roles {
${roles.map((r) => `    ${r}\n`).join("")}  }
  body Board "Alliance Board" {
    members all
    chair Chair
    decides key-issues by consensus
    if not unanimous: falls
    quorum all
    meets weekly
    functions allocate-resources, oversee-delivery, maintain-culture, capture-information, test-purpose
  }
  body Panel "Discretionary fund panel" {
${panel.map((p) => `    ${p}\n`).join("")}  }
${parts.bodies ?? ""}  spend {
${spend}
  }
}`;
}

const FUTURE_PATHWAYS = `    up to £1,000 approved by Coordinator
    over £1,000 approved by Panel`;

const THREE_BANDS = `    up to £1,000 approved by Coordinator
    over £1,000 up to £25,000 approved by Panel
    over £25,000 approved by Board`;

describe("spend thresholds and delegated authority", () => {
  it("passes the Future Pathways ladder and a three-band ladder", () => {
    expectClean(agreement(FUTURE_PATHWAYS), CODES);
    expectClean(agreement(THREE_BANDS), CODES);
  });

  it("gives every rule a stable code, a title, guidance and appliesTo", () => {
    const codes = new Set<string>();
    for (const rule of SPEND_RULES) {
      expect(rule.code).toMatch(/^ALY6\d\d$/);
      expect(codes.has(rule.code)).toBe(false);
      codes.add(rule.code);
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.topic).toBe("Spend thresholds and delegated authority");
      expect(rule.guidance.length).toBeGreaterThan(0);
      expect(rule.appliesTo).toEqual(["agreement"]);
      expect(rule.rationale).not.toMatch(/[A-Z][a-z]+[A-Z][a-z]+Node|IfNotUnanimous/);
    }
    expect(SPEND_UNCHECKED.map((u) => u.id)).toEqual(["R6.9", "R6.11"]);
  });

  describe("examples", () => {
    for (const rule of SPEND_RULES) {
      it(`${rule.code}: the wrong example triggers it and the right one does not`, () => {
        expect(checkText(rule.example.wrong).map((p) => p.code)).toContain(rule.code);
        expect(checkText(rule.example.right).map((p) => p.code)).not.toContain(rule.code);
      });
    }
  });

  describe("money in messages", () => {
    it("writes whole amounts with commas and pence only when there are some", () => {
      expect(formatMoney(100000, "GBP")).toBe("£1,000");
      expect(formatMoney(2500050, "GBP")).toBe("£25,000.50");
      expect(formatMoney(5, "EUR")).toBe("€0.05");
      expect(formatMoney(100_000_000, "USD")).toBe("$1,000,000");
      expect(formatMoney(100000, "CHF")).toBe("CHF 1,000");
      expect(formatMoney(0, "GBP")).toBe("£0");
    });
  });

  describe("ALY601 gap between bands", () => {
    it("reports the range nobody approves, at the next band's lower amount", () => {
      const problems = expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over [|£1,500|] approved by Panel`),
        [{ code: "ALY601", message: "Nothing approves spend over £1,000 up to £1,500. Start this band at `over £1,000`, or add a band for those amounts with its approver." }],
      );
      expect(problems[0].data).toEqual({ from: 100000, to: 150000, currency: "GBP" });
      expect(problems[0].related[0].message).toBe("the band below, `up to £1,000`, ends at £1,000");
    });

    it("reports a gap of one penny", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over [|£1,000.01|] approved by Panel`),
        [{ code: "ALY601", message: "Nothing approves spend over £1,000 up to £1,000.01. Start this band at `over £1,000`, or add a band for those amounts with its approver." }],
      );
    });

    it("reports each gap in a longer ladder", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over [|£2,000|] up to £25,000 approved by Panel
    over [|£30k|] approved by Board`),
        [
          { code: "ALY601", message: "over £1,000 up to £2,000" },
          { code: "ALY601", message: "over £25,000 up to £30,000" },
        ],
      );
    });

    it("treats `over £1,000` after `up to £1,000` as meeting exactly: £1,000 is the co-ordinator's", () => {
      expectClean(agreement(FUTURE_PATHWAYS), ["ALY601", "ALY602"]);
      expectClean(
        agreement(`    up to £1k approved by Coordinator
    above £1,000.00 up to GBP 25,000 approved by Panel
    over £25,000 approved by Board`),
        ["ALY601", "ALY602"],
      );
    });

    it("reads bands written out of order from the smallest amounts up", () => {
      expectProblems(
        agreement(`    over £25,000 approved by Board
    up to £1,000 approved by Coordinator
    over [|£1,500|] up to £25,000 approved by Panel`),
        [{ code: "ALY601", message: "Nothing approves spend over £1,000 up to £1,500. Start this band at `over £1,000`, or add a band for those amounts with its approver." }],
      );
    });

    it("stays silent when the bands are in two currencies", () => {
      expectClean(
        agreement(`    up to £1,000 approved by Coordinator
    over €1,500 approved by Panel`),
        ["ALY601"],
      );
    });
  });

  describe("ALY602 overlapping bands", () => {
    it("reports amounts in two bands at the later band's lower amount", () => {
      const problems = expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over [|£500|] approved by Panel`),
        [{ code: "ALY602", message: "Spend over £500 up to £1,000 falls in two bands, with two approvers. Start this band where the band below ends, at `over £1,000`." }],
      );
      expect(problems[0].data).toEqual({ from: 50000, to: 100000, currency: "GBP", fromZero: false, belowEnds: 100000 });
    });

    it("reports a band that starts from zero again, at its `up to`", () => {
      const problems = expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    [|up to|] £25,000 approved by Panel
    over £25,000 approved by Board`),
        [{ code: "ALY602", message: "Spend up to £1,000 falls in two bands, with two approvers. Start this band where the band below ends, as `over £1,000 up to £25,000`." }],
      );
      expect(problems[0].data).toEqual({ from: 0, to: 100000, currency: "GBP", fromZero: true, belowEnds: 100000 });
    });

    it("reports a band after an open band, which has no upper limit", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over £1,000 approved by Panel
    over [|£25,000|] approved by Board`),
        [{ code: "ALY602", message: "Spend over £25,000 falls in two bands, with two approvers. End the band `over £1,000` where this one starts, with `up to £25,000`." }],
      );
    });

    it("reports a band repeated in full", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over £1,000 up to £25,000 approved by Panel
    over [|£1,000|] up to £25,000 approved by Board
    over £25,000 approved by Board`),
        [{ code: "ALY602", message: "Spend over £1,000 up to £25,000 falls in two bands, with two approvers. Every amount here is already in the band `over £1,000 up to £25,000`; remove one band or change their amounts." }],
      );
    });

    it("compares each band with the furthest reach of all the bands before it", () => {
      expectProblems(
        agreement(`    up to £5,000 approved by Coordinator
    over [|£1,000|] up to £2,000 approved by Panel
    over [|£2,000|] up to £8,000 approved by Panel
    over £8,000 approved by Board`),
        [
          { code: "ALY602", message: "Spend over £1,000 up to £2,000 falls in two bands, with two approvers. Every amount here is already in the band `up to £5,000`; remove one band or change their amounts." },
          { code: "ALY602", message: "Spend over £2,000 up to £5,000 falls in two bands, with two approvers. Start this band where the band below ends, at `over £5,000`." },
        ],
      );
    });

    it("passes bands that meet exactly", () => {
      expectClean(agreement(THREE_BANDS), ["ALY602"]);
    });
  });

  describe("ALY603 ladder does not start at zero", () => {
    it("reports a first band that starts above zero, at its amount", () => {
      const problems = expectProblems(
        agreement(`    over [|£500|] up to £1,000 approved by Coordinator
    over £1,000 approved by Panel`),
        [{ code: "ALY603", message: "Nothing approves spend up to £500: the first band starts over £500. Add a band up to £500 before it, approved by `Coordinator`." }],
      );
      expect(problems[0].data).toEqual({ from: 0, to: 50000, currency: "GBP" });
    });

    it("reports a spend block with no bands at `spend`", () => {
      expectProblems(
        `agreement A {
  [|spend|] {
  }
}`,
        [{ code: "ALY603", message: "The spend section lists no bands, so it does not say who approves any spend. Add bands from zero upwards, such as `up to £1,000 approved by Coordinator`." }],
      );
    });

    it("accepts a first band `over £0` and a first band `up to`", () => {
      expectClean(
        agreement(`    over £0 up to £1,000 approved by Coordinator
    over £1,000 approved by Panel`),
        ["ALY603"],
      );
      expectClean(agreement(FUTURE_PATHWAYS), ["ALY603"]);
    });

    it("stays silent when a band line could not be read", () => {
      expectClean(
        `agreement A {
  spend {
    up to approved by Coordinator
  }
}`,
        ["ALY603", "ALY604"],
      );
    });
  });

  describe("ALY604 ladder has no open top band", () => {
    it("reports the last band's upper amount and suggests an open band for the board", () => {
      const problems = expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over £1,000 up to [|£25,000|] approved by Panel`),
        [{ code: "ALY604", message: "Nothing approves spend over £25,000: the last band stops there. If larger spend may be made, add a top band with no upper limit, such as `over £25,000 approved by Board`." }],
      );
      expect(problems[0].data).toEqual({ amount: 2500000, currency: "GBP", approver: "Board" });
    });

    it("reports a single band with a limit", () => {
      expectProblems(agreement(`    up to [|£1,000|] approved by Coordinator`), [{ code: "ALY604", message: "Nothing approves spend over £1,000: the last band stops there. If larger spend may be made, add a top band with no upper limit, such as `over £1,000 approved by Board`." }]);
    });

    it("passes a ladder whose top band is open", () => {
      expectClean(agreement(THREE_BANDS), ["ALY604"]);
    });
  });

  describe("ALY605 mixed currencies", () => {
    it("reports the amount in the odd currency", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over £1,000 up to [|€25,000|] approved by Panel
    over £25,000 approved by Board`),
        [{ code: "ALY605", message: "This amount is in euros, but the rest of the ladder is in pounds. Write every band in pounds (`£`)." }],
      );
    });

    it("takes the currency most amounts are in, even when the first amount is the odd one", () => {
      expectProblems(
        agreement(`    up to [|$1,000|] approved by Coordinator
    over £1,000 up to £25,000 approved by Panel
    over £25,000 approved by Board`),
        [{ code: "ALY605", message: "This amount is in dollars, but the rest of the ladder is in pounds. Write every band in pounds (`£`)." }],
      );
    });

    it("treats £ and GBP as one currency", () => {
      expectClean(
        agreement(`    up to £1,000 approved by Coordinator
    over GBP 1,000 approved by Panel`),
        ["ALY605"],
      );
    });
  });

  describe("ALY606 empty bands", () => {
    it("reports a band whose upper amount is below its lower amount", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over £5,000 up to [|£1,000|] approved by Panel
    over £5,000 approved by Board`),
        [{ code: "ALY606", message: "This band holds no amount: nothing is over £5,000 and also up to £1,000. Make the upper amount larger than £5,000." }],
      );
    });

    it("reports a band whose two amounts are the same", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over £1,000 up to [|£1,000|] approved by Panel
    over £1,000 approved by Board`),
        [{ code: "ALY606", message: "This band holds no amount: nothing is over £1,000 and also up to £1,000. Make the upper amount larger than £1,000." }],
      );
    });

    it("reports a band up to £0", () => {
      expectProblems(
        agreement(`    up to [|£0|] approved by Coordinator
    over £0 approved by Panel`),
        [{ code: "ALY606", message: "A band up to £0 holds no amount. Give the largest amount this approver may sign off." }],
      );
    });

    it("leaves bands written out of order to the note on order", () => {
      expectClean(
        agreement(`    over £25,000 approved by Board
    up to £1,000 approved by Coordinator
    over £1,000 up to £25,000 approved by Panel`),
        ["ALY606"],
      );
    });

    it("passes a ladder written in order with a band that is just one penny wide", () => {
      expectClean(
        agreement(`    up to £1,000 approved by Coordinator
    over £1,000 up to £1,000.01 approved by Panel
    over £1,000.01 approved by Board`),
        ["ALY606"],
      );
    });
  });

  describe("ALY613 bands out of order", () => {
    it("notes the first band written after a higher one, and still reads the ladder as sound", () => {
      const source = agreement(`    over £25,000 approved by Board
    [|up to|] £1,000 approved by Coordinator
    over £1,000 up to £25,000 approved by Panel`);
      const problems = expectProblems(source, [{ code: "ALY613", message: "This band belongs before `over £25,000`. Write the bands in order, from the smallest amounts to the largest." }]);
      expect(problems[0].severity).toBe("info");
      expect(problems[0].related.map((r) => r.message)).toEqual(["`over £25,000` is written before it"]);
      expectClean(source, ["ALY601", "ALY602", "ALY603", "ALY604", "ALY606", "ALY607"]);
    });

    it("gives one note for a ladder with several bands out of place", () => {
      expectProblems(
        agreement(`    over £25,000 approved by Board
    over [|£1,000|] up to £25,000 approved by Panel
    up to £1,000 approved by Coordinator`),
        [{ code: "ALY613", message: "This band belongs before `over £25,000`. Write the bands in order, from the smallest amounts to the largest." }],
      );
    });

    it("passes a ladder written in order", () => {
      expectClean(agreement(THREE_BANDS), ["ALY613"]);
    });
  });

  describe("ALY607 escalation narrows", () => {
    it("reports a larger band approved by fewer people than the band below", () => {
      const problems = expectProblems(
        agreement(
          `    up to £1,000 approved by Coordinator
    over £1,000 up to £25,000 approved by Panel
    over £25,000 approved by [|Director|]`,
          { roles: ['Director officer "Director of services"'] },
        ),
        [
          {
            code: "ALY607",
            message: "Spend over £25,000 goes to `Director` alone, fewer people than `Panel` (3 members), which approves the smaller band below. Give larger spend to the same group or a wider one, such as `Board`.",
          },
        ],
      );
      expect(problems[0].data).toEqual({ breadth: 1, below: 3 });
    });

    it("counts `members all` as every party", () => {
      expectProblems(
        agreement(
          `    up to £1,000 approved by Coordinator
    over £1,000 up to £25,000 approved by Board
    over £25,000 approved by [|Panel|]`,
        ),
        [{ code: "ALY607", message: "Spend over £25,000 goes to `Panel` (3 members), fewer people than `Board` (4 members), which approves the smaller band below. Give larger spend to the same group or a wider one, such as `Board`." }],
      );
    });

    it("passes a ladder that stays as wide or grows", () => {
      expectClean(agreement(THREE_BANDS), ["ALY607"]);
      expectClean(
        agreement(
          `    up to £1,000 approved by Coordinator
    over £1,000 up to £5,000 approved by Director
    over £5,000 approved by Panel`,
          { roles: ['Director officer "Director of services"'] },
        ),
        ["ALY607"],
      );
    });

    it("skips a body that lists no members", () => {
      expectClean(
        agreement(THREE_BANDS.replace("approved by Board", "approved by Empty"), { bodies: "  body Empty {\n    chair Chair\n  }\n" }),
        ["ALY607"],
      );
    });
  });

  describe("ALY608 no frontline band", () => {
    it("reports a ladder with no frontline approver at `spend`", () => {
      const source = agreement(
        `    up to £1,000 approved by Manager
    over £1,000 approved by Panel`,
        { roles: ['Manager officer "Service manager"'] },
      ).replace("  spend {", "  [|spend|] {");
      expectProblems(source, [
        { code: "ALY608", message: "No band lets a frontline worker, such as a support co-ordinator, approve spend. Give `Coordinator` the first band, for example `up to £1,000 approved by Coordinator`." },
      ]);
    });

    it("suggests declaring a frontline role when there is none", () => {
      const source = agreement(`    over £0 approved by Panel`)
        .replace('    Coordinator frontline "Support co-ordinator"\n', '    Manager officer "Service manager"\n')
        .replace("  spend {", "  [|spend|] {");
      expectProblems(source, [{ code: "ALY608", message: "No band lets a frontline worker, such as a support co-ordinator, approve spend. Add a frontline role to the roles, and give it the first band." }]);
    });

    it("leaves a ladder that starts above zero to the finding about small spend", () => {
      const source = agreement(`    over £1,000 approved by Panel`);
      expectClean(source, ["ALY608"]);
      expectProblems(source.replace("over £1,000 approved", "over [|£1,000|] approved"), [
        { code: "ALY603", message: "Nothing approves spend up to £1,000: the first band starts over £1,000. Add a band up to £1,000 before it, approved by `Coordinator`." },
      ]);
    });

    it("passes a ladder with a frontline band, and stays silent when an approver is not declared", () => {
      expectClean(agreement(FUTURE_PATHWAYS), ["ALY608"]);
      expectClean(
        agreement(`    up to £1,000 approved by Cordinator
    over £1,000 approved by Panel`),
        ["ALY608"],
      );
    });
  });

  describe("ALY609 one party approves larger spend alone", () => {
    it("reports a party approving a band above the first", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over £1,000 up to £25,000 approved by Panel
    over £25,000 approved by [|SG|]`),
        [{ code: "ALY609", message: "Spend over £25,000 is approved by `SG` alone. Consider sending it to a panel or the alliance board, so that it is decided together, such as `approved by Board`." }],
      );
    });

    it("reports a role held by a party", () => {
      expectProblems(
        agreement(
          `    up to £1,000 approved by Coordinator
    over £1,000 approved by [|Director|]`,
          { roles: ['Director officer "Director of services" held by SG'] },
        ),
        [{ code: "ALY609", message: "Spend over £1,000 is approved by `Director`, a role held by `SG`, alone. Consider sending it to a panel or the alliance board, so that it is decided together, such as `approved by Board`." }],
      );
    });

    it("passes collective approval above the first band, and a party approving the first band", () => {
      expectClean(agreement(THREE_BANDS), ["ALY609"]);
      expectClean(
        agreement(`    up to £1,000 approved by Penumbra
    over £1,000 approved by Panel`),
        ["ALY609"],
      );
    });
  });

  describe("ALY610 spend panel not defined", () => {
    it("notes a panel with no quorum, at the approver's name, as information", () => {
      const problems = expectProblems(
        agreement(
          `    up to £1,000 approved by Coordinator
    over £1,000 approved by [|Panel|]`,
          { panel: ["members SG, Penumbra", "chair Chair", "decides spend by consensus", "reports to Board"] },
        ),
        [
          {
            code: "ALY610",
            message: "The body `Panel` approves spend over £1,000 but does not say how many members must take part (its quorum). Add this to its section.",
          },
        ],
      );
      expect(problems[0].severity).toBe("info");
      expect(problems[0].data).toEqual({ body: "Panel", missing: ["quorum"], others: [] });
    });

    it("reports a panel once, however many bands it approves", () => {
      expectProblems(
        agreement(
          `    up to £1,000 approved by Coordinator
    over £1,000 up to £5,000 approved by [|Panel|]
    over £5,000 approved by Panel`,
          { panel: ["chair Chair", "decides spend by consensus", "quorum 2", "meets weekly", "reports to Board"] },
        ),
        [{ code: "ALY610", message: "The body `Panel` approves spend over £1,000 up to £5,000 but does not say who sits on it. Add this to its section." }],
      );
    });

    it("gives one note for the agreement when several bodies approve spend, naming the others", () => {
      const problems = expectProblems(
        agreement(
          `    up to £1,000 approved by Coordinator
    over £1,000 up to £5,000 approved by [|Panel|]
    over £5,000 approved by Fund`,
          {
            panel: ["members SG, Penumbra", "chair Chair", "decides spend by consensus", "meets weekly", "reports to Board"],
            bodies: "  body Fund {\n    members SG, Penumbra, HiM\n    chair Chair\n    decides spend by consensus\n    meets monthly\n    reports to Board\n  }\n",
          },
        ),
        [
          {
            code: "ALY610",
            message: "The body `Panel` approves spend over £1,000 up to £5,000 but does not say how many members must take part (its quorum). Add this to its section. The same is true of `Fund`.",
          },
        ],
      );
      expect(problems[0].related.map((r) => r.message)).toEqual(["the body `Panel`", "the body `Fund`"]);
    });

    it("leaves how often a panel meets to the governance rules, and passes a complete panel", () => {
      expectClean(agreement(FUTURE_PATHWAYS), ["ALY610"]);
      expectClean(agreement(FUTURE_PATHWAYS, { panel: PANEL.filter((c) => !c.startsWith("responds")) }), ["ALY610"]);
    });
  });

  describe("ALY611 spend approver without a decision rule", () => {
    it("notes a body that approves spend but has no `decides`, once, as information", () => {
      const problems = expectProblems(
        agreement(
          `    up to £1,000 approved by Coordinator
    over £1,000 approved by [|Panel|]`,
          { panel: PANEL.filter((c) => !c.startsWith("decides")) },
        ),
        [{ code: "ALY611", message: "The body `Panel` approves spend over £1,000 but does not say how it decides. Add a decision rule to its section, such as `decides spend by consensus`." }],
      );
      expect(problems[0].severity).toBe("info");
    });

    it("says nothing when the agreement's principles already say decisions are unanimous", () => {
      const source = agreement(
        `    up to £1,000 approved by Coordinator
    over £1,000 approved by Panel`,
        { panel: PANEL.filter((c) => !c.startsWith("decides")) },
      ).replace("  roles {", '  principles {\n    unanimous "We make every decision together, unanimously"\n  }\n  roles {');
      expectClean(source, ["ALY611"]);
    });

    it("passes a body with a decision rule, and roles, which need none", () => {
      expectClean(agreement(THREE_BANDS), ["ALY611"]);
    });
  });

  describe("ALY612 eligibility conditions", () => {
    it("notes an eligibility clause at its keyword", () => {
      expectProblems(
        agreement(`    up to £1,000 approved by Coordinator
    over £1,000 approved by Panel
    [|eligibility|] "Only people with an assessed critical need"`),
        [{ code: "ALY612", message: "This sets a condition on who can be helped. Keep it only if it is truly needed: every such condition costs money to apply and turns some people away." }],
      );
    });

    it("passes a ladder with no eligibility clause", () => {
      expectClean(agreement(FUTURE_PATHWAYS), ["ALY612"]);
    });
  });

  describe("the ladder checks agree with counting, amount by amount", () => {
    interface Band {
      over: number | null;
      upTo: number | null;
    }
    const LADDER_CODES = ["ALY601", "ALY602", "ALY603", "ALY604", "ALY605", "ALY606", "ALY613"];
    /** A sound ladder cut at the given amounts, then nudged: a bound moved by a pound, dropped or added, or two bands swapped. */
    const ladder: fc.Arbitrary<Band[]> = fc
      .tuple(
        fc.uniqueArray(fc.integer({ min: 1, max: 11 }), { minLength: 0, maxLength: 3 }),
        fc.array(fc.record({ at: fc.nat(), what: fc.constantFrom("over", "upTo", "swap"), change: fc.constantFrom(-1, 1, null) }), { maxLength: 2 }),
      )
      .map(([cuts, nudges]) => {
        const sortedCuts = [...cuts].sort((a, b) => a - b);
        const bands: Band[] = [...sortedCuts, null].map((upTo, i) => ({ over: i === 0 ? null : sortedCuts[i - 1], upTo }));
        for (const { at, what, change } of nudges) {
          const i = at % bands.length;
          if (what === "swap") {
            if (i + 1 < bands.length) [bands[i], bands[i + 1]] = [bands[i + 1], bands[i]];
            continue;
          }
          const key = what as "over" | "upTo";
          const value = bands[i][key];
          bands[i] = { ...bands[i], [key]: change === null ? (value === null ? 0 : null) : Math.max(0, (value ?? 0) + change) };
        }
        return bands.filter((b) => b.over !== null || b.upTo !== null);
      })
      .filter((bands) => bands.length > 0);
    const text = (b: Band) => [b.over === null ? "" : `over £${b.over}`, b.upTo === null ? "" : `up to £${b.upTo}`].filter(Boolean).join(" ");
    const holds = (b: Band, pence: number) => (b.over === null || pence > b.over * 100) && (b.upTo === null || pence <= b.upTo * 100);
    /** Every amount from 1p that matters: each whole pound up to the top, and a penny above each. */
    const amounts = (): number[] => Array.from({ length: 14 }, (_, i) => [i * 100, i * 100 + 1]).flat().filter((p) => p >= 1);

    it("finds no ladder problem only when every amount from a penny up has exactly one approver", () => {
      fc.assert(
        fc.property(ladder, (bands) => {
          const source = agreement(bands.map((b) => `    ${text(b)} approved by Panel`).join("\n"));
          const found = checkText(source).filter((p) => LADDER_CODES.includes(p.code));
          const once = amounts().every((p) => bands.filter((b) => holds(b, p)).length === 1);
          const sorted = bands.every((b, i) => i === 0 || (b.over ?? -1) > (bands[i - 1].over ?? -1));
          const empty = bands.some((b) => b.upTo !== null && (b.over === null ? b.upTo === 0 : b.upTo <= b.over));
          if (found.length === 0) expect(once).toBe(true);
          if (once && sorted && !empty) expect(found.map((p) => p.code)).toEqual([]);
        }),
        { numRuns: 500 },
      );
    });
  });
});
