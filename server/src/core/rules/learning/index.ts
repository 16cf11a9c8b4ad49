import type { Rule, Unchecked } from "../rule";
import { costSavingTarget } from "./cost-saving-target";
import { dataSharing } from "./data-sharing-agreement";
import { learningApartFromMoney } from "./learning-apart-from-money";
import { learningMeasureTied } from "./learning-measure-tied";
import { learningReview } from "./learning-review";
import { measureDetails } from "./measure-details";
import { narrativeSource } from "./narrative-source";
import { performanceTarget } from "./performance-target";
import { personDefinedMeasure } from "./person-defined-measure";
import { perspectives } from "./measure-perspectives";
import { processMeasureTarget } from "./process-measure-target";
import { singlePartyTarget } from "./single-party-target";
import { targetAgainstPrinciple } from "./target-against-learning-principle";

// R8.12 (every measure named anywhere is declared) is ALY010, the undeclared-name rule; ALY812 is left unused.
export const LEARNING_RULES: readonly Rule[] = [
  performanceTarget,
  learningMeasureTied,
  measureDetails,
  personDefinedMeasure,
  perspectives,
  narrativeSource,
  processMeasureTarget,
  learningReview,
  dataSharing,
  singlePartyTarget,
  learningApartFromMoney,
  costSavingTarget,
  targetAgainstPrinciple,
];

export const LEARNING_UNCHECKED: readonly Unchecked[] = [];
