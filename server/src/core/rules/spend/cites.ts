// The guidance the spend rules rest on, cited the same way in every rule.

import { cite } from "../../guidance/sources";

export const FUTURE_PATHWAYS_FUND = cite("CwC", "ch. 6, Future Pathways: co-ordinators sign off up to £1000 and a panel considers spend above £1000");
export const FUTURE_PATHWAYS_ELIGIBILITY = cite("CwC", "ch. 6, Future Pathways: the fund has no eligibility thresholds");
export const CONSENSUS = cite("CwC", "ch. 6, Learning from experience: each member has the same authority, and a decision not passed by everyone falls");
export const DEVOLVED = cite("ENW", "Human, Responding with trust: devolved power and decision making");
export const CAN_BUDGETS = cite("CP", "Section 2, Support staff: CAN staff control delegated budgets");
export const BOARD_AUTHORITY = cite("CwC", "ch. 6, Learning from experience: representatives given authority by their own boards");
export const GATES_COST = cite("ENW", "What does this way of working achieve? Cost savings: eligibility and assessment gates are costly");
export const STAY_SAFE = cite("ENW", "Gateshead case study: the only constraints were to stay safe and stay legal");
