// The server's boundary: every request and notification is checked before a handler sees it. A request
// with bad parameters is answered with an InvalidParams error; a notification with bad parameters is
// ignored with a line in the log; a handler that throws is answered with an error and logged. Nothing a
// client sends can end the process.

import { ErrorCodes, ResponseError, type Connection } from "vscode-languageserver";
import type { TextDocuments } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

type TextDocumentConnection = Parameters<TextDocuments<TextDocument>["listen"]>[0];

/** A check of a message's parameters: null when they are well formed, else what is wrong, in plain words. */
export type Check = (params: unknown) => string | null;

type Log = (message: string) => void;

const MAX_URI_LENGTH = 8192;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

function uriProblem(v: unknown, where: string): string | null {
  if (typeof v !== "string" || v === "") return `${where} must be a URI string`;
  return v.length > MAX_URI_LENGTH ? `${where} is longer than ${MAX_URI_LENGTH} characters` : null;
}

function positionProblem(v: unknown, where: string): string | null {
  if (!isObject(v) || !isCount(v.line) || !isCount(v.character)) return `${where} must be { line, character } with whole numbers from 0`;
  return null;
}

function rangeProblem(v: unknown, where: string): string | null {
  if (!isObject(v)) return `${where} must be { start, end }`;
  return positionProblem(v.start, `${where}.start`) ?? positionProblem(v.end, `${where}.end`);
}

function textDocumentProblem(p: unknown): string | null {
  if (!isObject(p) || !isObject(p.textDocument)) return "`textDocument` is missing";
  return uriProblem(p.textDocument.uri, "`textDocument.uri`");
}

/** Checks that pass when each of their parts passes. */
const all = (...checks: Check[]): Check => (p) => {
  for (const check of checks) {
    const problem = check(p);
    if (problem) return problem;
  }
  return null;
};

const field = (name: string, problem: (v: unknown, where: string) => string | null): Check => (p) => problem((p as Record<string, unknown>)[name], `\`${name}\``);

export const CHECKS = {
  textDocument: textDocumentProblem,
  position: all(textDocumentProblem, field("position", positionProblem)),
  range: all(textDocumentProblem, field("range", rangeProblem)),
  references: all(textDocumentProblem, field("position", positionProblem), (p) =>
    isObject((p as Record<string, unknown>).context) && typeof ((p as { context: Record<string, unknown> }).context.includeDeclaration) === "boolean" ? null : "`context.includeDeclaration` must be true or false"),
  rename: all(textDocumentProblem, field("position", positionProblem), (p) => (typeof (p as Record<string, unknown>).newName === "string" ? null : "`newName` must be a string")),
  workspaceSymbol: (p: unknown) => (isObject(p) && typeof p.query === "string" ? null : "`query` must be a string"),
  executeCommand: (p: unknown) => {
    if (!isObject(p) || typeof p.command !== "string") return "`command` must be a string";
    return p.arguments === undefined || Array.isArray(p.arguments) ? null : "`arguments` must be a list";
  },
  didOpen: (p: unknown) => {
    const problem = textDocumentProblem(p);
    if (problem) return problem;
    const document = (p as { textDocument: Record<string, unknown> }).textDocument;
    if (typeof document.text !== "string") return "`textDocument.text` is missing or not a string";
    if (typeof document.version !== "number" || !Number.isSafeInteger(document.version)) return "`textDocument.version` must be a whole number";
    return typeof document.languageId === "string" ? null : "`textDocument.languageId` must be a string";
  },
  didChange: (p: unknown) => {
    const problem = textDocumentProblem(p);
    if (problem) return problem;
    const { textDocument, contentChanges } = p as { textDocument: Record<string, unknown>; contentChanges: unknown };
    if (typeof textDocument.version !== "number" || !Number.isSafeInteger(textDocument.version)) return "`textDocument.version` must be a whole number";
    if (!Array.isArray(contentChanges)) return "`contentChanges` must be a list";
    for (const change of contentChanges) {
      if (!isObject(change) || typeof change.text !== "string") return "every change needs its `text` as a string";
      if (change.range !== undefined) {
        const bad = rangeProblem(change.range, "a change's `range`");
        if (bad) return bad;
      }
    }
    return null;
  },
  didChangeWatchedFiles: (p: unknown) => {
    if (!isObject(p) || !Array.isArray(p.changes)) return "`changes` must be a list";
    for (const change of p.changes) {
      if (!isObject(change) || uriProblem(change.uri, "uri") || ![1, 2, 3].includes(change.type as number)) return "every change needs a `uri` and a `type` of 1, 2 or 3";
    }
    return null;
  },
} satisfies Record<string, Check>;

/** A request handler that answers bad parameters and faults with an error instead of throwing them on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function guardRequest<H extends (params: any, ...rest: any[]) => unknown>(method: string, check: Check, handler: H, log: Log): H {
  return (async (params: unknown, ...rest: unknown[]) => {
    const problem = check(params);
    if (problem) {
      log(`${method}: refused, because ${problem}.`);
      throw new ResponseError(ErrorCodes.InvalidParams, `The ${method} request was refused because ${problem}.`);
    }
    try {
      return await handler(params, ...rest);
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      log(`${method} failed with an internal fault; please report it: ${(error as Error)?.stack ?? String(error)}`);
      throw new ResponseError(ErrorCodes.InternalError, `The Alliance server could not answer ${method} because of an internal fault; it goes on running. The details are in the Alliance output.`);
    }
  }) as H;
}

/** A notification handler that ignores bad parameters and logs faults instead of throwing them on. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function guardNotification<H extends (params: any) => unknown>(method: string, check: Check, handler: H, log: Log): H {
  return ((params: unknown) => {
    const problem = check(params);
    if (problem) {
      log(`${method}: ignored, because ${problem}.`);
      return;
    }
    try {
      const result = handler(params);
      if (result instanceof Promise) result.catch((error) => log(`${method} failed with an internal fault; please report it: ${(error as Error)?.stack ?? String(error)}`));
    } catch (error) {
      log(`${method} failed with an internal fault; please report it: ${(error as Error)?.stack ?? String(error)}`);
    }
  }) as H;
}

/** The connection as TextDocuments listens to it, with the document notifications checked first. */
export function guardedDocumentEvents(connection: Connection, log: Log): TextDocumentConnection {
  return {
    onDidOpenTextDocument: (h) => connection.onDidOpenTextDocument(guardNotification("textDocument/didOpen", CHECKS.didOpen, h, log)),
    onDidChangeTextDocument: (h) => connection.onDidChangeTextDocument(guardNotification("textDocument/didChange", CHECKS.didChange, h, log)),
    onDidCloseTextDocument: (h) => connection.onDidCloseTextDocument(guardNotification("textDocument/didClose", CHECKS.textDocument, h, log)),
    onWillSaveTextDocument: (h) => connection.onWillSaveTextDocument(guardNotification("textDocument/willSave", CHECKS.textDocument, h, log)),
    onWillSaveTextDocumentWaitUntil: (h) => connection.onWillSaveTextDocumentWaitUntil(guardRequest("textDocument/willSaveWaitUntil", CHECKS.textDocument, h, log)),
    onDidSaveTextDocument: (h) => connection.onDidSaveTextDocument(guardNotification("textDocument/didSave", CHECKS.textDocument, h, log)),
  };
}
