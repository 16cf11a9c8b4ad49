// What the parser reports: a code, a message and where. How serious it is, why it matters and the
// guidance behind it belong to the rules (rules/syntax.ts adds them), so the parser knows nothing of them.

import type { Span } from "./tree";

/** The codes the parser reports. */
export const SYNTAX_CODES = ["ALY001", "ALY002", "ALY003", "ALY004", "ALY005", "ALY006", "ALY007", "ALY009", "ALY018"] as const;

export type SyntaxCode = (typeof SYNTAX_CODES)[number];

export interface SyntaxProblem {
  code: SyntaxCode;
  /** What is wrong and how to fix it, in plain English. */
  message: string;
  span: Span;
  /** Data a quick fix can use, such as the text to put in the problem's place; never shown. */
  data?: Record<string, unknown>;
}
