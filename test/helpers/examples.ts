// Every rule's examples checked as a reader would meet them: the findings each rule's wrong and right
// examples produce, together with the document they are written alongside.

import { checkDocument, checkText, RULES, Workspace, type Problem, type Rule } from "../../server/src/core";

export interface ExampleFinding {
  rule: Rule;
  which: "wrong" | "right";
  problem: Problem;
}

export function checkExample(text: string, alongside: string | undefined): Problem[] {
  if (!alongside) return checkText(text);
  const workspace = new Workspace();
  workspace.set("file:///example/alongside.alliance", alongside);
  workspace.set("file:///example/example.alliance", text);
  return checkDocument(workspace, "file:///example/example.alliance");
}

/** The findings of every rule's examples, each with the rule whose example produced it. */
export function exampleFindings(): ExampleFinding[] {
  const found: ExampleFinding[] = [];
  for (const rule of RULES) {
    for (const which of ["wrong", "right"] as const) {
      for (const problem of checkExample(rule.example[which], rule.example.alongside)) found.push({ rule, which, problem });
    }
  }
  return found;
}
