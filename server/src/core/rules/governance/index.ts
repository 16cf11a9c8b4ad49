import type { Rule, Unchecked } from "../rule";
import { bodyComplete } from "./governance-body-incomplete";
import { chairIndependent } from "./governance-chair-not-independent";
import { frontlineRoute } from "./governance-no-frontline-route";
import { functionsAssigned } from "./governance-function-unassigned";
import { keyRoles } from "./governance-key-roles-concentrated";
import { orphanBody } from "./governance-orphan-body";
import { projectManager } from "./governance-project-manager-reporting";
import { reportingCycle } from "./governance-reporting-cycle";
import { reservedRole } from "./governance-role-reserved-to-party";
import { steward } from "./governance-no-steward";

export const GOVERNANCE_RULES: readonly Rule[] = [
  chairIndependent,
  projectManager,
  bodyComplete,
  functionsAssigned,
  steward,
  frontlineRoute,
  reservedRole,
  reportingCycle,
  orphanBody,
  keyRoles,
];

export const GOVERNANCE_UNCHECKED: readonly Unchecked[] = [];
