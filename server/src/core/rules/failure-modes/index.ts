import type { Rule, Unchecked } from "../rule";
import { commissionerContact } from "./commissioner-contact";
import { grantExitPlan } from "./grant-exit-plan";
import { reviewPoint } from "./review-point";
import { unionEngagement } from "./union-engagement";

export const FAILURE_MODES_RULES: readonly Rule[] = [commissionerContact, grantExitPlan, reviewPoint, unionEngagement];

const HOVER_ONLY = "The guidance marks this failure mode as hover-only: it is about how people behave and feel, which no clause of an agreement records, so it is explained in hover help rather than checked.";

export const FAILURE_MODES_UNCHECKED: readonly Unchecked[] = [
  {
    id: "F4",
    title: "Decision spaces that make almost no decisions, because members still speak for their own organisations",
    reason: `${HOVER_ONLY} Checking it would need records of the decisions a body actually made, which an agreement does not hold.`,
  },
  {
    id: "F14",
    title: "Peer support and co-production bolted on while the core model stays the same",
    reason: `${HOVER_ONLY} Telling an add-on from a real change to the core model needs a judgement about how the service works; a construct naming which parts of the model peers and co-production change could make part of it checkable.`,
  },
  {
    id: "F15",
    title: "Public social partnerships that increased competition or power imbalances",
    reason: `${HOVER_ONLY} It describes what happened in some partnerships over time, not something an agreement states.`,
  },
  {
    id: "F16",
    title: "Emotional toll, overwhelm, isolation and burnout among the people doing the work",
    reason: `${HOVER_ONLY} Wellbeing and support for the people doing the work are not recorded by any clause; a construct declaring peer support for leaders and staff could make a reminder checkable.`,
  },
];
