// The language server: one handler per request, each a thin translation between LSP and the core.

import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind, DocumentHighlightKind, ErrorCodes, FileChangeType,
  MarkupKind, ResponseError, TextDocumentSyncKind, TextDocuments,
  type CancellationToken, type CodeAction, type CodeActionParams, type CompletionItem, type CompletionParams, type Connection,
  type DefinitionParams, type Diagnostic, type DidChangeWatchedFilesParams, type DocumentDiagnosticParams,
  type DocumentDiagnosticReport, type DocumentFormattingParams, type DocumentHighlightParams,
  type DocumentSymbolParams, type ExecuteCommandParams, type FoldingRangeParams, type HoverParams, type InitializeParams,
  type InitializeResult, type InlayHintParams, type PrepareRenameParams, type ReferenceParams, type RenameParams,
  type SemanticTokensParams, type TextEdit, type WorkspaceEdit, type WorkspaceSymbolParams,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { checkDocument, type Problem, type Settings, type Span } from "../core";
import { complete } from "../core/features/completion";
import { FIX_ALL_KINDS, fixAllOfKind, quickFixes } from "../core/features/fixes";
import { foldingRanges } from "../core/features/folding";
import { format } from "../core/features/format";
import { hover } from "../core/features/hover";
import { inlayHints } from "../core/features/inlay-hints";
import { definition, highlights, prepareRename, references, rename, workspaceSymbols } from "../core/features/navigation";
import { outline } from "../core/features/outline";
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from "../core/features/semantic-tokens";
import { DEFAULT_LIMITS, WorkspaceReader } from "../node/workspace-reader";
import { join } from "node:path";
import { summarise } from "../core/features/summary";
import { buildOutline } from "../core/export/outline";
import { renderMarkdown } from "../export/summary-markdown";
import { renderSummaryHtml } from "../export/summary-html";
import { loadGraphviz } from "../export/graphviz";
import { writeDocx } from "../export/docx-writer";
import { writeHtml } from "../export/html-writer";
import { URI } from "vscode-uri";
import { describeRegime, regimeLabel } from "../core/law/hover";
import { assumedRegime, todayIso } from "../core/law/regime";
import {
  SYMBOL_KIND, toCompletionItem, toDiagnostic, toDocumentSymbol, toFoldingRange, toOffset, toRange, toSemanticTokens, toSpan, tooLargeDiagnostic,
} from "./convert";
import { DocumentStore } from "./documents";
import { CONFIG_FILE, mergeSettings, readConfigFile } from "./settings-source";
import { CHECKS, guardedDocumentEvents, guardNotification, guardRequest, isObject, type Check } from "./validate";
import { scanWorkspace } from "./workspace-scan";

/** How long to wait after the last keystroke before checking. */
export const DIAGNOSTIC_DELAY_MS = 120;

/** How long to wait for the editor's settings before checking with the defaults. */
export const CONFIGURATION_TIMEOUT_MS = 2000;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const store = new DocumentStore();
  let fileSettings: Settings = {};
  let editorSettings: unknown = null;
  let settings: Settings = {};
  let settingsGeneration = 0;
  let pullDiagnostics = false;
  let canRefreshDiagnostics = false;
  let canAskConfiguration = false;
  let canWatchFiles = false;
  let silenceWithInputBox = false;
  let shuttingDown = false;
  const timers = new Map<string, NodeJS.Timeout>();
  // Diagnostics wait for the editor's settings, so that the first ones shown already honour them.
  let settingsLoaded: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (settingsLoaded = resolve));
  const cache = new Map<string, { key: string; problems: Problem[] }>();
  const shown = new Set<string>();

  const log = (message: string) => connection.console.log(message);
  /** A problem the user should act on: logged, and shown once per session. */
  const warn = (message: string) => {
    log(message);
    if (shown.has(message)) return;
    shown.add(message);
    void connection.window.showWarningMessage(message);
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const request = <H extends (params: any, ...rest: any[]) => unknown>(method: string, check: Check, handler: H): H => guardRequest(method, check, handler, log);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const notification = <H extends (params: any) => unknown>(method: string, check: Check, handler: H): H => guardNotification(method, check, handler, log);

  connection.onInitialize((params): InitializeResult => {
    const caps = (isObject(params) && isObject(params.capabilities) ? params.capabilities : {}) as InitializeParams["capabilities"];
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    canRefreshDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
    canAskConfiguration = !!caps.workspace?.configuration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    // The VS Code extension asks for a suppression's reason itself; other editors get the edit.
    const init = isObject(params) && isObject(params.initializationOptions) ? (params.initializationOptions as Record<string, unknown>) : {};
    silenceWithInputBox = init.silenceWithInputBox === true;
    const reader = new WorkspaceReader(workspaceFolderPaths(params), DEFAULT_LIMITS, { skipFolders: ["out", "dist"] });
    store.useReader(reader);
    // One bounded read of one regular file: safe to do before answering.
    const first = store.folderPaths()[0];
    if (first) {
      const config = readConfigFile(reader, first);
      fileSettings = config.settings;
      for (const problem of config.problems) warn(problem);
    }
    settings = fileSettings;
    // The folders are read after the answer, a few at a time; documents join read-across as they are read.
    setImmediate(() => void scanWorkspace(reader, {
      onFile: (uri) => {
        const loaded = store.loadFromDisk(uri);
        if (loaded.problem) log(loaded.problem);
        return loaded.ok;
      },
      onBatch: () => refreshSoon(),
      onProblem: (message) => warn(message),
    }, () => shuttingDown));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [","], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: "Alliance" },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        inlayHintProvider: true,
        executeCommandProvider: { commands: [SUMMARY_COMMAND, EXPORT_COMMAND, CURSOR_COMMAND] },
        diagnosticProvider: { identifier: "alliance", interFileDependencies: true, workspaceDiagnostics: false },
      },
      serverInfo: { name: "alliance-language-server", version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (canAskConfiguration) {
      await loadEditorSettings();
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "alliance" }).then(undefined, () => undefined);
    }
    settingsLoaded();
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.alliance" }, { globPattern: "**/alliance.config.json" }],
      }).then(undefined, () => undefined);
    }
  });

  connection.onShutdown(() => {
    shuttingDown = true;
  });

  function applySettings(): void {
    const merged = mergeSettings(fileSettings, editorSettings);
    for (const problem of merged.problems) warn(problem);
    settings = merged.settings;
    settingsGeneration++;
  }

  /** Asks the editor for its settings; one that does not answer in time is checked with the defaults meanwhile. */
  async function loadEditorSettings(): Promise<void> {
    const asked = connection.workspace.getConfiguration({ section: "alliance" });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<"late">((resolve) => (timer = setTimeout(() => resolve("late"), CONFIGURATION_TIMEOUT_MS)));
    try {
      const answer = await Promise.race([asked, late]);
      if (answer === "late") {
        log(`The editor did not send its Alliance settings within ${CONFIGURATION_TIMEOUT_MS / 1000} seconds, so documents are checked with alliance.config.json and the defaults until it does.`);
        // Should the answer come after all, use it then.
        void asked.then((value) => {
          editorSettings = value;
          applySettings();
          recheckEverything();
        }, () => undefined);
      } else editorSettings = answer;
    } catch {
      editorSettings = null;
    } finally {
      clearTimeout(timer);
    }
    applySettings();
  }

  connection.onDidChangeConfiguration(notification("workspace/didChangeConfiguration", () => null, async () => {
    if (canAskConfiguration) await loadEditorSettings();
    recheckEverything();
  }));

  connection.onDidChangeWatchedFiles(notification("workspace/didChangeWatchedFiles", CHECKS.didChangeWatchedFiles, (params: DidChangeWatchedFilesParams) => {
    for (const change of params.changes) {
      // Only files inside the workspace folders are read, whatever the event names.
      if (!store.insideWorkspace(change.uri)) {
        log(`Ignored a change to ${change.uri}: it is not inside the workspace folders.`);
        continue;
      }
      if (change.uri.endsWith("/alliance.config.json")) {
        const first = store.folderPaths()[0];
        if (first && URI.parse(change.uri).fsPath === join(first, CONFIG_FILE)) {
          const config = readConfigFile(store.reader()!, first);
          fileSettings = config.settings;
          for (const problem of config.problems) warn(problem);
          applySettings();
        }
        continue;
      }
      if (change.uri.endsWith(".alliance")) {
        const problem = store.diskChanged(change.uri, change.type === FileChangeType.Deleted);
        if (problem) log(problem);
      }
    }
    recheckEverything();
  }));

  // --- diagnostics -------------------------------------------------------------------------------

  /** Problems for a document, reused until it, a document it reads, or the settings change. */
  function problemsFor(uri: string): Problem[] {
    const state = store.workspace.get(uri);
    if (!state) return [];
    // Rules read the documents this one is `for` and the documents written `for` it.
    const chain = store.workspace.chain(uri).linked;
    const readers = store.workspace.dependents(uri).map((d) => store.workspace.get(d)!).filter(Boolean);
    const key = [settingsGeneration, `${uri}@${state.version}`, ...[...chain, ...readers].map((d) => `${d.uri}@${d.version}`)].join("|");
    const cached = cache.get(uri);
    if (cached && cached.key === key) return cached.problems;
    const problems = checkDocument(store.workspace, uri, {
      settings,
      onRuleError: (rule, error) => log(`rule ${rule.code} failed on ${uri}: ${(error as Error)?.stack ?? error}`),
    });
    cache.set(uri, { key, problems });
    return problems;
  }

  function diagnosticsFor(uri: string): Diagnostic[] {
    const document = store.textDocument(uri);
    if (!document) return [];
    const oversized = store.oversizedLength(uri);
    if (oversized !== null) return [tooLargeDiagnostic(oversized)];
    return problemsFor(uri).map((p) => toDiagnostic(document, p, (other) => store.textDocument(other)));
  }

  /** Diagnostics, or none and a line in the log if checking fails: a fault must not end the server. */
  function safeDiagnosticsFor(uri: string): Diagnostic[] {
    try {
      return diagnosticsFor(uri);
    } catch (error) {
      log(`Checking ${uri} failed with an internal fault, so it shows no problems; please report it: ${(error as Error)?.stack ?? String(error)}`);
      return [];
    }
  }

  function publish(uri: string): void {
    if (pullDiagnostics || !store.isOpen(uri)) return;
    void settingsReady.then(() => {
      const document = documents.get(uri);
      if (!document) return;
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: safeDiagnosticsFor(uri) }).then(undefined, () => undefined);
    });
  }

  /** After the user pauses typing: check the document and every document that reads it. */
  function schedule(uri: string): void {
    const version = documents.get(uri)?.version;
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      if (documents.get(uri)?.version !== version) return; // a newer edit has its own timer
      try {
        publish(uri);
        const dependents = [...new Set([...store.workspace.dependents(uri), ...store.workspace.chain(uri).linked.map((d) => d.uri)])];
        for (const other of dependents) publish(other);
        if (pullDiagnostics && canRefreshDiagnostics && dependents.length > 0) refreshPulled();
      } catch (error) {
        log(`Checking after an edit to ${uri} failed with an internal fault; please report it: ${(error as Error)?.stack ?? String(error)}`);
      }
    }, DIAGNOSTIC_DELAY_MS));
  }

  function refreshPulled(): void {
    connection.languages.diagnostics.refresh();
  }

  function recheckEverything(): void {
    cache.clear();
    for (const document of documents.all()) publish(document.uri);
    if (pullDiagnostics && canRefreshDiagnostics) refreshPulled();
  }

  /** Documents read from disk change read-across: check the open ones again, once for a burst of reads. */
  let refreshTimer: NodeJS.Timeout | undefined;
  function refreshSoon(): void {
    if (refreshTimer) return;
    refreshTimer = setTimeout(() => {
      refreshTimer = undefined;
      recheckEverything();
    }, 200);
  }

  connection.languages.diagnostics.on(request("textDocument/diagnostic", CHECKS.textDocument, async (params: DocumentDiagnosticParams, token: CancellationToken) => {
    await settingsReady;
    const uri = params.textDocument.uri;
    const items = token.isCancellationRequested ? [] : safeDiagnosticsFor(uri);
    return { kind: DocumentDiagnosticReportKind.Full, items } satisfies DocumentDiagnosticReport;
  }));

  documents.onDidOpen((event) => {
    store.opened(event.document);
    publish(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    store.changed(event.document);
    schedule(event.document.uri);
  });
  documents.onDidClose((event) => {
    clearTimeout(timers.get(event.document.uri));
    store.closed(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }).then(undefined, () => undefined);
  });

  // --- features ----------------------------------------------------------------------------------

  const at = (uri: string, position: { line: number; character: number }) => {
    const document = documents.get(uri);
    return document ? { document, offset: toOffset(document, position) } : null;
  };

  connection.onHover(request("textDocument/hover", CHECKS.position, (params: HoverParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return null;
    // The findings already checked for this version, so a hover does not check the document again.
    const result = hover(store.workspace, here.document.uri, here.offset, settings, undefined, problemsFor(here.document.uri));
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(here.document, result.span) } : null;
  }));

  connection.onCompletion(request("textDocument/completion", CHECKS.position, (params: CompletionParams): CompletionItem[] => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return complete(store.workspace, here.document.uri, here.offset).map((c, index) => toCompletionItem(here.document, c, index));
  }));

  connection.onDefinition(request("textDocument/definition", CHECKS.position, (params: DefinitionParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return null;
    const target = definition(store.workspace, here.document.uri, here.offset);
    const targetDocument = target && store.textDocument(target.uri);
    return target && targetDocument ? { uri: target.uri, range: toRange(targetDocument, target.span) } : null;
  }));

  connection.onReferences(request("textDocument/references", CHECKS.references, (params: ReferenceParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return references(store.workspace, here.document.uri, here.offset, params.context.includeDeclaration).flatMap((l) => {
      const d = store.textDocument(l.uri);
      return d ? [{ uri: l.uri, range: toRange(d, l.span) }] : [];
    });
  }));

  connection.onDocumentHighlight(request("textDocument/documentHighlight", CHECKS.position, (params: DocumentHighlightParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return highlights(store.workspace, here.document.uri, here.offset).map((h) => ({
      range: toRange(here.document, h.span),
      kind: h.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  }));

  connection.onPrepareRename(request("textDocument/prepareRename", CHECKS.position, (params: PrepareRenameParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return null;
    const result = prepareRename(store.workspace, here.document.uri, here.offset);
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return { range: toRange(here.document, result.span), placeholder: result.placeholder };
  }));

  connection.onRenameRequest(request("textDocument/rename", CHECKS.rename, (params: RenameParams): WorkspaceEdit => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return { changes: {} };
    const result = rename(store.workspace, here.document.uri, here.offset, params.newName);
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    const changes: Record<string, TextEdit[]> = {};
    for (const edit of result.edits) {
      const d = store.textDocument(edit.uri);
      if (!d) continue;
      (changes[edit.uri] ??= []).push({ range: toRange(d, edit.span), newText: edit.newText });
    }
    return { changes };
  }));

  connection.onDocumentSymbol(request("textDocument/documentSymbol", CHECKS.textDocument, (params: DocumentSymbolParams) => {
    const document = documents.get(params.textDocument.uri);
    const state = store.workspace.get(params.textDocument.uri);
    if (!document || !state) return [];
    return outline(state.model.document).map((s) => toDocumentSymbol(document, s));
  }));

  connection.onWorkspaceSymbol(request("workspace/symbol", CHECKS.workspaceSymbol, (params: WorkspaceSymbolParams) =>
    workspaceSymbols(store.workspace, params.query).flatMap((s) => {
      const d = store.textDocument(s.uri);
      return d ? [{ name: s.name, kind: SYMBOL_KIND[s.kind], location: { uri: s.uri, range: toRange(d, s.span) }, containerName: s.container ?? undefined }] : [];
    }),
  ));

  connection.onFoldingRanges(request("textDocument/foldingRange", CHECKS.textDocument, (params: FoldingRangeParams) => {
    const state = store.workspace.get(params.textDocument.uri);
    if (!state) return [];
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return foldingRanges(state.parsed.file, state.text).map(toFoldingRange);
  }));

  connection.languages.semanticTokens.on(request("textDocument/semanticTokens/full", CHECKS.textDocument, (params: SemanticTokensParams) => {
    const document = documents.get(params.textDocument.uri);
    const state = store.workspace.get(params.textDocument.uri);
    if (!document || !state) return { data: [] };
    const resolveKind = (id: Parameters<typeof store.workspace.resolve>[1]) => {
      const r = store.workspace.resolve(document.uri, id);
      return r && r !== "unknown" ? r.kind : null;
    };
    return toSemanticTokens(document, semanticTokens(state.parsed.file, resolveKind));
  }));

  connection.onDocumentFormatting(request("textDocument/formatting", CHECKS.textDocument, (params: DocumentFormattingParams) => {
    const document = documents.get(params.textDocument.uri);
    const state = store.workspace.get(params.textDocument.uri);
    if (!document || !state) return [];
    const result = format(state.text, state.parsed);
    if ("error" in result) {
      void connection.window.showInformationMessage(result.error);
      return [];
    }
    if (result.text === state.text) return [];
    return [{ range: toRange(document, { start: 0, end: state.text.length }), newText: result.text }];
  }));

  connection.onCodeAction(request("textDocument/codeAction", CHECKS.range, (params: CodeActionParams) => {
    const document = documents.get(params.textDocument.uri);
    // A document too large to analyse has no findings to fix.
    if (!document || store.oversizedLength(document.uri) !== null) return [];
    const wanted = toSpan(document, params.range);
    const all = problemsFor(document.uri);
    const problems = all.filter((p) => p.span.start <= wanted.end && wanted.start <= p.span.end);
    // `only` narrows the kinds asked for: a kind matches when it is, or is within, one asked for.
    const only = Array.isArray(params.context?.only) ? params.context.only : null;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const editOf = (fix: { edits: { span: Span; newText: string }[] }) => ({ changes: { [document.uri]: fix.edits.map((e) => ({ range: toRange(document, e.span), newText: e.newText })) } });
    const actions: CodeAction[] = [];
    // Every slip of the kinds whose correction is not in doubt, at once (also run on save when asked for).
    if (wants(FIX_ALL_KIND)) {
      const everything = fixAllOfKind(store.workspace, document.uri, all);
      if (everything) actions.push({ title: everything.title, kind: FIX_ALL_KIND, edit: editOf(everything) });
    }
    if (!wants(CodeActionKind.QuickFix)) return actions;
    const offered = new Set<string>();
    for (const problem of problems) {
      if (offered.has(problem.code) || !(problem.code in FIX_ALL_KINDS)) continue;
      offered.add(problem.code);
      const kind = fixAllOfKind(store.workspace, document.uri, all, problem.code);
      if (kind && kind.count > 1) {
        actions.push({
          title: `${kind.title} (${kind.count})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toDiagnostic(document, problem, (other) => store.textDocument(other))],
          edit: editOf(kind),
        });
      }
    }
    return [...problems.flatMap((problem) =>
      quickFixes(store.workspace, document.uri, problem).map((fix) => {
        const changes: Record<string, TextEdit[]> = {};
        for (const edit of fix.edits) {
          const d = store.textDocument(edit.uri ?? document.uri);
          if (d) (changes[d.uri] ??= []).push({ range: toRange(d, edit.span), newText: edit.newText });
        }
        if (silenceWithInputBox && fix.silence) {
          // No edit: the editor asks why, then writes the whole comment, or nothing if the user cancels.
          const line = document.positionAt(fix.silence.at).line;
          return {
            title: fix.title.replace(/ \(then write why after the colon\)$/, "…"),
            kind: CodeActionKind.QuickFix,
            diagnostics: [toDiagnostic(document, problem, (other) => store.textDocument(other))],
            command: { title: "Ask for the reason", command: SILENCE_COMMAND, arguments: [document.uri, line, fix.silence.code] },
          };
        }
        return {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.preferred,
          diagnostics: [toDiagnostic(document, problem, (other) => store.textDocument(other))],
          edit: { changes },
          // A fix that leaves something for the user to write (a suppression's reason) puts the cursor there.
          ...(fix.cursor !== undefined ? { command: { title: "Put the cursor where the reason goes", command: CURSOR_COMMAND, arguments: [document.uri, fix.cursor] } } : {}),
        } satisfies CodeAction;
      }),
    ), ...actions];
  }));

  connection.languages.inlayHint.on(request("textDocument/inlayHint", CHECKS.range, (params: InlayHintParams) => {
    const document = documents.get(params.textDocument.uri);
    const state = store.workspace.get(params.textDocument.uri);
    if (!document || !state) return [];
    return inlayHints(state.model, toSpan(document, params.range)).map((h) => ({
      position: document.positionAt(h.offset),
      label: h.label,
      tooltip: h.tooltip,
      paddingLeft: true,
    }));
  }));

  // The reviewer's summary of a document and the documents linked to it (Markdown, or HTML with its
  // pictures for the editor's preview), a document exported as Word or HTML for a save dialog, and the
  // cursor placed after a quick fix.
  connection.onExecuteCommand(request("workspace/executeCommand", CHECKS.executeCommand, async (params: ExecuteCommandParams) => {
    if (params.command === CURSOR_COMMAND) {
      // Runs after the client has applied the fix's edit, so the offset is in the edited text.
      const [uri, offset] = params.arguments ?? [];
      const document = typeof uri === "string" ? documents.get(uri) : undefined;
      if (!document || typeof offset !== "number") return null;
      const at = document.positionAt(offset);
      try {
        await connection.window.showDocument({ uri: document.uri, takeFocus: true, selection: { start: at, end: at } });
      } catch {
        // A client that cannot show documents leaves the cursor where it was.
      }
      return null;
    }
    if (params.command !== SUMMARY_COMMAND && params.command !== EXPORT_COMMAND) return null;
    await settingsReady;
    const uri = typeof params.arguments?.[0] === "string" ? params.arguments[0] : null;
    const today = new Date().toISOString().slice(0, 10);
    const linkedOf = (u: string) => store.workspace.chain(u).linked.map((d) => d.model);
    if (params.command === EXPORT_COMMAND) {
      const format = params.arguments?.[1] === "html" ? "html" : "docx";
      const state = uri ? store.workspace.get(uri) : undefined;
      if (!uri || !state) throw new ResponseError(ErrorCodes.InvalidParams, "Open an .alliance document to export it.");
      const outline = buildOutline(state.model, { source: displayPath(uri, store.folderPaths()), preparedOn: today, linked: linkedOf(uri), text: state.text });
      if (!outline) throw new ResponseError(ErrorCodes.InvalidParams, "This file has no document header (such as `agreement Name \"Title\" {`) to export.");
      const bytes = format === "docx" ? await writeDocx(outline) : Buffer.from(writeHtml(outline), "utf8");
      return { fileName: `${outline.name}.${format}`, base64: bytes.toString("base64") } satisfies ExportResult;
    }
    const uris = uri && store.workspace.get(uri)
      ? [...new Set([...store.workspace.chain(uri).linked.map((d) => d.uri).reverse(), uri, ...store.workspace.dependents(uri)])]
      : store.workspace.all().map((d) => d.uri);
    const report = summarise({
      documents: uris.map((u) => ({ state: store.workspace.get(u)!, path: displayPath(u, store.folderPaths()), problems: problemsFor(u), linked: linkedOf(u) })),
      settings,
      preparedOn: today,
    });
    const options = (params.arguments?.[1] ?? {}) as { format?: string; toolbar?: string; csp?: string };
    if (options.format !== "html") return renderMarkdown(report);
    return renderSummaryHtml(report, { layout: await loadGraphviz(), toolbar: options.toolbar, csp: options.csp, preparedOn: today });
  }));

  // The law and figure the checks assume for a document, for the editor's status bar.
  connection.onRequest(ASSUMED_LAW_REQUEST, async (params: unknown) => {
    await settingsReady;
    const uri = typeof params === "object" && params !== null && typeof (params as { uri?: unknown }).uri === "string" ? (params as { uri: string }).uri : null;
    const state = uri ? store.workspace.get(uri) : undefined;
    if (!uri || !state?.model.document) return null;
    const regime = assumedRegime([state.model, ...store.workspace.chain(uri).linked.map((d) => d.model)], settings, todayIso());
    return { label: regimeLabel(regime), detail: describeRegime(regime) };
  });

  documents.listen(guardedDocumentEvents(connection, log));
  connection.listen();
}

/** The workspace folders as paths on disk: only `file:` URIs name folders the server can read. */
function workspaceFolderPaths(params: InitializeParams): string[] {
  const uris = Array.isArray(params?.workspaceFolders)
    ? params.workspaceFolders.map((f) => (isObject(f) ? f.uri : null))
    : [typeof params?.rootUri === "string" ? params.rootUri : null];
  return uris.flatMap((uri) => {
    if (typeof uri !== "string") return [];
    try {
      const parsed = URI.parse(uri);
      return parsed.scheme === "file" ? [parsed.fsPath] : [];
    } catch {
      return [];
    }
  });
}

/** `alliance/assumedLaw` with `{ uri }`: `{ label, detail }` (Markdown), or null for a document with none. */
export const ASSUMED_LAW_REQUEST = "alliance/assumedLaw";

/**
 * The editor's own command (not the server's) that asks for a suppression's reason and writes
 * `// alliance-ignore CODE: reason` above a line: a URI, a 0-based line and a code. Offered only to a
 * client that says it has it, with `initializationOptions: { silenceWithInputBox: true }`.
 */
export const SILENCE_COMMAND = "alliance.silenceWithReason";

/** The code action that makes every fix not in doubt at once: for "Fix All" and `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = "source.fixAll.alliance";

/** The command a quick fix runs after its edit to put the cursor where the user writes: a URI and an offset. */
export const CURSOR_COMMAND = "alliance.server.placeCursor";

/**
 * The command that returns the reviewer's summary: `workspace/executeCommand` with a document URI and,
 * optionally, `{ format: "html", toolbar, csp }` for the HTML page with its pictures.
 */
export const SUMMARY_COMMAND = "alliance.server.summary";

/** The command that exports a document: a URI and `"docx"` or `"html"`; answers an `ExportResult`. */
export const EXPORT_COMMAND = "alliance.server.export";

export interface ExportResult {
  /** The name the document would be saved under, such as `PlymouthAlliance.docx`. */
  fileName: string;
  /** The file's bytes, in base64, for the editor to write where the user chooses. */
  base64: string;
}

function displayPath(uri: string, folders: string[]): string {
  const path = URI.parse(uri).fsPath;
  const folder = folders.find((f) => path.startsWith(f + "/"));
  return folder ? path.slice(folder.length + 1) : path;
}

export const VERSION: string = (() => {
  try {
    // Bundled: out/server.js sits beside package.json's folder; in tests the source tree does.
    return require("../../../package.json").version as string;
  } catch {
    return "0.0.0";
  }
})();
