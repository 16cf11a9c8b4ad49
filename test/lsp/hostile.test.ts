// The server in a workspace it cannot trust and with a client that misbehaves: it answers at once, reads
// only what it should, stays small, and survives every malformed message.

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CodeActionRequest, DidChangeWatchedFilesNotification, DidCloseTextDocumentNotification, ExecuteCommandRequest, FoldingRangeRequest, HoverRequest,
  WorkspaceSymbolRequest,
} from "vscode-languageserver-protocol/node";
import { GOOD, hostileFolder, SECRET_TITLE, type HostileFolder } from "../helpers/hostile-folder";
import { startClient, type TestClient } from "./client";

/** The most memory the server may have used at any time, in MB (Linux reports it as VmHWM). */
function peakMemoryMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

const summaryOf = (client: TestClient) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: "alliance.server.summary", arguments: [] }) as Promise<string>;

describe("a workspace holding a named pipe, self-links and links to /dev/zero and outside", () => {
  let pack: HostileFolder;
  let client: TestClient;
  let goodUri: string;

  beforeAll(async () => {
    pack = hostileFolder();
    goodUri = pathToFileURL(pack.good).toString();
    client = await startClient({ pull: false, rootUri: pathToFileURL(pack.root).toString(), initializeTimeoutMs: 5000 });
  }, 10000);
  afterAll(async () => client?.close());

  it("answers initialize within a second, sends diagnostics for the open document, and stays under 200 MB", async () => {
    expect(client.initializeMs).toBeLessThan(1000);
    await client.open(goodUri, GOOD, 1);
    const pushed = await client.waitForPush(goodUri, (p) => p.version === 1);
    expect(Array.isArray(pushed.diagnostics)).toBe(true);
    // Let the scan of the folder finish before measuring.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(peakMemoryMb(client.process.pid!)).toBeLessThan(200);
    expect(client.process.exitCode).toBeNull();
  });

  it("reads no document outside the workspace, through links, didClose or file events", async () => {
    const secretUri = pathToFileURL(join(pack.outside, "secret.alliance")).toString();
    // The editor may open any file; once it closes it, the server must not go and read it from disk.
    await client.open(secretUri, "agreement Opened {\n}\n", 1);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: secretUri } });
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: secretUri, type: 1 }, { uri: pathToFileURL(join(pack.root, "linked-out.alliance")).toString(), type: 2 }] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const summary = await summaryOf(client);
    expect(summary).toContain("The good agreement");
    expect(summary).not.toContain(SECRET_TITLE);
    const symbols = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: "" });
    expect((symbols ?? []).map((s) => s.name)).not.toContain("Secret");
    expect(client.messages.join("\n")).not.toContain(SECRET_TITLE);
  });

  it("says why the settings file is not used, without quoting it", () => {
    expect(client.messages.some((m) => m.includes("alliance.config.json is not used, so the default settings apply: it is a named pipe"))).toBe(true);
  });
});

describe("a settings file that links outside the workspace", () => {
  it("is not read, and nothing of what it points to reaches the log", async () => {
    const pack = hostileFolder();
    const { rmSync, symlinkSync } = await import("node:fs");
    rmSync(join(pack.root, "alliance.config.json"));
    const privateFile = join(pack.outside, "private.txt");
    writeFileSync(privateFile, "PRIVATE-CONTENTS not json");
    symlinkSync(privateFile, join(pack.root, "alliance.config.json"));
    const client = await startClient({ pull: false, rootUri: pathToFileURL(pack.root).toString() });
    try {
      await client.open(pathToFileURL(pack.good).toString(), GOOD, 1);
      await client.waitForPush(pathToFileURL(pack.good).toString());
      expect(client.messages.join("\n")).not.toContain("PRIVATE");
      expect(client.messages.some((m) => m.includes("alliance.config.json is not used") && m.includes("outside the folders being read"))).toBe(true);
    } finally {
      await client.close();
    }
  });
});

describe("a client that never answers workspace/configuration", () => {
  it("still gets diagnostics, checked with the defaults", async () => {
    const client = await startClient({ pull: false, configuration: "never" });
    try {
      const uri = "file:///tmp/alliance-silent/a.alliance";
      await client.open(uri, "agreement A {\n  members Nobody\n}\n", 1);
      const pushed = await client.waitForPush(uri, (p) => p.version === 1, 6000);
      expect(pushed.diagnostics.length).toBeGreaterThan(0);
    } finally {
      await client.close();
    }
  }, 10000);
});

describe("editor settings with mistakes", () => {
  it("uses the valid part, and says what is wrong with the rest", async () => {
    const client = await startClient({ pull: false, settings: { rules: { ALY010: "loud", ALY001: "warning" }, jurisdiction: "mars" } });
    try {
      const uri = "file:///tmp/alliance-settings/a.alliance";
      await client.open(uri, "agreement A {\n  body B {\n    members Nobody\n  }\n}\n", 1);
      const pushed = await client.waitForPush(uri, (p) => p.version === 1);
      for (const diagnostic of pushed.diagnostics) expect([1, 2, 3, 4], String(diagnostic.code)).toContain(diagnostic.severity);
      expect(pushed.diagnostics.find((d) => d.code === "ALY010")?.severity).toBe(1);
      expect(client.messages.some((m) => m.includes('"loud"') && m.includes("ALY010") && m.includes("use off, information, warning or error"))).toBe(true);
      expect(client.messages.some((m) => m.includes('"mars"') && m.includes("not a jurisdiction"))).toBe(true);
    } finally {
      await client.close();
    }
  });
});

describe("a document larger than the checker reads", () => {
  it("gets one diagnostic saying so, at once, and the server goes on answering", async () => {
    const client = await startClient({ pull: false });
    try {
      const uri = "file:///tmp/alliance-large/big.alliance";
      const text = `agreement Big {\n${'  purpose "x"\n'.repeat(300_000)}}\n`;
      const started = performance.now();
      await client.open(uri, text, 1);
      const pushed = await client.waitForPush(uri, (p) => p.version === 1);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(pushed.diagnostics).toHaveLength(1);
      expect(pushed.diagnostics[0]).toMatchObject({ code: "document-too-large", severity: 2, source: "alliance" });
      expect(pushed.diagnostics[0].message).toMatch(/^This document has 4,200,018 characters, more than the 4,000,000 the checker reads, so it is not checked: .* Split it into smaller documents/);
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 3 } });
      expect(hover).toBeNull();
      const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: pushed.diagnostics[0].range, context: { diagnostics: pushed.diagnostics } });
      expect(actions).toEqual([]);
    } finally {
      await client.close();
    }
  }, 15000);
});

describe("folding", () => {
  it("counts lines as LSP does, where U+2028 and U+2029 do not end a line, and never folds past the end", async () => {
    const client = await startClient({ pull: false });
    try {
      const uri = "file:///tmp/alliance-fold/a.alliance";
      const text = 'agreement A {\n  purpose "one\u2028two\u2029three"\n  risk {\n    responsibility collective\n  }\n  /* open';
      await client.open(uri, text, 1);
      const folds = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
      const lineCount = text.split(/\r\n|\r|\n/).length;
      expect(folds!.map((f) => [f.startLine, f.endLine])).toEqual([[0, 4], [2, 3]]);
      for (const f of folds!) expect(f.endLine).toBeLessThan(lineCount);
    } finally {
      await client.close();
    }
  });
});
