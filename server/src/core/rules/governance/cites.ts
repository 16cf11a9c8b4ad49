// The guidance the governance rules rest on, cited the same way in every rule: the report, the section, and
// a short phrase found word for word in the passage.

import { source } from "../../guidance/sources";

export const INDEPENDENT_CHAIR = source("CwC", "ch. 6, Future Pathways, Learning from experience", "independent chair is generally recommended");
export const PROJECT_MANAGER = source("CwC", "ch. 6, Future Pathways, Key Learning", "A project manager who is aligned with the Alliance and reporting into them");
export const FRONTLINE_ACCESS = source("CwC", "ch. 6, Future Pathways, Positives about Alliances", "with access to the alliance board");
export const FIVE_FUNCTIONS = source("ET", "Example 1, Governance and learning", "Together the alliance creates a governing infrastructure");
export const LEGITIMACY = source("ENW", "How change happens, At the Centre: Governance and Learning", "ensuring that all relevant voices are actively sought out and heard");
export const CAN_TIERS = source("CP", "Part 1, City Ambition Network", "Group also meets monthly while the Keyworker Group meets every 2 weeks");
export const STEWARD = source("ENW", "Plymouth case study, the Council as Systems Steward", "The Council has taken on the role of Systems Steward");
export const BEST_PERSON = source("ENW", "Systems, Plymouth's principles, principle (f)", "appoint and select key roles on a best person basis");
export const KEY_PEOPLE = source("CP", "Part 2, the Collaborative Providers Index, Delivery: Functions", "supported but not overly relied upon");
