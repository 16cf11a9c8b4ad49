import type { Rule, Unchecked } from "../rule";
import { bestForPeopleBasis } from "./best-for-people-basis";
import { castingVoteMember } from "./casting-vote-member";
import { spendAgainstPrinciples } from "./spend-against-principles";
import { delegationBelowBoard } from "./delegation-below-board";
import { ifNotUnanimous } from "./if-not-unanimous";
import { keyIssuesByUnanimity } from "./key-issues-by-unanimity";
import { keyIssuesListed } from "./key-issues-listed";
import { noSingleFallback } from "./no-single-fallback";
import { noVoting } from "./no-voting";
import { quorumBelowMembership } from "./quorum-below-membership";

export const DECISIONS_RULES: readonly Rule[] = [
  keyIssuesByUnanimity,
  noVoting,
  ifNotUnanimous,
  noSingleFallback,
  quorumBelowMembership,
  keyIssuesListed,
  bestForPeopleBasis,
  delegationBelowBoard,
  castingVoteMember,
  spendAgainstPrinciples,
];

export const DECISIONS_UNCHECKED: readonly Unchecked[] = [
  {
    id: "R4.9",
    title: "Deputies for representatives are declared, with the same authority as the representative",
    reason:
      "A party's details can name its `representative` and that person's `authority`, but there is no clause for a deputy. A `deputy \"…\"` " +
      "detail, with its own `authority`, would let the checks confirm that every party seated on a decision body has a deputy who can commit " +
      "it when the representative is absent.",
  },
];
