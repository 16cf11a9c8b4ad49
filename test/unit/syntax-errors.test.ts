// Syntax mistakes a person makes while writing an agreement: each is reported once, at the words that are
// wrong, with a message that says in plain English what is wrong and how to put it right. Recovery keeps
// the rest of the document readable, so one mistake neither hides later clauses nor sets off a cascade.

import { describe, expect, it } from "vitest";
import { checkText, parse, type DocItem, type FileNode } from "../../server/src/core";
import { marked } from "../helpers/markers";

/** A title, a document with one `[| |]` span per expected problem, and each problem's code and whole message. */
type Case = [title: string, source: string, problems: [code: string, message: string][]];

const CASES: Case[] = [
  [
    "a spend band with no amount after `up to`",
    `agreement A {
  spend {
    [|up to|]
  }
}
`,
    [
      ["ALY001", "a spend band needs an amount after `up to`, for example `up to £1,000`"],
    ],
  ],
  [
    "a spend band with `approved by` where the amount should be",
    `agreement A {
  spend {
    up to [|approved by Coordinator|]
  }
}
`,
    [
      ["ALY001", "a spend band needs an amount after `up to`, for example `up to £1,000`"],
    ],
  ],
  [
    "`over £1,000 up to` with nothing after it",
    `agreement A {
  spend {
    over £1,000 [|up to|]
  }
}
`,
    [
      ["ALY001", "a spend band needs an amount after `up to`, for example `over £1,000 up to £25,000`"],
    ],
  ],
  [
    "a spend band with no `approved by`",
    `agreement A {
  spend {
    [|up to £1,000|]
  }
}
`,
    [
      ["ALY001", "a spend band needs `approved by` and who approves it after the amounts, for example `up to £1,000 approved by Coordinator`"],
    ],
  ],
  [
    "`approved by` with nobody after it",
    `agreement A {
  spend {
    up to £1,000 [|approved by|]
  }
}
`,
    [
      ["ALY001", "`approved by` needs who approves spend in this band: the short name of a role, a body or a party, for example `approved by Panel`"],
    ],
  ],
  [
    "`over` with no amount",
    `agreement A {
  spend {
    [|over|]
  }
}
`,
    [
      ["ALY001", "a spend band needs an amount after `over`, for example `over £25,000`"],
    ],
  ],
  [
    "a party with no role",
    `agreement A {
  parties {
    [|PCC|] "Plymouth City Council"
  }
}
`,
    [
      ["ALY001", 'say what kind of party `PCC` is: put its role, such as `commissioner` or `provider`, between its short name and its full name, for example `PCC provider "Plymouth City Council"`'],
    ],
  ],
  [
    "a party with only its short name",
    `agreement A {
  parties {
    [|PCC|]
  }
}
`,
    [
      ["ALY001", '`PCC` needs its role and its full name after its short name, for example `PCC commissioner "Plymouth City Council"`'],
    ],
  ],
  [
    "a party line that starts with its full name in quotes",
    `agreement A {
  parties {
    [|"Plymouth City Council"|] PCC commissioner
  }
}
`,
    [
      ["ALY001", 'a party starts with a short name that the rest of the agreement uses, for example `PCC commissioner "Plymouth City Council"`'],
    ],
  ],
  [
    "a share entry with no percentage",
    `agreement A {
  risk {
    pain share PCC 50%, [|CCG|]
  }
}
`,
    [
      ["ALY001", "`CCG` needs its share as a percentage after its name, for example `CCG 50%`"],
    ],
  ],
  [
    "a share entry with a percentage but no party",
    `agreement A {
  risk {
    gain share PCC 50%, [|50%|]
  }
}
`,
    [
      ["ALY001", "this percentage needs the party whose share it is in front of it, for example `PCC 50%`"],
    ],
  ],
  [
    "a share with no entries",
    `agreement A {
  risk {
    [|budget share|]
  }
}
`,
    [
      ["ALY001", "`budget share` needs each party and its percentage, separated by commas, for example `budget share PCC 50%, Shekinah 50%`"],
    ],
  ],
  [
    "30 February",
    `agreement A {
  term 10 years from [|2019-02-30|]
}
`,
    [
      ["ALY004", "`2019-02-30` is not a real date: February 2019 has 28 days. Check the day, for example `2019-02-28`"],
    ],
  ],
  [
    "a thirteenth month",
    `agreement A {
  term 10 years from [|2019-13-01|]
}
`,
    [
      ["ALY004", "`2019-13-01` is not a real date: there is no month 13. Write year-month-day, with the month from 01 to 12, as in `2019-04-01`"],
    ],
  ],
  [
    "a date without leading zeros",
    `agreement A {
  term 10 years from [|2019-4-1|]
}
`,
    [
      ["ALY004", "`2019-4-1` is not a date the checks can read: write year-month-day with a four-digit year and two-digit month and day, as in `2019-04-01`"],
    ],
  ],
  [
    "`£1,00`, a comma in the wrong place",
    `agreement A {
  value [|£1,00|]
}
`,
    [
      ["ALY005", "`£1,00` has a comma in the wrong place: commas separate groups of three digits, counting from the right, as in `£100`"],
    ],
  ],
  [
    "`£1.234`, three decimal places",
    `agreement A {
  value [|£1.234|]
}
`,
    [
      ["ALY005", "`£1.234` has three decimal places, but an amount has at most two (pence or cents); to write thousands, use a comma, as in `£1,234`"],
    ],
  ],
  [
    "`£1.2345m`, too precise for a shortened amount",
    `agreement A {
  value [|£1.2345m|]
}
`,
    [
      ["ALY005", "`£1.2345m` is too precise for a shortened amount: after `m` use at most three decimal places, or write the amount in full, for example `£1,234,500`"],
    ],
  ],
  [
    "percentages with four decimal places",
    `agreement A {
  risk {
    pain share PCC [|33.3333%|], CCG [|66.6667%|]
  }
}
`,
    [
      ["ALY006", "`33.3333%` has four decimal places; a percentage has at most three, as in `33.333%`"],
      ["ALY006", "`66.6667%` has four decimal places; a percentage has at most three, as in `33.333%`"],
    ],
  ],
  [
    "a length of time of zero",
    `agreement A {
  term [|0 years|] from 2019-04-01
}
`,
    [
      ["ALY007", "`0 years` is no time at all; a length of time must be at least one, for example `1 year`"],
    ],
  ],
  [
    "text with no closing quote",
    `agreement A {
  purpose [|"People in Plymouth live well|]
  jurisdiction england
}
`,
    [
      ["ALY003", 'this text has no closing quote; add `"` where the text ends, on the same line'],
    ],
  ],
  [
    "triple-quoted text that is never closed, without hiding the clauses after it",
    `agreement A {
  purpose [|"""|]
    People in Plymouth
    live well
  jurisdiction england
}
`,
    [
      ["ALY003", 'this text in triple quotes is never closed; add `"""` where the text ends'],
    ],
  ],
  [
    "an escape that text does not understand",
    `agreement A {
  purpose "People [|\\q|] live well"
}
`,
    [
      ["ALY003", '`\\q` is not an escape that quoted text understands. To write a backslash, write two: `\\\\`. The escapes are `\\"` for a quote, `\\n` for a new line, `\\t` for a tab and `\\u{…}` for any character'],
    ],
  ],
  [
    "a character code beyond the last character",
    `agreement A {
  purpose "Smile [|\\u{110000}|]"
}
`,
    [
      ["ALY003", "`\\u{110000}` is not a character: the code between the braces is at most `10FFFF`, as in `\\u{1F600}`"],
    ],
  ],
  [
    "a block comment that is never closed, without hiding the clauses after it",
    `agreement A {
  [|/*|] drafted by legal
  jurisdiction england
}
`,
    [
      ["ALY003", "this comment is never closed; add `*/` where the comment ends"],
    ],
  ],
  [
    "a block left open before the next section (`risk {` … `spend {`)",
    `agreement A {
  [|risk|] {
    responsibility collective
  spend {
    over £0 approved by Board
  }
}
`,
    [
      ["ALY002", "the `risk` block that opens on line 2 has no closing `}`; add `}` on its own line where the `risk` block ends"],
    ],
  ],
  [
    "a `}` that lines up with an outer block, so the inner block was left open",
    `agreement A {
  learning {
    [|measure|] IROC "Wellbeing" {
      source "Person-held records"
  }
  jurisdiction england
}
`,
    [
      ["ALY002", "the measure `IROC` that opens on line 3 has no closing `}`; add `}` on its own line where the measure `IROC` ends"],
    ],
  ],
  [
    "a block left open before a clause written at the document's indentation",
    `agreement A {
  [|body|] Board {
    members PCC
  jurisdiction england
}
`,
    [
      ["ALY002", "the body `Board` that opens on line 2 has no closing `}`; add `}` on its own line where the body `Board` ends"],
    ],
  ],
  [
    "a document not closed at the end of the file",
    `agreement [|A|] {
  jurisdiction england
`,
    [
      ["ALY002", "the agreement that opens on line 1 has no closing `}`; add `}` at the end of the file"],
    ],
  ],
  [
    "a stray `}` after the document",
    `agreement A {
  jurisdiction england
}
[|}|]
`,
    [
      ["ALY002", "this `}` has no block to close, because the document has already ended; remove it"],
    ],
  ],
  [
    "a stray `}` inside the document, with clauses after it",
    `agreement A {
  risk {
    responsibility collective
  }
  [|}|]
  jurisdiction england
}
`,
    [
      ["ALY002", "this `}` has no block to close: the blocks above it are already closed, and the agreement carries on below it; remove it"],
    ],
  ],
  [
    "a clause after the document's closing brace",
    `agreement A {
}
[|jurisdiction|] england
`,
    [
      ["ALY002", "this clause comes after the `}` that ends the document, so it is not part of it; move it above that `}`"],
    ],
  ],
  [
    "a second document in one file",
    `agreement A {
}
[|tender|] B {
}
`,
    [
      ["ALY009", "a file holds one document, and this is a second one; move it into a file of its own (a document in another file can still point to this one with `for`)"],
    ],
  ],
  [
    "a misspelt document kind (`agrement`)",
    `[|agrement|] A {
}
`,
    [
      ["ALY009", "`agrement` is not a kind of document; did you mean `agreement`? A file starts with the kind of document, `agreement`, `specification`, `tender` or `evaluation`, then its short name, for example `agreement PlymouthAlliance {`"],
    ],
  ],
  [
    "a document kind that is not one",
    `[|contract|] A {
}
`,
    [
      ["ALY009", "`contract` is not a kind of document: a file starts with the kind of document, `agreement`, `specification`, `tender` or `evaluation`, then its short name, for example `agreement PlymouthAlliance {`"],
    ],
  ],
  [
    "a document with no name",
    `[|agreement|] {
}
`,
    [
      ["ALY009", "give the agreement a short name after `agreement`, for example `agreement PlymouthAlliance {`"],
    ],
  ],
  [
    "a header with no `{`",
    `agreement [|A|]
  jurisdiction england
}
`,
    [
      ["ALY002", "the agreement's clauses go between braces: add `{` at the end of its first line"],
    ],
  ],
  [
    "extra words in the header",
    `agreement A "Title" [|version 2|] {
}
`,
    [
      ["ALY009", "`version 2` does not belong in the agreement's first line. That line holds the kind of document, its short name, an optional title in quotes, optionally `for` and the document it belongs to, and then `{`, for example `agreement PlymouthAlliance \"Plymouth Complex Needs Alliance\" {`"],
    ],
  ],
  [
    "`for` with no document after it",
    `tender T [|for|] {
}
`,
    [
      ["ALY009", "`for` needs the short name of the document this one belongs to, for example `tender T for PlymouthAlliance {`"],
    ],
  ],
  [
    "a file with no header",
    `  [|jurisdiction|] england
  term 10 years from 2019-04-01
`,
    [
      ["ALY009", "this file has no first line saying what the document is: start it with the kind of document and its short name, for example `agreement PlymouthAlliance {`, and end it with `}`"],
    ],
  ],
  [
    "a file that starts with a word that is not a document kind",
    `[|hello|]
`,
    [
      ["ALY009", "this file has no first line saying what the document is: start it with the kind of document and its short name, for example `agreement PlymouthAlliance {`, and end it with `}`"],
    ],
  ],
  [
    "an empty file",
    `[||]`,
    [
      ["ALY009", 'this file has no document in it; start it with the kind of document and its short name, for example `agreement PlymouthAlliance "Plymouth Complex Needs Alliance" {`'],
    ],
  ],
  [
    "a file with only comments",
    `[|// drafted by legal|]
/* to be completed */
`,
    [
      ["ALY009", 'this file holds only comments; after them, start the document with its kind and short name, for example `agreement PlymouthAlliance "Plymouth Complex Needs Alliance" {`'],
    ],
  ],
  [
    "a misspelt clause at document level",
    `agreement A {
  [|jurisdicton|] england
}
`,
    [
      ["ALY001", "`jurisdicton` is not a clause of an agreement; did you mean `jurisdiction`?"],
    ],
  ],
  [
    "an unknown word at document level, with no close spelling",
    `agreement A {
  [|banana|] split
}
`,
    [
      ["ALY001", "`banana` is not a clause of an agreement. An agreement holds `purpose`, `jurisdiction`, `parties`, `roles`, `principles`, `values`, `definitions`, `key-issues`, `body`, `risk`, `spend`, `learning`, `involvement`, `steward`, `involved early`, `exit-plan`, `review-point`, `staff-changes`, `union-engagement`, `market-engagement`, `input-sharing`, `process`, `value`, `term`, `route`, `notices`, `reserved for`, `instrument` and `stages`"],
    ],
  ],
  [
    "quoted text on its own at document level",
    `agreement A {
  [|"Adults live well"|]
}
`,
    [
      ["ALY001", 'text in quotes cannot stand on its own line; it belongs after the keyword of a clause, as in `purpose "Adults with complex needs live well"`'],
    ],
  ],
  [
    "a misspelt clause in the `risk` block",
    `agreement A {
  risk {
    [|responsibilty|] collective
  }
}
`,
    [
      ["ALY001", "`responsibilty` is not something the `risk` block can hold; did you mean `responsibility`? The `risk` block holds `responsibility`, `pain share`, `gain share`, `budget share`, `cap`, `no-fault-no-blame`, `accounting`, `claims for` and `assign`"],
    ],
  ],
  [
    "a misspelt clause in the `spend` block",
    `agreement A {
  spend {
    [|upto|] £1,000 approved by Coordinator
  }
}
`,
    [
      ["ALY001", "`upto` is not something the `spend` block can hold; did you mean `up to`? The `spend` block holds `up to`, `over` and `eligibility`"],
    ],
  ],
  [
    "a misspelt clause in a body (swapped letters)",
    `agreement A {
  body Board {
    [|chiar|] PCC
  }
}
`,
    [
      ["ALY001", "`chiar` is not something a body can hold; did you mean `chair`? A body holds `members`, `chair`, `decides`, `if not unanimous`, `casting vote`, `meets`, `functions`, `reports to`, `advises`, `until`, `quorum`, `open to` and `responds within`"],
    ],
  ],
  [
    "a misspelt clause in the `learning` block",
    `agreement A {
  learning {
    [|reveiw|] quarterly by Board
  }
}
`,
    [
      ["ALY001", "`reveiw` is not something the `learning` block can hold; did you mean `review`? The `learning` block holds `measure`, `review` and `data-sharing`"],
    ],
  ],
  [
    "a misspelt clause in a party's block",
    `agreement A {
  parties {
    PCC commissioner "Plymouth City Council" {
      [|representitive|] "Director of Adult Social Care"
    }
  }
}
`,
    [
      ["ALY001", "`representitive` is not something a party's block can hold; did you mean `representative`? A party's block holds `representative`, `authority`, `contributes`, `contact`, `time` and `framework`"],
    ],
  ],
  [
    "a misspelt clause in a measure's block",
    `agreement A {
  learning {
    measure IROC "Wellbeing" {
      [|sorce|] "Person-held records"
    }
  }
}
`,
    [
      ["ALY001", "`sorce` is not something a measure's block can hold; did you mean `source`? A measure's block holds `source`, `target`, `linked-to`, `perspective`, `defined-by`, `kind`, `sense-maker`, `owner` and `shared-by`"],
    ],
  ],
  [
    "a principle with no short name",
    `agreement A {
  principles {
    [|"We share every risk"|]
  }
}
`,
    [
      ["ALY001", 'a line in the `principles` block starts with a short name, not with text in quotes. The `principles` block holds one principle on each line: a short name and its wording, for example `open-book "Open book accounting in all matters"`'],
    ],
  ],
  [
    "`decides` with no `by`",
    `agreement A {
  body Board {
    [|decides key-issues|]
  }
}
`,
    [
      ["ALY001", "`decides key-issues` needs `by` and how the body decides, for example `decides key-issues by unanimity`"],
    ],
  ],
  [
    "`decides key-issues by` with nothing after it",
    `agreement A {
  body Board {
    decides key-issues [|by|]
  }
}
`,
    [
      ["ALY001", "say after `by` how the body decides, such as `unanimity` or `consensus`, for example `decides key-issues by unanimity`"],
    ],
  ],
  [
    "`decides` with nothing after it",
    `agreement A {
  body Board {
    [|decides|]
  }
}
`,
    [
      ["ALY001", "`decides` needs what the body decides and how, for example `decides key-issues by unanimity`"],
    ],
  ],
  [
    "`if not unanimous` with no outcome",
    `agreement A {
  body Board {
    [|if not unanimous|]:
  }
}
`,
    [
      ["ALY001", "say what happens to a proposal that not everyone agrees: `if not unanimous: falls` (it is dropped), `if not unanimous: refer to Board` (another body decides) or `if not unanimous: Chair decides` (one party or role decides)"],
    ],
  ],
  [
    "`if not unanimous: refer to` with no body",
    `agreement A {
  body Board {
    if not unanimous: [|refer to|]
  }
}
`,
    [
      ["ALY001", "`refer to` needs the short name of the body that decides instead, for example `if not unanimous: refer to Board`"],
    ],
  ],
  [
    "`meets` with nothing",
    `agreement A {
  body Board {
    [|meets|]
  }
}
`,
    [
      ["ALY001", "`meets` needs how often the body meets, such as `monthly` or `quarterly`, for example `meets monthly` or `meets every 6 weeks`"],
    ],
  ],
  [
    "`members` with nothing",
    `agreement A {
  body Board {
    [|members|]
  }
}
`,
    [
      ["ALY001", "`members` needs `all` or the parties who sit on this body, separated by commas, for example `members PCC, Shekinah, Voices`"],
    ],
  ],
  [
    "`chair` with nothing",
    `agreement A {
  body Board {
    [|chair|]
  }
}
`,
    [
      ["ALY001", "`chair` needs the short name of the party or role that chairs this body, for example `chair PCC`"],
    ],
  ],
  [
    "`term` with nothing",
    `agreement A {
  [|term|]
}
`,
    [
      ["ALY001", "`term` needs a length and, in an agreement, a start date, for example `term 10 years from 2019-04-01`"],
    ],
  ],
  [
    "`term` with only `from` and a date",
    `agreement A {
  [|term from|] 2019-04-01
}
`,
    [
      ["ALY001", "`term` needs the length of the agreement before `from`, for example `term 10 years from 2019-04-01`"],
    ],
  ],
  [
    "`term 10 years from` with no date",
    `agreement A {
  term 10 years [|from|]
}
`,
    [
      ["ALY001", "`from` needs the date the agreement starts, written year-month-day, for example `term 10 years from 2019-04-01`"],
    ],
  ],
  [
    "`value` with nothing",
    `agreement A {
  [|value|]
}
`,
    [
      ["ALY001", "`value` needs an amount of money, for example `value £80,000,000`"],
    ],
  ],
  [
    "`pooled by` with no parties",
    `agreement A {
  value £80,000,000 [|pooled by|]
}
`,
    [
      ["ALY001", "`pooled by` needs the short names of the parties whose money is pooled, separated by commas, for example `pooled by PCC, CCG`"],
    ],
  ],
  [
    "`jurisdiction` with nothing",
    `agreement A {
  [|jurisdiction|]
}
`,
    [
      ["ALY001", "`jurisdiction` needs the law the agreement is made under, `england`, `wales`, `scotland` or `northern-ireland`, for example `jurisdiction england`"],
    ],
  ],
  [
    "`measure` with no name",
    `agreement A {
  learning {
    [|measure|]
  }
}
`,
    [
      ["ALY001", 'a measure needs a short name, for example `measure IROC "I-ROC wellbeing measure" used for learning`'],
    ],
  ],
  [
    "`measure` with a title but no name",
    `agreement A {
  learning {
    measure [|"Wellbeing"|]
  }
}
`,
    [
      ["ALY001", 'a measure needs a short name between `measure` and its title, for example `measure IROC "Wellbeing"`'],
    ],
  ],
  [
    "`review` with no `by`",
    `agreement A {
  learning {
    [|review quarterly|]
  }
}
`,
    [
      ["ALY001", "`review quarterly` needs `by` and the body that holds the review, for example `review quarterly by Board`"],
    ],
  ],
  [
    "`review quarterly by` with no body",
    `agreement A {
  learning {
    review quarterly [|by|]
  }
}
`,
    [
      ["ALY001", "`by` needs the short name of the body that holds the review, for example `review quarterly by Board`"],
    ],
  ],
  [
    "a criterion with no weight",
    `evaluation E {
  criterion [|Principles|] "Commitment to the principles"
}
`,
    [
      ["ALY001", 'criterion `Principles` needs a weight, for example `criterion Principles "Commitment to the principles" weight 40%`'],
    ],
  ],
  [
    "`weight` with no percentage",
    `evaluation E {
  criterion Principles "Commitment to the principles" [|weight|]
}
`,
    [
      ["ALY001", "`weight` needs a percentage, for example `weight 40%`"],
    ],
  ],
  [
    "trailing text after a complete clause",
    `agreement A {
  jurisdiction england [|and wales|]
}
`,
    [
      ["ALY001", "`and wales` is left over after the end of this clause; remove it, or if it begins another clause, put that clause on a line of its own"],
    ],
  ],
  [
    "trailing text after a complete spend band",
    `agreement A {
  spend {
    up to £1,000 approved by Coordinator [|or Board|]
  }
}
`,
    [
      ["ALY001", "`or Board` is left over after the end of this clause; remove it, or if it begins another clause, put that clause on a line of its own"],
    ],
  ],
  [
    "a body with no block",
    `agreement A {
  body [|Board|] "Alliance Board"
}
`,
    [
      ["ALY001", "body `Board` needs a block of its rules: add `{` at the end of the line, then its members, chair and decision rule, then `}`"],
    ],
  ],
  [
    "a role with no kind",
    `agreement A {
  roles {
    [|Coordinator|] "Support co-ordinator"
  }
}
`,
    [
      ["ALY001", 'say what kind of role `Coordinator` is, `frontline`, `project-manager`, `steward`, `chair` or `officer`, between its short name and its title, for example `Coordinator frontline "Support co-ordinator"`'],
    ],
  ],
  [
    "a block whose `{` was left out, with its lines indented below it",
    `agreement A {
  [|risk|]
    responsibility collective
    cap £500,000
  }
  spend {
    up to £1,000 approved by Board
  }
}
`,
    [
      ["ALY002", "add `{` at the end of this line to open the `risk` block"],
    ],
  ],
  [
    "a body whose `{` and `}` were both left out",
    `agreement A {
  [|body|] Board "Alliance Board"
    members PCC
    chair PCC
  jurisdiction england
}
`,
    [
      ["ALY002", "add `{` at the end of this line to open the body `Board`, and `}` on its own line where it ends"],
    ],
  ],
  [
    "a party whose `{` was left out",
    `agreement A {
  parties {
    [|PCC|] commissioner "Plymouth City Council"
      representative "Director of Adult Social Care"
    }
  }
}
`,
    [
      ["ALY002", "add `{` at the end of this line to open the party's block"],
    ],
  ],
  [
    "a principle with no wording",
    `agreement A {
  principles {
    [|open-book|]
  }
}
`,
    [
      ["ALY001", 'principle `open-book` needs its wording in quotes, for example `open-book "We take collective responsibility for every risk"`'],
    ],
  ],
  [
    "a stray `}` before the document",
    `[|}|]
agreement A {
}
`,
    [
      ["ALY002", "this `}` comes before the document begins, so it has no block to close; remove it"],
    ],
  ],
  [
    "text in curly quotes with no closing quote",
    `agreement A {
  purpose [|“People live well|]
}
`,
    [
      ["ALY003", "this text has no closing quote; add `”` where the text ends, on the same line"],
    ],
  ],
  [
    "a share entry with no percentage before the next entry",
    `agreement A {
  risk {
    pain share [|PCC|], CCG 50%
  }
}
`,
    [
      ["ALY001", "`PCC` needs its share as a percentage after its name, for example `PCC 50%`"],
    ],
  ],
];

function syntaxProblems(text: string) {
  return parse(text).problems.map((p) => ({ code: p.code, at: text.slice(p.span.start, p.span.end), span: p.span, message: p.message }));
}

function expectSyntaxProblems(source: string, expected: [string, string][]): void {
  const { text, spans } = marked(source);
  expect(spans, "each expected problem needs one [| |] span").toHaveLength(expected.length);
  expect(syntaxProblems(text)).toEqual(
    expected.map(([code, message], i) => ({ code, at: text.slice(spans[i].start, spans[i].end), span: spans[i], message })),
  );
}

const kinds = (file: FileNode) => file.document?.items.map((item: DocItem) => item.kind);

describe("syntax mistakes, each with its exact code, span and message", () => {
  it("has at least forty distinct mistakes", () => {
    expect(new Set(CASES.map(([title]) => title)).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  for (const [title, source, expected] of CASES) {
    it(title, () => expectSyntaxProblems(source, expected));
  }
});

describe("the messages", () => {
  const all = CASES.flatMap(([title, source]) => {
    const { text } = marked(source);
    return parse(text).problems.map((p) => ({ title, text, ...p }));
  });

  it("reach the editor unchanged through the whole pipeline", () => {
    for (const [, source] of CASES) {
      const { text } = marked(source);
      const fromChecks = checkText(text).filter((p) => /^ALY00\d$/.test(p.code));
      expect(fromChecks.map((p) => [p.code, p.span, p.message])).toEqual(parse(text).problems.map((p) => [p.code, p.span, p.message]));
    }
  });

  it("use no internal names and no raw lists of expected tokens", () => {
    const internal = /\b(IfNotUnanimous|KeyIssues?|NoFaultNoBlame|ReservedFor|InvolvedEarly|ExitPlan|ReviewPoint|MarketEngagement|InputSharing|MinimumTurnover|StaffChanges|UnionEngagement|PartyDetail|MeasureDetail|RoleDecl|ValueDecl|TargetDecl|PrincipleRefs|ShareEntry|DataSharing|RespondsWithin|ReportsTo|OpenTo|Headerless|DocItem|Ident|WordNode|Str|Error)\b/;
    for (const p of all) {
      expect(p.message, p.title).not.toMatch(internal);
      expect(p.message, p.title).not.toMatch(/Expected|but .* found|undefined|null|NaN|\[object/);
    }
  });

  it("show the fix, with what to write in backticks", () => {
    for (const p of all) expect(p.message, p.title).toMatch(/`[^`]+`/);
  });

  it("never point at nothing when there is something to point at", () => {
    for (const p of all) if (p.text.length > 0) expect(p.span.end, p.title).toBeGreaterThan(p.span.start);
  });
});

describe("recovery", () => {
  it("reads the clauses after unclosed triple-quoted text", () => {
    const { file } = parse(`agreement A {\n  purpose """\n    People live well\n  jurisdiction england\n  term 10 years from 2019-04-01\n}\n`);
    expect(kinds(file)).toEqual(["Purpose", "Jurisdiction", "Term"]);
    expect(file.document?.close).not.toBeNull();
  });

  it("reads the clauses after an unclosed block comment", () => {
    const { file } = parse(`agreement A {\n  /* to do:\n       add the spend ladder\n  jurisdiction england\n}\n`);
    expect(kinds(file)).toEqual(["Jurisdiction"]);
    expect(file.document?.close).not.toBeNull();
  });

  it("reads the next section after a block left open, and closes the document", () => {
    const { file, problems } = parse(`agreement A {\n  risk {\n    responsibility collective\n  spend {\n    up to £1,000 approved by Board\n  }\n  jurisdiction england\n}\n`);
    expect(problems.map((p) => p.code)).toEqual(["ALY002"]);
    expect(kinds(file)).toEqual(["Risk", "Spend", "Jurisdiction"]);
    expect(file.document?.close).not.toBeNull();
  });

  it("reads a clause at the document's indentation after a body left open", () => {
    const { file } = parse(`agreement A {\n  body Board {\n    members PCC\n  jurisdiction england\n}\n`);
    expect(kinds(file)).toEqual(["Body", "Jurisdiction"]);
  });

  it("closes the outer block with a `}` that lines up with it", () => {
    const { file } = parse(`agreement A {\n  learning {\n    measure IROC "Wellbeing" {\n      source "Records"\n  }\n  jurisdiction england\n}\n`);
    expect(kinds(file)).toEqual(["Learning", "Jurisdiction"]);
    const learning = file.document!.items[0] as { close: unknown };
    expect(learning.close).not.toBeNull();
  });

  it("keeps the clauses after a stray `}` inside the document", () => {
    const { file } = parse(`agreement A {\n  risk {\n    responsibility collective\n  }\n  }\n  spend {\n    up to £1,000 approved by Board\n  }\n}\n`);
    expect(kinds(file)).toEqual(["Risk", "Error", "Spend"]);
    expect(file.document?.close).not.toBeNull();
    expect(file.strays).toEqual([]);
  });

  it("reads the lines of a block whose `{` was left out as that block's", () => {
    const { file } = parse(`agreement A {\n  risk\n    responsibility collective\n  }\n  jurisdiction england\n}\n`);
    expect(kinds(file)).toEqual(["Risk", "Jurisdiction"]);
    const risk = file.document!.items[0] as { items: DocItem[]; open: unknown; close: unknown };
    expect(risk.items.map((i) => i.kind)).toEqual(["Responsibility"]);
    expect(risk.open).toBeNull();
    expect(risk.close).not.toBeNull();
  });

  it("does not take a more indented clause after a one-line purpose as a block", () => {
    const { file, problems } = parse(`agreement A {\npurpose "People live well"\n  jurisdiction england\n}\n`);
    expect(problems).toEqual([]);
    expect(kinds(file)).toEqual(["Purpose", "Jurisdiction"]);
  });

  it("reads the clause after a misspelt one", () => {
    const { file } = parse(`agreement A {\n  jurisdicton england\n  term 10 years from 2019-04-01\n}\n`);
    expect(kinds(file)).toEqual(["Error", "Term"]);
  });

  it("reads a file with no header as a document", () => {
    const { file } = parse(`  jurisdiction england\n  term 10 years from 2019-04-01\n`);
    expect(kinds(file)).toEqual(["Jurisdiction", "Term"]);
  });

  it("reports three separate mistakes and still checks the rest of the file", () => {
    const { text, spans } = marked(`agreement A {
  parties {
    PCC commissioner "Plymouth City Council"
  }
  [|jurisdicton|] england
  term 10 years from [|2019-02-30|]
  body Board {
    members PCC, [|Shekinah|]
    [|chair|]
    decides key-issues by unanimity
  }
}
`);
    const problems = checkText(text).filter((p) => ["ALY001", "ALY004", "ALY010"].includes(p.code));
    expect(problems.map((p) => ({ code: p.code, span: p.span, message: p.message }))).toEqual([
      { code: "ALY001", span: spans[0], message: "`jurisdicton` is not a clause of an agreement; did you mean `jurisdiction`?" },
      { code: "ALY004", span: spans[1], message: "`2019-02-30` is not a real date: February 2019 has 28 days. Check the day, for example `2019-02-28`" },
      { code: "ALY010", span: spans[2], message: "`Shekinah` is not a declared party or role. Correct the name, or declare it in the `parties` block" },
      { code: "ALY001", span: spans[3], message: "`chair` needs the short name of the party or role that chairs this body, for example `chair PCC`" },
    ]);
    expect(parse(text).problems).toHaveLength(3);
  });
});
