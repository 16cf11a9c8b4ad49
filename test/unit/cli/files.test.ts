import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath, expandInputs, readInput } from "../../../server/src/cli/files";
import { UsageError } from "../../../server/src/cli/usage-error";
import { FIXTURES, tempDir } from "./helpers";

function shown(inputs: string[], cwd = FIXTURES): string[] {
  return expandInputs(inputs, cwd).map((f) => f.display);
}

function failure(inputs: string[], cwd = FIXTURES): string {
  try {
    expandInputs(inputs, cwd);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error("expected a usage error");
}

describe("files, folders and globs", () => {
  it("expands a folder to the .alliance files inside it, at any depth, sorted", () => {
    expect(shown(["."])).toEqual([
      "broken/undeclared.alliance",
      "broken/warning.alliance",
      "clean/agreement.alliance",
      "clean/specification.alliance",
      "related/duplicate.alliance",
      "unicode/tabs.alliance",
    ]);
  });

  it("expands a glob from the current folder", () => {
    expect(shown(["*/s*.alliance"])).toEqual(["clean/specification.alliance"]);
    expect(shown(["**/{warning,tabs}.alliance"])).toEqual(["broken/warning.alliance", "unicode/tabs.alliance"]);
  });

  it("checks a named file whatever its extension, but takes only .alliance files from a folder", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "notes.txt"), "agreement A {\n}\n");
    writeFileSync(join(dir, "a.alliance"), "agreement A {\n}\n");
    mkdirSync(join(dir, "node_modules", "pkg"), { recursive: true });
    writeFileSync(join(dir, "node_modules", "pkg", "b.alliance"), "agreement B {\n}\n");
    expect(shown(["."], dir)).toEqual(["a.alliance"]);
    expect(shown(["notes.txt", "."], dir)).toEqual(["a.alliance", "notes.txt"]);
  });

  it("lists a file once however many inputs name it", () => {
    expect(shown(["clean", "clean/agreement.alliance", "clean/*.alliance", "./clean/../clean/agreement.alliance"])).toEqual([
      "clean/agreement.alliance",
      "clean/specification.alliance",
    ]);
  });

  it("shows files outside the current folder with a relative path, unless the full path is shorter", () => {
    expect(shown(["../clean/agreement.alliance"], join(FIXTURES, "broken"))).toEqual(["../clean/agreement.alliance"]);
    expect(displayPath("/tmp/x/a.alliance", "/home/commissioner/tenders/fixtures")).toBe("/tmp/x/a.alliance");
    expect(displayPath("/home/commissioner/tenders/a.alliance", "/home/commissioner/tenders/test")).toBe("../a.alliance");
  });

  it("stops on an input that matches nothing, naming it", () => {
    expect(failure(["clean", "missing.alliance"])).toBe(`cannot find \`missing.alliance\`; check the spelling of the file or folder name (paths are read from ${FIXTURES})`);
    expect(failure(["nowhere/*.alliance"])).toBe(`no files match \`nowhere/*.alliance\`; check the pattern, which is read from ${FIXTURES}`);
    const empty = tempDir();
    mkdirSync(join(empty, "drafts"));
    expect(failure(["drafts"], empty)).toBe("the folder `drafts` holds no .alliance files; check the folder name, or name the files to check");
  });

  it("explains a file that cannot be read", () => {
    const dir = tempDir();
    expect(() => readInput({ absolute: join(dir, "gone.alliance"), display: "gone.alliance" })).toThrow(
      new UsageError("cannot read `gone.alliance`: it was removed while the check was running"),
    );
    expect(() => readInput({ absolute: dir, display: "pack" })).toThrow(new UsageError("cannot read `pack`: it is a folder"));
  });
});
