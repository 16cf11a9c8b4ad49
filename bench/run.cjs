#!/usr/bin/env node
// Runs a benchmark written in TypeScript: each .ts file is compiled on its own by esbuild as Node
// loads it (no bundling), so every module keeps its own __dirname. Usage: node bench/run.cjs FILE [args…]
const fs = require("node:fs");
const path = require("node:path");
const esbuild = require("esbuild");

require.extensions[".ts"] = (module, filename) => {
  const source = fs.readFileSync(filename, "utf8");
  const { code } = esbuild.transformSync(source, { loader: "ts", format: "cjs", target: "node20", sourcemap: "inline", sourcefile: filename });
  module._compile(code, filename);
};

const entry = path.resolve(process.argv[2] ?? path.join(__dirname, "bench.ts"));
process.argv.splice(1, 2, entry);
require(entry);
