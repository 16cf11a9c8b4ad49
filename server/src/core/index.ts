// The analysis core's public face. Nothing here knows about LSP or VS Code.

export { parse, type ParseResult } from "./parse";
export { checkDocument, type CheckOptions } from "./check";
export { Workspace, type DocumentState, type Resolution } from "./workspace";
export { DocumentModel } from "./model";
export { RULES, ruleByCode, resolveRuleCode } from "./rules/registry";
export type { Rule, RuleMeta } from "./rules/rule";
export type { Problem, Severity, GuidanceSource, RelatedLocation } from "./problem";
export type { Settings, RuleLevel } from "./settings";
export * from "./tree";
export { lineStarts, positionAt, lineText } from "./text";

import { Workspace } from "./workspace";
import { checkDocument, type CheckOptions } from "./check";
import type { Problem } from "./problem";

/** Checks one text on its own (no linked documents): the simplest way in, used by tests. */
export function checkText(text: string, options: CheckOptions & { uri?: string } = {}): Problem[] {
  const workspace = new Workspace();
  const uri = options.uri ?? "file:///document.alliance";
  workspace.set(uri, text);
  return checkDocument(workspace, uri, options);
}
