// The same server in another editor: Neovim 0.7's built-in client, which only takes pushed diagnostics.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { ensureServerBuilt, SERVER } from "../lsp/client";

const ROOT = join(__dirname, "..", "..");

beforeAll(() => {
  if (process.env.ALLIANCE_SKIP_E2E === "1") return;
  execFileSync("bash", [join(__dirname, "install-neovim.sh")], { stdio: "inherit" });
  ensureServerBuilt();
});

it.skipIf(process.env.ALLIANCE_SKIP_E2E === "1")("Neovim 0.7 shows the server's pushed diagnostics for a broken sample", () => {
  const sample = join(ROOT, "samples", "broken", "shares-not-100.alliance");
  const out = join(mkdtempSync(join(tmpdir(), "alliance-nvim-")), "diagnostics.jsonl");
  const run = spawnSync("nvim", ["--headless", "-n", "-i", "NONE", "-u", join(__dirname, "neovim.lua"), sample], {
    cwd: join(ROOT, "samples", "broken"),
    env: { ...process.env, ALLIANCE_SERVER: SERVER, ALLIANCE_NVIM_OUT: out },
    encoding: "utf8",
    timeout: 60_000,
  });
  const written = readFileSync(out, "utf8");
  expect(written, run.stderr).not.toBe("TIMEOUT");
  const diagnostics = written.split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const text = readFileSync(sample, "utf8").split("\n");
  const line = text.findIndex((l) => /^\s*pain share/.test(l));
  const col = text[line].indexOf("pain share");
  expect(diagnostics).toEqual([{ code: "ALY503", line, col, end_line: line, end_col: col + "pain share".length, severity: 1 }]);
}, 60_000);
