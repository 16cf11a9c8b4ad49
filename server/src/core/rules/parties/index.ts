import type { Rule, Unchecked } from "../rule";
import { contributionMissing } from "./contribution-missing";
import { frameworkMembership } from "./provider-not-on-framework";
import { noCommissioner } from "./commissioner-not-a-member";
import { providerLead } from "./provider-as-lead";
import { representativeAuthority } from "./representative-without-authority";
import { timeCommitment } from "./time-commitment-missing";
import { tooFewParties } from "./too-few-parties";

// R1.2 (party names unique and resolving) is checked by the integrity rules ALY010 and ALY011.
// R2.5 (every party states its contribution to the purpose) is checked together with R1.5 by ALY104.
export const PARTIES_RULES: readonly Rule[] = [
  tooFewParties,
  noCommissioner,
  representativeAuthority,
  contributionMissing,
  providerLead,
  frameworkMembership,
  timeCommitment,
];

export const PARTIES_UNCHECKED: readonly Unchecked[] = [];
