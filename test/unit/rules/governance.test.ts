import { describe, expect, it } from "vitest";
import { checkText } from "../../../server/src/core";
import { GOVERNANCE_RULES, GOVERNANCE_UNCHECKED } from "../../../server/src/core/rules/governance";
import { expectClean, expectProblems } from "../../helpers/check";

const CODES = GOVERNANCE_RULES.map((r) => r.code);

const FUNCTIONS = "functions allocate-resources, oversee-delivery, maintain-culture, capture-information, test-purpose";

/** The principal body, complete. */
const BOARD = [
  "members all",
  "chair Chair",
  "decides key-issues by unanimity",
  "if not unanimous: falls",
  "meets monthly",
  "quorum all",
  FUNCTIONS,
  "open to frontline-staff",
];

function body(name: string, clauses: string[], title = ""): string {
  return `  body ${name}${title ? ` "${title}"` : ""} {\n${clauses.map((c) => `    ${c}\n`).join("")}  }\n`;
}

interface Parts {
  parties?: string[];
  roles?: string[];
  bodies?: string[];
  /** The `steward` line; null for none. */
  steward?: string | null;
  rest?: string;
}

/** A well-drafted Plymouth-style agreement: every governance rule passes it unless a part is changed. */
function agreement(parts: Parts = {}): string {
  const parties = parts.parties ?? [
    'PCC commissioner "Plymouth City Council"',
    'Shekinah provider "Shekinah"',
    'Livewell provider "Livewell Southwest"',
    'Chair independent "Independent chair"',
  ];
  const roles = parts.roles ?? [
    'Manager project-manager "Alliance manager" reports to Board',
    'Keyworker frontline "Keyworker in any member organisation" reports to Forum',
  ];
  const bodies = parts.bodies ?? [
    body("Board", BOARD, "Alliance Leadership Board"),
    body("Forum", ["members Shekinah, Livewell, Keyworker", "chair Manager", "decides complex-cases by consensus", "reports to Board", "meets fortnightly", "functions oversee-delivery"]),
  ];
  const steward = parts.steward === undefined ? "steward PCC" : parts.steward;
  return `agreement Plymouth "Plymouth complex needs alliance" {
  parties {
${parties.map((p) => `    ${p}\n`).join("")}  }
  roles {
${roles.map((r) => `    ${r}\n`).join("")}  }
${bodies.join("")}${steward ? `  ${steward}\n` : ""}${parts.rest ?? ""}}`;
}

describe("governance bodies and roles", () => {
  it("passes a complete governance structure", () => {
    expectClean(agreement(), CODES);
  });

  it("gives every rule a stable code, a title, guidance and appliesTo", () => {
    const codes = new Set<string>();
    for (const rule of GOVERNANCE_RULES) {
      expect(rule.code).toMatch(/^ALY7\d\d$/);
      expect(codes.has(rule.code)).toBe(false);
      codes.add(rule.code);
      expect(rule.name).toMatch(/^governance(-[a-z]+)+$/);
      expect(rule.topic).toBe("Governance bodies and roles");
      expect(rule.guidance.length).toBeGreaterThan(0);
      expect(rule.appliesTo).toEqual(["agreement"]);
    }
    expect(GOVERNANCE_UNCHECKED).toEqual([]);
  });

  describe("examples", () => {
    for (const rule of GOVERNANCE_RULES) {
      it(`${rule.code}: the wrong example triggers it and the right one does not`, () => {
        expect(checkText(rule.example.wrong).map((p) => p.code)).toContain(rule.code);
        expect(checkText(rule.example.right).map((p) => p.code)).not.toContain(rule.code);
      });
    }
  });

  describe("ALY701 chair of the principal body", () => {
    it("warns when a commissioner chairs the board, at the chair's name", () => {
      const problems = expectProblems(
        agreement({ bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair [|PCC|]" : c)))] }),
        [
          {
            code: "ALY701",
            message:
              "`Board` is chaired by `PCC`, a commissioner. A commissioner in the chair finds it hard to let go of old ways of working, and so do the others around the table; consider an independent chair",
          },
        ],
      );
      expect(problems[0].data).toEqual({ party: "PCC", side: "commissioner" });
    });

    it("warns when a provider chairs the board", () => {
      expectProblems(agreement({ bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair [|Shekinah|]" : c)))] }), [
        { code: "ALY701", message: "`Board` is chaired by `Shekinah`, a provider. A chair from one of the providers can tilt the balance between partners" },
      ]);
    });

    it("warns when the chair is a role held by the commissioner", () => {
      expectProblems(
        agreement({
          roles: ['Convener chair "Board convener" held by PCC'],
          bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair [|Convener|]" : c)))],
        }),
        [{ code: "ALY701", message: "`Board` is chaired by `Convener`, a role held by `PCC`, a commissioner" }],
      );
    });

    it("looks at the body that decides key issues, even when it is not the first", () => {
      expectProblems(
        agreement({
          bodies: [
            body("Forum", ["members Shekinah, Livewell", "chair Shekinah", "decides complex-cases by consensus", "reports to Board", "meets fortnightly", "functions oversee-delivery"]),
            body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair [|Livewell|]" : c))),
          ],
        }),
        [{ code: "ALY701", message: "`Board` is chaired by `Livewell`, a provider" }],
      );
    });

    it("passes an independent party, a chair role no party holds, and a lived-experience chair", () => {
      expectClean(agreement(), ["ALY701"]);
      expectClean(
        agreement({
          roles: ['Convener chair "Independent convener"'],
          bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair Convener" : c)))],
        }),
        ["ALY701"],
      );
      expectClean(
        agreement({
          parties: ['PCC commissioner "Plymouth City Council"', 'Shekinah provider "Shekinah"', 'Voices lived-experience "Voices"'],
          bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair Voices" : c)))],
        }),
        ["ALY701"],
      );
    });
  });

  describe("ALY702 project manager's reporting line", () => {
    it("warns about a project manager who reports to nobody, at the role's name", () => {
      expectProblems(agreement({ roles: ['[|Manager|] project-manager "Alliance manager"'] }), [
        { code: "ALY702", message: "the project manager `Manager` does not say whom they report to. Add `reports to Board`, so that they answer to the alliance rather than to one party" },
      ]);
    });

    it("warns about a project manager who reports to the commissioner", () => {
      expectProblems(agreement({ roles: ['Manager project-manager "Alliance manager" reports to [|PCC|]'] }), [
        { code: "ALY702", message: "reports to `PCC`, the commissioner alone, which was found not to work. Make them report to an alliance body, for example `reports to Board`" },
      ]);
    });

    it("warns about a project manager who reports to a provider or to another role", () => {
      expectProblems(agreement({ roles: ['Manager project-manager "Alliance manager" reports to [|Shekinah|]'] }), [
        { code: "ALY702", message: "reports to `Shekinah`, a single party" },
      ]);
      expectProblems(
        agreement({ roles: ['Director officer "Director of services" reports to Board', 'Manager project-manager "Alliance manager" reports to [|Director|]'] }),
        [{ code: "ALY702", message: "reports to `Director`, a single role rather than an alliance body" }],
      );
    });

    it("passes a project manager who reports to a body, and other kinds of role", () => {
      expectClean(agreement(), ["ALY702"]);
      expectClean(agreement({ roles: ['Finance officer "Finance lead"'] }), ["ALY702"]);
    });
  });

  describe("ALY703 body incomplete", () => {
    it("lists everything a body leaves out, at its name", () => {
      const problems = expectProblems(
        agreement({ bodies: [body("Board", BOARD), "  body [|Forum|] {\n    members Shekinah, Livewell\n    reports to Board\n  }\n"] }),
        [
          {
            code: "ALY703",
            message:
              "body `Forum` does not say who chairs it (`chair`), how often it meets (`meets monthly`) or what it is for (`functions`, such as `functions oversee-delivery`). Add these clauses to its block",
          },
        ],
      );
      expect(problems[0].data).toEqual({ body: "Forum", missing: ["chair", "meets", "functions"] });
    });

    it("reports a body with no members", () => {
      expectProblems(agreement({ bodies: [body("[|Board|]", BOARD.filter((c) => c !== "members all"))] }), [
        { code: "ALY703", message: "body `Board` does not say who sits on it (`members`). Add this clause to its block" },
      ]);
    });

    it("accepts `responds within` in place of `meets`", () => {
      expectClean(agreement({ bodies: [body("Board", BOARD.map((c) => (c === "meets monthly" ? "responds within 5 days" : c)))] }), ["ALY703"]);
    });
  });

  describe("ALY704 the five functions", () => {
    it("warns once for each function no body has, at the principal body's name", () => {
      const problems = expectProblems(
        agreement({ bodies: [body("[|[|Board|]|]", BOARD.map((c) => (c === FUNCTIONS ? "functions allocate-resources, oversee-delivery, maintain-culture" : c)))] }),
        [
          {
            code: "ALY704",
            message:
              "no body has the job of making sure information about the service, and the people using it, is regularly gathered and reflected on. Add `capture-information` to the `functions` of the body that does it, such as `Board`",
          },
          { code: "ALY704", message: "no body has the job of asking, again and again, whether this is what was intended. Add `test-purpose`" },
        ],
      );
      expect(problems.map((p) => p.data?.function)).toEqual(["capture-information", "test-purpose"]);
    });

    it("counts functions across every body", () => {
      expectClean(
        agreement({
          bodies: [
            body("Board", BOARD.map((c) => (c === FUNCTIONS ? "functions allocate-resources, maintain-culture" : c))),
            body("Forum", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly", "functions oversee-delivery, capture-information, test-purpose"]),
          ],
        }),
        ["ALY704"],
      );
    });

    it("says nothing when there is no body at all", () => {
      expectClean(agreement({ bodies: [] }), ["ALY704", "ALY706", "ALY709"]);
    });
  });

  describe("ALY705 system steward", () => {
    it("notes an agreement with no steward, at its short name", () => {
      const problems = expectProblems(agreement({ steward: null }).replace("agreement Plymouth", "agreement [|Plymouth|]"), [
        { code: "ALY705", message: "the agreement does not say who acts as system steward, looking after the health of the whole system. Add `steward PCC`, or a role of kind `steward`" },
      ]);
      expect(problems[0].data).toEqual({ suggestion: "PCC" });
    });

    it("accepts a `steward` clause or a steward role", () => {
      expectClean(agreement(), ["ALY705"]);
      expectClean(agreement({ steward: null, roles: ['Steward steward "Steward of place"'] }), ["ALY705"]);
    });
  });

  describe("ALY706 route for frontline staff", () => {
    it("notes that no body is open to frontline staff, at the principal body's name", () => {
      expectProblems(
        agreement({
          bodies: [
            body("[|Board|]", BOARD.filter((c) => !c.startsWith("open to"))),
            body("Forum", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly", "functions oversee-delivery", "open to people-using-services"]),
          ],
        }),
        [{ code: "ALY706", message: "no body says frontline staff may bring issues or ideas to it. Add `open to frontline-staff` to `Board`" }],
      );
    });

    it("accepts any body open to frontline staff or to all staff", () => {
      expectClean(agreement(), ["ALY706"]);
      expectClean(
        agreement({
          bodies: [
            body("Board", BOARD.filter((c) => !c.startsWith("open to"))),
            body("Forum", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly", "functions oversee-delivery", "open to all-staff"]),
          ],
        }),
        ["ALY706"],
      );
    });
  });

  describe("ALY707 role reserved to a party", () => {
    it("warns at the party a key role is reserved to", () => {
      const problems = expectProblems(agreement({ roles: ['Manager project-manager "Alliance manager" reports to Board held by [|PCC|]'] }), [
        {
          code: "ALY707",
          message: "the role `Manager` is reserved to `PCC`. Key roles go to whoever is best suited, not to an organisation by right: remove `held by PCC` and appoint on a best-person basis",
        },
      ]);
      expect(problems[0].data).toEqual({ role: "Manager", party: "PCC" });
    });

    it("leaves frontline roles and unreserved roles alone", () => {
      expectClean(agreement({ roles: ['Manager project-manager "Alliance manager" reports to Board', 'Keyworker frontline "Keyworker" held by Shekinah'] }), ["ALY707"]);
    });
  });

  describe("ALY708 reporting lines in a circle", () => {
    const OPS = ["members Shekinah, Livewell", "chair Manager", "meets monthly", "functions oversee-delivery"];

    it("reports two bodies that report to each other, at the first line of the circle", () => {
      const problems = expectProblems(
        agreement({ bodies: [body("Board", BOARD), body("Ops", [...OPS, "reports to [|Steering|]"]), body("Steering", [...OPS, "reports to Ops"])] }),
        [
          {
            code: "ALY708",
            message: "reporting lines go round in a circle: `Ops` reports to `Steering` and `Steering` back to `Ops`, so none of them has the last word. Break the circle so that the lines lead up to the alliance board",
          },
        ],
      );
      expect(problems[0].data).toEqual({ bodies: ["Ops", "Steering"] });
      expect(problems[0].related.map((r) => r.message)).toEqual(["`Steering` reports to `Ops` here"]);
    });

    it("describes a longer circle", () => {
      expectProblems(
        agreement({
          bodies: [
            body("Board", BOARD),
            body("A", [...OPS, "reports to [|B|]"]),
            body("B", [...OPS, "reports to C"]),
            body("C", [...OPS, "reports to A"]),
          ],
        }),
        [{ code: "ALY708", message: "`A` reports to `B`, `B` to `C`, and `C` back to `A`" }],
      );
    });

    it("reports a body that reports to itself", () => {
      expectProblems(agreement({ bodies: [body("Board", BOARD), body("Ops", [...OPS, "reports to [|Ops|]"])] }), [
        { code: "ALY708", message: "body `Ops` reports to itself. Remove this line, or name the body it answers to" },
      ]);
    });

    it("handles a circle of thousands of bodies without running out of stack, and keeps the message short", () => {
      const count = 3000;
      const names = Array.from({ length: count }, (_, i) => `G${i}`);
      const chain = names.map((name, i) => body(name, [...OPS, `reports to ${i === 0 ? "[|G1|]" : names[(i + 1) % count]}`]));
      const problems = expectProblems(agreement({ bodies: [body("Board", BOARD), ...chain] }), [
        { code: "ALY708", message: "`G0` reports to `G1`, `G1` to `G2`, `G2` to `G3`, `G3` to `G4`, and so on, through 3000 bodies, until `G2999` reports back to `G0`" },
      ]);
      expect(problems[0].related.length).toBeLessThan(20);
    });

    it("passes a chain of bodies that leads up to the board", () => {
      expectClean(
        agreement({ bodies: [body("Board", BOARD), body("Ops", [...OPS, "reports to Steering"]), body("Steering", [...OPS, "reports to Board"])] }),
        ["ALY708", "ALY709"],
      );
    });
  });

  describe("ALY709 orphan body", () => {
    const PANEL = ["members Shekinah, Livewell", "chair Manager", "decides spend by consensus", "meets weekly", "functions allocate-resources"];

    it("reports a body outside the reporting lines, at its name", () => {
      const problems = expectProblems(agreement({ bodies: [body("Board", BOARD), body("[|Panel|]", PANEL)] }), [
        {
          code: "ALY709",
          message: "body `Panel` neither reports to nor advises another body, so it sits outside the alliance's reporting lines. Add `reports to Board` or `advises Board`",
        },
      ]);
      expect(problems[0].data).toEqual({ body: "Panel", suggestion: "Board" });
    });

    it("passes a body that advises the board, and never reports the board itself", () => {
      expectClean(agreement({ bodies: [body("Board", BOARD), body("Panel", [...PANEL, "advises Board"])] }), ["ALY709"]);
      expectClean(agreement({ bodies: [body("Board", BOARD)] }), ["ALY709"]);
    });
  });

  describe("ALY710 key roles in one place", () => {
    it("notes a party that chairs the board, stewards the system and approves spend, at its declaration", () => {
      const source = agreement({
        bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair PCC" : c))), body("Forum", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly", "functions oversee-delivery"])],
        rest: "  spend {\n    up to £1,000 approved by Keyworker\n    over £1,000 approved by PCC\n  }\n",
      }).replace('    PCC commissioner "Plymouth City Council"', '    [|PCC|] commissioner "Plymouth City Council"');
      const problems = expectProblems(source, [
        {
          code: "ALY710",
          message: "`PCC` holds 3 key roles: chair of `Board`, system steward and spend approver. Consider sharing them out on a best-person basis",
        },
      ]);
      expect(problems[0].data).toEqual({ holder: "PCC", count: 3, limit: 3 });
      expect(problems[0].related.map((r) => r.message)).toEqual(["chair of `Board`", "system steward", "spend approver"]);
    });

    it("counts a role held by a party for that party, and a project manager's chairs", () => {
      const source = agreement({
        roles: ['[|Manager|] project-manager "Alliance manager" reports to Board', 'Ops officer "Operations lead" held by Shekinah'],
        bodies: [
          body("Board", BOARD),
          body("Forum", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly", "functions oversee-delivery"]),
          body("Panel", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly", "functions allocate-resources"]),
        ],
      });
      expectProblems(source, [{ code: "ALY710", message: "`Manager` holds 3 key roles: project manager (`Manager`), chair of `Forum` and chair of `Panel`" }]);
    });

    it("follows the threshold in settings", () => {
      const source = agreement({
        bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair PCC" : c)))],
        rest: "  spend {\n    over £0 approved by PCC\n  }\n",
      });
      expectClean(source, ["ALY710"], { settings: { thresholds: { england: { keyRolesPerHolder: 4 } } } });
      expectProblems(source.replace("    PCC commissioner", "    [|PCC|] commissioner"), [{ code: "ALY710", message: "`PCC` holds 3 key roles" }]);
    });

    it("passes key roles spread across parties", () => {
      expectClean(agreement(), ["ALY710"]);
    });
  });
});
