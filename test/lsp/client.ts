// A real LSP peer for tests: spawns the bundled server over stdio and speaks JSON-RPC to it.

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";
import {
  createProtocolConnection, InitializeRequest, InitializedNotification, PublishDiagnosticsNotification,
  ShutdownRequest, ExitNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  ConfigurationRequest, RegistrationRequest, type ClientCapabilities, type PublishDiagnosticsParams,
  type ProtocolConnection, type InitializeResult,
} from "vscode-languageserver-protocol/node";
import { StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";

const ROOT = join(__dirname, "..", "..");
export const SERVER = join(ROOT, "out", "server.js");

/** The newest modification time of any file below a folder. */
function newestBelow(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestBelow(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds out/server.js from the sources when it is missing or older than any of them. */
export function ensureServerBuilt(): void {
  const newest = newestBelow(join(ROOT, "server", "src"));
  if (existsSync(SERVER) && statSync(SERVER).mtimeMs > newest) return;
  buildSync({ entryPoints: [join(ROOT, "server/src/lsp/main.ts")], outfile: SERVER, bundle: true, platform: "node", target: "node20", format: "cjs", sourcemap: true, logLevel: "warning" });
}

export interface TestClient {
  connection: ProtocolConnection;
  initializeResult: InitializeResult;
  /** Every publishDiagnostics received, in order. */
  pushed: PublishDiagnosticsParams[];
  /** Every window/showMessage and window/logMessage text received, in order. */
  messages: string[];
  /** How long the server took to answer `initialize`. */
  initializeMs: number;
  /** Waits until a push for `uri` arrives that satisfies `accept` (default: any). */
  waitForPush(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, version?: number): Promise<void>;
  change(uri: string, version: number, text: string): Promise<void>;
  close(): Promise<void>;
  process: ChildProcess;
}

export interface StartOptions {
  pull?: boolean;
  rootUri?: string | null;
  settings?: Record<string, unknown>;
  /** "never" to leave workspace/configuration unanswered, as a careless client might. */
  configuration?: "answer" | "never";
  /** Give up on `initialize` after this long. */
  initializeTimeoutMs?: number;
  /** Sent as `initializationOptions`, as the VS Code extension sends `{ silenceWithInputBox: true }`. */
  initializationOptions?: Record<string, unknown>;
}

export async function startClient(options: StartOptions = {}): Promise<TestClient> {
  ensureServerBuilt();
  const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const pushed: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    pushed.push(params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && w.accept(params)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  const messages: string[] = [];
  connection.onNotification("window/showMessage", (params: { message: string }) => messages.push(params.message));
  connection.onNotification("window/logMessage", (params: { message: string }) => messages.push(params.message));
  connection.onRequest(ConfigurationRequest.type, (params) =>
    options.configuration === "never" ? new Promise<never>(() => undefined) : params.items.map(() => options.settings ?? {}));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest("workspace/diagnostic/refresh", () => undefined);
  connection.onRequest("window/showMessageRequest", () => null);
  connection.listen();
  const capabilities: ClientCapabilities = {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: options.pull ? { refreshSupport: true } : undefined },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      hover: { contentFormat: ["markdown", "plaintext"] },
      completion: { completionItem: { snippetSupport: true } },
      rename: { prepareSupport: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      diagnostic: options.pull ? { dynamicRegistration: false } : undefined,
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
  };
  const started = performance.now();
  const answered = connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: "root" }] : null,
    capabilities,
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
  });
  let timer: NodeJS.Timeout | undefined;
  const timeoutMs = options.initializeTimeoutMs ?? 10000;
  const gaveUp = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`initialize was not answered in ${timeoutMs} ms`)), timeoutMs)));
  let initializeResult: InitializeResult;
  try {
    initializeResult = await Promise.race([answered, gaveUp]);
  } catch (error) {
    connection.dispose();
    child.kill("SIGKILL");
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const initializeMs = performance.now() - started;
  await connection.sendNotification(InitializedNotification.type, {});
  return {
    connection,
    initializeResult,
    initializeMs,
    pushed,
    messages,
    process: child,
    waitForPush(uri, accept = () => true, timeoutMs = 5000) {
      const already = pushed.find((p) => p.uri === uri && accept(p));
      if (already) return Promise.resolve(already);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics pushed for ${uri} in ${timeoutMs} ms; server stderr: ${stderr}`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (p) => { clearTimeout(timer); resolve(p); } });
      });
    },
    async open(uri, text, version = 1) {
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "alliance", version, text } });
    },
    async change(uri, version, text) {
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    },
    async close() {
      try {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      child.kill();
    },
  };
}
