// Replacing a file's contents so that it is either wholly old or wholly new: the new text is written to a
// temporary file beside the original, flushed, given the original's permissions, and renamed over it.
// A failed write (a full disk, a size limit) leaves the original as it was.

import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";

/** Replaces the file at `path` (a real path, not a link) with `text`. Throws the file system's error. */
export function replaceFile(path: string, text: string): void {
  const mode = statSync(path).mode & 0o7777;
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  // `wx`: never reuse a file that is already there, and create it with the original's permissions.
  const fd = openSync(temporary, "wx", mode);
  try {
    try {
      fchmodSync(fd, mode); // the mode given to open is narrowed by the umask

      const bytes = Buffer.from(text, "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw error;
  }
}

/** Why a write failed, in plain words. */
export function writeFailure(error: unknown): string {
  switch ((error as { code?: string }).code) {
    case "EACCES":
    case "EPERM":
      return "you do not have permission to write in its folder";
    case "ENOSPC":
      return "the disk is full";
    case "EDQUOT":
      return "your disk quota is used up";
    case "EFBIG":
      return "the file would be larger than this process may write (see `ulimit -f`)";
    case "EROFS":
      return "it is on a read-only disk";
    default:
      return (error as Error)?.message ?? String(error);
  }
}
