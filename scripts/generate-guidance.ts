// Writes docs/guidance.md from the rule registry, the hover help and the procurement-law tables.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderGuidanceDoc } from "../server/src/core/docs/guidance-doc";

const target = join(__dirname, "..", "docs", "guidance.md");
writeFileSync(target, renderGuidanceDoc());
console.log(`wrote ${target}`);
