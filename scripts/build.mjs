// The build: bundles the extension, the language server and the CLI with esbuild into dist/, and
// writes the extension's snippet file from the same list the server completes from.
import { build, buildSync } from "esbuild";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const production = !process.argv.includes("--dev");
mkdirSync("dist", { recursive: true });

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", minify: production, sourcemap: !production, logLevel: "warning", legalComments: "none" };

await Promise.all([
  build({ ...common, entryPoints: ["client/src/extension.ts"], outfile: "dist/extension.js", external: ["vscode"] }),
  build({ ...common, entryPoints: ["server/src/lsp/main.ts"], outfile: "dist/server.js" }),
  build({ ...common, entryPoints: ["server/src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } }),
]);
for (const bin of ["dist/server.js", "dist/cli.js"]) chmodSync(bin, 0o755);

// Snippets: evaluate the snippet list and write it in VS Code's format.
const bundled = buildSync({ entryPoints: ["server/src/core/features/snippets.ts"], bundle: true, platform: "node", format: "cjs", write: false });
const module = { exports: {} };
new Function("module", "exports", "require", bundled.outputFiles[0].text)(module, module.exports, require);
const snippets = {};
for (const s of module.exports.SNIPPETS) {
  snippets[`${s.label} (${s.detail})`] = { prefix: s.label, body: s.body.split("\n"), description: s.documentation };
}
writeFileSync(join("dist", "snippets.json"), JSON.stringify(snippets, null, 2) + "\n");
console.log("built dist/extension.js, dist/server.js, dist/cli.js, dist/snippets.json");
