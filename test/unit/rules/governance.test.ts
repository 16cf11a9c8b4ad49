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
            message: "The alliance's principal body, `Board`, is chaired by `PCC`, a commissioner. Consider an independent chair, so that the partners can lead as equals.",
          },
        ],
      );
      expect(problems[0].data).toEqual({ party: "PCC", side: "commissioner" });
      expect(problems[0].severity).toBe("warning");
    });

    it("warns when a provider chairs the board", () => {
      expectProblems(agreement({ bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair [|Shekinah|]" : c)))] }), [
        {
          code: "ALY701",
          message: "The alliance's principal body, `Board`, is chaired by `Shekinah`, one of the providers. Consider an independent chair, so that the partners can lead as equals.",
        },
      ]);
    });

    it("warns when the chair is a role held by the commissioner", () => {
      expectProblems(
        agreement({
          roles: ['Convener chair "Board convener" held by PCC'],
          bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair [|Convener|]" : c)))],
        }),
        [
          {
            code: "ALY701",
            message:
              "The alliance's principal body, `Board`, is chaired by `Convener`, a role held by `PCC`, which is a commissioner. Consider an independent chair, so that the partners can lead as equals.",
          },
        ],
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
        [{ code: "ALY701", message: "The alliance's principal body, `Board`, is chaired by `Livewell`, one of the providers." }],
      );
    });

    it("takes a body that decides everything as the principal body", () => {
      expectProblems(
        agreement({
          bodies: [
            body("Forum", ["members Shekinah, Livewell", "chair Shekinah", "decides complex-cases by consensus", "reports to Board", "meets fortnightly"]),
            body("Board", ["members all", "chair [|PCC|]", "decides everything by consensus", "meets monthly", "open to frontline-staff"]),
          ],
        }),
        [{ code: "ALY701", message: "The alliance's principal body, `Board`, is chaired by `PCC`, a commissioner." }],
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
    it("leaves a project manager whose reporting line is not written to the agreement's other documents", () => {
      expectClean(agreement({ roles: ['Manager project-manager "Alliance manager"'] }), ["ALY702"]);
    });

    it("warns about a project manager who reports to the commissioner", () => {
      expectProblems(agreement({ roles: ['Manager project-manager "Alliance manager" reports to [|PCC|]'] }), [
        {
          code: "ALY702",
          message: "The project manager `Manager` reports to `PCC`, the commissioner alone. Make the project manager answer to an alliance body, such as `Board`.",
        },
      ]);
    });

    it("warns about a project manager who reports to a provider or to another role", () => {
      expectProblems(agreement({ roles: ['Manager project-manager "Alliance manager" reports to [|Shekinah|]'] }), [
        { code: "ALY702", message: "The project manager `Manager` reports to `Shekinah`, a single party." },
      ]);
      expectProblems(
        agreement({ roles: ['Director officer "Director of services" reports to Board', 'Manager project-manager "Alliance manager" reports to [|Director|]'] }),
        [{ code: "ALY702", message: "The project manager `Manager` reports to `Director`, a single person's role." }],
      );
    });

    it("passes a project manager who reports to a body, and other kinds of role", () => {
      expectClean(agreement(), ["ALY702"]);
      expectClean(agreement({ roles: ['Finance officer "Finance lead"'] }), ["ALY702"]);
    });
  });

  describe("ALY703 body incomplete", () => {
    it("notes a body that does not say how often it meets, at its name, as information", () => {
      const problems = expectProblems(
        agreement({ bodies: [body("Board", BOARD), "  body [|Forum|] {\n    members Shekinah, Livewell\n    reports to Board\n  }\n"] }),
        [{ code: "ALY703", message: "The body `Forum` does not say how often it meets. Add this to its section." }],
      );
      expect(problems[0].severity).toBe("info");
      expect(problems[0].data).toEqual({ bodies: [{ body: "Forum", missing: ["meetings"] }] });
    });

    it("gathers every incomplete body into one note, at the first", () => {
      const problems = expectProblems(
        agreement({
          bodies: [
            body("[|Board|]", BOARD.filter((c) => c !== "members all")),
            "  body Forum {\n    members Shekinah, Livewell\n    reports to Board\n  }\n",
            "  body Circle {\n    reports to Board\n  }\n",
          ],
        }),
        [
          {
            code: "ALY703",
            message:
              "3 bodies leave out who sits on them or how often they meet: `Board` (members), `Forum` (meetings) and `Circle` (members and meetings). Add these to each body's section.",
          },
        ],
      );
      expect(problems[0].related.map((r) => r.message)).toEqual(["`Forum` leaves out its meetings", "`Circle` leaves out its members and meetings"]);
    });

    it("does not ask what a body is for, or who chairs it: its decides clause and functions say that", () => {
      expectClean(
        agreement({
          bodies: [body("Board", ["members all", "decides key-issues by unanimity", "if not unanimous: falls", "meets monthly", "open to frontline-staff"])],
        }),
        ["ALY703"],
      );
    });

    it("leaves a body that approves spend to the spend rules, which ask the same of it", () => {
      expectClean(
        agreement({
          bodies: [body("Board", BOARD), "  body Panel {\n    reports to Board\n  }\n"],
          rest: "  spend {\n    up to £1,000 approved by Keyworker\n    over £1,000 approved by Panel\n  }\n",
        }),
        ["ALY703"],
      );
    });

    it("accepts `responds within` in place of `meets`", () => {
      expectClean(agreement({ bodies: [body("Board", BOARD.map((c) => (c === "meets monthly" ? "responds within 5 days" : c)))] }), ["ALY703"]);
    });
  });

  describe("ALY704 the five functions", () => {
    it("notes once, as information, the jobs no clause gives to any body, at the principal body's name", () => {
      const problems = expectProblems(
        agreement({
          roles: [],
          bodies: [body("[|Board|]", ["members all", "chair Chair", "meets monthly", "functions test-purpose"])],
        }),
        [
          {
            code: "ALY704",
            message:
              "No body has the job of sharing out resources, overseeing delivery, upholding the principles or gathering learning about the service. Add these to the functions of the body that does them, such as `Board`.",
          },
        ],
      );
      expect(problems[0].severity).toBe("info");
      expect(problems[0].data).toEqual({ missing: ["allocate-resources", "oversee-delivery", "maintain-culture", "capture-information"], body: "Board" });
    });

    it("counts a job as given when another clause already says so", () => {
      // Deciding key issues shares out resources; a body others report to oversees delivery; written
      // principles are kept by the bodies; a learning section gathers information.
      expectClean(
        agreement({
          bodies: [
            body("Board", ["members all", "chair Chair", "decides key-issues by unanimity", "meets monthly", "open to frontline-staff"]),
            body("Forum", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly"]),
          ],
          rest: '  principles {\n    together "We decide together"\n  }\n  learning {\n    review quarterly by Board against purpose\n  }\n',
        }),
        ["ALY704"],
      );
    });

    it("counts spend approved by a body as sharing out resources, and never asks for testing against the purpose", () => {
      const problems = expectProblems(
        agreement({
          roles: [],
          bodies: [body("[|Board|]", ["members all", "chair Chair", "meets monthly"])],
          rest: "  spend {\n    over £0 approved by Board\n  }\n",
        }),
        [{ code: "ALY704" }],
      );
      expect(problems[0].data?.missing).toEqual(["oversee-delivery", "maintain-culture", "capture-information"]);
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
        {
          code: "ALY705",
          message: "The agreement does not say who looks after the health of the whole system as its steward. Name the party, body or role that does, for example `steward PCC`.",
        },
      ]);
      expect(problems[0].data).toEqual({ suggestion: "PCC" });
      expect(problems[0].severity).toBe("info");
    });

    it("accepts a `steward` clause or a steward role", () => {
      expectClean(agreement(), ["ALY705"]);
      expectClean(agreement({ steward: null, roles: ['Steward steward "Steward of place"'] }), ["ALY705"]);
    });

    it("accepts stewardship written into a party's contribution or a role's title", () => {
      expectClean(
        agreement({
          steward: null,
          parties: ['PCC commissioner "Plymouth City Council" {\n      contributes "Half the pooled budget, and system stewardship"\n    }', 'Shekinah provider "Shekinah"', 'Chair independent "Independent chair"'],
        }),
        ["ALY705"],
      );
      expectClean(agreement({ steward: null, roles: ['Lead officer "System steward and commissioning lead"'] }), ["ALY705"]);
    });
  });

  describe("ALY706 route for frontline staff", () => {
    it("notes that no body is open to frontline staff, at the principal body's name", () => {
      expectProblems(
        agreement({
          roles: ['Manager project-manager "Alliance manager" reports to Board'],
          bodies: [
            body("[|Board|]", BOARD.filter((c) => !c.startsWith("open to"))),
            body("Forum", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly", "functions oversee-delivery", "open to people-using-services"]),
          ],
        }),
        [
          {
            code: "ALY706",
            message: "No body says that frontline staff may bring issues or ideas to it. Add `open to frontline-staff` to `Board`, so that staff close to the work can reach the board.",
          },
        ],
      );
    });

    it("accepts a frontline role that sits on a body or reports to one: staff already have a way in", () => {
      const bodies = [body("Board", BOARD.filter((c) => !c.startsWith("open to"))), body("Forum", ["members Shekinah, Livewell, Keyworker", "chair Manager", "reports to Board", "meets fortnightly"])];
      expectClean(agreement({ bodies }), ["ALY706"]);
      expectClean(
        agreement({
          roles: ['Keyworker frontline "Keyworker" reports to Board'],
          bodies: [body("Board", BOARD.filter((c) => !c.startsWith("open to")))],
        }),
        ["ALY706"],
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
          message:
            "The role `Manager` is given to `PCC`'s staff. Consider filling it with the best person for the job, whichever partner they come from, and removing `held by PCC`.",
        },
      ]);
      expect(problems[0].data).toEqual({ role: "Manager", party: "PCC" });
      expect(problems[0].severity).toBe("info");
    });

    it("leaves a role held by an independent party alone", () => {
      expectClean(agreement({ roles: ['Convener chair "Independent chair" held by Chair'] }), ["ALY707"]);
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
            message: "Reporting lines go round a circle: `Ops` reports to `Steering` and `Steering` back to `Ops`. Change one of these lines so that they lead up to one body.",
          },
        ],
      );
      expect(problems[0].data).toEqual({ bodies: ["Ops", "Steering"] });
      expect(problems[0].severity).toBe("error");
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
        [{ code: "ALY708", message: "Reporting lines go round a circle: `A` reports to `B`, `B` to `C` and `C` back to `A`. Change one of these lines so that they lead up to one body." }],
      );
    });

    it("reports a body that reports to itself", () => {
      expectProblems(agreement({ bodies: [body("Board", BOARD), body("Ops", [...OPS, "reports to [|Ops|]"])] }), [
        { code: "ALY708", message: "The body `Ops` reports to itself. Remove this line, or name the body it answers to." },
      ]);
    });

    it("handles a circle of thousands of bodies without running out of stack, and keeps the message short", () => {
      const count = 3000;
      const names = Array.from({ length: count }, (_, i) => `G${i}`);
      const chain = names.map((name, i) => body(name, [...OPS, `reports to ${i === 0 ? "[|G1|]" : names[(i + 1) % count]}`]));
      const problems = expectProblems(agreement({ bodies: [body("Board", BOARD), ...chain] }), [
        {
          code: "ALY708",
          message: "Reporting lines go round a circle of 3000 bodies: `G0` reports to `G1`, `G1` to `G2`, and so on back to `G0`. Change one of these lines so that they lead up to one body.",
        },
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

    it("notes a body outside the reporting lines, at its name, as information", () => {
      const problems = expectProblems(agreement({ bodies: [body("Board", BOARD), body("[|Panel|]", PANEL)] }), [
        {
          code: "ALY709",
          message: "The body `Panel` neither reports to nor advises another body. Say which body it answers to, for example `reports to Board`.",
        },
      ]);
      expect(problems[0].data).toEqual({ bodies: ["Panel"], suggestion: "Board" });
      expect(problems[0].severity).toBe("info");
    });

    it("names every unlinked body in one note, at the first", () => {
      expectProblems(agreement({ bodies: [body("Board", BOARD), body("[|Panel|]", PANEL), body("Fund", PANEL)] }), [
        {
          code: "ALY709",
          message: "The bodies `Panel` and `Fund` neither report to nor advise another body. Say which body each answers to, for example `reports to Board`.",
        },
      ]);
    });

    it("counts referring disagreements to another body as a link", () => {
      expectClean(agreement({ bodies: [body("Board", BOARD), body("Panel", [...PANEL, "if not unanimous: refer to Board"])] }), ["ALY709"]);
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
          message:
            "3 key roles rest with `PCC`: chair of `Board`, system steward and spend approver. Consider sharing them out, so that the alliance does not lean too heavily on one partner or person.",
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
      expectProblems(source, [{ code: "ALY710", message: "3 key roles rest with `Manager`: project manager (`Manager`), chair of `Forum` and chair of `Panel`." }]);
    });

    it("names at most three roles and counts the rest, so that the note stays short", () => {
      const source = agreement({
        roles: ['[|Manager|] project-manager "Alliance manager" reports to Board'],
        bodies: [
          body("Board", BOARD),
          body("Forum", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly"]),
          body("Panel", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly"]),
          body("Circle", ["members Shekinah, Livewell", "chair Manager", "reports to Board", "meets fortnightly"]),
        ],
      });
      expectProblems(source, [
        {
          code: "ALY710",
          message:
            "4 key roles rest with `Manager`: project manager (`Manager`), chair of `Forum`, chair of `Panel` and 1 more. Consider sharing them out, so that the alliance does not lean too heavily on one partner or person.",
        },
      ]);
    });

    it("follows the threshold in settings", () => {
      const source = agreement({
        bodies: [body("Board", BOARD.map((c) => (c === "chair Chair" ? "chair PCC" : c)))],
        rest: "  spend {\n    over £0 approved by PCC\n  }\n",
      });
      expectClean(source, ["ALY710"], { settings: { thresholds: { england: { keyRolesPerHolder: 4 } } } });
      expectProblems(source.replace("    PCC commissioner", "    [|PCC|] commissioner"), [{ code: "ALY710", message: "3 key roles rest with `PCC`:" }]);
    });

    it("passes key roles spread across parties", () => {
      expectClean(agreement(), ["ALY710"]);
    });
  });
});
