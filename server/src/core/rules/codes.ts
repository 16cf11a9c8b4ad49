// Every rule's code, on its own so that rule metadata can name the type without importing the registry
// (which imports every rule). The registry test checks that this list and the rules' own codes are the same.

/**
 * Every rule's code, in the order of `RULES`, so that a code written in the source is checked: `RuleCode`
 * is the union of these, rule metadata, `ruleByCode` and the fixes take it, and a misspelt code is a type
 * error. The registry test checks that this list and the rules' own codes are the same.
 */
export const RULE_CODES = [
  // Syntax
  "ALY001", "ALY002", "ALY003", "ALY004", "ALY005", "ALY006", "ALY007", "ALY009", "ALY018",
  // Names and structure
  "ALY010", "ALY011", "ALY012", "ALY013", "ALY014",
  // Suppressions
  "ALY015", "ALY016", "ALY017",
  // Parties and membership
  "ALY101", "ALY102", "ALY103", "ALY104", "ALY105", "ALY106", "ALY107",
  // Shared purpose
  "ALY201", "ALY202", "ALY203", "ALY204", "ALY205",
  // Principles, values and behaviours
  "ALY301", "ALY302", "ALY303", "ALY304", "ALY305", "ALY306",
  // Decision-making and consensus
  "ALY401", "ALY402", "ALY403", "ALY404", "ALY405", "ALY406", "ALY407", "ALY408", "ALY409", "ALY410",
  // Risk and reward
  "ALY501", "ALY502", "ALY503", "ALY504", "ALY505", "ALY506", "ALY507", "ALY508", "ALY509", "ALY510",
  // Spend thresholds and delegated authority
  "ALY601", "ALY602", "ALY603", "ALY604", "ALY605", "ALY606", "ALY613", "ALY607", "ALY608", "ALY609", "ALY610", "ALY611", "ALY612",
  // Governance bodies and roles
  "ALY701", "ALY702", "ALY703", "ALY704", "ALY705", "ALY706", "ALY707", "ALY708", "ALY709", "ALY710",
  // Learning, data and measures
  "ALY801", "ALY802", "ALY803", "ALY804", "ALY805", "ALY806", "ALY807", "ALY808", "ALY809", "ALY810", "ALY811", "ALY813", "ALY814",
  // Procurement routes and thresholds
  "ALY901", "ALY902", "ALY903", "ALY904", "ALY905", "ALY906", "ALY907", "ALY908", "ALY909", "ALY910", "ALY911", "ALY912", "ALY913", "ALY914",
  // Read-across between documents
  "ALY060", "ALY061", "ALY062", "ALY063", "ALY064", "ALY065", "ALY066", "ALY067", "ALY068", "ALY069", "ALY070",
  // Involving people who use services
  "ALY081", "ALY082", "ALY083", "ALY084", "ALY085", "ALY087", "ALY088",
  // Common failure modes
  "ALY091", "ALY092", "ALY093", "ALY094",
] as const;

export type RuleCode = (typeof RULE_CODES)[number];

/** Some rules' codes, checked: `RuleCodes<"ALY801" | "ALY802">` is a type error if either is not a rule's. */
export type RuleCodes<C extends RuleCode> = C;
