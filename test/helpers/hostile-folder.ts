// A folder as a bidder might send it: beside one real document sit a named pipe, links to themselves and
// to their parent, links to /dev/zero and to /, and links to a document and a folder outside it.

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const GOOD = 'agreement Good "The good agreement" {\n  jurisdiction england\n}\n';
/** The title of a document outside the folder: it must never appear in anything read from the folder. */
export const SECRET_TITLE = "Outside document that must not be read";

export interface HostileFolder {
  /** The folder, as its real path. */
  root: string;
  /** A folder beside it, outside it. */
  outside: string;
  good: string;
}

export function hostileFolder(): HostileFolder {
  const base = realpathSync(mkdtempSync(join(tmpdir(), "alliance-hostile-")));
  const root = join(base, "pack");
  const outside = join(base, "elsewhere");
  mkdirSync(join(root, "sub"), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, "secret.alliance"), `agreement Secret "${SECRET_TITLE}" {\n}\n`);
  const good = join(root, "good.alliance");
  writeFileSync(good, GOOD);
  execFileSync("mkfifo", [join(root, "pipe.alliance")]);
  execFileSync("mkfifo", [join(root, "alliance.config.json")]);
  // Two links to their own folder make a naive walk exponential; links to `..` and `/` walk the disk.
  symlinkSync(".", join(root, "sub", "self-a"));
  symlinkSync(".", join(root, "sub", "self-b"));
  symlinkSync("..", join(root, "sub", "up"));
  symlinkSync("/", join(root, "root"));
  symlinkSync("/dev/zero", join(root, "zero.alliance"));
  symlinkSync("/dev/urandom", join(root, "random.alliance"));
  symlinkSync(join(outside, "secret.alliance"), join(root, "linked-out.alliance"));
  symlinkSync(outside, join(root, "linked-folder"));
  // A link inside the folder to a document inside it is followed, but the document is read once.
  symlinkSync("../good.alliance", join(root, "sub", "alias.alliance"));
  return { root, outside, good };
}
