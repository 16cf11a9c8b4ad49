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

startServer(createConnection(ProposedFeatures.all));
