import type { Rule, Unchecked } from "../rule";
import { purposeBoundary } from "./purpose-boundary-missing";
import { purposeListsServices } from "./purpose-lists-services";
import { purposeMissing } from "./purpose-missing";
import { purposeReviewed } from "./purpose-not-reviewed";
import { purposeSavings } from "./purpose-is-savings";

// R2.5 (every party states its contribution to the purpose) is checked with R1.5 by ALY104 in the parties topic.
export const PURPOSE_RULES: readonly Rule[] = [purposeMissing, purposeBoundary, purposeListsServices, purposeSavings, purposeReviewed];

export const PURPOSE_UNCHECKED: readonly Unchecked[] = [];
