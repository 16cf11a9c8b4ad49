// The extension's integration tests, to @vscode/test-electron's contract: download VS Code, start it
// with the extension under development and run suite/index.ts's `run()` inside it. VS Code cannot be
// downloaded on machines without access to its update server; there `code-server.mjs` runs the same
// suite in the VS Code that code-server bundles.

import { join, resolve } from "node:path";
import { runTests } from "@vscode/test-electron";

async function main(): Promise<void> {
  const root = resolve(__dirname, "..", "..");
  try {
    await runTests({
      extensionDevelopmentPath: root,
      extensionTestsPath: join(root, "out", "e2e", "suite.js"),
      launchArgs: [join(root, "out", "e2e", "workspace"), "--disable-extensions"],
    });
  } catch (error) {
    console.error("The integration tests failed or VS Code could not be started:", error);
    process.exit(1);
  }
}

void main();
