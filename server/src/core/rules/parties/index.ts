import type { Rule, Unchecked } from "../rule";
import { contributionMissing } from "./contribution-missing";
import { frameworkMembership } from "./framework-membership";
import { noCommissioner } from "./no-commissioner";
import { providerLead } from "./provider-lead";
import { representativeAuthority } from "./representative-authority";
import { timeCommitment } from "./time-commitment";
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
