// Globs as the command line takes them (`*`, `?`, `**`, `[abc]`, `{a,b}`), matched against paths that the
// workspace reader found, so that a glob obeys the same rules as a folder: no links out, no loops, limits.

const SPECIAL = /[*?[\]{}]/;

export function isGlob(input: string): boolean {
  return SPECIAL.test(input);
}

/** The folder a glob starts from (its segments before the first special one) and the rest of it. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split("/");
  const first = segments.findIndex((s) => SPECIAL.test(s));
  const base = segments.slice(0, first).join("/");
  return { base: base === "" && pattern.startsWith("/") ? "/" : base || ".", rest: segments.slice(first).join("/") };
}

/** A matcher for `/`-separated paths relative to the glob's base. */
export function globMatcher(pattern: string): (path: string) => boolean {
  const regex = new RegExp(`^${translate(pattern)}$`);
  return (path) => regex.test(path);
}

function translate(pattern: string): string {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "*" && pattern[i + 1] === "*") {
      // `**/` matches any number of folders, including none; a trailing `**` matches anything.
      if (pattern[i + 2] === "/") {
        out += "(?:[^/]+/)*";
        i += 2;
      } else {
        out += ".*";
        i += 1;
      }
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close < 0) out += "\\[";
      else {
        const body = pattern.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = close;
      }
    } else if (c === "{") {
      const close = pattern.indexOf("}", i);
      if (close < 0) out += "\\{";
      else {
        out += `(?:${pattern.slice(i + 1, close).split(",").map(translate).join("|")})`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  return out;
}
