#!/usr/bin/env node
// alliance-language-server: speaks LSP over --stdio, --node-ipc or --socket=PORT (the transport is
// chosen from the command line by vscode-languageserver).

import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./server";

if (process.argv.includes("--version")) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  process.stdout.write(`${require("./server").VERSION}\n`);
  process.exit(0);
}

// The last line of defence: every handler is guarded, but a fault that still escapes one is logged,
// and the server goes on serving the other documents rather than ending the editing session.
process.on("unhandledRejection", (reason) => {
  process.stderr.write(`alliance-language-server: an internal fault was not handled; please report it: ${(reason as Error)?.stack ?? String(reason)}\n`);
});

startServer(createConnection(ProposedFeatures.all));
