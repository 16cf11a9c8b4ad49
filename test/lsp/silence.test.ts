// The "silence this finding" fix: an editor that can ask for the reason gets a command that asks,
// any other editor gets the edit that writes the comment and leaves the reason to the user.
import { afterEach, describe, expect, it } from "vitest";
import { CodeActionRequest, type CodeAction, type Diagnostic } from "vscode-languageserver-protocol/node";
import { startClient, type TestClient } from "./client";

const URI = "file:///tmp/alliance-silence/agreement.alliance";
const TEXT = `agreement Test "Test alliance" {
  parties {
    PCC      commissioner "Plymouth City Council"
    Shekinah provider     "Shekinah"
  }
  body Board "Alliance Leadership Board" {
    members PCC, Shekinha
    decides key-issues by unanimity
  }
}
`;

async function silenceAction(client: TestClient, text = TEXT): Promise<CodeAction> {
  await client.open(URI, text);
  const pushed = await client.waitForPush(URI, (p) => p.diagnostics.some((d) => d.code === "ALY010"));
  const diagnostic = pushed.diagnostics.find((d) => d.code === "ALY010") as Diagnostic;
  const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as CodeAction[];
  const silence = actions.find((a) => a.title.startsWith("Silence ALY010"));
  expect(silence).toBeTruthy();
  return silence!;
}

describe("silencing a finding", () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it("asks for the reason in an editor that says it can", async () => {
    client = await startClient({ initializationOptions: { silenceWithInputBox: true } });
    const silence = await silenceAction(client);
    expect(silence.edit).toBeUndefined();
    expect(silence.title).toBe("Silence ALY010 on this clause…");
    // The line of `members PCC, Shekinha` (0-based), above which the comment goes.
    expect(silence.command).toEqual({ title: "Ask for the reason", command: "alliance.silenceWithReason", arguments: [URI, 6, "ALY010"] });
    // The client's own command, not one the server runs.
    expect(client.initializeResult.capabilities.executeCommandProvider?.commands).not.toContain("alliance.silenceWithReason");
  });

  it("writes the comment and places the cursor in any other editor", async () => {
    client = await startClient();
    const silence = await silenceAction(client);
    expect(silence.title).toBe("Silence ALY010 on this clause (then write why after the colon)");
    expect(silence.edit?.changes?.[URI]).toEqual([{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: "    // alliance-ignore ALY010: \n" }]);
    expect(silence.command?.command).toBe("alliance.server.placeCursor");
  });

  it("silences the clause, not the whole file, in a document whose lines end with CR alone", async () => {
    client = await startClient();
    const silence = await silenceAction(client, TEXT.replace(/\n/g, "\r"));
    expect(silence.title).toBe("Silence ALY010 on this clause (then write why after the colon)");
    expect(silence.edit?.changes?.[URI]).toEqual([{ range: { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } }, newText: "    // alliance-ignore ALY010: \r" }]);
    await client.close();
    client = await startClient({ initializationOptions: { silenceWithInputBox: true } });
    const asked = await silenceAction(client, TEXT.replace(/\n/g, "\r"));
    expect(asked.command).toEqual({ title: "Ask for the reason", command: "alliance.silenceWithReason", arguments: [URI, 6, "ALY010"] });
  });
});
