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

/** Writes a new file into the workspace, opens it in an editor, and returns its URI and document. */
async function openNew(folder: vscode.Uri, name: string, text: string): Promise<{ uri: vscode.Uri; document: vscode.TextDocument }> {
  const uri = vscode.Uri.joinPath(folder, name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return { uri, document };
}

/** The text of every hover at a position, joined. */
async function hoverText(uri: vscode.Uri, at: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", uri, at);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
}

/** Applies text edits (from formatting) to a document through a workspace edit. */
async function applyEdits(uri: vscode.Uri, edits: vscode.TextEdit[]): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.set(uri, edits);
  assert.ok(await vscode.workspace.applyEdit(edit));
}

const MISINDENTED = [
  'agreement Pasted "Pasted alliance" {',
  "        jurisdiction scotland",
  "  parties {",
  '      Council commissioner "Riverside Council"',
  '  Harbour provider "Harbour Trust"',
  "        }",
  '  body Board "Alliance Board" {',
  "members all",
  "            decides key-issues by unanimity",
  "    if not unanimous: falls",
  "  }",
  "}",
  "",
].join("\n");

const FORMATTED = [
  'agreement Pasted "Pasted alliance" {',
  "  jurisdiction scotland",
  "  parties {",
  '    Council commissioner "Riverside Council"',
  '    Harbour provider     "Harbour Trust"',
  "  }",
  '  body Board "Alliance Board" {',
  "    members all",
  "    decides key-issues by unanimity",
  "    if not unanimous: falls",
  "  }",
  "}",
  "",
].join("\n");

/** A Scottish social-care contract awarded directly: £600,000, under the light-touch threshold in force. */
const SCOTTISH_DIRECT_AWARD = [
  'agreement Glen "Glen support alliance" {',
  "  jurisdiction scotland",
  "  services social-care",
  "  procurement starts 2026-04-01",
  "  term 3 years from 2026-06-01",
  "  value £600,000",
  "  route direct-award",
  "}",
  "",
].join("\n");

export function firstHourSteps(folder: vscode.Uri): Step[] {
  return [
    {
      name: "hover on a party leads with who it is, then at most one problem",
      run: async () => {
        const uri = vscode.Uri.joinPath(folder, "broken", "commissioner-chair.alliance");
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        await settled(uri);
        const line = [...Array(document.lineCount).keys()].find((l) => /^\s+NBC commissioner /.test(document.lineAt(l).text))!;
        const text = await hoverText(uri, new vscode.Position(line, document.lineAt(line).text.indexOf("NBC") + 1));
        const ours = text.slice(text.indexOf("**NBC**"));
        assert.match(ours, /^\*\*NBC\*\* — commissioner: Northbay Borough Council/, text);
        assert.ok((ours.match(/\*\*(Error|Warning|Note)\*\* \(ALY/g) ?? []).length <= 1, `at most one problem in the hover: ${ours}`);
      },
    },
    {
      name: "a quick fix writes the missing clause: what happens when a body does not agree",
      run: async () => {
        const uri = vscode.Uri.joinPath(folder, "broken", "no-if-not-unanimous.alliance");
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        const diagnostic = await waitFor("the missing consequence", () => vscode.languages.getDiagnostics(uri).find((d) => (d.code as { value: string }).value === "ALY403"));
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find((a) => a.edit && /if not unanimous/i.test(a.title));
        assert.ok(fix?.edit, `a fix that writes the clause: ${actions.map((a) => a.title).join("; ")}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(document.getText(), /\n\s+if not unanimous: /);
        await waitFor("the finding to go", () => !vscode.languages.getDiagnostics(uri).some((d) => (d.code as { value: string }).value === "ALY403"));
        screenshot("fix-written");
      },
    },
    {
      name: "Format Document re-indents a draft whose indentation was pasted in",
      run: async () => {
        const { uri, document } = await openNew(folder, "pasted.alliance", MISINDENTED);
        await settled(uri);
        assert.deepEqual(problemsOf(uri, [vscode.DiagnosticSeverity.Error]), [], "balanced braces with odd indentation read as written");
        const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>("vscode.executeFormatDocumentProvider", uri, { tabSize: 2, insertSpaces: true });
        assert.ok(edits && edits.length > 0, "Format offers edits");
        await applyEdits(uri, edits);
        assert.equal(document.getText(), FORMATTED);
      },
    },
    {
      name: "a figure set in pounds in the Settings UI is the one the checks use",
      run: async () => {
        const { uri, document } = await openNew(folder, "glen.alliance", SCOTTISH_DIRECT_AWARD);
        await settled(uri);
        assert.ok(!vscode.languages.getDiagnostics(uri).some((d) => (d.code as { value: string }).value === "ALY902"), "£600,000 is under the light-touch threshold in force");
        const config = vscode.workspace.getConfiguration("alliance");
        await config.update("thresholds.scotland.directAwardCeiling", 500000, vscode.ConfigurationTarget.Workspace);
        try {
          const found = await waitFor("the direct award above the figure set", () => vscode.languages.getDiagnostics(uri).find((d) => (d.code as { value: string }).value === "ALY902"), 30000);
          assert.equal(found.severity, vscode.DiagnosticSeverity.Error);
          assert.match(found.message, /£500,000/);
        } finally {
          await config.update("thresholds.scotland.directAwardCeiling", undefined, vscode.ConfigurationTarget.Workspace);
        }
        await waitFor("the finding to go once the setting is cleared", () => !vscode.languages.getDiagnostics(uri).some((d) => (d.code as { value: string }).value === "ALY902"), 30000);
      },
    },
    {
      name: "a finding's code opens that rule's page, rendered, not the raw reference",
      run: async () => {
        await vscode.commands.executeCommand("workbench.actions.view.problems");
        await new Promise((r) => setTimeout(r, 1000));
        console.log("[e2e:click] .markers-panel a.monaco-link[href^=\"command:alliance.showRule\"]");
        const label = await waitFor(`a rule's page among the tabs: ${tabLabels().join(", ")}`, () => tabLabels().find((l) => /Preview ALY\d{3}\.md/.test(l)));
        const code = /ALY\d{3}/.exec(label)![0];
        const page = await vscode.workspace.openTextDocument(vscode.Uri.parse(`alliance-rule:/${code}.md`));
        assert.match(page.getText(), new RegExp(`^# ${code}: `));
        screenshot("rule-page");
      },
    },
    {
      name: "a new user's first agreement, typed key by key with Enter, comes out as typed",
      run: async () => {
        const { uri, document } = await openNew(folder, "first.alliance", "");
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
        const { uri, document } = await openNew(folder, "starter.alliance", "");
        const offered = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", uri);
        assert.deepEqual(offered.map((l) => l.command?.title), ["Insert a starter agreement", "New agreement pack…"]);
        await settled(uri);
        assert.deepEqual(problemsOf(uri), [], "an empty file is not an error");
        assert.deepEqual(vscode.languages.getDiagnostics(uri).map((d) => (d.code as { value: string }).value), ["ALY018"], "only a note on how to start");
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
    {
      name: "hover on a finding explains it beside the text, in plain words with its source",
      run: async () => {
        const uri = vscode.Uri.joinPath(folder, "broken", "majority-voting.alliance");
        const document = await vscode.workspace.openTextDocument(uri);
        const editor = await vscode.window.showTextDocument(document);
        const finding = await waitFor("the majority vote finding", () => vscode.languages.getDiagnostics(uri).find((d) => d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning));
        const at = finding.range.start.translate(0, 1);
        const text = await hoverText(uri, at);
        assert.ok(text.includes(finding.message.split("\n")[0].slice(0, 40)), `the hover shows the finding: ${text}`);
        editor.selection = new vscode.Selection(at, at);
        editor.revealRange(finding.range, vscode.TextEditorRevealType.InCenter);
        await vscode.commands.executeCommand("editor.action.showHover");
        await new Promise((r) => setTimeout(r, 1500));
        screenshot("finding-hover");
        // The driver takes the picture while the hover is still open.
        await new Promise((r) => setTimeout(r, 3000));
      },
    },
  ];
}
