// A settings change is handled once: editors that send two notifications for one change (as VS Code does
// when an extension both synchronises a section and registers for changes) cost one request for the
// settings and one check of each open document.

import { afterEach, describe, expect, it } from "vitest";
import { ConfigurationRequest, DidChangeConfigurationNotification } from "vscode-languageserver-protocol/node";
import { startClient, type TestClient } from "./client";

const URI = "file:///tmp/alliance-settings/agreement.alliance";
const TEXT = `agreement Test "Test alliance" {
  parties {
    PCC commissioner "Plymouth City Council"
  }
  body Board "Board" {
    members PCC, Nobody
  }
}
`;

describe("settings changes", () => {
  let client: TestClient | undefined;
  afterEach(async () => {
    await client?.close();
    client = undefined;
  });

  it("asks for the settings once and checks once for a change sent twice", async () => {
    let settings: Record<string, unknown> = {};
    client = await startClient({ pull: false, rootUri: null });
    let asked = 0;
    client.connection.onRequest(ConfigurationRequest.type, (params) => {
      asked++;
      return params.items.map(() => settings);
    });
    await client.open(URI, TEXT, 1);
    const first = await client.waitForPush(URI);
    expect(first.diagnostics.map((d) => d.code)).toContain("ALY010");
    const pushesBefore = client.pushed.filter((p) => p.uri === URI).length;
    asked = 0;
    settings = { rules: { ALY010: "off" } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const after = await client.waitForPush(URI, (p) => !p.diagnostics.some((d) => d.code === "ALY010"), 5000);
    expect(after.diagnostics.map((d) => d.code)).not.toContain("ALY010");
    // Give a second round, were there one, the time to show itself.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked).toBe(1);
    expect(client.pushed.filter((p) => p.uri === URI).length - pushesBefore).toBe(1);
  });
});
