// Rewrites a bundle so that every character in it is ASCII. V8 keeps a script's source in memory for as
// long as the program runs: one byte a character when all of it is ASCII, two when any character is not.
// esbuild already escapes strings and names, but leaves regular expressions and comments as written, so
// one curly quote in a pattern (ours, or a dependency's comment) would double what the server's 4 MB of
// source costs. A `\uXXXX` escape means the same character in a string, a regular expression, a name or a
// comment; it would differ only in a template's raw text, which no bundle here reads. A source map made
// beside the bundle is a few columns out on the few lines that held such a character.
import { readFileSync, writeFileSync } from "node:fs";

export function writeAsciiOnly(path) {
  const text = readFileSync(path, "utf8");
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (ascii !== text) writeFileSync(path, ascii);
}
