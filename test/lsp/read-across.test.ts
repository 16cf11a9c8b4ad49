// Findings that rest on other documents follow them: when a document changes, every open document whose
// findings read it is checked again and its diagnostics sent, in push and in pull mode.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DocumentDiagnosticRequest, type Diagnostic, type DocumentDiagnosticReport } from "vscode-languageserver-protocol/node";
import { startClient, type TestClient } from "./client";

const SAMPLES = join(__dirname, "..", "..", "samples", "plymouth");
const read = (name: string) => readFileSync(join(SAMPLES, `${name}.alliance`), "utf8");
const uriOf = (name: string) => `file:///tmp/alliance-read-across/${name}.alliance`;
const EVALUATION = read("evaluation").replace("assesses Learning", "assesses Learning, QNew");
const TENDER_WITH_QNEW = read("tender").replace("  }\n  deadline", '    QNew "What will you learn first?" about Learning\n  }\n  deadline');
const MISSING = "No principle, requirement, question or measure is named `QNew`. Correct the name, or add it to the agreement's principles.";

const messages = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity !== 3 && d.severity !== 4).map((d) => `${d.code} ${d.message.split("\n")[0]}`);

describe("read-across in the editor", () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it("sends an evaluation's diagnostics again when the tender beside it gains the question it assesses (push)", async () => {
    client = await startClient({ pull: false, rootUri: null });
    for (const name of ["agreement", "specification", "tender"]) {
      await client.open(uriOf(name), read(name), 1);
      await client.waitForPush(uriOf(name));
    }
    await client.open(uriOf("evaluation"), EVALUATION, 1);
    const before = await client.waitForPush(uriOf("evaluation"));
    expect(messages(before.diagnostics)).toEqual([`ALY010 ${MISSING}`]);
    const seen = client.pushed.length;
    await client.change(uriOf("tender"), 2, TENDER_WITH_QNEW);
    const after = await client.waitForPush(uriOf("evaluation"), (p) => client!.pushed.indexOf(p) >= seen, 5000);
    expect(messages(after.diagnostics)).toEqual([]);
  });

  it("asks a pulling editor to pull again, and answers the evaluation without the stale finding (pull)", async () => {
    client = await startClient({ pull: true, rootUri: null });
    const pull = async (name: string) =>
      ((await client!.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: uriOf(name) } })) as DocumentDiagnosticReport & { items: Diagnostic[] }).items;
    for (const name of ["agreement", "specification", "tender"]) await client.open(uriOf(name), read(name), 1);
    await client.open(uriOf("evaluation"), EVALUATION, 1);
    expect(messages(await pull("evaluation"))).toEqual([`ALY010 ${MISSING}`]);
    const refreshed = new Promise<void>((resolve) => client!.connection.onRequest("workspace/diagnostic/refresh", () => (resolve(), null)));
    await client.change(uriOf("tender"), 2, TENDER_WITH_QNEW);
    await pull("tender");
    await refreshed;
    expect(messages(await pull("evaluation"))).toEqual([]);
  });
});
