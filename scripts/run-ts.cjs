#!/usr/bin/env node
// Runs a TypeScript file from this repository without a separate compile step: esbuild bundles it in
// memory (the same bundler the build uses) and Node runs the result. Usage: node scripts/run-ts.cjs FILE [args…]
const path = require("node:path");
const Module = require("node:module");
const esbuild = require("esbuild");

const entry = path.resolve(process.argv[2]);
const result = esbuild.buildSync({ entryPoints: [entry], bundle: true, platform: "node", target: "node20", format: "cjs", write: false, sourcemap: "inline", packages: "external" });
const compiled = new Module(entry, module);
compiled.filename = entry;
compiled.paths = Module._nodeModulePaths(path.dirname(entry));
process.argv.splice(1, 1);
compiled._compile(result.outputFiles[0].text, entry);
