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
  type SemanticTokensParams, type WorkspaceEdit, type WorkspaceSymbolParams,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { Problem, Settings, Span } from "../core";
import { TOKEN_MODIFIERS, TOKEN_TYPES } from "../core/features/semantic-tokens";
import { AnalysisService } from "../core/service/analysis-service";
import { CheckScheduler, DEFAULT_POLICY, REAL_TIMERS, type Delivery } from "../core/service/check-scheduler";
import { FIX_ALL_KINDS } from "../core/features/fixes";
import { DEFAULT_LIMITS, WorkspaceReader } from "../node/workspace-reader";
import { join } from "node:path";
import { URI } from "vscode-uri";
import { todayIso } from "../core/law/regime";
import {
  SYMBOL_KIND, toCompletionItem, toDiagnostic, toDocumentSymbol, toFoldingRange, toInlayHint, toOffset, toRange, toSemanticTokens, toSpan,
  tooLargeDiagnostic, toWorkspaceEdit,
} from "./convert";
import { DocumentStore } from "./documents";
import { heapTrimmer } from "./heap";
import { CONFIG_FILE, mergeSettings, readConfigFile } from "./settings-source";
import { CHECKS, guardedDocumentEvents, guardNotification, guardRequest, isObject, type Check } from "./validate";
import { scanWorkspace } from "./workspace-scan";

/** How long settings notifications are gathered before the settings are asked for once. */
const SETTINGS_SETTLE_MS = 10;

/** How long to wait for the editor's settings before checking with the defaults. */
export const CONFIGURATION_TIMEOUT_MS = 2000;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = new AnalysisService({
    onRuleError: (rule, uri, error) => log(`rule ${rule.code} failed on ${uri}: ${(error as Error)?.stack ?? error}`),
  });
  const store = new DocumentStore(service);
  let fileSettings: Settings = {};
  let editorSettings: unknown = null;
  let pullDiagnostics = false;
  let canRefreshDiagnostics = false;
  let canAskConfiguration = false;
  let canWatchFiles = false;
  let silenceWithInputBox = false;
  let shuttingDown = false;
  // Diagnostics wait for the editor's settings, so that the first ones shown already honour them.
  let settingsLoaded: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (settingsLoaded = resolve));
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
    service.setSettings(fileSettings);
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
    service.setSettings(merged.settings);
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

  // Notifications that come together (some editors send two for one change) are handled by one request
  // for the settings, and changes that arrive while it is out by one more.
  let reloadQueued = false;
  let reloading: Promise<void> | null = null;
  connection.onDidChangeConfiguration(notification("workspace/didChangeConfiguration", () => null, () => {
    if (reloadQueued) return;
    reloadQueued = true;
    setTimeout(async () => {
      await reloading;
      reloadQueued = false;
      reloading = (async () => {
        if (canAskConfiguration) await loadEditorSettings();
        recheckEverything();
      })();
      await reloading;
      reloading = null;
    }, SETTINGS_SETTLE_MS);
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
  // The service works findings out and knows which are out of date; the scheduler decides when to
  // check. This adapter only turns findings into diagnostics and sends them (push) or answers (pull).

  const scheduler = new CheckScheduler(service, delivered, REAL_TIMERS, DEFAULT_POLICY, (uri, error) =>
    log(`Checking ${uri} failed with an internal fault, so it shows no new problems; please report it: ${(error as Error)?.stack ?? String(error)}`),
  );
  /** Pulled documents whose answer was the latest findings rather than the current ones. */
  const answeredEarly = new Set<string>();
  /** The document last typed in: an editor that pulls asks for its findings itself after each change. */
  let lastEdited: string | null = null;

  function diagnosticsOf(uri: string, problems: readonly Problem[]): Diagnostic[] {
    const document = store.textDocument(uri);
    if (!document) return [];
    const oversized = store.oversizedLength(uri);
    if (oversized !== null) return [tooLargeDiagnostic(oversized)];
    try {
      return problems.map((p) => toDiagnostic(document, p, (other) => store.textDocument(other)));
    } catch (error) {
      log(`Showing the problems of ${uri} failed with an internal fault, so it shows none; please report it: ${(error as Error)?.stack ?? String(error)}`);
      return [];
    }
  }

  const heap = heapTrimmer();

  /** Findings are ready: send them, or, for an editor that pulls, tell it to ask again. */
  function delivered(delivery: Delivery): void {
    // After the findings have gone out, never before them: ready the document for the next keystroke, then
    // let the heap be trimmed.
    setTimeout(() => {
      if (delivery.current) service.prepareForEdits(delivery.uri);
      heap.afterCheck();
    }, 0);
    if (!store.isOpen(delivery.uri)) return;
    if (pullDiagnostics) {
      if (canRefreshDiagnostics && (answeredEarly.delete(delivery.uri) || delivery.uri !== lastEdited)) refreshPulled();
      return;
    }
    void settingsReady.then(() => {
      const document = documents.get(delivery.uri);
      if (!document) return;
      // Findings for an older text are moved to where they stand in the text the editor has now, and sent
      // with no version: they are not the findings for this version, which follow.
      const problems = delivery.current ? delivery.problems : (service.latestProblems(delivery.uri) ?? []);
      const version = delivery.current ? { version: document.version } : {};
      void connection.sendDiagnostics({ uri: delivery.uri, ...version, diagnostics: diagnosticsOf(delivery.uri, problems) }).then(undefined, () => undefined);
    });
  }

  let refreshQueued = false;
  function refreshPulled(): void {
    if (refreshQueued) return;
    refreshQueued = true;
    setImmediate(() => {
      refreshQueued = false;
      connection.languages.diagnostics.refresh();
    });
  }

  /** Settings changed, or many files were read: every open document is checked again. */
  function recheckEverything(): void {
    for (const document of documents.all()) scheduler.checkNow(document.uri);
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
    if (token.isCancellationRequested || !service.document(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] } satisfies DocumentDiagnosticReport;
    const found = await scheduler.findings(uri);
    if (!found.current) answeredEarly.add(uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(uri, found.problems) } satisfies DocumentDiagnosticReport;
  }));

  documents.onDidOpen((event) => {
    store.opened(event.document);
    void settingsReady.then(() => scheduler.checkNow(event.document.uri));
  });
  documents.onDidChangeContent((event) => {
    store.changed(event.document);
    lastEdited = event.document.uri;
    void settingsReady.then(() => scheduler.changed(event.document.uri));
  });
  documents.onDidClose((event) => {
    scheduler.forget(event.document.uri);
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
    const result = service.hover({ uri: here.document.uri, offset: here.offset });
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(here.document, result.span) } : null;
  }));

  connection.onCompletion(request("textDocument/completion", CHECKS.position, (params: CompletionParams): CompletionItem[] => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return service.completion({ uri: here.document.uri, offset: here.offset }).map((c, index) => toCompletionItem(here.document, c, index));
  }));

  connection.onDefinition(request("textDocument/definition", CHECKS.position, (params: DefinitionParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return null;
    const target = service.definition({ uri: here.document.uri, offset: here.offset });
    const targetDocument = target && store.textDocument(target.uri);
    return target && targetDocument ? { uri: target.uri, range: toRange(targetDocument, target.span) } : null;
  }));

  connection.onReferences(request("textDocument/references", CHECKS.references, (params: ReferenceParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return service.references({ uri: here.document.uri, offset: here.offset, includeDeclaration: params.context.includeDeclaration }).flatMap((l) => {
      const d = store.textDocument(l.uri);
      return d ? [{ uri: l.uri, range: toRange(d, l.span) }] : [];
    });
  }));

  connection.onDocumentHighlight(request("textDocument/documentHighlight", CHECKS.position, (params: DocumentHighlightParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return service.highlights({ uri: here.document.uri, offset: here.offset }).map((h) => ({
      range: toRange(here.document, h.span),
      kind: h.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  }));

  connection.onPrepareRename(request("textDocument/prepareRename", CHECKS.position, (params: PrepareRenameParams) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return null;
    const result = service.prepareRename({ uri: here.document.uri, offset: here.offset });
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return { range: toRange(here.document, result.span), placeholder: result.placeholder };
  }));

  connection.onRenameRequest(request("textDocument/rename", CHECKS.rename, (params: RenameParams): WorkspaceEdit => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return { changes: {} };
    const result = service.rename({ uri: here.document.uri, offset: here.offset, newName: params.newName });
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return toWorkspaceEdit(result.edits, (uri) => store.textDocument(uri));
  }));

  connection.onDocumentSymbol(request("textDocument/documentSymbol", CHECKS.textDocument, (params: DocumentSymbolParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return service.outline({ uri: document.uri }).map((s) => toDocumentSymbol(document, s));
  }));

  connection.onWorkspaceSymbol(request("workspace/symbol", CHECKS.workspaceSymbol, (params: WorkspaceSymbolParams) =>
    service.workspaceSymbols({ query: params.query }).flatMap((s) => {
      const d = store.textDocument(s.uri);
      return d ? [{ name: s.name, kind: SYMBOL_KIND[s.kind], location: { uri: s.uri, range: toRange(d, s.span) }, containerName: s.container ?? undefined }] : [];
    }),
  ));

  connection.onFoldingRanges(request("textDocument/foldingRange", CHECKS.textDocument, (params: FoldingRangeParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return service.foldingRanges({ uri: document.uri }).map(toFoldingRange);
  }));

  connection.languages.semanticTokens.on(request("textDocument/semanticTokens/full", CHECKS.textDocument, (params: SemanticTokensParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return { data: [] };
    return toSemanticTokens(document, service.semanticTokens({ uri: document.uri }));
  }));

  connection.onDocumentFormatting(request("textDocument/formatting", CHECKS.textDocument, (params: DocumentFormattingParams) => {
    const document = documents.get(params.textDocument.uri);
    const state = store.service.document(params.textDocument.uri);
    const result = service.format({ uri: params.textDocument.uri });
    if (!document || !state || !result) return [];
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
    const all = service.problemsNow(document.uri);
    const problems = all.filter((p) => p.span.start <= wanted.end && wanted.start <= p.span.end);
    // `only` narrows the kinds asked for: a kind matches when it is, or is within, one asked for.
    const only = Array.isArray(params.context?.only) ? params.context.only : null;
    const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
    const editOf = (fix: { edits: { span: Span; newText: string }[] }) => toWorkspaceEdit(fix.edits.map((e) => ({ ...e, uri: document.uri })), (uri) => store.textDocument(uri));
    const actions: CodeAction[] = [];
    // Every slip of the kinds whose correction is not in doubt, at once (also run on save when asked for).
    if (wants(FIX_ALL_KIND)) {
      const everything = service.fixAll({ uri: document.uri });
      if (everything) actions.push({ title: everything.title, kind: FIX_ALL_KIND, edit: editOf(everything) });
    }
    if (!wants(CodeActionKind.QuickFix)) return actions;
    const offered = new Set<string>();
    for (const problem of problems) {
      if (offered.has(problem.code) || !(problem.code in FIX_ALL_KINDS)) continue;
      offered.add(problem.code);
      const kind = service.fixAll({ uri: document.uri, code: problem.code });
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
      service.quickFixes({ uri: document.uri, problem }).map((fix) => {
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
          edit: toWorkspaceEdit(fix.edits.map((e) => ({ ...e, uri: e.uri ?? document.uri })), (uri) => store.textDocument(uri)),
          // A fix that leaves something for the user to write (a suppression's reason) puts the cursor there.
          ...(fix.cursor !== undefined ? { command: { title: "Put the cursor where the reason goes", command: CURSOR_COMMAND, arguments: [document.uri, fix.cursor] } } : {}),
        } satisfies CodeAction;
      }),
    ), ...actions];
  }));

  connection.languages.inlayHint.on(request("textDocument/inlayHint", CHECKS.range, (params: InlayHintParams) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return service.inlayHints({ uri: document.uri, span: toSpan(document, params.range) }).map((h) => toInlayHint(document, h));
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
    const today = todayIso();
    if (params.command === EXPORT_COMMAND) {
      const format = params.arguments?.[1] === "html" ? "html" : "docx";
      if (!uri || !service.document(uri)) throw new ResponseError(ErrorCodes.InvalidParams, "Open an .alliance document to export it.");
      const outline = service.exportOutline({ uri, source: displayPath(uri, store.folderPaths()) });
      if (!outline) throw new ResponseError(ErrorCodes.InvalidParams, "This file has no document header (such as `agreement Name \"Title\" {`) to export.");
      // The writers are loaded when first used, so that a server that never exports does not carry them.
      const bytes = format === "docx"
        ? await (await import("../export/docx-writer")).writeDocx(outline)
        : Buffer.from((await import("../export/html-writer")).writeHtml(outline), "utf8");
      return { fileName: `${outline.name}.${format}`, base64: bytes.toString("base64") } satisfies ExportResult;
    }
    const report = service.summary({ uri, pathOf: (u) => displayPath(u, store.folderPaths()) });
    const options = (params.arguments?.[1] ?? {}) as { format?: string; toolbar?: string; csp?: string };
    if (options.format !== "html") return (await import("../export/summary-markdown")).renderMarkdown(report);
    const [{ renderSummaryHtml }, { loadGraphviz }] = await Promise.all([import("../export/summary-html"), import("../export/graphviz")]);
    return renderSummaryHtml(report, { layout: await loadGraphviz(), toolbar: options.toolbar, csp: options.csp, preparedOn: today });
  }));

  // The law and figure the checks assume for a document, for the editor's status bar.
  connection.onRequest(ASSUMED_LAW_REQUEST, async (params: unknown) => {
    await settingsReady;
    const uri = typeof params === "object" && params !== null && typeof (params as { uri?: unknown }).uri === "string" ? (params as { uri: string }).uri : null;
    return uri ? service.assumedLaw({ uri }) : null;
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
