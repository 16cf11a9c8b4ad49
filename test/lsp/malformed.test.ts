// Messages no client should send, sent over stdio to the built server: each is refused or ignored, and
// the server goes on answering.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HoverRequest, type PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import { startClient, type TestClient } from "./client";

const URI = "file:///tmp/alliance-malformed/a.alliance";
const TEXT = "agreement A {\n  body B {\n    members Nobody\n  }\n}\n";

const BAD_NOTIFICATIONS: [string, unknown][] = [
  ["textDocument/didOpen", { textDocument: { uri: "file:///tmp/x/no-text.alliance", languageId: "alliance", version: 1 } }],
  ["textDocument/didOpen", { textDocument: { uri: "file:///tmp/x/number.alliance", languageId: "alliance", version: 1, text: 42 } }],
  ["textDocument/didOpen", { textDocument: null }],
  ["textDocument/didOpen", null],
  ["textDocument/didChange", { textDocument: { uri: URI, version: 9 }, contentChanges: "all of it" }],
  ["textDocument/didChange", { textDocument: { uri: URI, version: 9 }, contentChanges: [{ range: { start: { line: "a" } }, text: "x" }] }],
  ["textDocument/didChange", { textDocument: { uri: URI }, contentChanges: [{ text: 7 }] }],
  ["textDocument/didClose", {}],
  ["textDocument/didSave", { textDocument: 3 }],
  ["workspace/didChangeWatchedFiles", { changes: [{ uri: 5, type: "changed" }] }],
  ["workspace/didChangeWatchedFiles", { changes: "everything" }],
  ["workspace/didChangeConfiguration", null],
];

const BAD_REQUESTS: [string, unknown][] = [
  ["textDocument/hover", { textDocument: { uri: URI }, position: { line: "one", character: 0 } }],
  ["textDocument/completion", { textDocument: { uri: URI }, position: { line: -1, character: 0.5 } }],
  ["textDocument/definition", { textDocument: {}, position: { line: 0, character: 0 } }],
  ["textDocument/references", { textDocument: { uri: URI }, position: { line: 0, character: 0 } }],
  ["textDocument/rename", { textDocument: { uri: URI }, position: { line: 0, character: 0 }, newName: null }],
  ["textDocument/codeAction", { textDocument: { uri: URI }, range: null, context: {} }],
  ["textDocument/inlayHint", { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 } } }],
  ["workspace/symbol", { query: 12 }],
  ["workspace/executeCommand", { command: "alliance.server.summary", arguments: "file:///etc/passwd" }],
  ["textDocument/diagnostic", { textDocument: [] }],
  ["textDocument/foldingRange", { textDocument: { uri: 42 } }],
];

describe("malformed messages over stdio", () => {
  let client: TestClient;
  let stderr = "";

  beforeAll(async () => {
    client = await startClient({ pull: false });
    client.process.stderr!.on("data", (d) => (stderr += d));
    await client.open(URI, TEXT, 1);
    await client.waitForPush(URI, (p) => p.version === 1);
  });
  afterAll(async () => client?.close());

  it("ignores notifications with bad parameters, saying so in the log, and stays up", async () => {
    for (const [method, params] of BAD_NOTIFICATIONS) await client.connection.sendNotification(method, params);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(client.process.exitCode).toBeNull();
    expect(client.messages).toContain("textDocument/didOpen: ignored, because `textDocument.text` is missing or not a string.");
    expect(client.messages).toContain("workspace/didChangeWatchedFiles: ignored, because every change needs a `uri` and a `type` of 1, 2 or 3.");
    expect(stderr).toBe("");
    // The document it had is unchanged, and still checked.
    await client.change(URI, 2, TEXT.replace("Nobody", "Somebody"));
    const pushed: PublishDiagnosticsParams = await client.waitForPush(URI, (p) => p.version === 2);
    expect(pushed.diagnostics.some((d) => d.message.includes("Somebody"))).toBe(true);
  });

  it("answers requests with bad parameters with an InvalidParams error that says what is wrong", async () => {
    for (const [method, params] of BAD_REQUESTS) {
      const answer = await client.connection.sendRequest(method, params).then(
        () => ({ code: 0, message: "answered" }),
        (error: { code: number; message: string }) => ({ code: error.code, message: error.message }),
      );
      expect(answer.code, `${method} ${JSON.stringify(params)}`).toBe(-32602);
      expect(answer.message).toMatch(new RegExp(`^The ${method.replace("/", "\\/")} request was refused because .+\\.$`));
    }
    expect(client.process.exitCode).toBeNull();
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 3 } });
    expect(hover).not.toBeUndefined();
  });

  it("survives bytes that are not JSON, and requests whose parameters are not an object", async () => {
    client.process.stdin!.write("Content-Length: 9\r\n\r\n{garbage}");
    for (const params of ["null", '"folds"', "[1, 2]"]) {
      const body = `{"jsonrpc":"2.0","id":"raw-${params.length}","method":"textDocument/hover","params":${params}}`;
      client.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.process.exitCode).toBeNull();
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: 1, character: 3 } });
    expect(hover).not.toBeUndefined();
  });
});
