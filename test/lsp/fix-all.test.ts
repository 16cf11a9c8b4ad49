// Fix all over LSP: a source.fixAll.alliance action, and a "fix every … in this document" quick fix.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CodeActionRequest, type CodeAction, type Diagnostic } from "vscode-languageserver-protocol/node";
import { startClient, type TestClient } from "./client";

const URI = "file:///tmp/alliance-fix-all/agreement.alliance";
const TEXT = `agreement Slips "Slips alliance" {
  jurisdiction england
  parties {
    PCC     commissioner "Plymouth City Council"
    Harbour provider     "Harbour Trust"
  }
  term 5 years from 01/04/2026
  value £1.000.000 per year
  spend {
    up to £25.000,50 approved by Board
    over £25,000.50 approved by Board
  }
  body Board "Alliance Board" {
    members PCC, Harbor
    decides key-issues by unanimity
  }
}
`;

describe("fix all over LSP", () => {
  let client: TestClient;
  let diagnostics: Diagnostic[];
  beforeAll(async () => {
    client = await startClient();
    await client.open(URI, TEXT);
    diagnostics = (await client.waitForPush(URI, (p) => p.diagnostics.some((d) => d.code === "ALY005"))).diagnostics;
  });
  afterAll(() => client.close());

  it("advertises the fix-all kind", () => {
    expect(client.initializeResult.capabilities.codeActionProvider).toEqual({ codeActionKinds: ["quickfix", "source.fixAll.alliance"] });
  });

  it("answers source.fixAll with every slip not in doubt, and not the undeclared name", async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ["source.fixAll"] },
    })) as CodeAction[];
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe("source.fixAll.alliance");
    expect(actions[0].edit!.changes![URI].map((e) => e.newText)).toEqual(["2026-04-01", "£1,000,000", "£25,000.50"]);
  });

  it("offers, on one amount, to fix every amount in the document", async () => {
    const amount = diagnostics.find((d) => d.code === "ALY005")!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: amount.range, context: { diagnostics: [amount], only: ["quickfix"] } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    expect(titles).toContain("Write the amount as `£1,000,000`");
    const every = actions.find((a) => a.title === "Write every amount in this document with commas between the thousands (2)");
    expect(every?.kind).toBe("quickfix");
    expect(every!.edit!.changes![URI].map((e) => e.newText)).toEqual(["£1,000,000", "£25,000.50"]);
    // Only one date: no "every date" fix for a single finding, and no fix-all source action in a quick-fix request.
    expect(actions.some((a) => a.kind === "source.fixAll.alliance")).toBe(false);
  });
});
