// Reads the workspace's .alliance files after `initialize` has been answered, a few folders at a time,
// so that the server goes on answering the editor while it reads, and documents arrive as they are read.

import { pathToFileURL } from "node:url";
import type { WorkspaceReader } from "../node/workspace-reader";

/** Folders read between two turns of the event loop. */
const FOLDERS_PER_TURN = 8;

export interface ScanCallbacks {
  /** A file was found; returns whether it was read. */
  onFile(uri: string): boolean;
  /** Some files were read since the last call: read-across may have changed. */
  onBatch(): void;
  /** A limit stopped the scan, or the scan failed. */
  onProblem(message: string): void;
}

export async function scanWorkspace(reader: WorkspaceReader, callbacks: ScanCallbacks, stopped: () => boolean = () => false): Promise<void> {
  let folders = 0;
  let loaded = 0;
  try {
    for (const event of reader.walk((path) => path.endsWith(".alliance"))) {
      if (stopped()) return;
      if (event.kind === "file") {
        if (callbacks.onFile(pathToFileURL(event.path).toString())) loaded++;
      } else if (event.kind === "limit") {
        callbacks.onProblem(`Reading the workspace's documents ${event.message}.`);
      } else if (++folders % FOLDERS_PER_TURN === 0) {
        if (loaded > 0) callbacks.onBatch();
        loaded = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  } catch (error) {
    callbacks.onProblem(`Reading the workspace's documents stopped with an internal fault, so documents not open may be missing from read-across; please report it: ${(error as Error)?.message ?? String(error)}`);
  }
  if (loaded > 0) callbacks.onBatch();
}
