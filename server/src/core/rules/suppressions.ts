// Codes for problems with `alliance-ignore` comments themselves. check.ts reports them after the
// other rules have run, because only then is it known what a suppression silenced.

import type { Rule } from "./rule";

const WHY = "A comment that silences a finding records a decision to depart from the guidance; its reason keeps that decision open to review, and a comment that silences nothing, or names no finding, misleads a reader.";

const RATIONALE =
  "An `alliance-ignore` comment silences one finding on the line below it, and says why the draft is right as it stands. " +
  "These findings are about the comments themselves, not about the agreement: a comment with no code or no reason, one that " +
  "silences nothing (perhaps the draft was since put right), and one naming a code that does not exist (perhaps misspelt, so the " +
  "finding it meant to silence is still shown). None of them changes how the alliance works, so each is information.";

const RIGHT = 'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n  }\n  // alliance-ignore ALY010: the second provider signs in April\n  body Board {\n    members PCC, Later\n  }\n}\n';

export const SUPPRESSION_RULES: readonly Rule[] = [
  {
    code: "ALY015", name: "suppression-without-reason", title: "A suppression comment gives no code or no reason", severity: "info", grounds: "suggestion",
    topic: "Suppressions", basis: "language", why: WHY, rationale: RATIONALE, guidance: [],
    example: { wrong: RIGHT.replace(": the second provider signs in April", ""), right: RIGHT },
  },
  {
    code: "ALY016", name: "unused-suppression", title: "A suppression comment silences nothing", severity: "info", grounds: "suggestion",
    topic: "Suppressions", basis: "language", why: WHY, rationale: RATIONALE, guidance: [],
    example: { wrong: RIGHT.replace("members PCC, Later", "members PCC"), right: RIGHT },
  },
  {
    code: "ALY017", name: "unknown-suppression-code", title: "A suppression comment names a code that does not exist", severity: "info", grounds: "suggestion",
    topic: "Suppressions", basis: "language", why: WHY, rationale: RATIONALE, guidance: [],
    example: { wrong: RIGHT.replace("ALY010", "ALY999"), right: RIGHT },
  },
];
