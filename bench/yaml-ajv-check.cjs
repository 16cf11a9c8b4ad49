#!/usr/bin/env node
// The reference for `alliance check`: reads every .yaml file in a folder with the `yaml` package and
// validates each with ajv against a JSON Schema, printing one line per error. Exit code 1 when any
// document is invalid. Usage: node bench/yaml-ajv-check.cjs FOLDER SCHEMA.json
"use strict";
const { readdirSync, readFileSync } = require("node:fs");
const { join } = require("node:path");
const YAML = require("yaml");
const Ajv = require("ajv");

const [folder, schemaPath] = process.argv.slice(2);
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(schemaPath, "utf8")));
let invalid = 0;
let files = 0;
for (const name of readdirSync(folder).filter((n) => n.endsWith(".yaml")).sort()) {
  files++;
  const value = YAML.parse(readFileSync(join(folder, name), "utf8"));
  if (!validate(value)) {
    invalid++;
    for (const error of validate.errors) process.stdout.write(`${name}: ${error.instancePath} ${error.message}\n`);
  }
}
process.stdout.write(`${files} documents, ${invalid} invalid\n`);
process.exitCode = invalid > 0 ? 1 : 0;
