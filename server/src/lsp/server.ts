// The language server: one handler per request, each a thin translation between LSP and the core.

import {
  CodeActionKind, CompletionItemKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind, DocumentHighlightKind, ErrorCodes, FileChangeType, FoldingRangeKind, InsertTextFormat,
  MarkupKind, ResponseError, SemanticTokensBuilder, SymbolKind as LspSymbolKind, TextDocumentSyncKind, TextDocuments,
  type CompletionItem, type Connection, type Diagnostic, type DocumentSymbol, type InitializeResult, type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { checkDocument, type Problem, type Settings, type SymbolKind } from "../core";
import { complete, type Completion } from "../core/features/completion";
import { quickFixes } from "../core/features/fixes";
import { foldingRanges } from "../core/features/folding";
import { format } from "../core/features/format";
import { hover } from "../core/features/hover";
import { inlayHints } from "../core/features/inlay-hints";
import { definition, highlights, prepareRename, references, rename, workspaceSymbols } from "../core/features/navigation";
import { outline, type OutlineKind, type OutlineSymbol } from "../core/features/outline";
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from "../core/features/semantic-tokens";
import { lineStarts } from "../core/text";
import { summarise } from "../core/features/summary";
import { buildOutline } from "../core/export/outline";
import { renderMarkdown } from "../export/summary-markdown";
import { renderSummaryHtml } from "../export/summary-html";
import { loadGraphviz } from "../export/graphviz";
import { writeDocx } from "../export/docx-writer";
import { writeHtml } from "../export/html-writer";
import { URI } from "vscode-uri";
import { toDiagnostic, toOffset, toRange, toSpan } from "./convert";
import { DocumentStore } from "./documents";
import { mergeSettings, readConfigFile } from "./settings-source";

/** How long to wait after the last keystroke before checking. */
export const DIAGNOSTIC_DELAY_MS = 120;

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const store = new DocumentStore();
  let fileSettings: Settings = {};
  let settings: Settings = {};
  let settingsGeneration = 0;
  let pullDiagnostics = false;
  let canRefreshDiagnostics = false;
  let canAskConfiguration = false;
  let canWatchFiles = false;
  const timers = new Map<string, NodeJS.Timeout>();
  // Diagnostics wait for the editor's settings, so that the first ones shown already honour them.
  let settingsLoaded: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (settingsLoaded = resolve));
  const cache = new Map<string, { key: string; problems: Problem[] }>();

  const log = (message: string) => connection.console.log(message);

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    pullDiagnostics = !!caps.textDocument?.diagnostic;
    canRefreshDiagnostics = !!caps.workspace?.diagnostics?.refreshSupport;
    canAskConfiguration = !!caps.workspace?.configuration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    store.addFolders(folders);
    const first = store.folderPaths()[0];
    if (first) {
      const config = readConfigFile(first);
      fileSettings = config.settings;
      for (const problem of config.problems) log(problem);
    }
    settings = fileSettings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [" ", ","], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: { label: "Alliance" },
        workspaceSymbolProvider: true,
        foldingRangeProvider: true,
        semanticTokensProvider: { legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] }, full: true },
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        inlayHintProvider: true,
        executeCommandProvider: { commands: [SUMMARY_COMMAND, EXPORT_COMMAND] },
        diagnosticProvider: { identifier: "alliance", interFileDependencies: true, workspaceDiagnostics: false },
      },
      serverInfo: { name: "alliance-language-server", version: VERSION },
    };
  });

  connection.onInitialized(async () => {
    if (canAskConfiguration) {
      await loadEditorSettings();
      void connection.client.register(DidChangeConfigurationNotification.type, { section: "alliance" });
    }
    settingsLoaded();
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: "**/*.alliance" }, { globPattern: "**/alliance.config.json" }],
      });
    }
  });

  async function loadEditorSettings(): Promise<void> {
    try {
      const editor = await connection.workspace.getConfiguration({ section: "alliance" });
      settings = mergeSettings(fileSettings, editor);
    } catch {
      settings = fileSettings;
    }
    settingsGeneration++;
  }

  connection.onDidChangeConfiguration(async () => {
    if (canAskConfiguration) await loadEditorSettings();
    recheckEverything();
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (change.uri.endsWith("alliance.config.json")) {
        const first = store.folderPaths()[0];
        if (first) {
          const config = readConfigFile(first);
          fileSettings = config.settings;
          for (const problem of config.problems) log(problem);
        }
        void loadEditorSettings().then(recheckEverything);
        continue;
      }
      store.diskChanged(change.uri, change.type === FileChangeType.Deleted);
    }
    recheckEverything();
  });

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
    return problemsFor(uri).map((p) => toDiagnostic(document, p, (other) => store.textDocument(other)));
  }

  function publish(uri: string): void {
    if (pullDiagnostics || !store.isOpen(uri)) return;
    void settingsReady.then(() => {
      const document = documents.get(uri);
      if (!document) return;
      void connection.sendDiagnostics({ uri, version: document.version, diagnostics: diagnosticsFor(uri) });
    });
  }

  /** After the user pauses typing: check the document and every document that reads it. */
  function schedule(uri: string): void {
    const version = documents.get(uri)?.version;
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      if (documents.get(uri)?.version !== version) return; // a newer edit has its own timer
      publish(uri);
      const dependents = [...new Set([...store.workspace.dependents(uri), ...store.workspace.chain(uri).linked.map((d) => d.uri)])];
      for (const other of dependents) publish(other);
      if (pullDiagnostics && canRefreshDiagnostics && dependents.length > 0) void connection.languages.diagnostics.refresh();
    }, DIAGNOSTIC_DELAY_MS));
  }

  function recheckEverything(): void {
    cache.clear();
    for (const document of documents.all()) publish(document.uri);
    if (pullDiagnostics && canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
  }

  connection.languages.diagnostics.on(async (params, token) => {
    await settingsReady;
    const uri = params.textDocument.uri;
    const items = token.isCancellationRequested ? [] : diagnosticsFor(uri);
    return { kind: DocumentDiagnosticReportKind.Full, items };
  });

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
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  // --- features ----------------------------------------------------------------------------------

  const at = (uri: string, position: { line: number; character: number }) => {
    const document = documents.get(uri);
    return document ? { document, offset: toOffset(document, position) } : null;
  };

  connection.onHover((params) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return null;
    const result = hover(store.workspace, here.document.uri, here.offset, settings);
    return result ? { contents: { kind: MarkupKind.Markdown, value: result.markdown }, range: toRange(here.document, result.span) } : null;
  });

  connection.onCompletion((params): CompletionItem[] => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return complete(store.workspace, here.document.uri, here.offset).map((c, index) => toCompletionItem(here.document, c, index));
  });

  connection.onDefinition((params) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return null;
    const target = definition(store.workspace, here.document.uri, here.offset);
    const targetDocument = target && store.textDocument(target.uri);
    return target && targetDocument ? { uri: target.uri, range: toRange(targetDocument, target.span) } : null;
  });

  connection.onReferences((params) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return references(store.workspace, here.document.uri, here.offset, params.context.includeDeclaration).flatMap((l) => {
      const d = store.textDocument(l.uri);
      return d ? [{ uri: l.uri, range: toRange(d, l.span) }] : [];
    });
  });

  connection.onDocumentHighlight((params) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return [];
    return highlights(store.workspace, here.document.uri, here.offset).map((h) => ({
      range: toRange(here.document, h.span),
      kind: h.write ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
    }));
  });

  connection.onPrepareRename((params) => {
    const here = at(params.textDocument.uri, params.position);
    if (!here) return null;
    const result = prepareRename(store.workspace, here.document.uri, here.offset);
    if ("error" in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return { range: toRange(here.document, result.span), placeholder: result.placeholder };
  });

  connection.onRenameRequest((params): WorkspaceEdit => {
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
  });

  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    const state = store.workspace.get(params.textDocument.uri);
    if (!document || !state) return [];
    return outline(state.model.document).map((s) => toDocumentSymbol(document, s));
  });

  connection.onWorkspaceSymbol((params) =>
    workspaceSymbols(store.workspace, params.query).flatMap((s) => {
      const d = store.textDocument(s.uri);
      return d ? [{ name: s.name, kind: SYMBOL_KIND[s.kind], location: { uri: s.uri, range: toRange(d, s.span) }, containerName: s.container ?? undefined }] : [];
    }),
  );

  connection.onFoldingRanges((params) => {
    const state = store.workspace.get(params.textDocument.uri);
    if (!state) return [];
    return foldingRanges(state.parsed.file, lineStarts(state.text)).map((f) => ({
      startLine: f.startLine,
      endLine: f.endLine,
      kind: f.kind === "comment" ? FoldingRangeKind.Comment : FoldingRangeKind.Region,
    }));
  });

  connection.languages.semanticTokens.on((params) => {
    const document = documents.get(params.textDocument.uri);
    const state = store.workspace.get(params.textDocument.uri);
    const builder = new SemanticTokensBuilder();
    if (!document || !state) return builder.build();
    const resolveKind = (id: Parameters<typeof store.workspace.resolve>[1]) => {
      const r = store.workspace.resolve(document.uri, id);
      return r && r !== "unknown" ? r.kind : null;
    };
    for (const token of semanticTokens(state.parsed.file, resolveKind)) {
      // LSP tokens may not span lines: split multi-line tokens at line ends.
      const start = document.positionAt(token.span.start);
      const end = document.positionAt(token.span.end);
      const type = TOKEN_TYPES.indexOf(token.type);
      const modifiers = token.declaration ? 1 : 0;
      for (let line = start.line; line <= end.line; line++) {
        const from = line === start.line ? start.character : 0;
        const lineEnd = line === end.line ? end.character : document.offsetAt({ line: line + 1, character: 0 }) - document.offsetAt({ line, character: 0 });
        const length = Math.max(0, lineEnd - from - (line === end.line ? 0 : lineBreakLength(document, line)));
        if (length > 0) builder.push(line, from, length, type, modifiers);
      }
    }
    return builder.build();
  });

  connection.onDocumentFormatting((params) => {
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
  });

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const wanted = toSpan(document, params.range);
    const problems = problemsFor(document.uri).filter((p) => p.span.start <= wanted.end && wanted.start <= p.span.end);
    return problems.flatMap((problem) =>
      quickFixes(store.workspace, document.uri, problem).map((fix) => {
        const changes: Record<string, TextEdit[]> = {};
        for (const edit of fix.edits) {
          const d = store.textDocument(edit.uri ?? document.uri);
          if (d) (changes[d.uri] ??= []).push({ range: toRange(d, edit.span), newText: edit.newText });
        }
        return {
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.preferred,
          diagnostics: [toDiagnostic(document, problem, (other) => store.textDocument(other))],
          edit: { changes },
        };
      }),
    );
  });

  connection.languages.inlayHint.on((params) => {
    const document = documents.get(params.textDocument.uri);
    const state = store.workspace.get(params.textDocument.uri);
    if (!document || !state) return [];
    return inlayHints(state.model, toSpan(document, params.range)).map((h) => ({
      position: document.positionAt(h.offset),
      label: h.label,
      tooltip: h.tooltip,
      paddingLeft: true,
    }));
  });

  // The reviewer's summary of a document and the documents linked to it (Markdown, or HTML with its
  // pictures for the editor's preview), and a document exported as Word or HTML for a save dialog.
  connection.onExecuteCommand(async (params) => {
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
  });

  documents.listen(connection);
  connection.listen();
}

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

function lineBreakLength(document: TextDocument, line: number): number {
  const text = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.endsWith("\r\n") ? 2 : /[\n\r\u2028\u2029]$/.test(text) ? 1 : 0;
}

const SYMBOL_KIND: Record<SymbolKind, LspSymbolKind> = {
  document: LspSymbolKind.File,
  party: LspSymbolKind.Class,
  role: LspSymbolKind.Variable,
  body: LspSymbolKind.Struct,
  principle: LspSymbolKind.EnumMember,
  value: LspSymbolKind.EnumMember,
  term: LspSymbolKind.Constant,
  measure: LspSymbolKind.Property,
  requirement: LspSymbolKind.Field,
  target: LspSymbolKind.Field,
  question: LspSymbolKind.Field,
  criterion: LspSymbolKind.Field,
};

const OUTLINE_KIND: Record<OutlineKind, LspSymbolKind> = {
  ...SYMBOL_KIND,
  section: LspSymbolKind.Namespace,
  clause: LspSymbolKind.Key,
  band: LspSymbolKind.Number,
  stage: LspSymbolKind.Event,
  step: LspSymbolKind.Event,
};

function toDocumentSymbol(document: TextDocument, symbol: OutlineSymbol): DocumentSymbol {
  return {
    name: symbol.name || "(unnamed)",
    detail: symbol.detail,
    kind: OUTLINE_KIND[symbol.kind],
    range: toRange(document, symbol.span),
    selectionRange: toRange(document, symbol.selectionSpan),
    children: symbol.children.map((c) => toDocumentSymbol(document, c)),
  };
}

const COMPLETION_KIND: Record<Completion["kind"], CompletionItemKind> = {
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  name: CompletionItemKind.Reference,
  choice: CompletionItemKind.EnumMember,
  document: CompletionItemKind.File,
};

function toCompletionItem(document: TextDocument, completion: Completion, index: number): CompletionItem {
  return {
    label: completion.label,
    kind: completion.kind === "name" ? symbolToCompletionKind(completion.symbolKind) : COMPLETION_KIND[completion.kind],
    detail: completion.detail || undefined,
    documentation: completion.documentation ? { kind: MarkupKind.Markdown, value: completion.documentation } : undefined,
    insertTextFormat: completion.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: toRange(document, completion.replace), newText: completion.insertText },
    sortText: index.toString().padStart(4, "0"),
  };
}

function symbolToCompletionKind(kind: SymbolKind | undefined): CompletionItemKind {
  switch (kind) {
    case "party": return CompletionItemKind.Class;
    case "body": return CompletionItemKind.Struct;
    case "role": return CompletionItemKind.Variable;
    case "principle":
    case "value": return CompletionItemKind.EnumMember;
    case "measure": return CompletionItemKind.Property;
    case "document": return CompletionItemKind.File;
    default: return CompletionItemKind.Reference;
  }
}
