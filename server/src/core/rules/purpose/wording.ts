// Word lists for the purpose heuristics. They are deliberately short and conservative: a purpose is
// flagged only when its wording clearly reads as services or savings, never on a near miss.

/** Words that say something changes for people: if any is present, the purpose is not a list of services. */
export const CHANGE_WORDS =
  /\b(live|lives|living|thrive|thrives|flourish|flourishes|recover|recovers|recovery|well|wellbeing|well-being|safe|safer|safely|healthy|healthier|independent|independently|independence|fulfilling|fulfilled|choose|chooses|choice|choices|control|belong|belongs|connected|able|enable|enables|empower|empowers|nobody|no one|no-one|no longer|free from|end|ends|ending|improve|improves|improved|better|happier|cope|copes|achieve|achieves|goals|matters|get|gets|stay|stays|remain|remains|need to|find|finds|keep|keeps|home|homes|feel|feels|recovering|reach|reaches|grow|grows|have a say|on their own terms)\b/i;

/** A purpose that opens with the people it is for ("People in Wrexham …", "Older people …"): it is about them, not services. */
export const PEOPLE_LEAD =
  /^\s*(?:all\s+|every\s+|the\s+)?(?:people|person|adults?|older people|children|young people|families|everyone|everybody|nobody|no one|women|men|carers|survivors|residents|citizens|those|anyone|each person|individuals)\b/i;

/** A purpose that opens by describing provision: "to provide …", "the delivery of …". */
export const SERVICE_LEAD =
  /^\s*(?:the\s+)?(?:(?:our\s+)?purpose\s+is\s+)?(?:(?:to\s+)?(?:provide|deliver|commission|procure|supply|run|operate)\b|(?:provision|delivery|commissioning|procurement|supply)\s+of\b)/i;

/** Nouns for services and activities. */
export const SERVICE_NOUNS =
  /\b(services?|provision|contracts?|beds?|hostels?|sessions?|packages?|placements?|programmes?|interventions?|activities|support|care|treatment|accommodation|housing|outreach|drop-ins?|helplines?|day centres?)\b/i;

/** A count of units of service: "120 beds", "2,000 support hours"; not a time of day or week ("24 hours a day"). */
export const VOLUME =
  /\b\d[\d,]*\s+(?:[a-z-]+\s+){0,2}(beds?|places?|hours?|sessions?|units?|visits?|contacts?|packages?|appointments?|placements?|referrals?|assessments?|spaces?|interventions?)\b(?!\s+(?:a|per|each)\s+(?:day|week|month|year))/i;

/** Saving money or cutting cost as an aim. */
export const SAVINGS =
  /\b(efficiency savings|cost[- ]?savings?|savings|sav(?:e|es|ing) money|cost[- ]reductions?|reduc(?:e|es|ed|ing)\s+(?:the\s+)?(?:costs?|spend|spending|expenditure)|reductions?\s+in\s+(?:the\s+)?(?:costs?|spend|spending|expenditure)|cut(?:s|ting)?\s+(?:the\s+)?(?:costs?|spend|spending|budgets?)|cost[- ]cutting|cheaper|lower\s+costs?|efficienc(?:y|ies))\b/i;
