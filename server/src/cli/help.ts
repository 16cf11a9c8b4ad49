// The help texts. Plain English for people who do not live on the command line.

import { CONFIG_FILE_NAME } from "./config";

export const MAIN_HELP = `alliance: checks alliance agreements and their tender documents against the guidance.

Usage:
  alliance check <files, folders or globs…> [options]   check documents and report problems
  alliance summary <files, folders or globs…> [options] write a reviewer's summary (Markdown or HTML)
  alliance export <files, folders or globs…> --out DIR write each document as Word (.docx) or HTML
  alliance format <files, folders or globs…> [--check] lay documents out in the canonical way
  alliance rules                                       list every rule: code, severity and title
  alliance --help                                      show this help
  alliance check --help                                show the options of \`check\`
  alliance --version                                   show the version

Example:
  alliance check tenders
  alliance check "tenders/**/*.alliance" --format sarif > alliance.sarif
`;

export const CHECK_HELP = `alliance check: checks documents together and reports what is wrong and how to fix it.

Usage:
  alliance check <files, folders or globs…> [options]

What to check:
  A file is checked whatever its name. A folder means every .alliance file inside it, at any depth.
  A glob such as "tenders/**/*.alliance" (in quotes, so the shell leaves it alone) means every file it
  matches. All the files are read together, so a specification \`for\` an agreement is checked against
  that agreement: name both. Anything that matches no file stops the check with exit code 2.
  Folders and globs take regular files only, follow links only while they stay inside the folder, and
  read each folder once; a file that is not UTF-8 text stops the check with exit code 2.

Options:
  --format text|json|sarif   how to report (default: text)
                               text   for people: each problem with its line, why it matters and the
                                      guidance it rests on, then a summary
                               json   for scripts: one JSON document (version 1)
                               sarif  SARIF 2.1.0, for code scanning tools
  --fail-on error|warning|info
                             the least serious problem that makes the check fail (default: error)
  --config FILE              read settings from FILE; without it, the nearest ${CONFIG_FILE_NAME}
                             in the current folder or a folder above it is used, if there is one.
                             Every report names the settings file used, and its folder when it is
                             not the current one
  --no-color                 never colour the text output (it is coloured only on a terminal,
                             and never when the NO_COLOR environment variable is set)
  --quiet                    text output only: one line per problem, without the source line,
                             the explanation or the summary; nothing at all when all is well
  --help                     show this help

Positions:
  Lines and columns start at 1. In text and JSON output a column counts characters (Unicode code
  points), as a person counts them. SARIF output counts columns in UTF-16 code units, SARIF's default.

Exit codes:
  0  no problem at or above the --fail-on level
  1  at least one problem at or above the --fail-on level
  2  the check could not run: an unknown option, a file or folder that cannot be found or read,
     a glob or folder with no documents, a file that is not UTF-8, or a settings file that is not valid
`;

export const RULES_HELP = `alliance rules: lists every rule the checker knows, one per line: its code, its default
severity and what it checks. docs/rules.md explains each one, with examples.

Usage:
  alliance rules
`;

export const SUMMARY_HELP = `alliance summary: writes a reviewer's report on the documents, for people who never open an
editor: the parties and their representatives, key roles, principles, definitions, key issues, who
decides what and where a decision goes when it is not unanimous, the risk share with its cap and
exceptions, the spend ladder, the award criteria and weights, and what the checks found (by severity
and topic, each with its place in the document and the guidance it rests on), with the figures and
dates the checks assume. The HTML page draws the governance, the spend ladder and the risk shares.

Usage:
  alliance summary <files, folders or globs…> [options]

Options:
  --format markdown|html   Markdown (default) or a self-contained HTML page with the pictures
  --output FILE            write the summary to FILE instead of the screen
  --config FILE            read settings from FILE (see \`alliance check --help\`)

Exit codes: 0 when the summary was written, 2 when it could not be (files not found, bad settings).
`;

export const EXPORT_HELP = `alliance export: writes each document as the document people sign or publish: an agreement
with a title page, numbered sections in plain English, its schedules and a signature block for every
party; a specification, tender or evaluation each as its own document. The drafter's own wording is kept
as written.

Usage:
  alliance export <files, folders or globs…> --out DIR [--format docx|html]

Options:
  --format docx|html   a Word document (default), which can be edited with tracked changes, or a
                       self-contained HTML page that prints well
  --out DIR            the folder to write to (created if missing); each document is named after its
                       short name, as in PlymouthAlliance.docx

Name every document a specification, tender or evaluation is \`for\`, so that it can quote the
principles and names it refers to.

Exit codes: 0 when every document was written, 2 when one could not be (files not found, a file with no
document in it, a folder that cannot be written).
`;

export const FORMAT_HELP = `alliance format: lays documents out in the one canonical way: two spaces for each block,
single spaces between words, columns lined up in the parties, roles, principles and spend blocks,
at most one blank line. Comments and quoted text are kept exactly as written.

Usage:
  alliance format <files, folders or globs…>           rewrite the files that need it
  alliance format --check <files, folders or globs…>   only report the files that would change

A document with syntax errors is left alone and reported: fix the errors first. A file is replaced
whole (written beside it, then renamed over it, with its permissions kept), so a failed write leaves it
as it was. A file that is not UTF-8, or a link to a file outside the folders named, is refused.

Exit codes: 0 when every file is laid out (or, with --check, already was), 1 when --check finds files
to change or a file has syntax errors, 2 for usage or file errors (the files concerned are untouched).
`;
