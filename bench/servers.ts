// The language servers the benchmark compares, as the editor would start and configure them.

import { pathToFileURL } from "node:url";
import { SERVER_ENVIRONMENT, SERVER_EXEC_ARGV } from "../server/src/lsp/launch-environment";
import { OUR_SERVER, YAML_SERVER, type ServerSpec } from "./lsp";

/** Ours, with the client declaring pull diagnostics (as VS Code does) or not (push), started as the extension starts it. */
export function ourServer(pull: boolean, networkLog: string): ServerSpec {
  return { label: pull ? "ours, pull" : "ours, push", script: OUR_SERVER, languageId: "alliance", settings: { alliance: {} }, pull, networkLog, env: SERVER_ENVIRONMENT, execArgv: SERVER_EXEC_ARGV };
}

/**
 * yaml-language-server with the schema store switched off and one local schema for every YAML file, so
 * that it never reaches the network and validates against the same rules in every run.
 */
export function yamlServer(schemaPath: string, networkLog: string): ServerSpec {
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false, url: "" },
    schemas: { [pathToFileURL(schemaPath).href]: "*.yaml" },
    disableDefaultProperties: false,
    maxItemsComputed: 5000,
  };
  return {
    label: "yaml-language-server",
    script: YAML_SERVER,
    languageId: "yaml",
    settings: { yaml, "[yaml]": {}, http: { proxy: "", proxyStrictSSL: true }, editor: { tabSize: 2, insertSpaces: true } },
    pull: false,
    networkLog,
  };
}
