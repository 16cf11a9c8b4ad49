// The guidance the governance rules rest on, cited the same way in every rule.

import { cite } from "../../guidance/sources";

export const INDEPENDENT_CHAIR = cite("CwC", "ch. 6, Learning from experience: an independent chair is generally recommended");
export const PROJECT_MANAGER = cite("CwC", "ch. 6, Key Learning: a project manager aligned with and reporting to the alliance");
export const FRONTLINE_ACCESS = cite("CwC", "ch. 6, Positives about Alliances: frontline staff have access to the alliance board");
export const FIVE_FUNCTIONS = cite("ET", "Example 1, Governance and learning: the five jobs of the governing infrastructure");
export const LEGITIMACY = cite("ENW", "How change happens, At the Centre: governance asks who has the legitimacy to judge");
export const CAN_TIERS = cite("CP", "Part 1, City Ambition Network profile: Steering, Operational and Keyworker Groups");
export const STEWARD = cite("ENW", "Systems, System Stewards; Plymouth case study");
export const BEST_PERSON = cite("ENW", "Systems, Plymouth's principles: principle (f), key roles on a best person basis");
export const KEY_PEOPLE = cite("CP", "Part 1, Common features; Part 2, the Index (Functions): support key people without relying on them too much");
