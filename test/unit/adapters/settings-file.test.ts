// The one settings-file loader the editor and the command line share.

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfigFile } from "../../../server/src/lsp/settings-source";
import { readSettingsFile, SETTINGS_FILE_NAME } from "../../../server/src/node/settings-file";
import { WorkspaceReader } from "../../../server/src/node/workspace-reader";

function folderWith(content: string | null): { folder: string; path: string; reader: WorkspaceReader } {
  const folder = mkdtempSync(join(tmpdir(), "alliance-settings-"));
  const path = join(folder, SETTINGS_FILE_NAME);
  if (content !== null) writeFileSync(path, content);
  return { folder, path, reader: new WorkspaceReader([folder]) };
}

describe("readSettingsFile", () => {
  it("reads settings with or without a byte-order mark", () => {
    for (const bom of ["", "\uFEFF"]) {
      const { path, reader } = folderWith(`${bom}{ "rules": { "ALY010": "warning" }, "jurisdiction": "wales" }`);
      expect(readSettingsFile(reader, path)).toEqual({ ok: true, settings: { rules: { ALY010: "warning" }, jurisdiction: "wales" } });
    }
  });

  it("tells a missing file, a folder, broken JSON and wrong settings apart", () => {
    const missing = folderWith(null);
    expect(readSettingsFile(missing.reader, missing.path)).toEqual({ ok: false, kind: "missing" });
    mkdirSync(missing.path);
    expect(readSettingsFile(missing.reader, missing.path)).toEqual({ ok: false, kind: "unreadable", failure: "not-a-file", message: "it is a folder" });
    const broken = folderWith('\uFEFF{\n  "rules": {\n    ALY010: "off"\n  }\n}');
    expect(readSettingsFile(broken.reader, broken.path)).toEqual({ ok: false, kind: "not-json", reason: "the first mistake is at line 3, column 5" });
    const wrong = folderWith('{ "rules": { "ALY010": "loud" }, "colour": true }');
    expect(readSettingsFile(wrong.reader, wrong.path)).toEqual({
      ok: false,
      kind: "invalid",
      problems: ["`colour` is not a setting; the settings are `jurisdiction`, `thresholds` and `rules`", "the level for `ALY010` must be off, information, warning or error"],
    });
  });
});

describe("the editor's settings file", () => {
  it("uses the loader's verdict and says why a file is not used", () => {
    const bom = folderWith('\uFEFF{ "rules": { "ALY010": "off" } }');
    expect(readConfigFile(bom.reader, bom.folder)).toEqual({ settings: { rules: { ALY010: "off" } }, problems: [] });
    const broken = folderWith("{ rules }");
    expect(readConfigFile(broken.reader, broken.folder)).toEqual({
      settings: {},
      problems: [`${broken.path} is not valid JSON (the first mistake is at line 1, column 3), so the default settings apply; fix it, or remove it.`],
    });
    const none = folderWith(null);
    expect(readConfigFile(none.reader, none.folder)).toEqual({ settings: {}, problems: [] });
  });
});
