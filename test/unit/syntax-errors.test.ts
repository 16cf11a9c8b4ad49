// Syntax mistakes a person makes while writing an agreement: each is reported once, at the words that are
// wrong, with a message that says in plain English what is wrong and how to put it right. Recovery keeps
// the rest of the document readable, so one mistake neither hides later clauses nor sets off a cascade.

import { describe, expect, it } from "vitest";
import { checkText, parse, type DocItem, type FileNode } from "../../server/src/core";
import { marked } from "../helpers/markers";

/** Words as the message-length policy counts them (test/unit/policy/message-limits.test.ts). */
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}£%]/u.test(w)).length;
/** A capitalised sentence that ends with a full stop (a closing quotation mark may follow it). */
const isSentence = (text: string) => /^["“‘'`]?[\p{Lu}\p{N}£]/u.test(text) && /\.["”’'`)]?$/.test(text.trim());

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
      ["ALY001", "A spending limit needs an amount after `up to`, for example `up to £1,000`."],
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
      ["ALY001", "A spending limit needs an amount after `up to`, for example `up to £1,000`."],
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
      ["ALY001", "A spending limit needs an amount after `up to`, for example `over £1,000 up to £25,000`."],
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
      ["ALY001", "After the amounts, write `approved by` and who approves this spending, for example `up to £1,000 approved by Coordinator`."],
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
      ["ALY001", "After `approved by`, write the name of the role, body or party that approves this spending, for example `approved by Panel`."],
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
      ["ALY001", "A spending limit needs an amount after `over`, for example `over £25,000`."],
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
      ["ALY001", "Say what kind of party `PCC` is: put its role, such as `commissioner` or `provider`, between its name and its full name, for example `PCC provider \"Plymouth City Council\"`."],
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
      ["ALY001", "After the party `PCC`, write its role and its full name, for example `PCC commissioner \"Plymouth City Council\"`."],
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
      ["ALY001", "A party starts with the name the rest of the agreement uses for it, for example `PCC commissioner \"Plymouth City Council\"`."],
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
      ["ALY001", "After `CCG`, write its share as a percentage, for example `CCG 50%`."],
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
      ["ALY001", "Write the party whose share this is in front of the percentage, for example `PCC 50%`."],
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
      ["ALY001", "After `budget share`, write each party and its percentage, separated by commas, for example `budget share PCC 50%, Shekinah 50%`."],
    ],
  ],
  [
    "30 February",
    `agreement A {
  term 10 years from [|2019-02-30|]
}
`,
    [
      ["ALY004", "The date `2019-02-30` is not a real date: February 2019 has 28 days. Check the day, for example `2019-02-28`."],
    ],
  ],
  [
    "a thirteenth month",
    `agreement A {
  term 10 years from [|2019-13-01|]
}
`,
    [
      ["ALY004", "The date `2019-13-01` has no month 13: dates are written year-month-day, with the month from 01 to 12, as in `2019-04-01`."],
    ],
  ],
  [
    "a date without leading zeros",
    `agreement A {
  term 10 years from [|2019-4-1|]
}
`,
    [
      ["ALY004", "Dates are written year-month-day with a two-digit month and day, so write `2019-4-1` as `2019-04-01`."],
    ],
  ],
  [
    "`£1,00`, a comma in the wrong place",
    `agreement A {
  value [|£1,00|]
}
`,
    [
      ["ALY005", "Commas in an amount separate groups of three digits, counting from the right, so `£1,00` has one out of place; it may be meant as `£100`."],
    ],
  ],
  [
    "`£1.234`, three decimal places",
    `agreement A {
  value [|£1.234|]
}
`,
    [
      ["ALY005", "UK amounts mark thousands with commas, not points, and pence with two digits, so `£1.234` is unclear; for thousands, write `£1,234`."],
    ],
  ],
  [
    "`£1.2345m`, too precise for a shortened amount",
    `agreement A {
  value [|£1.2345m|]
}
`,
    [
      ["ALY005", "A shortened amount has at most three decimal places before `m`, so write `£1.2345m` in full, as `£1,234,500`."],
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
      ["ALY006", "A percentage has at most three decimal places, as in `33.333%`, but `33.3333%` has four."],
      ["ALY006", "A percentage has at most three decimal places, as in `33.333%`, but `66.6667%` has four."],
    ],
  ],
  [
    "a length of time of zero",
    `agreement A {
  term [|0 years|] from 2019-04-01
}
`,
    [
      ["ALY007", "A length of time must be at least one, for example `1 year`; `0 years` is no time at all."],
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
      ["ALY003", "This text has no closing quotation mark; add `\"` where the text ends, on the same line."],
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
      ["ALY003", "This text in triple quotes is never closed; add `\"\"\"` where the text ends."],
    ],
  ],
  [
    "an escape that text does not understand",
    `agreement A {
  purpose "People [|\\q|] live well"
}
`,
    [
      ["ALY003", "Quoted text does not understand the escape `\\q`: write `\\\\` for a backslash, `\\\"` for a quote, `\\n` for a new line or `\\t` for a tab."],
    ],
  ],
  [
    "a character code beyond the last character",
    `agreement A {
  purpose "Smile [|\\u{110000}|]"
}
`,
    [
      ["ALY003", "The escape `\\u{110000}` is not a character: its code is at most `10FFFF`, as in `\\u{1F600}`."],
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
      ["ALY003", "This comment is never closed; add `*/` where the comment ends."],
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
      ["ALY002", "The `risk` section that starts on line 2 is never closed; close it with a curly bracket on its own line where it ends."],
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
      ["ALY002", "The measure `IROC` that starts on line 3 is never closed; close it with a curly bracket on its own line where it ends."],
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
      ["ALY002", "The body `Board` that starts on line 2 is never closed; close it with a curly bracket on its own line where it ends."],
    ],
  ],
  [
    "a document not closed at the end of the file",
    `agreement [|A|] {
  jurisdiction england
`,
    [
      ["ALY002", "The `agreement` that starts on line 1 is never closed; close it with a curly bracket at the end of the file."],
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
      ["ALY002", "This closing curly bracket closes nothing, because the document has already ended; remove it."],
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
      ["ALY002", "This closing curly bracket closes nothing: the sections above it are already closed, and the `agreement` carries on below it; remove it."],
    ],
  ],
  [
    "a clause after the document's closing brace",
    `agreement A {
}
[|jurisdiction|] england
`,
    [
      ["ALY002", "This clause comes after the end of the document, so it is not part of it; move it above the document's closing curly bracket, as in `jurisdiction england`."],
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
      ["ALY009", "A file holds one document, and this is a second one; move it into a file of its own, where `for` can still point it to this one."],
    ],
  ],
  [
    "a misspelt document kind (`agrement`)",
    `[|agrement|] A {
}
`,
    [
      ["ALY009", "There is no kind of document called `agrement`; did you mean `agreement`? A file starts with `agreement`, `specification`, `tender` or `evaluation`, then the document's name."],
    ],
  ],
  [
    "a document kind that is not one",
    `[|contract|] A {
}
`,
    [
      ["ALY009", "There is no kind of document called `contract`: a file starts with `agreement`, `specification`, `tender` or `evaluation`, then the document's name, for example `agreement PlymouthAlliance`."],
    ],
  ],
  [
    "a document with no name",
    `[|agreement|] {
}
`,
    [
      ["ALY009", "Give the agreement a name after `agreement`, for example `agreement PlymouthAlliance`."],
    ],
  ],
  [
    "a header with no `{`",
    `agreement [|A|]
  jurisdiction england
}
`,
    [
      ["ALY002", "The `agreement` is not opened: end its first line with an opening curly bracket, and close it with another at the end of the file."],
    ],
  ],
  [
    "extra words in the header",
    `agreement A "Title" [|version 2|] {
}
`,
    [
      ["ALY009", "The first line holds only the kind of document, its name, a title in quotes and, optionally, `for` and the document it belongs to, so `version 2` does not belong there."],
    ],
  ],
  [
    "`for` with no document after it",
    `tender T [|for|] {
}
`,
    [
      ["ALY009", "After `for`, write the name of the document this one belongs to, for example `tender T for PlymouthAlliance`."],
    ],
  ],
  [
    "a file with no header",
    `  [|jurisdiction|] england
  term 10 years from 2019-04-01
`,
    [
      ["ALY009", "This file has no first line saying what the document is; start it with one, for example `agreement PlymouthAlliance`, and put the clauses between curly brackets."],
    ],
  ],
  [
    "a file that starts with a word that is not a document kind",
    `[|hello|]
`,
    [
      ["ALY009", "This file has no first line saying what the document is; start it with one, for example `agreement PlymouthAlliance`, and put the clauses between curly brackets."],
    ],
  ],
  [
    "an empty file",
    `[||]`,
    [
      ["ALY018", "This file is empty. Start it with the kind of document and its name, such as `agreement Riverside \"Riverside Wellbeing Alliance\"`, or insert the starter agreement the editor offers."],
    ],
  ],
  [
    "a file with only comments",
    `[|// drafted by legal|]
/* to be completed */
`,
    [
      ["ALY009", "This file holds only comments; after them, start the document with its kind and name, for example `agreement PlymouthAlliance \"Plymouth Complex Needs Alliance\"`."],
    ],
  ],
  [
    "a misspelt clause at document level",
    `agreement A {
  [|jurisdicton|] england
}
`,
    [
      ["ALY001", "An agreement has no clause `jurisdicton`; did you mean `jurisdiction`? Correct the spelling."],
    ],
  ],
  [
    "an unknown word at document level, with no close spelling",
    `agreement A {
  [|banana|] split
}
`,
    [
      ["ALY001", "An agreement has no clause `banana`. Start the line with one of its keywords, such as `purpose`, `jurisdiction` or `parties`, or remove it."],
    ],
  ],
  [
    "quoted text on its own at document level",
    `agreement A {
  [|"Adults live well"|]
}
`,
    [
      ["ALY001", "Text in quotes cannot stand on its own line; it belongs after the keyword of a clause, as in `purpose \"Adults with complex needs live well\"`."],
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
      ["ALY001", "The `risk` section cannot hold `responsibilty`; did you mean `responsibility`? It holds `responsibility`, `pain share`, `gain share`, `budget share`, `cap`, `no-fault-no-blame`, `accounting`, `claims for` and `assign`."],
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
      ["ALY001", "The `spend` section cannot hold `upto`; did you mean `up to`? It holds `up to`, `over` and `eligibility`."],
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
      ["ALY001", "A body cannot hold `chiar`; did you mean `chair`? It holds `members`, `chair`, `decides`, `if not unanimous`, `casting vote`, `meets`, `functions`, `reports to`, `advises`, `until`, `quorum`, `open to` and `responds within`."],
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
      ["ALY001", "The `learning` section cannot hold `reveiw`; did you mean `review`? It holds `measure`, `review` and `data-sharing`."],
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
      ["ALY001", "A party's details cannot hold `representitive`; did you mean `representative`? It holds `representative`, `authority`, `contributes`, `contact`, `time` and `framework`."],
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
      ["ALY001", "A measure's details cannot hold `sorce`; did you mean `source`? It holds `source`, `target`, `linked-to`, `perspective`, `defined-by`, `kind`, `sense-maker`, `owner` and `shared-by`."],
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
      ["ALY001", "The `principles` section: each line starts with a name, not with text in quotes. It holds one principle on each line: its name and its wording, as in `open-book \"Open book accounting\"`."],
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
      ["ALY001", "After `meets`, write how often the body meets, for example `meets monthly` or `meets every 6 weeks`."],
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
      ["ALY001", "After `members`, write `all` or the parties who sit on this body, separated by commas, for example `members PCC, Shekinah, Voices`."],
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
      ["ALY001", "After `chair`, write the name of the party or role that chairs this body, for example `chair PCC`."],
    ],
  ],
  [
    "`term` with nothing",
    `agreement A {
  [|term|]
}
`,
    [
      ["ALY001", "After `term`, write a length and, in an agreement, a start date, for example `term 10 years from 2019-04-01`."],
    ],
  ],
  [
    "`term` with only `from` and a date",
    `agreement A {
  [|term from|] 2019-04-01
}
`,
    [
      ["ALY001", "Write the length of the agreement before `from`, for example `term 10 years from 2019-04-01`."],
    ],
  ],
  [
    "`term 10 years from` with no date",
    `agreement A {
  term 10 years [|from|]
}
`,
    [
      ["ALY001", "After `from`, write the date the agreement starts, year-month-day, for example `term 10 years from 2019-04-01`."],
    ],
  ],
  [
    "`value` with nothing",
    `agreement A {
  [|value|]
}
`,
    [
      ["ALY001", "After `value`, write an amount of money, for example `value £80,000,000`."],
    ],
  ],
  [
    "`pooled by` with no parties",
    `agreement A {
  value £80,000,000 [|pooled by|]
}
`,
    [
      ["ALY001", "After `pooled by`, write the names of the parties whose money is pooled, separated by commas, for example `pooled by PCC, CCG`."],
    ],
  ],
  [
    "`jurisdiction` with nothing",
    `agreement A {
  [|jurisdiction|]
}
`,
    [
      ["ALY001", "After `jurisdiction`, write the law the agreement is made under: `england`, `wales`, `scotland` or `northern-ireland`, for example `jurisdiction england`."],
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
      ["ALY001", "After `measure`, write the measure's name, for example `measure IROC \"I-ROC wellbeing measure\" used for learning`."],
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
      ["ALY001", "Give the measure a name between `measure` and its title, for example `measure IROC \"Wellbeing\"`."],
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
      ["ALY001", "After `review quarterly`, write `by` and the body that holds the review, for example `review quarterly by Board`."],
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
      ["ALY001", "After `by`, write the name of the body that holds the review, for example `review quarterly by Board`."],
    ],
  ],
  [
    "a criterion with no weight",
    `evaluation E {
  criterion [|Principles|] "Commitment to the principles"
}
`,
    [
      ["ALY001", "Give the criterion `Principles` a weight, for example `criterion Principles \"Commitment to the principles\" weight 40%`."],
    ],
  ],
  [
    "`weight` with no percentage",
    `evaluation E {
  criterion Principles "Commitment to the principles" [|weight|]
}
`,
    [
      ["ALY001", "After `weight`, write a percentage, for example `weight 40%`."],
    ],
  ],
  [
    "trailing text after a complete clause",
    `agreement A {
  jurisdiction england [|and wales|]
}
`,
    [
      ["ALY001", "The clause ends before `and wales`; remove it, or if it begins another clause, put that clause on a line of its own."],
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
      ["ALY001", "The clause ends before `or Board`; remove it, or if it begins another clause, put that clause on a line of its own."],
    ],
  ],
  [
    "a body with no block",
    `agreement A {
  body [|Board|] "Alliance Board"
}
`,
    [
      ["ALY001", "The body `Board` needs its rules, between curly brackets on the lines below: its members, chair and how it decides, as in `members all`."],
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
      ["ALY001", "Say what kind of role `Coordinator` is, `frontline`, `project-manager`, `steward`, `chair` or `officer`, between its name and its title, for example `Coordinator frontline \"Support co-ordinator\"`."],
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
      ["ALY002", "The `risk` section is not opened: end this line with an opening curly bracket."],
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
      ["ALY002", "The body `Board` is not opened: end this line with an opening curly bracket, and close it on its own line where it ends."],
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
      ["ALY002", "The section of details for `PCC` is not opened: end this line with an opening curly bracket."],
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
      ["ALY001", "After the principle `open-book`, write its wording in quotes, for example `open-book \"We take collective responsibility for every risk\"`."],
    ],
  ],
  [
    "a stray `}` before the document",
    `[|}|]
agreement A {
}
`,
    [
      ["ALY002", "This closing curly bracket comes before the document's first line, such as `agreement PlymouthAlliance`, so it closes nothing; remove it."],
    ],
  ],
  [
    "text in curly quotes with no closing quote",
    `agreement A {
  purpose [|“People live well|]
}
`,
    [
      ["ALY003", "This text has no closing quotation mark; add `”` where the text ends, on the same line."],
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
      ["ALY001", "After `PCC`, write its share as a percentage, for example `PCC 50%`."],
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
      const fromChecks = checkText(text).filter((p) => /^ALY0(0\d|18)$/.test(p.code));
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

  it("show the fix: what to write, in backticks, or what to remove", () => {
    for (const p of all) expect(p.message, p.title).toMatch(/`[^`]+`|; remove it\.$/);
  });

  it("are capitalised sentences of at most 35 words, ending with a full stop", () => {
    for (const p of all) {
      // The body's decision rules are another section's messages, rewritten with them.
      if (/decides|unanimous|refer to/.test(p.message)) continue;
      expect(isSentence(p.message), p.message).toBe(true);
      expect(words(p.message), p.message).toBeLessThanOrEqual(35);
    }
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
      { code: "ALY001", span: spans[0], message: "An agreement has no clause `jurisdicton`; did you mean `jurisdiction`? Correct the spelling." },
      { code: "ALY004", span: spans[1], message: "The date `2019-02-30` is not a real date: February 2019 has 28 days. Check the day, for example `2019-02-28`." },
      { code: "ALY010", span: spans[2], message: "No party or role is named `Shekinah`. Correct the name, or add it to the parties." },
      { code: "ALY001", span: spans[3], message: "After `chair`, write the name of the party or role that chairs this body, for example `chair PCC`." },
    ]);
    expect(parse(text).problems).toHaveLength(3);
  });
});
