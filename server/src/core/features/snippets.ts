// Whole clauses to insert, with tab stops, offered by completion where each can stand.

import type { DocumentKind } from "../tree";
import { JURISDICTION_WORDS } from "../vocabulary";
import { agreementText } from "./starter";

/**
 * The starter agreement as a snippet: the same text the New Agreement Pack command writes (so it checks
 * clean), with the alliance's names, its nation and its parties as tab stops.
 */
export function starterSnippet(): string {
  const text = agreementText({
    title: "Riverside Wellbeing Alliance",
    jurisdiction: "england",
    start: "2027-04-01",
    parties: [
      { name: "Council", role: "commissioner", title: "Local authority" },
      { name: "Provider", role: "provider", title: "Provider name" },
      { name: "Voices", role: "lived-experience", title: "Lived experience group" },
    ],
  }).replace(/[$\\]/g, (c) => `\\${c}`);
  return text
    .replace(/^agreement (\S+) "([^"]*)"/, 'agreement ${1:$1} "${2:$2}"')
    .replace(/^  jurisdiction england$/m, `  jurisdiction \${3|${JURISDICTION_WORDS.join(",")}|}`)
    .replace(/"Local authority"/, '"${4:Local authority}"')
    .replace(/"Provider name"/, '"${5:Provider name}"')
    .replace(/"Lived experience group"/, '"${6:Lived experience group}"')
    .trimEnd()
    .replace(/\n}$/, "\n$0\n}");
}

export interface Snippet {
  label: string;
  detail: string;
  documentation: string;
  body: string;
  /** Where it is offered: `file` (an empty file), `Document` (a document's top level) or a block's kind. */
  context: string;
  documents?: DocumentKind[];
}

export const SNIPPETS: Snippet[] = [
  {
    label: "agreement",
    detail: "a new alliance agreement",
    documentation: "An agreement with its purpose, parties, principles, a board that decides key issues unanimously, risk sharing and a spend ladder.",
    context: "file",
    body: starterSnippet(),
  },
  {
    label: "specification",
    detail: "a tender specification for an agreement",
    documentation: "A specification linked to its agreement with `for`, so that value, term and principles are checked across both.",
    context: "file",
    body: 'specification ${1:ShortName} "${2:Tender specification}" for ${3:Agreement} {\n  value £${4:1,000,000}\n  term ${5:10} years\n  route ${6|light-touch,innovation-partnership,reserved-contract,direct-award|}\n  principles ${7:unanimous, collective-risk}\n  targets none\n$0\n}',
  },
  {
    label: "evaluation",
    detail: "award criteria for a specification",
    documentation: "Award criteria with weights that add up to 100%.",
    context: "file",
    body: 'evaluation ${1:ShortName} "${2:Award criteria}" for ${3:Specification} {\n  criterion ${4:Principles} "${5:Commitment to the alliance principles}" weight ${6:40}%\n$0\n}',
  },
  {
    label: "body",
    detail: "a decision-making body",
    documentation: "A body with members, an independent chair, unanimous decisions and what happens when a decision is not unanimous.",
    context: "Document",
    documents: ["agreement"],
    body: 'body ${1:Board} "${2:Alliance Leadership Board}" {\n  members ${3:all}\n  chair ${4:Chair}\n  decides ${5:key-issues} by unanimity\n  if not unanimous: falls\n  meets ${6|monthly,quarterly,fortnightly,weekly|}\n  functions allocate-resources, oversee-delivery, maintain-culture, capture-information, test-purpose\n}',
  },
  {
    label: "risk",
    detail: "how risk and reward are shared",
    documentation: "Collective responsibility, pain and gain shares, a cap, no fault no blame and open-book accounting.",
    context: "Document",
    documents: ["agreement"],
    body: "risk {\n  responsibility collective\n  pain share ${1:A 50%, B 50%}\n  gain share ${2:A 50%, B 50%}\n  cap £${3:500,000} per year\n  no-fault-no-blame except wilful-default\n  accounting open-book\n}",
  },
  {
    label: "spend",
    detail: "a spend ladder: who approves how much",
    documentation: "Bands from zero with an open top band; the first band sits with a frontline role.",
    context: "Document",
    documents: ["agreement"],
    body: "spend {\n  up to £${1:1,000} approved by ${2:Coordinator}\n  over £${1:1,000} up to £${3:25,000} approved by ${4:Panel}\n  over £${3:25,000} approved by ${5:Board}\n}",
  },
  {
    label: "learning",
    detail: "measures used for learning and how they are reviewed",
    documentation: "A measure used for learning, not as a target, and a regular review against the purpose.",
    context: "Document",
    documents: ["agreement"],
    body: 'learning {\n  measure ${1:Goals} "${2:People meeting their own goals}" used for learning {\n    source "${3:Conversations with people supported}"\n    sense-maker ${4:Board}\n    kind person-defined\n  }\n  review ${5|quarterly,monthly|} by ${4:Board} against purpose\n}',
  },
  {
    label: "party",
    detail: "a party to the agreement",
    documentation: "A party's short name, role and full name, with who represents it and what it brings.",
    context: "Parties",
    body: '${1:Short} ${2|provider,commissioner,lived-experience,independent|} "${3:Full name}" {\n  representative "${4:Name and post}"\n  authority "${5:Where their authority to commit comes from}"\n  contributes "${6:What they bring}"\n  contact "${7:email or phone}"\n  time "${8:Hours a week}"\n}',
  },
  {
    label: "band",
    detail: "a spend band",
    documentation: "A band of spend and who approves it.",
    context: "Spend",
    body: "over £${1:1,000} up to £${2:25,000} approved by ${3:Panel}",
  },
  {
    label: "share",
    detail: "a pain or gain share",
    documentation: "Each party's percentage; they must add up to 100%.",
    context: "Risk",
    body: "${1|pain,gain|} share ${2:A} ${3:50}%, ${4:B} ${5:50}%",
  },
  ...(
    [
      ["collective-risk", "We take collective responsibility for every risk in providing the services."],
      ["best-for-people", "Each decision is taken on a 'Best for People using Services' basis."],
      ["unanimous", "Key decisions are unanimous and rest on our principles and values."],
      ["no-fault-no-blame", "No fault and no blame between participants; no disputes save wilful default."],
      ["open-book", "Open book accounting and transparency in all matters."],
      ["best-person", "Key roles go to the best person, whoever employs them."],
      ["values-and-behaviours", "We act at all times in line with the alliance's values and behaviours."],
    ] as const
  ).map(([name, text]) => ({
    label: name,
    detail: "one of Plymouth's seven Alliance Principles",
    documentation: "Plymouth's alliance commits every signatory to seven principles (Exploring the New World, Plymouth's principles). The wording here is a starting point to adapt.",
    context: "Principles",
    body: `${name} "\${1:${text}}"`,
  })),
];
