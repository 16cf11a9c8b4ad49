// Writes docs/rules.md from the rule registry.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderRulesDoc } from "../server/src/core/docs/rules-doc";

const target = join(__dirname, "..", "docs", "rules.md");
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);
