// Bundles the command line checker into one file: out/cli.js (or the file after --outfile).
// Needs the generated parser: `npm run build:cli` builds it first.
import { chmodSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { writeAsciiOnly } from "./ascii-only.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const at = args.indexOf("--outfile");
const outfile = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : join(root, "out", "cli.js");

if (!existsSync(join(root, "server", "src", "core", "generated", "parser.js"))) {
  console.error("build-cli: the parser has not been generated; run `npm run build:parser` first (or `npm run build:cli`, which does both)");
  process.exit(1);
}

await build({
  entryPoints: [join(root, "server", "src", "cli", "main.ts")],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  banner: { js: "#!/usr/bin/env node" },
  sourcemap: false,
  logLevel: "warning",
});
writeAsciiOnly(outfile);
chmodSync(outfile, 0o755);
console.log(`build-cli: wrote ${outfile}`);
