// Runs the integration suite in a real VS Code (bundled by code-server) with the packaged extension.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

it.skipIf(process.env.ALLIANCE_SKIP_E2E === "1")("the packaged extension passes its integration suite in a real VS Code", () => {
  const run = spawnSync(process.execPath, [join(__dirname, "code-server.mjs")], { encoding: "utf8", timeout: 900_000 });
  const output = `${run.stdout}\n${run.stderr}`;
  console.log(output.split("\n").filter((l) => /✓|✗|passed|failed|\[e2e\]/.test(l)).join("\n"));
  expect(output).toMatch(/^20 passed, 0 failed$/m);
  expect(run.status, output.slice(-3000)).toBe(0);
}, 900_000);
