// The server speaks over Node IPC as well as stdio (`alliance-language-server --node-ipc`), as VS Code
// starts it.

import { fork } from "node:child_process";
import { expect, it } from "vitest";
import { createProtocolConnection, InitializeRequest, ShutdownRequest } from "vscode-languageserver-protocol/node";
import { IPCMessageReader, IPCMessageWriter } from "vscode-jsonrpc/node";
import { ensureServerBuilt, SERVER } from "./client";

it("answers initialize over --node-ipc", async () => {
  ensureServerBuilt();
  const child = fork(SERVER, ["--node-ipc"], { stdio: ["ignore", "ignore", "ignore", "ipc"] });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  try {
    const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    expect(result.serverInfo?.name).toBe("alliance-language-server");
    expect(result.capabilities.hoverProvider).toBe(true);
    await connection.sendRequest(ShutdownRequest.type);
  } finally {
    connection.dispose();
    child.kill();
  }
});
