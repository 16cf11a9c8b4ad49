#!/usr/bin/env node
// Runs the command line checker from the TypeScript sources, without a build step: esbuild bundles
// server/src/cli/main.ts in memory and Node runs it. Usage: node scripts/run-cli.cjs check samples
const path = require("node:path");
const Module = require("node:module");
const esbuild = require("esbuild");

const entry = path.join(__dirname, "..", "server", "src", "cli", "main.ts");
const result = esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: "node", target: "node20", format: "cjs", write: false, sourcemap: "inline", packages: "external", logLevel: "warning" });
const compiled = new Module(entry, module);
compiled.filename = entry;
compiled.paths = Module._nodeModulePaths(path.dirname(entry));
compiled._compile(result.outputFiles[0].text, entry);
compiled.exports.cliEntry();
