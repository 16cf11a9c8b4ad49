// The guidance the spend rules rest on, cited the same way in every rule: the report, its section, and a
// short phrase found word for word in the passage.

import { source } from "../../guidance/sources";

export const FUTURE_PATHWAYS_FUND = source("CwC", "ch. 6, Future Pathways", "allowing co-ordinators to sign off expenditure up to £1000, with spend above £1000 considered by a panel");
export const FUTURE_PATHWAYS_ELIGIBILITY = source("CwC", "ch. 6, Future Pathways", "There are no eligibility thresholds");
export const CONSENSUS = source("CwC", "ch. 6, Learning from experience", "each member has the same authority and accountability as each other");
export const DEVOLVED = source("ENW", "Human, Responding with trust: devolved power and decision making", "give significant decision-making authority to those doing the work");
export const CAN_BUDGETS = source("CP", "Section 2, Support staff through culture change", "person-centred support with delegated budget control (CAN)");
export const GATES_COST = source("ENW", "What does this way of working achieve? Cost savings", "Turning people away from help costs money");
