// Nothing is lost: for every sample, every clause's content (the drafter's wording, amounts, percentages,
// dates, lengths of time, and the parties named) appears in the exported document, in both writers.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Workspace, walk, type AnyNode, type DateLit, type Duration, type Ident, type Money, type Percent, type Str } from "../../../server/src/core";
import { buildOutline, outlineText, type DocumentOutline } from "../../../server/src/core/export/outline";
import { formatDate, formatDuration } from "../../../server/src/core/export/plain-english";
import { formatMoney, formatPercent } from "../../../server/src/core/numbers";
import { writeHtml } from "../../../server/src/export/html-writer";

const SAMPLES = join(__dirname, "../../../samples");

/** Each sample folder read as one workspace, so that documents read the ones they are `for`. */
function exportFolder(folder: string): { file: string; workspace: Workspace; uri: string; outline: DocumentOutline | null }[] {
  const workspace = new Workspace();
  const files = readdirSync(join(SAMPLES, folder)).filter((f) => f.endsWith(".alliance")).sort();
  for (const f of files) workspace.set(`file:///${folder}/${f}`, readFileSync(join(SAMPLES, folder, f), "utf8"));
  return files.map((f) => {
    const uri = `file:///${folder}/${f}`;
    const state = workspace.get(uri)!;
    const outline = buildOutline(state.model, { source: `${folder}/${f}`, preparedOn: "2026-12-01", linked: workspace.chain(uri).linked.map((d) => d.model), text: state.text });
    return { file: `${folder}/${f}`, workspace, uri, outline };
  });
}

/** What each piece of a clause looks like once written out for people. */
function expectedPieces(workspace: Workspace, uri: string): string[] {
  const model = workspace.get(uri)!.model;
  const pieces: string[] = [];
  walk(model.document, (node: AnyNode) => {
    switch (node.kind) {
      case "Str": {
        const str = node as Str;
        if (!str.error && str.value.trim()) pieces.push(str.value);
        break;
      }
      case "Money": {
        const money = node as Money;
        if (!money.error) pieces.push(formatMoney(money));
        break;
      }
      case "Percent": {
        const percent = node as Percent;
        if (!percent.error) pieces.push(formatPercent(percent));
        break;
      }
      case "Date": {
        const date = node as DateLit;
        if (!date.error) pieces.push(formatDate(date));
        break;
      }
      case "Duration": {
        const duration = node as Duration;
        if (!duration.error) pieces.push(formatDuration(duration));
        break;
      }
      case "Ident": {
        // A party named anywhere is written by its full name; a party's short name is given where it is declared.
        const id = node as Ident;
        const party = model.party(id.name);
        if (party) pieces.push(party.title?.value ?? id.name);
        if (id.decl === "party") pieces.push(`“${id.name}”`);
        break;
      }
    }
  });
  return [...new Set(pieces)];
}

const FOLDERS = readdirSync(SAMPLES).filter((f) => !f.startsWith(".")).sort();

describe("every clause of every sample is in its exported document", () => {
  for (const folder of FOLDERS) {
    for (const { file, workspace, uri, outline } of exportFolder(folder)) {
      it(file, () => {
        const model = workspace.get(uri)!.model;
        if (!model.kind) {
          // A draft whose header is broken has nothing to export, and says so.
          expect(outline).toBeNull();
          return;
        }
        expect(outline).not.toBeNull();
        const text = outlineText(outline!);
        const missing = expectedPieces(workspace, uri).filter((piece) => !text.includes(piece));
        expect(missing, `${file}: not in the document`).toEqual([]);
        // The HTML page holds the same words (escaped for HTML, then read back).
        const html = writeHtml(outline!).replace(/<[^>]+>/g, "\n").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
        const missingInHtml = expectedPieces(workspace, uri).filter((piece) => !html.includes(piece) && !piece.includes("\n"));
        expect(missingInHtml, `${file}: not in the HTML`).toEqual([]);
      });
    }
  }
});

describe("the outline of an agreement", () => {
  const [agreement] = exportFolder("plymouth");
  const outline = agreement.outline!;

  it("has a title page with the parties, term, value, jurisdiction, date and version", () => {
    expect(outline.title).toBe("Plymouth Complex Needs Alliance");
    expect(outline.between).toContain("Plymouth City Council (commissioner)");
    expect(outline.titlePage.map((r) => r.label)).toEqual(["Term", "Value", "Jurisdiction", "Date", "Version"]);
    expect(outline.titlePage[0].value).toBe("10 years, from 1 April 2019 to 31 March 2029");
    expect(outline.titlePage[2].value).toBe("England");
  });

  it("numbers the sections the brief asks for, in order, with the spend ladder as a schedule", () => {
    expect(outline.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      "1 Purpose", "2 Parties and their representatives", "3 Principles", "4 Values and behaviours", "5 Definitions", "6 Governance",
      "7 Risk and reward", "8 Learning and measures", "9 Involving people who use services", "10 How the alliance was procured", "11 Term, review and exit",
    ]);
    expect(outline.schedules.map((s) => `${s.number} ${s.title}`)).toEqual(["Schedule 1 Spend authority"]);
  });

  it("gives each body its own section: members, chair, what it decides and how, and what happens when a decision is not unanimous", () => {
    const governance = outline.sections.find((s) => s.title === "Governance")!;
    expect(governance.subsections.map((s) => `${s.number} ${s.title}`)).toEqual(["6.1 Alliance Leadership Board (the Board)", "6.2 Creative Solutions Forum (the Forum)", "6.3 System Optimisation Group (the SystemGroup)"]);
    const forum = outlineText({ ...outline, sections: [governance.subsections[1]], schedules: [], signatures: [], between: [], titlePage: [] });
    expect(forum).toContain("Chair: The Convener of the Creative Solutions Forum.");
    expect(forum).toContain("Decides: Complex cases, by consensus.");
    expect(forum).toContain("When a decision is not unanimous: The matter is referred to the Alliance Leadership Board.");
  });

  it("writes the risk share as a table that adds up, with the cap and the no-fault-no-blame exception", () => {
    const risk = outline.sections.find((s) => s.title === "Risk and reward")!;
    const table = risk.blocks.find((b) => b.kind === "table");
    expect(table).toMatchObject({ head: ["Party", "Share of losses (pain)", "Share of savings (gain)", "Share of the budget"], total: ["Total", "100%", "100%", "100%"] });
    expect(risk.blocks).toContainEqual({ kind: "field", label: "Cap", text: "No party gains or loses more than £1,500,000 in any year under the risk share." });
    expect(risk.blocks).toContainEqual(expect.objectContaining({ label: "No fault, no blame", text: expect.stringContaining("except in a case of wilful default (as defined in the definitions section)") }));
  });

  it("has a signature block for every party", () => {
    expect(outline.signatures.map((s) => s.party)).toEqual(["Plymouth City Council", "Clinical Commissioning Group for Plymouth", "Harbourside Recovery Trust", "Tamar Housing Support", "Drake Community Health CIC", "Sound Minds Plymouth", "Plymouth Lived Experience Voices"]);
  });

  it("writes no raw language words where a reader expects English", () => {
    const text = outlineText(outline);
    for (const raw of ["england", "key-issues", "by unanimity", "light-touch because", "open-book", "pain share"]) expect(text, raw).not.toContain(raw);
  });
});

describe("the outline of an evaluation", () => {
  it("has its criteria and weights as a table that adds to 100%", () => {
    const evaluation = exportFolder("plymouth").find((d) => d.file.endsWith("evaluation.alliance"))!.outline!;
    const criteria = evaluation.sections.find((s) => s.title === "Criteria and weights")!;
    const table = criteria.blocks.find((b) => b.kind === "table")!;
    expect(table).toMatchObject({ head: ["Criterion", "Weight", "What it assesses"], total: ["Total", "100%", ""] });
    expect(table.kind === "table" && table.rows.map((r) => r[1])).toEqual(["25%", "25%", "25%", "15%", "10%"]);
    expect(evaluation.signatures).toEqual([]);
  });
});

describe("triple-quoted wording", () => {
  it("is kept verbatim, line breaks and indentation included", () => {
    const workspace = new Workspace();
    const text = 'agreement A "A" {\n  exit-plan """\n    In the final year the Board agrees a handover plan,\n      so that no one loses their support.\n    """\n}\n';
    const state = workspace.set("file:///a.alliance", text);
    const outline = buildOutline(state.model, { source: "a.alliance", preparedOn: "2026-12-01" })!;
    const blocks = outline.sections.flatMap((s) => s.blocks);
    const verbatim = blocks.find((b) => b.kind === "verbatim");
    expect(verbatim).toEqual({ kind: "verbatim", text: (state.model.first("ExitPlan")!.text as Str).value });
    expect(verbatim!.kind === "verbatim" && verbatim!.text).toContain("handover plan,\n      so that");
  });
});
