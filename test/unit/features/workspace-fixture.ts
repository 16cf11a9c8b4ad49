// Builds a workspace from fixture texts with `<|>` and `[| |]` markers.

import { Workspace } from "../../../server/src/core";
import { marked, type Marked } from "../../helpers/markers";

export function workspaceOf(files: Record<string, string>): { workspace: Workspace; files: Record<string, Marked> } {
  const workspace = new Workspace();
  const result: Record<string, Marked> = {};
  for (const [uri, source] of Object.entries(files)) {
    result[uri] = marked(source);
    workspace.set(uri, result[uri].text);
  }
  return { workspace, files: result };
}

export const AGREEMENT = "file:///pack/agreement.alliance";
export const SPEC = "file:///pack/specification.alliance";
