// Alliance: New Agreement Pack…: asks the few things a commissioner knows on day one (the alliance's
// name, its nation, its parties and their roles, which tender documents to add) and writes documents that
// check with no warning or error. The writing itself is the core's (server/src/core/features/starter.ts).

import { Uri, window, workspace, type QuickPickItem } from "vscode";
import { newPack, partyNameFor, type StarterDocument, type StarterParty, type StarterRole } from "../../server/src/core/features/starter";
import type { Jurisdiction } from "../../server/src/core/thresholds";

/** Everything the command asks; tests and other commands may pass it whole to skip the questions. */
export interface PackAnswers {
  title: string;
  jurisdiction: Jurisdiction;
  parties: { title: string; role: StarterRole }[];
  documents: StarterDocument[];
  /** Where to write the documents: a folder's path or URI string. */
  folder?: string;
  start?: string;
}

const NATIONS: (QuickPickItem & { value: Jurisdiction })[] = [
  { label: "England", value: "england" },
  { label: "Wales", value: "wales" },
  { label: "Scotland", value: "scotland" },
  { label: "Northern Ireland", value: "northern-ireland" },
];

const ROLES: (QuickPickItem & { value: StarterRole })[] = [
  { label: "Commissioner", description: "buys the services and pools the budget", value: "commissioner" },
  { label: "Provider", description: "delivers services and shares the risk", value: "provider" },
  { label: "Lived experience", description: "people who use services, or a group of them", value: "lived-experience" },
  { label: "Independent", description: "such as an independent chair", value: "independent" },
];

const DOCUMENTS: (QuickPickItem & { value: StarterDocument })[] = [
  { label: "Specification", description: "what is being bought, for the tender", value: "specification" },
  { label: "Tender", description: "the questions bidders answer", value: "tender" },
  { label: "Evaluation", description: "the award criteria and their weights", value: "evaluation" },
];

/** Asks each question in turn; undefined when the user presses Escape. */
async function ask(): Promise<PackAnswers | undefined> {
  const title = await window.showInputBox({
    title: "New agreement pack (1 of 4): the alliance",
    prompt: "The alliance's full name, as the agreement will state it",
    placeHolder: "Riverside Wellbeing Alliance",
    validateInput: (v) => (/[\p{L}]/u.test(v) ? undefined : "Give the alliance a name, such as Riverside Wellbeing Alliance."),
  });
  if (!title) return undefined;
  const nation = await window.showQuickPick(NATIONS, { title: "New agreement pack (2 of 4): the nation whose law applies", placeHolder: "Which nation's procurement law governs the agreement?" });
  if (!nation) return undefined;
  const parties: PackAnswers["parties"] = [];
  for (;;) {
    const name = await window.showInputBox({
      title: `New agreement pack (3 of 4): party ${parties.length + 1}`,
      prompt: parties.length < 2 ? "A party's full name" : "Another party's full name, or leave this empty and press Enter when every party is in",
      placeHolder: parties.length === 0 ? "Riverside City Council" : "Harbour Housing Trust",
    });
    if (name === undefined) return undefined;
    if (!name.trim()) {
      if (parties.length >= 2) break;
      window.showInformationMessage("An alliance needs at least two parties: add another.");
      continue;
    }
    const role = await window.showQuickPick(ROLES, { title: `What is ${name.trim()}'s role?` });
    if (!role) return undefined;
    parties.push({ title: name.trim(), role: role.value });
  }
  const picked = await window.showQuickPick(DOCUMENTS, { title: "New agreement pack (4 of 4): tender documents", placeHolder: "Also write these documents (or none): press Enter when done", canPickMany: true });
  if (!picked) return undefined;
  return { title: title.trim(), jurisdiction: nation.value, parties, documents: ["agreement", ...picked.map((p) => p.value)] };
}

function firstOfNextMonth(today = new Date()): string {
  const next = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 10);
}

function toParties(answers: PackAnswers): StarterParty[] {
  const taken = new Set<string>();
  return answers.parties.map((p) => {
    const name = partyNameFor(p.title, taken);
    taken.add(name);
    return { name, role: p.role, title: p.title };
  });
}

async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Runs the command: asks (unless given the answers), writes the documents, opens the agreement. */
export async function newAgreementPack(given?: PackAnswers): Promise<Uri[] | undefined> {
  const answers = given ?? (await ask());
  if (!answers) return undefined;
  let folder = answers.folder ? (answers.folder.includes("://") ? Uri.parse(answers.folder) : Uri.file(answers.folder)) : workspace.workspaceFolders?.[0]?.uri;
  if (!folder) {
    const chosen = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: "Write the documents here" });
    if (!chosen?.[0]) return undefined;
    folder = chosen[0];
  }
  const files = newPack({ title: answers.title, jurisdiction: answers.jurisdiction, parties: toParties(answers), start: answers.start ?? firstOfNextMonth() }, answers.documents);
  const written: Uri[] = [];
  for (const file of files) {
    const target = Uri.joinPath(folder, file.fileName);
    if (await exists(target)) {
      const choice = await window.showWarningMessage(`${file.fileName} already exists in this folder.`, { modal: true }, "Replace it");
      if (choice !== "Replace it") continue;
    }
    await workspace.fs.writeFile(target, new TextEncoder().encode(file.text));
    written.push(target);
  }
  if (written[0]) await window.showTextDocument(written[0]);
  return written;
}
