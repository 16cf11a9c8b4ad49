// A minimal LSP client for the benchmarks: starts a language server over stdio (ours or
// yaml-language-server), speaks only the protocol to it, and reads the server's memory from /proc. It
// knows nothing of either server's internals.

import { spawn, type ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import {
  ConfigurationRequest, createProtocolConnection, DidChangeConfigurationNotification, DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification, DocumentDiagnosticRequest, ExitNotification, HoverRequest, InitializedNotification,
  InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest,
  type ClientCapabilities, type Diagnostic, type Hover, type Position, type ProtocolConnection, type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";

const ROOT = join(__dirname, "..");
export const OUR_SERVER = join(ROOT, "out", "server.js");
export const YAML_SERVER = join(ROOT, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
const NO_NETWORK = join(__dirname, "no-network.cjs");

/** The newest modification time of any file below `dir`. */
export function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** The newest modification time of the sources every build of ours reads. */
export function newestSource(): number {
  return Math.max(newest(join(ROOT, "server", "src")), statSync(join(ROOT, "grammar", "alliance.peggy")).mtimeMs);
}

/**
 * Builds out/server.js with scripts/build-server.mjs when it is missing or older than any source of the
 * server, so that the figures are for the code as it is now. Returns true when it built.
 */
export function ensureFreshServer(): boolean {
  if (existsSync(OUR_SERVER) && statSync(OUR_SERVER).mtimeMs >= newestSource()) return false;
  execFileSync(process.execPath, [join(ROOT, "scripts", "build-server.mjs")], { cwd: ROOT, stdio: "inherit" });
  return true;
}

export interface ServerSpec {
  /** What the tables call it. */
  label: string;
  /** The server's script, run by this Node with `--stdio`. */
  script: string;
  languageId: string;
  /** Settings, by section, for workspace/configuration and didChangeConfiguration. */
  settings: Record<string, unknown>;
  /** Declare textDocument.diagnostic (pull) instead of only publishDiagnostics (push). */
  pull: boolean;
  /** File for the network guard to write any connection attempt to. */
  networkLog: string;
  /** Environment variables the server is started with, beside the benchmark's own. */
  env?: Readonly<Record<string, string>>;
  /** Options for Node itself, before the script. */
  execArgv?: readonly string[];
}

export interface KeystrokeEdit {
  /** Where the edit goes, as LSP counts (0-based line, UTF-16 character). */
  range: { start: Position; end: Position };
  text: string;
}

/**
 * Single-character edits inside a quoted text in the middle of the document: type five letters, delete
 * them again, and so on, so the document stays valid and ends as it began after every ten edits.
 */
export function keystrokes(text: string, count: number): KeystrokeEdit[] {
  const lines = text.split("\n");
  let line = lines.length >> 1;
  const quoted = /"([^"\\]{12,})"/;
  while (line < lines.length && !quoted.test(lines[line])) line++;
  if (line === lines.length) throw new Error("no quoted text of 12 characters or more in the second half of the document");
  const match = quoted.exec(lines[line])!;
  let character = match.index + 1 + (match[1].length >> 1);
  const letters = "alliance";
  const edits: KeystrokeEdit[] = [];
  for (let i = 0; i < count; i++) {
    if (Math.floor(i / 5) % 2 === 0) {
      edits.push({ range: { start: { line, character }, end: { line, character } }, text: letters[i % letters.length] });
      character++;
    } else {
      edits.push({ range: { start: { line, character: character - 1 }, end: { line, character } }, text: "" });
      character--;
    }
  }
  return edits;
}

/** The first line at or after the middle that `pattern` matches, and where its first group starts. */
export function positionFromMiddle(text: string, pattern: RegExp): Position {
  const lines = text.split("\n");
  for (let line = lines.length >> 1; line < lines.length; line++) {
    const match = pattern.exec(lines[line]);
    if (match) return { line, character: match.index + match[0].indexOf(match[1]) + 1 };
  }
  throw new Error(`nothing matches ${pattern} in the second half of the document`);
}

/** A kilobyte figure from /proc/PID/status (VmHWM: peak resident memory; VmRSS: now), in MB. */
export function memoryMb(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface Session {
  spec: ServerSpec;
  pid: number;
  connection: ProtocolConnection;
  /** Every window/logMessage and window/showMessage the server sent. */
  log: string[];
  open(uri: string, text: string, version: number): Promise<void>;
  change(uri: string, version: number, edit: KeystrokeEdit): Promise<void>;
  /** The diagnostics pushed for `uri` at `version` (or the latest push, for servers that send no version). */
  waitForPush(uri: string, version: number, timeoutMs: number): Promise<PublishDiagnosticsParams>;
  /** Asks for diagnostics (pull) and returns them. */
  pull(uri: string, timeoutMs: number): Promise<Diagnostic[]>;
  hover(uri: string, position: Position, timeoutMs: number): Promise<Hover | null>;
  close(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${timeoutMs} ms`)), timeoutMs)));
  return Promise.race([promise, gaveUp]).finally(() => clearTimeout(timer));
}

export async function startSession(spec: ServerSpec): Promise<Session> {
  const child: ChildProcess = spawn(process.execPath, [...(spec.execArgv ?? []), "--require", NO_NETWORK, spec.script, "--stdio"], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, ...spec.env, ALLIANCE_BENCH_NETWORK_LOG: spec.networkLog },
  });
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const log: string[] = [];
  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiters: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const versions = new Map<string, number>();
  // A push without a version is taken to be for the latest version sent, as an editor would show it.
  const matches = (p: PublishDiagnosticsParams, version: number) => (p.version ?? versions.get(p.uri)) === version;
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    latest.set(params.uri, params);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && matches(params, w.version)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params);
      }
    }
  });
  connection.onNotification("window/logMessage", (p: { message: string }) => log.push(p.message));
  connection.onNotification("window/showMessage", (p: { message: string }) => log.push(p.message));
  connection.onRequest(ConfigurationRequest.type, (params) => params.items.map((item) => (item.section ? spec.settings[item.section] ?? null : spec.settings)));
  connection.onRequest(RegistrationRequest.type, () => undefined);
  connection.onRequest("client/unregisterCapability", () => undefined);
  connection.onRequest("workspace/diagnostic/refresh", () => undefined);
  connection.onRequest("window/workDoneProgress/create", () => null);
  connection.onRequest("window/showMessageRequest", () => null);
  connection.onNotification("$/progress", () => undefined);
  connection.onNotification("telemetry/event", () => undefined);
  connection.listen();
  const capabilities: ClientCapabilities = {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, diagnostics: spec.pull ? { refreshSupport: true } : undefined },
    textDocument: {
      synchronization: { dynamicRegistration: false, didSave: false },
      hover: { contentFormat: ["markdown", "plaintext"] },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true },
      diagnostic: spec.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
    },
  };
  await withTimeout(connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities }), 20_000, `${spec.label}: initialize`);
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: spec.settings });
  return {
    spec,
    pid: child.pid!,
    connection,
    log,
    async open(uri, text, version) {
      versions.set(uri, version);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: spec.languageId, version, text } });
    },
    async change(uri, version, edit) {
      versions.set(uri, version);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [edit] });
    },
    waitForPush(uri, version, timeoutMs) {
      const already = latest.get(uri);
      if (already && matches(already, version) && already.version !== undefined) return Promise.resolve(already);
      const arrived = new Promise<PublishDiagnosticsParams>((resolve) => waiters.push({ uri, version, resolve }));
      return withTimeout(arrived, timeoutMs, `${spec.label}: diagnostics for version ${version}; stderr: ${stderr}`);
    },
    async pull(uri, timeoutMs) {
      const report = await withTimeout(connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } }), timeoutMs, `${spec.label}: textDocument/diagnostic`);
      if (report.kind !== "full") throw new Error(`${spec.label}: textDocument/diagnostic answered "${report.kind}" to a request without a previous result`);
      return report.items;
    },
    hover(uri, position, timeoutMs) {
      return withTimeout(connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }), timeoutMs, `${spec.label}: hover`);
    },
    async close() {
      try {
        await withTimeout(connection.sendRequest(ShutdownRequest.type), 10_000, "shutdown");
        await connection.sendNotification(ExitNotification.type);
      } catch {
        // the server may already be gone
      }
      connection.dispose();
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
        child.once("exit", () => { clearTimeout(timer); resolve(); });
      });
    },
  };
}
