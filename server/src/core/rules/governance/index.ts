import type { Rule, Unchecked } from "../rule";
import { bodyComplete } from "./body-complete";
import { chairIndependent } from "./chair-independent";
import { frontlineRoute } from "./frontline-route";
import { functionsAssigned } from "./functions-assigned";
import { keyRoles } from "./key-roles";
import { orphanBody } from "./orphan-body";
import { projectManager } from "./project-manager";
import { reportingCycle } from "./reporting-cycle";
import { reservedRole } from "./reserved-role";
import { steward } from "./steward";

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
