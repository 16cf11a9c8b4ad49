// Writes docs/rules.md and the editor's rule settings in package.json from the rule registry, and the
// TextMate grammar's keyword and choice patterns from the vocabulary.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withGeneratedSettings } from "../server/src/core/docs/settings-manifest";
import { renderRulesDoc } from "../server/src/core/docs/rules-doc";
import { TEXTMATE_GRAMMAR_PATH, textmateGrammarText } from "./textmate-keywords";

const target = join(__dirname, "..", "docs", "rules.md");
writeFileSync(target, renderRulesDoc());
console.log(`wrote ${target}`);

const manifestPath = join(__dirname, "..", "package.json");
const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
writeFileSync(manifestPath, `${JSON.stringify(withGeneratedSettings(manifest), null, 2)}\n`);
console.log(`wrote the rule settings in ${manifestPath}`);

const grammarPath = join(__dirname, "..", TEXTMATE_GRAMMAR_PATH);
writeFileSync(grammarPath, textmateGrammarText(readFileSync(grammarPath, "utf8")));
console.log(`wrote the keyword and choice patterns in ${grammarPath}`);
