// Runs the extension's integration suite in a real VS Code: the one code-server bundles, driven
// headless by Debian's Chromium. The packaged .vsix is installed with code-server's own installer,
// and the installed copy is what the tests load, so they test exactly what users get.
//
// Usage: node test/e2e/code-server.mjs   (exit code 0 when every step passes)
// Prints the suite's log, ending with "N passed, M failed".

import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..", "..");
const out = join(root, "out", "e2e");
const TIMEOUT_MS = Number(process.env.ALLIANCE_E2E_TIMEOUT_MS ?? 240000);

function log(message) {
  process.stdout.write(`[e2e] ${message}\n`);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function main() {
  // 1. What the tests need outside the repository: Chromium and code-server.
  const installed = execFileSync("bash", [join(here, "install-code-server.sh")], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n");
  const cache = installed[installed.length - 1];
  const codeServer = join(cache, "node_modules", ".bin", "code-server");
  const requireFromCache = createRequire(join(cache, "package.json"));
  const { chromium } = requireFromCache("playwright-core");
  log(`using ${installed[0]}`);

  // 2. Build and package the extension as users get it.
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const vsix = join(out, "alliance.vsix");
  execFileSync(process.execPath, [join(root, "scripts", "package.mjs"), "--out", vsix], { cwd: root, stdio: "inherit" });

  // 3. Install the .vsix into a scratch extensions folder with code-server's installer.
  const scratch = mkdtempSync(join(tmpdir(), "alliance-e2e-"));
  const home = join(scratch, "home");
  const installedExtensions = join(scratch, "installed");
  const runningExtensions = join(scratch, "extensions");
  const userData = join(scratch, "user-data");
  for (const dir of [home, installedExtensions, runningExtensions, userData]) mkdirSync(dir, { recursive: true });
  const env = { ...process.env, HOME: home, EXTENSIONS_GALLERY: "{}", XDG_CONFIG_HOME: join(home, ".config"), XDG_DATA_HOME: join(home, ".local", "share") };
  execFileSync(codeServer, ["--extensions-dir", installedExtensions, "--user-data-dir", userData, "--install-extension", vsix], { env, stdio: ["ignore", "ignore", "inherit"] });
  const extensionFolder = readdirSync(installedExtensions).find((name) => name.startsWith("alliance-tools.alliance-language"));
  if (!extensionFolder) throw new Error(`code-server did not install ${vsix}`);
  const extensionPath = join(installedExtensions, extensionFolder);
  log(`installed the packaged extension at ${extensionPath}`);

  // 4. The suite, bundled for the extension host, and a scratch copy of the samples to work in.
  const suiteDir = join(out, "suite");
  await build({ entryPoints: [join(here, "suite", "index.ts")], outfile: join(suiteDir, "index.js"), bundle: true, platform: "node", target: "node20", format: "cjs", external: ["vscode"], logLevel: "warning" });
  const workspace = join(out, "workspace");
  cpSync(join(root, "samples"), workspace, { recursive: true });
  writeFileSync(join(userData, "settings.json"), "{}");
  mkdirSync(join(userData, "User"), { recursive: true });
  writeFileSync(join(userData, "User", "settings.json"), JSON.stringify({ "security.workspace.trust.enabled": false, "workbench.startupEditor": "none", "extensions.autoUpdate": false, "telemetry.telemetryLevel": "off" }));

  // 5. code-server on loopback only, no auth, no marketplace.
  const port = await freePort();
  const server = spawn(codeServer, [
    "--bind-addr", `127.0.0.1:${port}`, "--auth", "none", "--user-data-dir", userData, "--extensions-dir", runningExtensions,
    "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust", "--disable-getting-started-override",
  ], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let serverLog = "";
  server.stdout.on("data", (d) => (serverLog += d));
  server.stderr.on("data", (d) => (serverLog += d));
  const stopServer = () => {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  process.on("exit", stopServer);
  const deadline = Date.now() + 60000;
  while (!/HTTP server listening/.test(serverLog)) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`code-server did not start:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  log(`code-server listening on 127.0.0.1:${port}`);

  // 6. Chromium opens the workbench with the test payload; the workbench reports the suite's result.
  const profile = mkdtempSync(join(tmpdir(), "alliance-e2e-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
  let finish;
  const finished = new Promise((r) => (finish = r));
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.exposeFunction("codeAutomationExit", (code) => finish(code));
  // The suite asks for what only a person at the keyboard can do: real key presses, and pictures.
  let requests = Promise.resolve();
  const serve = async (text) => {
    const typing = /^\[e2e:type\] (.*)$/s.exec(text);
    if (typing) {
      for (const key of JSON.parse(typing[1])) {
        if (key === "\n") await page.keyboard.press("Enter");
        else await page.keyboard.type(key);
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    const click = /^\[e2e:click\] (.+)$/.exec(text.trim());
    if (click) {
      await page.waitForSelector(click[1], { timeout: 20000 }).catch(async () => writeFileSync(join(out, "click-miss.html"), await page.content()));
      await page.click(click[1]).catch((error) => process.stdout.write(`[e2e] could not click ${click[1]}: ${error}\n`));
    }
    const picture = /^\[e2e:screenshot\] ([\w-]+)$/.exec(text.trim());
    if (picture) {
      await page.screenshot({ path: join(out, `${picture[1]}.png`) });
      writeFileSync(join(out, `${picture[1]}.html`), await page.content());
    }
  };
  await page.exposeFunction("codeAutomationLog", (type, args) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" ");
    if (/^\[e2e:(type|screenshot|click)\]/.test(text)) requests = requests.then(() => serve(text)).catch((error) => process.stdout.write(`[e2e] ${error}\n`));
    else {
      if (text.trim()) process.stdout.write(`${text}\n`);
      // The suite asks for a picture of the workbench (the summary preview) by logging "[screenshot] name".
      const shot = /^\[screenshot\] ([\w-]+)/.exec(text.trim());
      if (shot) {
        mkdirSync(join(root, ".cache", "test-record"), { recursive: true });
        void page.screenshot({ path: join(root, ".cache", "test-record", `vscode-${shot[1]}.png`) }).catch(() => undefined);
      }
    }
  });
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [["extensionDevelopmentPath", remote(extensionPath)], ["extensionTestsPath", remote(suiteDir)], ["skipWelcome", "true"], ["skipReleaseNotes", "true"]];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  await page.goto(url);
  const timeout = new Promise((r) => setTimeout(() => r("timeout"), TIMEOUT_MS));
  const result = await Promise.race([finished, timeout]);
  if (result === "timeout") {
    await page.screenshot({ path: join(out, "timeout.png") }).catch(() => undefined);
    log(`the suite did not finish within ${TIMEOUT_MS} ms; screenshot in out/e2e/timeout.png; code-server said:\n${serverLog.slice(-4000)}`);
  }
  await browser.close().catch(() => undefined);
  stopServer();
  rmSync(profile, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  const code = result === "timeout" ? 1 : Number(result);
  log(`exit code ${code}`);
  process.exit(code);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
