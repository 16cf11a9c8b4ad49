// Memory over thousands of edits: the server's workspace keeps one parsed tree per document and must
// let the old ones go. This types and deletes characters in a 5,000-line agreement 3,000 times through
// the same path the server uses (Workspace.set, then checkDocument after every tenth edit, as a typist
// pausing now and then), forcing a garbage collection at intervals, and reports the live heap.
// Run with: node --expose-gc bench/run.cjs bench/memory.ts   (npm run bench:memory)

import { checkDocument } from "../server/src/core/check";
import { Workspace } from "../server/src/core/workspace";
import { generateAgreement } from "./generate";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("run with node --expose-gc so that live memory can be measured");
  process.exit(2);
}

const EDITS = Number(process.env.ALLIANCE_MEMORY_EDITS ?? 3000);
const base = generateAgreement(5000);
const anchor = base.indexOf('"', Math.floor(base.length / 2)) + 1;
const workspace = new Workspace();
const uri = "file:///bench/agreement.alliance";

function liveMegabytes(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

let text = base;
workspace.set(uri, text, 0);
checkDocument(workspace, uri);
const start = liveMegabytes();
const samples: { edits: number; heap: number }[] = [{ edits: 0, heap: start }];
const started = Date.now();
for (let edit = 1; edit <= EDITS; edit++) {
  // Type five letters, then delete them, so the text keeps its size.
  const typed = edit % 10 < 5;
  text = typed ? text.slice(0, anchor) + "x" + text.slice(anchor) : text.slice(0, anchor) + text.slice(anchor + 1);
  workspace.set(uri, text, edit);
  if (edit % 10 === 0) checkDocument(workspace, uri);
  if (edit % 500 === 0) samples.push({ edits: edit, heap: liveMegabytes() });
}
const seconds = (Date.now() - started) / 1000;
const end = samples[samples.length - 1].heap;

console.log(`Memory over ${EDITS.toLocaleString("en-GB")} edits to a 5,000-line agreement (${(base.length / 1024).toFixed(0)} KiB), checked every tenth edit`);
console.log("edits   live heap (MB)");
for (const s of samples) console.log(`${String(s.edits).padStart(5)}   ${s.heap.toFixed(1)}`);
console.log(`growth: ${(end - start).toFixed(1)} MB (${(((end - start) / start) * 100).toFixed(1)}% of the heap after the first check) in ${seconds.toFixed(1)} s`);
