// A new user's first hour: typing a first agreement key by key, the starter in an empty file, and the New
// Agreement Pack command. Real key presses come from the driver (test/e2e/code-server.mjs), asked for
// with a `[e2e:type]` line on the console, so the editor's own suggestion widget and Enter key are tested.

import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { waitFor, type Step } from "./harness";

/** Ten lines as a person types them: no indentation of their own, every brace typed by hand. */
export const FIRST_AGREEMENT = [
  'agreement First "First alliance" {',
  "jurisdiction england",
  "parties {",
  'NBC commissioner "North Borough Council"',
  'Harbour provider "Harbour Trust"',
  "}",
  'body Board "Alliance Board" {',
  "members all",
  "decides key-issues by unanimity",
  "}",
];

/** Asks the driver to type `text` into the focused editor, one key at a time, Enter for each new line. */
function typeKeys(text: string): void {
  console.log(`[e2e:type] ${JSON.stringify(text)}`);
}

/** Asks the driver for a picture of the window, kept with the test run's record in out/e2e/. */
export function screenshot(name: string): void {
  console.log(`[e2e:screenshot] ${name}`);
}

function problemsOf(uri: vscode.Uri, severities = [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning]): string[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => severities.includes(d.severity)).map((d) => `${String((d.code as { value: string }).value)} ${d.message.split("\n")[0]}`);
}

/** Waits until the driver has stopped typing: some text, unchanged for three seconds. */
async function untilStill(document: vscode.TextDocument, timeoutMs: number): Promise<void> {
  let last = "";
  let stillSince = Date.now();
  await waitFor("the typing to finish", () => {
    const now = document.getText();
    if (now !== last) {
      last = now;
      stillSince = Date.now();
    }
    return now.length > 0 && Date.now() - stillSince > 3000;
  }, timeoutMs);
}

/** Waits until the server has checked `uri` at its current version: diagnostics settle for a moment. */
async function settled(uri: vscode.Uri): Promise<void> {
  let last = "";
  let stableSince = Date.now();
  await waitFor(`diagnostics for ${uri.path} to settle`, () => {
    const now = JSON.stringify(vscode.languages.getDiagnostics(uri));
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    }
    return Date.now() - stableSince > 1500;
  }, 30000);
}

/** Every tab's label in every group. */
function tabLabels(): string[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
}

export function firstHourSteps(folder: vscode.Uri): Step[] {
  return [
    {
      name: "a finding's code opens that rule's page, rendered, not the raw reference",
      run: async () => {
        await vscode.commands.executeCommand("workbench.actions.view.problems");
        await new Promise((r) => setTimeout(r, 1000));
        console.log("[e2e:click] .markers-panel a.monaco-link[href^=\"command:alliance.showRule\"]");
        await waitFor(`the rule's page among the tabs: ${tabLabels().join(", ")}`, () => tabLabels().some((l) => /Preview ALY503\.md/.test(l)));
        const page = await vscode.workspace.openTextDocument(vscode.Uri.parse("alliance-rule:/ALY503.md"));
        assert.match(page.getText(), /^# ALY503: /);
        screenshot("rule-page");
      },
    },
    {
      name: "a new user's first agreement, typed key by key with Enter, comes out as typed",
      run: async () => {
        const uri = vscode.Uri.joinPath(folder, "first.alliance");
        await vscode.workspace.fs.writeFile(uri, new Uint8Array());
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        typeKeys(FIRST_AGREEMENT.join("\n"));
        await untilStill(document, 120000);
        screenshot("typed");
        const lines = document.getText().trimEnd().split("\n");
        assert.deepEqual(lines.map((l) => l.trim()), FIRST_AGREEMENT, document.getText());
        assert.equal(lines[3], '    NBC commissioner "North Borough Council"', "the editor indents each line inside a section");
        screenshot("first-agreement");
      },
    },
    {
      name: "an empty file offers a starter agreement, which checks with no warning or error",
      run: async () => {
        const uri = vscode.Uri.joinPath(folder, "starter.alliance");
        await vscode.workspace.fs.writeFile(uri, new Uint8Array());
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        const offered = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", uri);
        assert.deepEqual(offered.map((l) => l.command?.title), ["Insert a starter agreement", "New agreement pack…"]);
        await settled(uri);
        assert.deepEqual(problemsOf(uri, [vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning, vscode.DiagnosticSeverity.Information]), [], "an empty file is not an error");
        await vscode.commands.executeCommand(offered[0].command!.command);
        await waitFor("the starter agreement", () => document.getText().startsWith("agreement "));
        await settled(uri);
        assert.deepEqual(problemsOf(uri), []);
      },
    },
    {
      name: "the New Agreement Pack command writes a pack that checks with no warning or error",
      run: async () => {
        const target = vscode.Uri.joinPath(folder, "riverside");
        await vscode.workspace.fs.createDirectory(target);
        const written = await vscode.commands.executeCommand<vscode.Uri[]>("alliance.newAgreementPack", {
          title: "Riverside Wellbeing Alliance",
          jurisdiction: "wales",
          parties: [
            { title: "Riverside County Council", role: "commissioner" },
            { title: "Harbour Housing Trust", role: "provider" },
            { title: "Lantern Mental Health", role: "provider" },
            { title: "Riverside Voices", role: "lived-experience" },
          ],
          documents: ["agreement", "specification", "tender", "evaluation"],
          folder: target.toString(),
        });
        assert.deepEqual(written.map((u) => u.path.split("/").pop()), [
          "riverside-wellbeing-agreement.alliance",
          "riverside-wellbeing-specification.alliance",
          "riverside-wellbeing-tender.alliance",
          "riverside-wellbeing-evaluation.alliance",
        ]);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), written[0].toString(), "the agreement is opened");
        for (const uri of written) await vscode.workspace.openTextDocument(uri);
        for (const uri of written) await settled(uri);
        assert.deepEqual(written.flatMap((uri) => problemsOf(uri).map((p) => `${uri.path.split("/").pop()} ${p}`)), []);
      },
    },
  ];
}
