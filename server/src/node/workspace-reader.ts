// Reads .alliance files from folders that may hold anything: a tender pack comes from a bidder, and a
// workspace is opened untrusted. Used by the language server and the command line alike, so both obey
// the same rules:
//   - only regular files are read (a named pipe would block for ever, /dev/zero would never end);
//   - a file is opened without waiting, then checked, so a pipe swapped in at the last moment cannot block;
//   - links are followed only when their real path stays inside the folders being read, and every folder
//     is visited once by its real path, so links to `..`, to `/` or to themselves cannot loop or escape;
//   - folders, files and bytes are limited, and reaching a limit says so;
//   - bytes that are not UTF-8 are refused, not replaced.

import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { MAX_DOCUMENT_LENGTH } from "../core/limits";
import { decodeUtf8 } from "./utf8";

export interface ReadLimits {
  /** Folders looked inside, per walk. */
  folders: number;
  /** Files found, per walk. */
  files: number;
  /** Bytes in one file. */
  fileBytes: number;
  /** Bytes held from every file read, together. */
  totalBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  folders: 20_000,
  files: 10_000,
  // A character takes at most four bytes, so no document the checker reads is refused for its bytes.
  fileBytes: 4 * MAX_DOCUMENT_LENGTH,
  totalBytes: 64_000_000,
};

/** Folders never looked inside, besides hidden ones: other tools' packages. */
const SKIPPED_FOLDERS = ["node_modules"];

export type ReadFailure = "missing" | "not-a-file" | "outside" | "too-large" | "limit" | "not-utf8" | "unreadable";

export type ReadResult =
  | { ok: true; text: string; realPath: string }
  | { ok: false; reason: ReadFailure; /** Why, in plain words, to follow "cannot read `x`: ". */ message: string };

export type WalkEvent =
  | { kind: "file"; path: string; realPath: string }
  /** A limit was reached: the walk stops here and says so. */
  | { kind: "limit"; message: string }
  /** One folder has been read: a caller that shares the thread with others can pause here. */
  | { kind: "folder" };

export class WorkspaceReader {
  /** The folders read, as given (absolute). */
  readonly folders: readonly string[];
  /** Their real paths, which decide what lies inside them. */
  readonly roots: string[];
  private readonly held = new Map<string, number>();
  private heldBytes = 0;
  private readonly skipped: Set<string>;

  constructor(folders: readonly string[], readonly limits: ReadLimits = DEFAULT_LIMITS, options: { skipFolders?: readonly string[] } = {}) {
    this.skipped = new Set([...SKIPPED_FOLDERS, ...(options.skipFolders ?? [])]);
    this.folders = folders.map((f) => resolve(f));
    this.roots = this.folders.flatMap((f) => {
      try {
        return [realpathSync(f)];
      } catch {
        return [];
      }
    });
  }

  /** A path with its links resolved, or the path itself when it does not exist. */
  realPath(path: string): string {
    try {
      return realpathSync(path);
    } catch {
      return path;
    }
  }

  /** Whether a path, once its links are resolved, lies inside one of the folders. */
  contains(path: string): boolean {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      // Gone or not yet there: judge the folder it would be in.
      try {
        real = join(realpathSync(dirname(path)), relative(dirname(path), path));
      } catch {
        return false;
      }
    }
    return this.roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));
  }

  /**
   * Every file below `from` (the reader's folders by default) whose path relative to the folder it was
   * found under is accepted, in sorted order, each real file once.
   */
  *walk(accept: (relativePath: string) => boolean, from: readonly string[] = this.folders): Generator<WalkEvent> {
    const visited = new Set<string>();
    const seenFiles = new Set<string>();
    let folders = 0;
    let files = 0;
    for (const start of from) {
      let startReal: string;
      try {
        startReal = realpathSync(start);
      } catch {
        continue;
      }
      if (!this.contains(startReal)) continue;
      const pending: { real: string; shown: string }[] = [{ real: startReal, shown: resolve(start) }];
      while (pending.length > 0) {
        const folder = pending.pop()!;
        if (visited.has(folder.real)) continue;
        visited.add(folder.real);
        if (++folders > this.limits.folders) {
          yield { kind: "limit", message: `stopped after looking inside ${this.limits.folders.toLocaleString("en-GB")} folders, the most one search reads, so some documents were not read; open a smaller folder, or name the folders that hold the documents` };
          return;
        }
        let names: string[];
        try {
          names = readdirSync(folder.real).sort();
        } catch {
          continue; // an unreadable folder holds nothing we can check
        }
        const subfolders: typeof pending = [];
        for (const name of names) {
          if (name.startsWith(".") || this.skipped.has(name)) continue;
          const shown = join(folder.shown, name);
          const entry = this.resolveEntry(join(folder.real, name));
          if (!entry) continue;
          if (entry.stats.isDirectory()) subfolders.push({ real: entry.real, shown });
          else if (entry.stats.isFile() && accept(relative(resolve(start), shown).split(sep).join("/")) && !seenFiles.has(entry.real)) {
            seenFiles.add(entry.real);
            if (++files > this.limits.files) {
              yield { kind: "limit", message: `stopped after finding ${this.limits.files.toLocaleString("en-GB")} documents, the most one search reads, so the rest were not read; open a smaller folder, or name the folders that hold the documents` };
              return;
            }
            yield { kind: "file", path: shown, realPath: entry.real };
          }
        }
        // Popped from the end: push in reverse so that folders are read in sorted order.
        pending.push(...subfolders.reverse());
        yield { kind: "folder" };
      }
    }
  }

  /** An entry's real path and what it is, or null for a link that leads out of the folders or nowhere. */
  private resolveEntry(path: string): { real: string; stats: Stats } | null {
    try {
      const real = realpathSync(path);
      if (real !== path && !this.contains(real)) return null;
      return { real, stats: statSync(real) };
    } catch {
      return null;
    }
  }

  /**
   * Reads a file as UTF-8 text. With `anywhere`, a file outside the folders may be read (a file named on
   * the command line); it must still be a regular file within the size limits.
   */
  read(path: string, options: { anywhere?: boolean } = {}): ReadResult {
    let real: string;
    try {
      real = realpathSync(path);
    } catch (error) {
      return failure(error);
    }
    if (!options.anywhere && !this.contains(real)) {
      return { ok: false, reason: "outside", message: `it is a link to \`${real}\`, outside the folders being read, and links are followed only within them; copy the file into the folder instead of linking to it` };
    }
    let fd: number;
    try {
      // Not waiting on open: a named pipe would otherwise block here until something writes to it.
      fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (error) {
      return failure(error);
    }
    try {
      const stats = fstatSync(fd);
      if (stats.isDirectory()) return { ok: false, reason: "not-a-file", message: "it is a folder" };
      if (!stats.isFile()) return { ok: false, reason: "not-a-file", message: `it is ${describe(stats)}, not a regular file, and reading it could wait for ever or never end; only regular files are read` };
      if (stats.size > this.limits.fileBytes) return tooLarge(stats.size, this.limits.fileBytes);
      const already = this.held.get(real) ?? 0;
      if (this.heldBytes - already + stats.size > this.limits.totalBytes) {
        return { ok: false, reason: "limit", message: `the files already read hold ${megabytes(this.heldBytes)}, and this one would take them past ${megabytes(this.limits.totalBytes)}, the most that is read in all; open or name fewer documents` };
      }
      // Read at most one byte past the limit, however much the file grows meanwhile.
      const buffer = Buffer.alloc(Math.min(stats.size, this.limits.fileBytes) + 1);
      let length = 0;
      for (;;) {
        const n = readSync(fd, buffer, length, buffer.length - length, null);
        if (n === 0) break;
        length += n;
        if (length === buffer.length) break;
      }
      if (length > this.limits.fileBytes) return tooLarge(length, this.limits.fileBytes);
      const decoded = decodeUtf8(buffer.subarray(0, length));
      if (!decoded.ok) {
        return { ok: false, reason: "not-utf8", message: `it is not UTF-8 text: the byte at line ${decoded.line}, column ${decoded.column} (byte ${decoded.byteOffset + 1}) is not valid UTF-8. Save the file as UTF-8 in your editor` };
      }
      this.heldBytes += length - already;
      this.held.set(real, length);
      return { ok: true, text: decoded.text, realPath: real };
    } catch (error) {
      return failure(error);
    } finally {
      closeSync(fd);
    }
  }

  /** A file no longer held (deleted, or replaced by an open document): its bytes no longer count. */
  forget(path: string): void {
    let real = path;
    try {
      real = realpathSync(path);
    } catch {
      // already gone: it was held under the path it had
    }
    this.heldBytes -= this.held.get(real) ?? 0;
    this.held.delete(real);
  }
}

function tooLarge(size: number, limit: number): ReadResult {
  return { ok: false, reason: "too-large", message: `it is ${megabytes(size)}${size > limit ? "" : " or more"}, more than the ${megabytes(limit)} a document may be; split it into smaller documents linked with \`for\`` };
}

function failure(error: unknown): ReadResult {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return { ok: false, reason: "missing", message: "it does not exist, or is a link to something that does not" };
    case "ELOOP":
      return { ok: false, reason: "missing", message: "it is a link that leads back to itself" };
    case "EACCES":
    case "EPERM":
      return { ok: false, reason: "unreadable", message: "you do not have permission to read it" };
    case "EISDIR":
      return { ok: false, reason: "not-a-file", message: "it is a folder" };
    default:
      return { ok: false, reason: "unreadable", message: (error as Error)?.message ?? String(error) };
  }
}

function describe(stats: Stats): string {
  if (stats.isDirectory()) return "a folder";
  if (stats.isFIFO()) return "a named pipe";
  if (stats.isCharacterDevice()) return "a device such as /dev/zero";
  if (stats.isBlockDevice()) return "a disk device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
