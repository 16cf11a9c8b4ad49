import type { Rule, Unchecked } from "../rule";
import { directAwardCeiling } from "./direct-award-ceiling";
import { enablingTeamsEarly } from "./enabling-teams-early";
import { innovationPartnershipTerm } from "./innovation-partnership-term";
import { instrumentReason } from "./instrument-reason";
import { lightTouchProcess } from "./light-touch-process";
import { marketInputSharing } from "./market-input-sharing";
import { noticesExpected } from "./notices-expected";
import { procurementRoute } from "./procurement-route";
import { reservedContractCriteria } from "./reserved-contract-criteria";
import { socialValueLink } from "./social-value-link";
import { stagesCoverTerm } from "./stages-cover-term";
import { turnoverProportionate } from "./turnover-proportionate";

export const PROCUREMENT_RULES: readonly Rule[] = [
  procurementRoute,
  directAwardCeiling,
  noticesExpected,
  reservedContractCriteria,
  innovationPartnershipTerm,
  lightTouchProcess,
  marketInputSharing,
  socialValueLink,
  instrumentReason,
  turnoverProportionate,
  stagesCoverTerm,
  enablingTeamsEarly,
];

export const PROCUREMENT_UNCHECKED: readonly Unchecked[] = [
  {
    id: "R9.4",
    title: "A reserved contract is for a kind of service that the light-touch regime allows to be reserved",
    reason:
      "ALY904 checks that a reserved contract states who it is reserved for, but the language has no clause for the type of service being bought. " +
      "A service-type clause (for example `service-type health-social-related`) with the eligible types as choices would let this be checked.",
  },
];
