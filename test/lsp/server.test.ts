import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest, CompletionRequest, ExecuteCommandRequest, DefinitionRequest, DocumentDiagnosticRequest, DocumentFormattingRequest,
  DocumentHighlightRequest, DocumentSymbolRequest, FoldingRangeRequest, HoverRequest, InlayHintRequest,
  PrepareRenameRequest, ReferencesRequest, RenameRequest, SemanticTokensRequest, WorkspaceSymbolRequest,
  type CompletionItem, type Diagnostic, type DocumentSymbol, type MarkupContent,
} from "vscode-languageserver-protocol/node";
import { marked } from "../helpers/markers";
import { startClient, type TestClient } from "./client";

const URI = "file:///tmp/alliance-test/agreement.alliance";

const SOURCE = `agreement Test "Test alliance" {
  parties {
    PCC   commissioner "Plymouth City Council"
    <|>Shekinah provider "Shekinah"
  }
  body Board "Alliance Leadership Board" {
    members PCC, [|Shekinha|]
    decides key-issues by unanimity
  }
  risk {
    pain share PCC 50%, Shekinah 50%
  }
}
`;

const { text, positions, spans } = marked(SOURCE);

function position(offset: number) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return { line, character: offset - (before.lastIndexOf("\n") + 1) };
}

describe("the language server over stdio", () => {
  let client: TestClient;

  beforeAll(async () => {
    client = await startClient({ pull: false });
    await client.open(URI, text, 1);
  });
  afterAll(async () => client?.close());

  it("advertises every feature", () => {
    const caps = client.initializeResult.capabilities;
    expect(caps.hoverProvider).toBe(true);
    expect(caps.completionProvider).toBeTruthy();
    expect(caps.definitionProvider).toBe(true);
    expect(caps.referencesProvider).toBe(true);
    expect(caps.documentHighlightProvider).toBe(true);
    expect(caps.renameProvider).toEqual({ prepareProvider: true });
    expect(caps.documentSymbolProvider).toBeTruthy();
    expect(caps.workspaceSymbolProvider).toBe(true);
    expect(caps.foldingRangeProvider).toBe(true);
    expect(caps.semanticTokensProvider).toBeTruthy();
    expect(caps.documentFormattingProvider).toBe(true);
    expect(caps.codeActionProvider).toBeTruthy();
    expect(caps.inlayHintProvider).toBe(true);
    expect(caps.executeCommandProvider).toEqual({ commands: ["alliance.server.summary", "alliance.server.export", "alliance.server.placeCursor"] });
    expect(caps.diagnosticProvider).toMatchObject({ interFileDependencies: true });
    expect(caps.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
  });

  it("pushes diagnostics with the document's version to a client without pull support", async () => {
    const pushed = await client.waitForPush(URI, (p) => p.version === 1);
    const undeclared = pushed.diagnostics.filter((d) => d.code === "ALY010");
    expect(undeclared).toHaveLength(1);
    expect(undeclared[0].range).toEqual({ start: position(spans[0].start), end: position(spans[0].end) });
    expect(undeclared[0].message).toMatch(/^No party or role is named `Shekinha`; did you mean `Shekinah`\?/);
    expect(undeclared[0].codeDescription?.href).toMatch(/docs\/rules\.md#aly010$/);
    expect(undeclared[0].source).toBe("alliance");
  });

  it("checks again after an edit, for the new version only", async () => {
    const fixed = text.replace("Shekinha", "Shekinah");
    await client.change(URI, 2, fixed);
    const pushed = await client.waitForPush(URI, (p) => p.version === 2);
    expect(pushed.diagnostics.filter((d) => d.code === "ALY010")).toEqual([]);
    await client.change(URI, 3, text);
    const again = await client.waitForPush(URI, (p) => p.version === 3);
    expect(again.diagnostics.filter((d) => d.code === "ALY010")).toHaveLength(1);
  });

  it("describes a party on hover", async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: position(positions[0]) });
    const value = (hover!.contents as MarkupContent).value;
    expect(value).toContain("**Shekinah** — provider: Shekinah");
    expect(value).toContain("Carries 50% of the pain share.");
  });

  it("completes party and role names after `members`", async () => {
    const offset = text.indexOf("Shekinha") + 3;
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: URI }, position: position(offset) })) as CompletionItem[];
    // `all` stands only alone after `members`, so it is not offered after `PCC, `.
    expect(items.map((i) => i.label)).toEqual(["PCC", "Shekinah"]);
    expect(items[1].detail).toBe("party · provider · Shekinah");
  });

  it("goes to a party's declaration and finds its references", async () => {
    const use = text.indexOf("Shekinah 50%");
    const location = await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position: position(use) });
    expect(location).toEqual({ uri: URI, range: { start: position(positions[0]), end: position(positions[0] + 8) } });
    const refs = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position: position(use), context: { includeDeclaration: true } });
    expect(refs!.map((r) => r.range.start)).toEqual([position(positions[0]), position(use)]);
    const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: URI }, position: position(use) });
    expect(highlights!.map((h) => h.kind)).toEqual([3, 2]);
  });

  it("renames a party everywhere it is used", async () => {
    const use = text.indexOf("PCC 50%");
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: URI }, position: position(use) });
    expect(prepared).toEqual({ range: { start: position(use), end: position(use + 3) }, placeholder: "PCC" });
    const edit = await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: URI }, position: position(use), newName: "PlymouthCC" });
    const edits = edit!.changes![URI];
    expect(edits.map((e) => e.range.start)).toEqual([position(text.indexOf("PCC")), position(text.indexOf("PCC, ")), position(use)]);
    expect(edits.every((e) => e.newText === "PlymouthCC")).toBe(true);
    await expect(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: URI }, position: position(use), newName: "Plymouth CC" })).rejects.toThrow(/cannot be a short name/);
  });

  it("refuses to rename a keyword, saying why", async () => {
    await expect(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: URI }, position: position(text.indexOf("decides")) })).rejects.toThrow(/Only a short name can be renamed/);
  });

  it("formats to the canonical layout", async () => {
    const edits = await client.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: URI }, options: { tabSize: 2, insertSpaces: true } });
    expect(edits).toHaveLength(1);
    expect(edits![0].newText).toContain('    PCC      commissioner "Plymouth City Council"\n    Shekinah provider     "Shekinah"\n');
  });

  it("offers quick fixes for an undeclared name", async () => {
    const pushed = await client.waitForPush(URI, (p) => p.version === 3);
    const diagnostic = pushed.diagnostics.find((d) => d.code === "ALY010") as Diagnostic;
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const titles = actions!.map((a) => a.title);
    expect(titles).toContain("Change to `Shekinah`");
    expect(titles).toContain("Declare `Shekinha` as a party");
    expect(titles).toContain("Silence ALY010 on this clause (then write why after the colon)");
    const change = actions!.find((a) => a.title === "Change to `Shekinah`") as { edit: { changes: Record<string, { newText: string }[]> } };
    expect(change.edit.changes[URI]).toEqual([{ range: diagnostic.range, newText: "Shekinah" }]);
    // Silencing leaves the reason to the user: after the edit, a command puts the cursor after the colon.
    const silence = actions!.find((a) => a.title.startsWith("Silence ALY010")) as { edit: { changes: Record<string, { newText: string }[]> }; command?: { command: string; arguments: unknown[] } };
    expect(silence.edit.changes[URI][0].newText).toMatch(/\/\/ alliance-ignore ALY010: \n$/);
    expect(silence.command?.command).toBe("alliance.server.placeCursor");
    expect(silence.command?.arguments[0]).toBe(URI);
    expect(typeof silence.command?.arguments[1]).toBe("number");
    expect(client.initializeResult.capabilities.executeCommandProvider?.commands).toContain("alliance.server.placeCursor");
  });

  it("returns a reviewer's summary of the document as Markdown", async () => {
    const markdown = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "alliance.server.summary", arguments: [URI] })) as string;
    expect(markdown.startsWith("# Reviewer's summary\n\n## Test alliance\n\nAlliance agreement, from /tmp/alliance-test/agreement.alliance.\n")).toBe(true);
    expect(markdown).toContain("| Alliance Leadership Board | Plymouth City Council and Shekinha |  | The key issues, unanimously |  |  |  |");
    expect(markdown).toContain("**Names and structure**\n\n- No party or role is named “Shekinha”; did you mean “Shekinah”?\n  - Where: /tmp/alliance-test/agreement.alliance, line 7, section 2.1: Alliance Leadership Board (the Board)\n  - Why it matters: A clause that names a party, body, principle or measure the documents never set out cannot be read: nobody can tell who decides, who approves or what is meant.\n");
  });

  it("returns the summary as HTML with the governance diagram, for the editor's preview", async () => {
    const html = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "alliance.server.summary", arguments: [URI, { format: "html", toolbar: '<button id="export-docx">Export as Word</button>', csp: "default-src 'none'" }] })) as string;
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">');
    expect(html).toContain('<div class="toolbar"><button id="export-docx">Export as Word</button></div>');
    expect(html.replace(/&#45;/g, "-")).toContain('<g id="body-Board" class="node body">');
  });

  it("exports the document as Word and as HTML, for the editor to save", async () => {
    const docx = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "alliance.server.export", arguments: [URI, "docx"] })) as { fileName: string; base64: string };
    expect(docx.fileName).toBe("Test.docx");
    expect(Buffer.from(docx.base64, "base64").subarray(0, 2).toString()).toBe("PK");
    const html = (await client.connection.sendRequest(ExecuteCommandRequest.type, { command: "alliance.server.export", arguments: [URI, "html"] })) as { fileName: string; base64: string };
    expect(html.fileName).toBe("Test.html");
    expect(Buffer.from(html.base64, "base64").toString("utf8")).toContain("Signed for and on behalf of Plymouth City Council");
  });

  it("gives an outline, folding ranges, semantic tokens, inlay hints and workspace symbols", async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    expect(symbols[0].name).toBe("Test");
    expect(symbols[0].children!.map((c) => c.name)).toEqual(["parties", "Board", "risk"]);
    expect(symbols[0].children![0].children!.map((c) => c.name)).toEqual(["PCC", "Shekinah"]);
    const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: URI } });
    expect(folds!.map((f) => [f.startLine, f.endLine])).toEqual([[0, 11], [1, 3], [5, 7], [9, 10]]);
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    expect(tokens!.data.length % 5).toBe(0);
    expect(tokens!.data.slice(0, 5)).toEqual([0, 0, 9, 0, 0]);
    const hints = await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    expect(hints!.map((h) => h.label)).toEqual(["= 100%"]);
    const found = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: "shek" });
    expect((found as { name: string }[]).map((s) => s.name)).toEqual(["Shekinah"]);
  });
});

describe("pull diagnostics", () => {
  let client: TestClient;
  beforeAll(async () => {
    client = await startClient({ pull: true });
  });
  afterAll(async () => client?.close());

  it("answers textDocument/diagnostic and does not also push", async () => {
    await client.open(URI, text, 1);
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: URI } });
    expect(report.kind).toBe("full");
    expect((report as { items: Diagnostic[] }).items.filter((d) => d.code === "ALY010").map((d) => d.range)).toEqual([{ start: position(spans[0].start), end: position(spans[0].end) }]);
    await new Promise((r) => setTimeout(r, 400));
    expect(client.pushed).toEqual([]);
  });
});

describe("settings", () => {
  it("applies per-rule severities from workspace/configuration", async () => {
    const client = await startClient({ pull: false, settings: { rules: { ALY010: "warning" } } });
    try {
      await client.open(URI, text, 1);
      const pushed = await client.waitForPush(URI, (p) => p.version === 1);
      expect(pushed.diagnostics.filter((d) => d.code === "ALY010").map((d) => d.severity)).toEqual([2]);
    } finally {
      await client.close();
    }
  });

  it("reads alliance.config.json at the workspace root, shared with the command line", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { pathToFileURL } = await import("node:url");
    const root = mkdtempSync(join(tmpdir(), "alliance-lsp-"));
    writeFileSync(join(root, "alliance.config.json"), JSON.stringify({ rules: { ALY010: "off" } }));
    const uri = pathToFileURL(join(root, "agreement.alliance")).toString();
    writeFileSync(join(root, "agreement.alliance"), text);
    const client = await startClient({ pull: false, rootUri: pathToFileURL(root).toString() });
    try {
      await client.open(uri, text, 1);
      const pushed = await client.waitForPush(uri, (p) => p.version === 1);
      expect(pushed.diagnostics.filter((d) => d.code === "ALY010")).toEqual([]);
    } finally {
      await client.close();
    }
  });

  it("checks a closed specification's links against an open agreement in the same folder", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { pathToFileURL } = await import("node:url");
    const root = mkdtempSync(join(tmpdir(), "alliance-lsp-"));
    writeFileSync(join(root, "agreement.alliance"), 'agreement Plymouth {\n  principles {\n    open-book "Open book accounting"\n  }\n}\n');
    const specText = "specification Spec for Plymouth {\n  principles open-book, transparency\n}\n";
    writeFileSync(join(root, "spec.alliance"), specText);
    const client = await startClient({ pull: false, rootUri: pathToFileURL(root).toString() });
    try {
      const specUri = pathToFileURL(join(root, "spec.alliance")).toString();
      await client.open(specUri, specText, 1);
      const pushed = await client.waitForPush(specUri, (p) => p.version === 1);
      expect(pushed.diagnostics.filter((d) => d.code === "ALY010").map((d) => d.message.split(";")[0].split(".")[0])).toEqual(["No principle is named `transparency`"]);
    } finally {
      await client.close();
    }
  });
});
