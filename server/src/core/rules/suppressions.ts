// Codes for problems with `alliance-ignore` comments themselves. check.ts reports them after the
// other rules have run, because only then is it known what a suppression silenced.

import type { Rule } from "./rule";

const WHY = "A suppression is a decision to depart from the guidance or the language's rules; recording why keeps that decision reviewable, and a suppression that silences nothing hides nothing but still misleads a reader.";

const RIGHT = 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n  // alliance-ignore ALY010: the second provider signs in April\n  body Board {\n    members PCC, Later\n  }\n}\n';

export const SUPPRESSION_RULES: readonly Rule[] = [
  {
    code: "ALY015", name: "suppression-without-reason", title: "A suppression comment gives no code or no reason", severity: "warning",
    topic: "Suppressions", basis: "language", rationale: WHY, guidance: [],
    example: { wrong: RIGHT.replace(": the second provider signs in April", ""), right: RIGHT },
  },
  {
    code: "ALY016", name: "unused-suppression", title: "A suppression comment silences nothing", severity: "warning",
    topic: "Suppressions", basis: "language", rationale: WHY, guidance: [],
    example: { wrong: RIGHT.replace("members PCC, Later", "members PCC"), right: RIGHT },
  },
  {
    code: "ALY017", name: "unknown-suppression-code", title: "A suppression comment names a code that does not exist", severity: "warning",
    topic: "Suppressions", basis: "language", rationale: WHY, guidance: [],
    example: { wrong: RIGHT.replace("ALY010", "ALY999"), right: RIGHT },
  },
];
