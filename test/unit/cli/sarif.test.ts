// `--format sarif`: the structure in detail, and the SARIF 2.1.0 schema when it is on this machine.

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type * as Sarif from "sarif";
import { beforeAll, describe, expect, it } from "vitest";
import { projectLinks } from "../../../server/src/cli/tool";
import { RULES } from "../../../server/src/core/rules/registry";
import { FIXTURES, languageOnlyConfig, run } from "./helpers";

let log: Sarif.Log;
let code: number;
let config: string;
beforeAll(() => {
  config = languageOnlyConfig({ ALY016: "warning" });
  const result = run(["check", "broken", "related", "unicode", "--format", "sarif", "--config", config]);
  code = result.code;
  expect(result.stderr).toBe("");
  log = JSON.parse(result.stdout) as Sarif.Log;
});

const RULES_DOC = projectLinks(require("../../../package.json")).rulesDoc;

const index = (code: string) => RULES.findIndex((r) => r.code === code);

function location(uri: string, startLine: number, startColumn: number, endLine: number, endColumn: number): Sarif.Location {
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: "%SRCROOT%" }, region: { startLine, startColumn, endLine, endColumn } } };
}

describe("alliance check --format sarif", () => {
  it("writes one run of SARIF 2.1.0 from the `alliance` tool", () => {
    expect(code).toBe(1);
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.runs).toHaveLength(1);
    const run0 = log.runs[0];
    const { rules, ...driver } = run0.tool.driver;
    const manifest = require("../../../package.json") as { version: string; homepage: string };
    expect(driver).toEqual({ name: "alliance", informationUri: manifest.homepage, version: manifest.version, semanticVersion: manifest.version });
    expect(run0.columnKind).toBe("utf16CodeUnits");
    expect(run0.originalUriBaseIds).toEqual({ "%SRCROOT%": { uri: pathToFileURL(FIXTURES + "/").href } });
    expect(run0.invocations).toEqual([{ executionSuccessful: true, properties: { settingsFile: pathToFileURL(config).href } }]);
    expect(rules).toHaveLength(RULES.length);
  });

  it("describes every rule in the registry: description, rationale, help with guidance and examples, level, link and topic", () => {
    const rules = log.runs[0].tool.driver.rules!;
    const level = { error: "error", warning: "warning", info: "note" } as const;
    RULES.forEach((rule, i) => {
      const descriptor = rules[i];
      expect(descriptor.id).toBe(rule.code);
      expect(descriptor.name).toBe(rule.name);
      expect(descriptor.shortDescription).toEqual({ text: rule.title });
      expect(descriptor.fullDescription).toEqual({ text: rule.rationale });
      expect(descriptor.defaultConfiguration).toEqual({ level: level[rule.severity] });
      expect(descriptor.helpUri).toBe(`${RULES_DOC}#${rule.code.toLowerCase()}`);
      expect(descriptor.properties).toEqual({ tags: [rule.topic] });
      const help = descriptor.help!;
      for (const text of [help.text, help.markdown!]) {
        expect(text).toContain(rule.rationale);
        for (const source of rule.guidance) expect(text).toContain(source.cite);
      }
      const firstWrongLine = rule.example.wrong.split("\n")[0];
      expect(help.text).toContain(`A document that breaks the rule:\n    ${firstWrongLine}`);
      expect(help.markdown).toContain(`**A document that breaks the rule:**\n\n\`\`\`alliance\n${rule.example.wrong.replace(/\n+$/, "")}\n\`\`\``);
      expect(help.markdown).toContain(`**The same document put right:**\n\n\`\`\`alliance\n${rule.example.right.replace(/\n+$/, "")}\n\`\`\``);
    });
    // A language rule cites nothing; a guidance rule lists its sources.
    expect(rules[index("ALY010")].help!.markdown).not.toContain("**Guidance.**");
    expect(rules[index("ALY601")].help!.markdown).toContain("**Guidance.**\n\n- CCPS, Coping with Complexity programme notes (2017-18), ch. 6, Future Pathways");
  });

  it("reports results with their rule, level, message and exact regions, columns in UTF-16 code units", () => {
    expect(log.runs[0].results).toEqual([
      {
        ruleId: "ALY010",
        ruleIndex: index("ALY010"),
        level: "error",
        message: { text: "No party or role is named `Shekinha`. Correct the name, or add it to the parties." },
        locations: [location("broken/undeclared.alliance", 6, 18, 6, 26)],
      },
      {
        ruleId: "ALY001",
        ruleIndex: index("ALY001"),
        level: "error",
        message: { text: "A spending limit needs an amount after `up to`, for example `up to £1,000`." },
        locations: [location("broken/undeclared.alliance", 9, 11, 9, 28)],
      },
      {
        ruleId: "ALY016",
        ruleIndex: index("ALY016"),
        level: "warning",
        message: { text: "Nothing this comment covers is reported as `ALY010`, so it silences nothing; remove it." },
        locations: [location("broken/warning.alliance", 5, 22, 5, 28)],
      },
      {
        ruleId: "ALY011",
        ruleIndex: index("ALY011"),
        level: "error",
        message: { text: "The name `PCC` is already used for another party above. Give this party a different name." },
        locations: [location("related/duplicate.alliance", 4, 5, 4, 8)],
        relatedLocations: [{ id: 0, message: { text: "`PCC` is first used here" }, ...location("related/duplicate.alliance", 3, 5, 3, 8) }],
      },
      {
        // The emoji before the name is one character but two UTF-16 code units: column 33 in text, 34 here.
        ruleId: "ALY010",
        ruleIndex: index("ALY010"),
        level: "error",
        message: { text: "No party is named `Mênter`. Correct the name, or add it to the parties." },
        locations: [location("unicode/tabs.alliance", 6, 34, 6, 40)],
      },
    ]);
  });

  it("links each rule to its heading in docs/rules.md, in the repository or under the home page", () => {
    expect(projectLinks({ homepage: "https://github.com/o/r#readme", repository: { type: "git", url: "https://github.com/o/r.git" } })).toEqual({
      informationUri: "https://github.com/o/r#readme",
      rulesDoc: "https://github.com/o/r/blob/HEAD/docs/rules.md",
    });
    expect(projectLinks({ repository: "git@gitlab.com:team/alliance.git" })).toEqual({
      informationUri: "https://gitlab.com/team/alliance",
      rulesDoc: "https://gitlab.com/team/alliance/blob/HEAD/docs/rules.md",
    });
    expect(projectLinks({ homepage: "https://alliance.example/tools?x=1#top" })).toEqual({
      informationUri: "https://alliance.example/tools?x=1#top",
      rulesDoc: "https://alliance.example/tools/docs/rules.md",
    });
    expect(projectLinks({})).toEqual({ informationUri: "https://alliance-language.invalid/", rulesDoc: "https://alliance-language.invalid/docs/rules.md" });
    expect(log.runs[0].tool.driver.rules![index("ALY010")].helpUri).toBe(`${RULES_DOC}#aly010`);
  });

  it("gives information-level problems the SARIF level `note`", () => {
    const result = run(["check", "broken/warning.alliance", "--format", "sarif", "--config", languageOnlyConfig({ ALY016: "info" })]);
    expect(result.code).toBe(0);
    const sarif = JSON.parse(result.stdout) as Sarif.Log;
    expect(sarif.runs[0].results!.map((r) => [r.ruleId, r.level])).toEqual([["ALY016", "note"]]);
  });

  const schemaPath = [
    process.env.SARIF_SCHEMA,
    join(__dirname, "../../../node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json"),
    "/tmp/sarif/node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json",
  ].find((p): p is string => !!p && existsSync(p));
  const Ajv2020 = loadAjv2020();

  it.skipIf(!schemaPath || !Ajv2020)("validates against the SARIF 2.1.0 schema shipped with Microsoft's SARIF multitool", () => {
    const ajv = new Ajv2020!({ strict: false, allErrors: true });
    ajv.addFormat("uri", (value: string) => URL.canParse(value));
    ajv.addFormat("uri-reference", (value: string) => URL.canParse(value, "file:///base/"));
    ajv.addFormat("date-time", (value: string) => !Number.isNaN(Date.parse(value)));
    ajv.addFormat("uuid", (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value));
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath!, "utf8")));
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });
});

/** Ajv for JSON Schema 2020-12, if it is installed (it comes with the dev tools; it is not a dependency of ours). */
function loadAjv2020(): (new (options: object) => { addFormat(name: string, check: (value: string) => boolean): void; compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null } }) | null {
  try {
    const required = createRequire(join(__dirname, "../../../package.json"))("ajv/dist/2020");
    return required.default ?? required;
  } catch {
    return null;
  }
}
