import type { Rule, Unchecked } from "../rule";
import { approverDecides } from "./spend-approver-no-decision-rule";
import { eligibility } from "./spend-eligibility-gate";
import { escalation } from "./spend-escalation-narrows";
import { frontlineBand } from "./spend-no-frontline-band";
import { ladderCurrency } from "./spend-ladder-currency";
import { ladderGap } from "./spend-ladder-gap";
import { ladderOrder } from "./spend-ladder-order";
import { ladderOverlap } from "./spend-ladder-overlap";
import { ladderSequence } from "./spend-bands-in-order";
import { ladderStart } from "./spend-ladder-start";
import { ladderTop } from "./spend-ladder-top";
import { panelDefined } from "./spend-panel-undefined";
import { singleParty } from "./spend-single-party-approver";

export const SPEND_RULES: readonly Rule[] = [
  ladderGap,
  ladderOverlap,
  ladderStart,
  ladderTop,
  ladderCurrency,
  ladderOrder,
  ladderSequence,
  escalation,
  frontlineBand,
  singleParty,
  panelDefined,
  approverDecides,
  eligibility,
];

export const SPEND_UNCHECKED: readonly Unchecked[] = [
  {
    id: "R6.9",
    title: "Each representative's authority from their own board covers the largest band they approve",
    reason:
      "A party's `authority` is free text in quotes, so the limit its board has delegated cannot be compared with the bands. An amount, such as `authority up to £25,000`, would make this checkable.",
  },
  {
    id: "R6.11",
    title: "Delegations are written as boundaries (safe, legal, within the principles), not as lists of allowed items",
    reason:
      "The spend ladder has amounts and approvers only; the language has no way to write a list of allowed items, so there is nothing to flag. A clause listing what a band may be spent on would make this checkable.",
  },
];
