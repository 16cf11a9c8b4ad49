// Quick fixes as VS Code shows them: silencing a finding asks for the reason, fixing all of one kind,
// and the walkthrough a new user is offered.

import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { waitFor, type Step } from "./harness";

const MISSPELT_NAME = `agreement Quiet "Quiet alliance" {
  parties {
    PCC      commissioner "Plymouth City Council"
    Shekinah provider     "Shekinah"
  }
  body Board "Alliance Leadership Board" {
    members PCC, Shekinha
    decides key-issues by unanimity
  }
}
`;

function codeOf(d: vscode.Diagnostic): string {
  return String(typeof d.code === "object" ? d.code.value : d.code);
}

async function openWith(uri: vscode.Uri, text: string): Promise<vscode.TextDocument> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

export function fixesSteps(folder: vscode.Uri): Step[] {
  return [
    {
      // The input box itself cannot be typed into from here; the command takes the reason as an argument
      // for this test, and the box is checked by hand.
      name: "silencing a finding asks for the reason and writes it above the line",
      run: async () => {
        const uri = vscode.Uri.joinPath(folder, "silence.alliance");
        const document = await openWith(uri, MISSPELT_NAME);
        const finding = await waitFor("the undeclared name", () => vscode.languages.getDiagnostics(uri).find((d) => codeOf(d) === "ALY010"));
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, finding.range);
        const silence = actions.find((a) => a.title.startsWith("Silence ALY010"));
        assert.ok(silence, `a silence fix among ${actions.map((a) => a.title).join("; ")}`);
        assert.equal(silence.edit, undefined, "nothing is written before the reason is given");
        assert.equal(silence.command?.command, "alliance.silenceWithReason");
        const [target, line, code] = silence.command!.arguments!;
        assert.deepEqual([target, line, code], [uri.toString(), 6, "ALY010"]);
        // A placeholder is refused and writes nothing.
        assert.equal(await vscode.commands.executeCommand("alliance.silenceWithReason", target, line, code, "TODO"), false);
        assert.equal(document.getText(), MISSPELT_NAME);
        const written = await vscode.commands.executeCommand("alliance.silenceWithReason", target, line, code, "Shekinha is the trading name in the signed schedule");
        assert.equal(written, true);
        assert.equal(document.lineAt(6).text, "    // alliance-ignore ALY010: Shekinha is the trading name in the signed schedule");
        assert.equal(document.lineAt(7).text, "    members PCC, Shekinha");
        await waitFor("the finding to be silenced", () => !vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === "ALY010" || codeOf(d) === "ALY016"));
        await document.save();
        await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
        await vscode.workspace.fs.delete(uri);
      },
    },
    {
      name: "the walkthrough for a first agreement opens",
      run: async () => {
        const labels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
        // A Welcome page left open would be reused for the walkthrough: close it first, so the tab is new.
        const welcome = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => /^(welcome|walkthrough)\b/i.test(t.label));
        if (welcome.length > 0) await vscode.window.tabGroups.close(welcome);
        assert.ok(!labels().some((l) => /^(welcome|walkthrough)\b/i.test(l)), `no Welcome tab before the command: ${labels().join(" | ")}`);
        await vscode.commands.executeCommand("workbench.action.openWalkthrough", "alliance-tools.alliance-language#firstAgreement", false);
        // The API does not say which walkthrough a tab shows; the page the driver keeps does (see vscode.test.ts).
        let tab: vscode.Tab | undefined;
        try {
          tab = await waitFor("a Welcome or walkthrough tab", () =>
            vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /^(welcome|walkthrough)\b/i.test(t.label)), 10000);
        } catch (error) {
          throw new Error(`${(error as Error).message}; tabs: ${labels().join(" | ")}`);
        }
        console.log(`  walkthrough tab: ${tab.label}`);
        // The driver keeps a picture and the page itself: the test that runs this suite reads our
        // walkthrough's title and steps from it.
        await new Promise((r) => setTimeout(r, 1500));
        console.log("[e2e:screenshot] walkthrough");
        await new Promise((r) => setTimeout(r, 3000));
        await vscode.window.tabGroups.close(tab);
        assert.ok(!labels().includes(tab.label), "the walkthrough closes");
      },
    },
  ];
}
