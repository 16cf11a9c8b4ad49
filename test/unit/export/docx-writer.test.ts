// The Word document is made of real Word structure, so that a lawyer can edit it with tracked changes:
// heading styles with Word's own numbering, real tables, a named style for the drafter's wording.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { Workspace } from "../../../server/src/core";
import { buildOutline } from "../../../server/src/core/export/outline";
import { writeDocx } from "../../../server/src/export/docx-writer";

const SAMPLES = join(__dirname, "../../../samples");

async function documentXml(text: string): Promise<string> {
  const state = new Workspace().set("file:///a.alliance", text);
  const outline = buildOutline(state.model, { source: "a.alliance", preparedOn: "2026-12-01", text })!;
  const zip = await JSZip.loadAsync(await writeDocx(outline));
  return zip.file("word/document.xml")!.async("string");
}

describe("the Word writer", () => {
  it("numbers the sections with Word's numbering on heading styles, and writes tables as tables", async () => {
    const xml = await documentXml(readFileSync(join(SAMPLES, "plymouth/agreement.alliance"), "utf8"));
    const headings = xml.match(/<w:pStyle w:val="Heading1"\/><w:numPr>/g) ?? [];
    expect(headings.length).toBe(11);
    expect(xml.match(/<w:pStyle w:val="Heading2"\/><w:numPr>/g)?.length).toBeGreaterThan(10);
    expect(xml.match(/<w:tbl>/g)?.length).toBe(4);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(4);
    expect(xml.match(/Signed for and on behalf of/g)?.length).toBe(7);
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
  });

  it("keeps triple-quoted wording in its own style, one paragraph per line, spaces kept", async () => {
    const xml = await documentXml('agreement A "A" {\n  exit-plan """\n    First line,\n      second line.\n    """\n}\n');
    expect(xml).toMatch(/<w:pStyle w:val="Verbatim"\/>.*<w:t xml:space="preserve">    First line,<\/w:t>/s);
    expect(xml).toContain('<w:t xml:space="preserve">      second line.</w:t>');
  });
});
