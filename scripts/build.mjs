// The build: bundles the extension, the language server and the CLI with esbuild into dist/ (or the
// folder after --outdir), and writes the extension's snippet file from the same list the server
// completes from. Paths are resolved from the repository, so it runs from any folder.
import { build, buildSync } from "esbuild";
import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const production = !args.includes("--dev");
const at = args.indexOf("--outdir");
const outdir = at >= 0 && args[at + 1] ? resolve(args[at + 1]) : join(root, "dist");
mkdirSync(outdir, { recursive: true });

const common = { bundle: true, platform: "node", target: "node20", format: "cjs", minify: production, sourcemap: !production, logLevel: "warning", legalComments: "none" };
const from = (path) => join(root, path);

await Promise.all([
  build({ ...common, entryPoints: [from("client/src/extension.ts")], outfile: join(outdir, "extension.js"), external: ["vscode"] }),
  build({ ...common, entryPoints: [from("server/src/lsp/main.ts")], outfile: join(outdir, "server.js") }),
  build({ ...common, entryPoints: [from("server/src/cli/main.ts")], outfile: join(outdir, "cli.js"), banner: { js: "#!/usr/bin/env node" } }),
]);
for (const bin of ["server.js", "cli.js"]) chmodSync(join(outdir, bin), 0o755);

// Snippets: evaluate the snippet list and write it in VS Code's format.
const bundled = buildSync({ entryPoints: [from("server/src/core/features/snippets.ts")], bundle: true, platform: "node", format: "cjs", write: false });
const module = { exports: {} };
new Function("module", "exports", "require", bundled.outputFiles[0].text)(module, module.exports, require);
const snippets = {};
for (const s of module.exports.SNIPPETS) {
  snippets[`${s.label} (${s.detail})`] = { prefix: s.label, body: s.body.split("\n"), description: s.documentation };
}
writeFileSync(join(outdir, "snippets.json"), JSON.stringify(snippets, null, 2) + "\n");
console.log(`built ${["extension.js", "server.js", "cli.js", "snippets.json"].map((f) => join(outdir, f).replace(root + "/", "")).join(", ")}`);
