import type { Rule, Unchecked } from "../rule";
import { carveOutPrinciple } from "./carve-out-against-principle";
import { carveOutWide } from "./no-blame-exception-wide";
import { claimsNarrow } from "./claims-narrow";
import { closedBooksPrinciple } from "./closed-books-against-principle";
import { collectiveRiskKept } from "./collective-risk-kept";
import { noOwnMeasureIncentive } from "./no-own-measure-incentive";
import { openBook } from "./open-book";
import { shareCoversMembers } from "./share-covers-members";
import { shareTotals } from "./share-totals";
import { wilfulDefaultDefined } from "./wilful-default-defined";

export const RISK_RULES: readonly Rule[] = [
  collectiveRiskKept,
  shareCoversMembers,
  shareTotals,
  claimsNarrow,
  wilfulDefaultDefined,
  openBook,
  noOwnMeasureIncentive,
  carveOutPrinciple,
  carveOutWide,
  closedBooksPrinciple,
];

export const RISK_UNCHECKED: readonly Unchecked[] = [];
