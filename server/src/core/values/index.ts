// The values the grammar reads, each worked out (and its problem worded) in a module of its own, handed to
// the generated parser as `options.values` so that the grammar itself holds only syntax.

import { dateValue, dayFirstDate } from "./dates";
import { durationError } from "./duration";
import { codePointEscape, unknownEscape } from "./escapes";
import { moneyValue, SYMBOL_CURRENCY } from "./money";
import { percentValue } from "./percent";

export const VALUES = { moneyValue, SYMBOL_CURRENCY, percentValue, dateValue, dayFirstDate, durationError, codePointEscape, unknownEscape } as const;
