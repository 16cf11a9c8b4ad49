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
import { reservedContractTerm } from "./reserved-contract-term";
import { routeFitsLaw } from "./route-fits-law";
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
  routeFitsLaw,
  reservedContractTerm,
];

export const PROCUREMENT_UNCHECKED: readonly Unchecked[] = [
  {
    id: "R9.4",
    title: "A reserved contract is for a kind of service that the light-touch regime allows to be reserved",
    reason:
      "A reserved contract is checked for stating who it is reserved for, and `services` says whether the service is health care, social care or another light-touch service, " +
      "but the lists of services that may be reserved (under the Procurement Act 2023 and the Scottish regulations) are not modelled; a table of them, dated like the thresholds, would let this be checked.",
  },
];
