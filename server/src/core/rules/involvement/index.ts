import type { Rule, Unchecked } from "../rule";
import { advisoryBodyRoute } from "./advisory-body-route";
import { involvementFeedback } from "./involvement-feedback";
import { involvementStages } from "./involvement-stages";
import { livedExperienceMembers } from "./lived-experience-members";
import { plainLanguage } from "./plain-language";
import { principlesCoProduced } from "./principles-co-produced";
import { storiesSafeSharing } from "./stories-safe-sharing";

export const INVOLVEMENT_RULES: readonly Rule[] = [
  livedExperienceMembers,
  involvementStages,
  involvementFeedback,
  advisoryBodyRoute,
  storiesSafeSharing,
  principlesCoProduced,
  plainLanguage,
];

export const INVOLVEMENT_UNCHECKED: readonly Unchecked[] = [
  {
    id: "R11.6",
    title: "In Scotland, a restriction of the Self-directed Support options for social care is flagged",
    reason:
      "The language has no clause for which Self-directed Support options an agreement or specification offers, and guessing a restriction from free text (such as an `eligibility` line) would be unreliable. " +
      "A clause such as `self-directed-support options 1, 2, 3, 4` (with the reasons for any option left out) would make it checkable. Code ALY086 is kept for it.",
  },
  {
    id: "R11.7",
    title: "The purpose records that people who use services helped shape it",
    reason:
      "ALY087 checks the principles, which have `co-produced with`; the `purpose` clause has no such part. Adding `co-produced with` to `purpose` would let the same check cover it.",
  },
];
