// Names and structure: the language's own rules, in words a drafter uses, and citing no report.

import { describe, expect, it } from "vitest";
import { checkDocument, Workspace } from "../../../server/src/core";
import { INTEGRITY_RULES } from "../../../server/src/core/rules/integrity";
import { expectClean, expectProblems } from "../../helpers/check";
import { marked } from "../../helpers/markers";

describe("names and structure", () => {
  it("are language rules that cite no report, and stop the document being read", () => {
    for (const rule of INTEGRITY_RULES) {
      expect(rule.basis, rule.code).toBe("language");
      expect(rule.guidance, rule.code).toEqual([]);
      expect(rule.severity, rule.code).toBe("error");
      expect(["unreadable", "contradiction"], rule.code).toContain(rule.grounds);
    }
  });

  describe("ALY010 a name nothing defines", () => {
    it("names the kinds it could be and suggests a close name", () => {
      const [problem] = expectProblems(
        `agreement A {\n  parties {\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members [|Shekinha|]\n  }\n}`,
        [{ code: "ALY010", message: "No party or role is named `Shekinha`; did you mean `Shekinah`? If not, correct the name or add it to the parties." }],
      );
      expect(problem.data).toEqual({ name: "Shekinha", kinds: ["party", "role"], suggestion: "Shekinah" });
    });

    it("says where to add a name with no close match", () => {
      expectProblems(`agreement A {\n  body Board {\n    members [|Nobody|]\n  }\n}`, [
        { code: "ALY010", message: "No party or role is named `Nobody`. Correct the name, or add it to the parties." },
      ]);
    });

    it("says when the document a file is written for is not being checked", () => {
      expectProblems(`specification Spec for [|Missing|] {\n  route light-touch\n}`, [
        { code: "ALY010", message: "No document named `Missing` is being checked. Check this file together with the document named `Missing`, or correct the name after `for`." },
      ]);
    });
  });

  describe("ALY011 one name for two things", () => {
    it("reports the second use of a name for the same kind of thing", () => {
      const [problem] = expectProblems(`agreement A {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    [|PCC|] provider "Plymouth Community Care"\n  }\n}`, [
        { code: "ALY011", message: "The name `PCC` is already used for another party above. Give this party a different name." },
      ]);
      expect(problem.related.map((r) => r.message)).toEqual(["`PCC` is first used here"]);
    });

    it("names the kind of thing that has the name first", () => {
      expectProblems(`agreement A {\n  parties {\n    Board provider "Board Ltd"\n  }\n  body [|Board|] {\n    members Board\n  }\n}`, [
        { code: "ALY011", message: "The name `Board` is already used for a party above. Give this body a different name." },
      ]);
    });
  });

  describe("ALY012 a clause in the wrong kind of document", () => {
    it("says which documents hold it", () => {
      expectProblems(`evaluation Award {\n  [|spend|] {\n    over £0 approved by Board\n  }\n}`, [
        { code: "ALY012", message: "An evaluation does not hold `spend`: it belongs in an agreement. Move or remove this clause." },
      ]);
    });

    it("explains how an agreement writes its principles", () => {
      expectProblems(`agreement A {\n  [|principles|] open-book\n}`, [
        {
          code: "ALY012",
          message: "An agreement does not hold `principles`: it belongs in a specification, a tender or an evaluation; an agreement sets out its principles one on each line, each with its name and wording. Move or remove this clause.",
        },
      ]);
    });

    it("lets a tender and a specification state whether there are targets", () => {
      expectClean(`tender T {\n  targets none\n}`, ["ALY012"]);
      expectClean(`specification S {\n  targets none\n}`, ["ALY012"]);
      expectProblems(`evaluation E {\n  [|targets|] none\n}`, [
        { code: "ALY012", message: "An evaluation does not hold `targets`: it belongs in a specification or a tender. Move or remove this clause." },
      ]);
    });
  });

  describe("ALY013 a clause stated twice", () => {
    it("reports the second, pointing at the first", () => {
      const [problem] = expectProblems(`agreement A {\n  value £80,000,000\n  [|value|] £8,000,000\n}`, [
        { code: "ALY013", message: "This document already has a `value` clause above. Keep one, and remove this one or merge the two." },
      ]);
      expect(problem.related.map((r) => r.message)).toEqual(["`value` is first stated here"]);
    });

    it("reports a tender that says where it stands on targets twice", () => {
      expectProblems(`tender T {\n  targets none\n  [|targets|] none\n}`, [
        { code: "ALY013", message: "This document already has a `targets` clause above. Keep one, and remove this one or merge the two." },
      ]);
    });
  });

  describe("ALY014 a word outside a clause's choices", () => {
    it("suggests the nearest choice and lists them all", () => {
      const [problem] = expectProblems(`agreement A {\n  jurisdiction [|engand|]\n}`, [
        { code: "ALY014", message: "The word `engand` is not a jurisdiction; did you mean `england`? The choices are `england`, `wales`, `scotland` or `northern-ireland`." },
      ]);
      expect(problem.data).toMatchObject({ suggestion: "england" });
    });

    it("lists the choices when none is close", () => {
      expectProblems(`agreement A {\n  jurisdiction [|france|]\n}`, [
        { code: "ALY014", message: "The word `france` is not a jurisdiction. Use `england`, `wales`, `scotland` or `northern-ireland`." },
      ]);
    });
  });

  it("says how to write `targets` when what follows it cannot be read", () => {
    expectProblems(`tender T {\n  targets [|soon|]\n}`, [
      { code: "ALY001", message: "After `targets`, write `none` if there are no targets, or list them one on each line, each with a name and its wording in quotes." },
    ]);
  });

  it("checks a tender's `targets none` against its specification without a name finding", () => {
    const workspace = new Workspace();
    workspace.set("file:///s.alliance", marked(`specification Spec {\n  targets none\n}`).text);
    workspace.set("file:///t.alliance", marked(`tender T for Spec {\n  targets none\n}`).text);
    expect(checkDocument(workspace, "file:///t.alliance").filter((p) => /^ALY01[0-4]$/.test(p.code))).toEqual([]);
  });
});
