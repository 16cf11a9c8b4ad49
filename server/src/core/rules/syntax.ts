// The codes the parser reports. They have no check function: the grammar finds them.

import type { Problem } from "../problem";
import type { SyntaxProblem } from "../syntax-problem";
import type { RuleCode } from "./codes";
import { whyOf, type Rule } from "./rule";

const WHY = "Until this line is written the way the language expects, what it says cannot be read, so nothing in it is checked and a slip here can hide other problems in the draft.";

const RATIONALE =
  "A draft is checked only as far as it can be read. A line the language cannot read is reported once, at the words that are wrong, " +
  "with what to write instead; the rest of the document is still read, so one slip neither hides the clauses after it nor sets off " +
  "findings about things the drafter did write. Where the correction is not in doubt (a misspelt section heading, a date written " +
  "day first, an amount with points between the thousands, a quotation left open), a quick fix makes it.";

function syntax(code: RuleCode, name: string, title: string, wrong: string, right: string): Rule {
  return {
    code, name, title, severity: "error", grounds: "unreadable", topic: "Syntax", basis: "language", why: WHY, rationale: RATIONALE,
    guidance: [], example: { wrong, right },
  };
}

const BASE = (body: string) => `agreement Example "Example alliance" {\n${body}\n}\n`;

export const SYNTAX_RULES: readonly Rule[] = [
  syntax("ALY001", "unreadable-clause", "A line is not a clause the block can hold, or a clause is missing a part",
    BASE('  spend {\n    up to approved by Coordinator\n  }'), BASE('  spend {\n    up to £1,000 approved by Coordinator\n  }')),
  syntax("ALY002", "unbalanced-braces", "A block is not opened or not closed, a closing brace has no block to close, or blocks are nested too deeply",
    BASE("  risk {\n    responsibility collective\n  spend {\n    over £0 approved by Board\n  }"), BASE("  risk {\n    responsibility collective\n  }\n  spend {\n    over £0 approved by Board\n  }")),
  syntax("ALY003", "unclosed-text", "Text in quotes or a comment is not closed, or text has an escape it does not understand",
    BASE('  purpose "People in Plymouth live well'), BASE('  purpose "People in Plymouth live well"')),
  syntax("ALY004", "invalid-date", "A date is not a real date in year-month-day form",
    BASE("  term 10 years from 2019-02-30"), BASE("  term 10 years from 2019-03-01")),
  syntax("ALY005", "invalid-amount", "An amount of money is not written exactly",
    BASE("  value £1,00"), BASE("  value £1,000")),
  syntax("ALY006", "invalid-percentage", "A percentage has too many decimal places",
    BASE("  risk {\n    pain share PCC 33.3333%, CCG 66.6667%\n  }"), BASE("  risk {\n    pain share PCC 33.333%, CCG 66.667%\n  }")),
  syntax("ALY007", "invalid-duration", "A length of time is zero",
    BASE("  term 0 years from 2019-04-01"), BASE("  term 10 years from 2019-04-01")),
  syntax("ALY009", "document-header", "The file does not start with one document's kind, name and opening brace",
    'agrement Example "Example alliance" {\n}\n', 'agreement Example "Example alliance" {\n}\n'),
  {
    code: "ALY018", name: "empty-document", title: "The file is empty", severity: "info", grounds: "suggestion", topic: "Syntax", basis: "language",
    why: "An empty file holds no document yet, so there is nothing in it to check.",
    rationale: "A new file starts empty. Rather than call that a mistake, the checker says how to begin: with the kind of document and its name, or, in the editor, with the starter agreement offered at the top of the file, which already follows the guidance.",
    guidance: [], example: { wrong: "", right: 'agreement Example "Example alliance" {\n}\n' },
  },
];

/** A syntax problem as the editor and the CLI show it: with its rule's severity, why it matters and its guidance. */
export function enrichSyntaxProblem(problem: SyntaxProblem): Problem {
  const rule = SYNTAX_RULES.find((r) => r.code === problem.code) ?? SYNTAX_RULES[0];
  const { code, message, span, data } = problem;
  return { code, severity: rule.severity, message, span, related: [], why: whyOf(rule), guidance: rule.guidance, ...(data ? { data } : {}) };
}
