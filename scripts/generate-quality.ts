// Writes the figures block of docs/quality.md: the checker's precision and recall on the blind corpus.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withFigures } from "../test/helpers/quality";

const target = join(__dirname, "..", "docs", "quality.md");
writeFileSync(target, withFigures(readFileSync(target, "utf8")));
console.log(`wrote ${target}`);
