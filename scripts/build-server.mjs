// Bundles the language server into out/server.js (the `alliance-language-server` bin).
import { build } from "esbuild";
import { chmodSync } from "node:fs";
import { writeAsciiOnly } from "./ascii-only.mjs";

await build({
  entryPoints: ["server/src/lsp/main.ts"],
  outfile: "out/server.js",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
});
writeAsciiOnly("out/server.js");
chmodSync("out/server.js", 0o755);
