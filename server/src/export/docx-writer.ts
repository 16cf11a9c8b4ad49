// A document outline as a Word document, through the `docx` library: real heading styles with Word's own
// multi-level numbering (so that a lawyer who inserts a clause with tracked changes gets the numbers
// redone by Word), real tables, and named styles for the drafter's verbatim wording and the signature
// blocks. Layout only: what the document says comes from the outline.

import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, Packer, PageBreak, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType,
} from "docx";
import type { Block, DocumentOutline, Section } from "../core/export/outline";

// Arial: on every Word install, and LibreOffice substitutes its metric twin, Liberation Sans.
const FONT = "Arial";
const ACCENT = "125E6C";
const NUMBERING = "clauses";

/** The outline as the bytes of a .docx file. */
export async function writeDocx(outline: DocumentOutline): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [...titlePage(outline)];
  for (const section of outline.sections) children.push(...sectionContent(section, 0, true));
  for (const schedule of outline.schedules) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(`${schedule.number}: ${schedule.title}`)] }));
    children.push(...blocksContent(schedule.blocks));
    for (const sub of schedule.subsections) children.push(...sectionContent(sub, 1, false));
  }
  if (outline.signatures.length) children.push(...signaturePages(outline));
  const doc = new Document({
    title: outline.title,
    description: `${outline.kindLabel}: ${outline.title}`,
    creator: "Alliance",
    styles: {
      default: {
        document: { run: { font: FONT, size: 22 }, paragraph: { spacing: { after: 120, line: 276 } } },
        title: { run: { font: FONT, size: 48, bold: true, color: ACCENT }, paragraph: { spacing: { after: 240 } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: ACCENT }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 25, bold: true }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: "Verbatim", name: "Drafter's wording", basedOn: "Normal", run: { font: FONT }, paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: ACCENT, space: 8 } } } },
        { id: "Field", name: "Labelled clause", basedOn: "Normal", paragraph: { indent: { left: 284 } } },
        { id: "TitleDetail", name: "Title page detail", basedOn: "Normal", run: { size: 24 } },
        { id: "Signature", name: "Signature block", basedOn: "Normal", paragraph: { spacing: { after: 60 }, keepNext: true, keepLines: true } },
      ],
    },
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: "%1", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 567 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: "%1.%2", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 851, hanging: 851 } } } },
          ],
        },
        { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 567, hanging: 283 } } } }] },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1247, right: 1247 } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: 18, children: [`${outline.title} · page `, PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function titlePage(outline: DocumentOutline): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ style: "TitleDetail", spacing: { before: 1800 }, children: [new TextRun({ text: outline.kindLabel.toUpperCase(), color: ACCENT, bold: true })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(outline.title)] }),
  ];
  if (outline.between.length) {
    out.push(new Paragraph({ style: "TitleDetail", spacing: { before: 240 }, children: [new TextRun({ text: "Between", bold: true })] }));
    for (const party of outline.between) out.push(new Paragraph({ style: "TitleDetail", numbering: { reference: "bullets", level: 0 }, children: [new TextRun(party)] }));
  }
  out.push(new Paragraph({ spacing: { before: 240 }, children: [] }));
  for (const row of outline.titlePage) out.push(new Paragraph({ style: "TitleDetail", children: [new TextRun({ text: `${row.label}: `, bold: true }), new TextRun(row.value)] }));
  out.push(new Paragraph({ children: [new PageBreak()] }));
  return out;
}

function sectionContent(section: Section, level: 0 | 1, numbered: boolean): (Paragraph | Table)[] {
  const heading = new Paragraph({
    heading: level === 0 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    ...(numbered ? { numbering: { reference: NUMBERING, level } } : {}),
    children: [new TextRun(numbered ? section.title : `${section.number} ${section.title}`)],
  });
  const out: (Paragraph | Table)[] = [heading, ...blocksContent(section.blocks)];
  for (const sub of section.subsections) out.push(...sectionContent(sub, 1, numbered));
  return out;
}

function blocksContent(blocks: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case "paragraph":
        out.push(new Paragraph({ children: [new TextRun(block.text)] }));
        break;
      case "verbatim":
        // One paragraph per line, so that the drafter's line breaks survive; spaces are kept as written.
        for (const line of block.text.split("\n")) out.push(new Paragraph({ style: "Verbatim", children: [new TextRun(line)] }));
        break;
      case "field":
        out.push(new Paragraph({ style: "Field", children: [new TextRun({ text: `${block.label}: `, bold: true }), new TextRun(block.text)] }));
        break;
      case "definition":
        out.push(new Paragraph({ style: "Field", children: [new TextRun({ text: `“${block.term}”: `, bold: true }), new TextRun(block.text)] }));
        break;
      case "list":
        for (const item of block.items) out.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, children: [new TextRun(item)] }));
        break;
      case "table":
        if (block.caption) out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: block.caption, bold: true })] }));
        out.push(table(block.head, block.rows, block.total));
        out.push(new Paragraph({ children: [] }));
        break;
    }
  }
  return out;
}

function table(head: string[], rows: string[][], total?: string[]): Table {
  const cell = (text: string, options: { bold?: boolean; shade?: boolean } = {}) =>
    new TableCell({
      ...(options.shade ? { shading: { fill: "E8F1F3" } } : {}),
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text, bold: options.bold })] })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h) => cell(h, { bold: true, shade: true })) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
      ...(total ? [new TableRow({ cantSplit: true, children: total.map((c) => cell(c, { bold: true })) })] : []),
    ],
  });
}

function signaturePages(outline: DocumentOutline): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun("Signatures")] }),
    new Paragraph({ children: [new TextRun("Signed by the parties on the dates below.")] }),
  ];
  for (const sig of outline.signatures) {
    out.push(
      new Paragraph({ style: "Signature", spacing: { before: 360 }, children: [new TextRun({ text: `Signed for and on behalf of ${sig.party}`, bold: true })] }),
      new Paragraph({ style: "Signature", children: [new TextRun(`By: ${sig.signatory ?? ""}`)] }),
      new Paragraph({ style: "Signature", spacing: { before: 240 }, children: [new TextRun("Signature: ______________________________")] }),
      new Paragraph({ style: "Signature", children: [new TextRun("Name: ___________________________________")] }),
      new Paragraph({ keepLines: true, children: [new TextRun("Date: ____________________________________")] }),
    );
  }
  return out;
}
