// The first agreement a commissioner gets, from the New Agreement Pack command or the starter in an empty
// file, must check with no warning or error, whatever the nation and parties.

import { describe, expect, it } from "vitest";
import { checkText, Workspace, checkDocument } from "../../../server/src/core";
import { agreementText, equalShares, nameFor, newPack, partyNameFor, type StarterOptions } from "../../../server/src/core/features/starter";
import { SNIPPETS, starterSnippet } from "../../../server/src/core/features/snippets";
import type { Jurisdiction } from "../../../server/src/core/thresholds";

/** A snippet as the text it inserts when every tab stop keeps its default. */
function expand(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^,|]+)[^|]*\|\}/g, "$1")
    .replace(/\$\{\d+:([^}]*)\}/g, "$1")
    .replace(/\$\d+/g, "")
    .replace(/\\([$\\}])/g, "$1");
}

function serious(text: string) {
  const problems = checkText(text);
  return { serious: problems.filter((p) => p.severity !== "info").map((p) => `${p.code}: ${p.message}`), notes: problems.filter((p) => p.severity === "info").length };
}

const NATIONS: Jurisdiction[] = ["england", "wales", "scotland", "northern-ireland"];
const CASTS: StarterOptions["parties"][] = [
  [
    { name: "Council", role: "commissioner", title: "Riverside City Council" },
    { name: "Harbour", role: "provider", title: "Harbour Housing Trust" },
  ],
  [
    { name: "Council", role: "commissioner", title: "Riverside City Council" },
    { name: "ICB", role: "commissioner", title: "Riverside Integrated Care Board" },
    { name: "Harbour", role: "provider", title: "Harbour Housing Trust" },
    { name: "Lantern", role: "provider", title: "Lantern Mental Health" },
    { name: "Voices", role: "lived-experience", title: "Riverside Voices" },
    { name: "Chair", role: "independent", title: "Independent chair" },
  ],
];

describe("the starter agreement", () => {
  describe.each(NATIONS)("in %s", (jurisdiction) => {
    it.each(CASTS.map((c, i) => [i, c] as const))("with cast %i checks with no warning or error and at most three notes", (_i, parties) => {
      const result = serious(agreementText({ title: "Riverside Wellbeing Alliance", jurisdiction, parties, start: "2027-04-01" }));
      expect(result.serious).toEqual([]);
      expect(result.notes).toBeLessThanOrEqual(3);
    });
  });

  it("as the snippet offered in an empty file, checks the same", () => {
    expect(SNIPPETS.find((s) => s.label === "agreement")!.body).toBe(starterSnippet());
    const result = serious(expand(starterSnippet()));
    expect(result.serious).toEqual([]);
    expect(result.notes).toBeLessThanOrEqual(3);
  });

  it("gives an independent chair and a lived-experience party when none is named, and shares risk equally between commissioners and providers", () => {
    const text = agreementText({ title: "Riverside Wellbeing Alliance", jurisdiction: "england", parties: CASTS[0], start: "2027-04-01" });
    expect(text).toContain('    Chair   independent      "Independent chair (to be appointed)"');
    expect(text).toContain('    Voices  lived-experience "People who use the services (group to be named)"');
    expect(text).toContain("    Voices in need, design, outcomes, review\n");
    expect(text).toContain("    chair Chair\n");
    expect(text).toContain("    pain share Council 50%, Harbour 50%\n");
    expect(equalShares(["A", "B", "C"])).toBe("A 34%, B 33%, C 33%");
  });

  it("names documents and parties in one word each", () => {
    expect(nameFor("Riverside Wellbeing Alliance")).toBe("RiversideWellbeing");
    expect(nameFor("2030 alliance for carers")).toBe("Alliance2030ForCarers");
    expect(partyNameFor("Riverside City Council", new Set(["RiversideCityCouncil"]))).toBe("RiversideCityCouncil2");
    expect(newPack({ title: "Riverside Wellbeing Alliance", jurisdiction: "wales", parties: CASTS[0], start: "2027-04-01" }).map((f) => f.fileName)).toEqual(["riverside-wellbeing-agreement.alliance"]);
  });
});

describe("a new agreement pack", () => {
  it.each(NATIONS)("with every tender document, in %s, checks across with no warning or error", (jurisdiction) => {
    const files = newPack({ title: "Riverside Wellbeing Alliance", jurisdiction, parties: CASTS[1], start: "2027-04-01" }, ["agreement", "specification", "tender", "evaluation"]);
    expect(files.map((f) => f.kind)).toEqual(["agreement", "specification", "tender", "evaluation"]);
    const workspace = new Workspace();
    for (const f of files) workspace.set(`file:///pack/${f.fileName}`, f.text);
    const found = files.flatMap((f) => checkDocument(workspace, `file:///pack/${f.fileName}`).filter((p) => p.severity !== "info").map((p) => `${f.fileName} ${p.code}: ${p.message}`));
    expect(found).toEqual([]);
  });
});
