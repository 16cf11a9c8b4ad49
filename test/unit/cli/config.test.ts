import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findConfig, loadConfig } from "../../../server/src/cli/config";
import { UsageError } from "../../../server/src/cli/usage-error";
import { tempDir } from "./helpers";

function failure(cwd: string, explicit: string | null): string {
  try {
    loadConfig(cwd, explicit);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error("expected a usage error");
}

describe("the settings file", () => {
  it("is found in the current folder or the nearest folder above it", () => {
    const root = tempDir();
    const inner = join(root, "tenders", "2024");
    mkdirSync(inner, { recursive: true });
    writeFileSync(join(root, "alliance.config.json"), JSON.stringify({ jurisdiction: "wales" }));
    expect(findConfig(inner)).toBe(join(root, "alliance.config.json"));
    expect(loadConfig(inner, null)).toEqual({ settings: { jurisdiction: "wales" }, path: join(root, "alliance.config.json") });
    writeFileSync(join(root, "tenders", "alliance.config.json"), JSON.stringify({ rules: { ALY010: "warning" } }));
    expect(loadConfig(inner, null).settings).toEqual({ rules: { ALY010: "warning" } });
  });

  it("gives the default settings when there is none", () => {
    const root = tempDir();
    const found = findConfig(root);
    // The temporary folder's parents hold no settings file on a clean machine; if one does, it is what is found.
    expect(loadConfig(root, null)).toEqual(found === null ? { settings: {}, path: null } : expect.objectContaining({ path: found }));
  });

  it("is overridden by --config, read from the current folder", () => {
    const root = tempDir();
    writeFileSync(join(root, "alliance.config.json"), JSON.stringify({ jurisdiction: "wales" }));
    writeFileSync(join(root, "ci.json"), "\uFEFF" + JSON.stringify({ jurisdiction: "scotland" }));
    expect(loadConfig(root, "ci.json")).toEqual({ settings: { jurisdiction: "scotland" }, path: join(root, "ci.json") });
  });

  it("explains a missing file, a folder, broken JSON and settings that are not valid", () => {
    const root = tempDir();
    expect(failure(root, "nope.json")).toBe("cannot find the settings file `nope.json`; check the path after `--config`");
    mkdirSync(join(root, "dir"));
    expect(failure(root, "dir")).toBe("`dir` is a folder; `--config` needs the path of a settings file such as `alliance.config.json`");
    writeFileSync(join(root, "broken.json"), '{\n  "jurisdiction": "wales",\n  rules: {}\n}\n');
    expect(failure(root, "broken.json")).toBe(
      "the settings file `broken.json` is not valid JSON (the first mistake is at line 3, column 3); fix it, or remove it to use the default settings",
    );
    writeFileSync(join(root, "alliance.config.json"), JSON.stringify({ jurisdiction: "france", colour: true }));
    expect(failure(root, null)).toBe(
      "the settings file `alliance.config.json` has 2 mistakes:\n" +
        "  - `colour` is not a setting; the settings are `jurisdiction`, `thresholds` and `rules`\n" +
        "  - `jurisdiction` must be one of england, wales, scotland, northern-ireland",
    );
    expect(() => loadConfig(root, null)).toThrow(UsageError);
  });
});
