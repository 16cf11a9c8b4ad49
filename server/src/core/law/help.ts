// Hover and completion help for the procurement clauses and their choices: what each means now, under the
// law in force, with the reports' advice and figures kept as history. The hover on `route` and
// `jurisdiction` adds, from law/hover.ts, the regime and the figure assumed for the document itself.

import { help, type Help } from "../guidance/help-entry";
import { source } from "../guidance/sources";
import { lawSource } from "./tables";

// --- where the help comes from ------------------------------------------------------------------------

const CWC_DIRECT = source("CwC", "ch. 4, Procurement: barrier or lever? (Tools)", "direct awards of up to £589k");
const CWC_PIN = source("CwC", "ch. 4, Procurement: barrier or lever? (Tools)", "Use of Prior Information Notices");
const CWC_FRAMEWORKS = source("CwC", "ch. 4, Procurement: barrier or lever? (Tools)", "Framework call-offs with built-in");
const CWC_DPS = source("CwC", "ch. 4, Procurement: barrier or lever? (Tools)", "Light Touch\" Dynamic Purchasing Systems");
const CWC_GRANTS = source("CwC", "ch. 4, Procurement: barrier or lever? (What we need)", "The capacity to use grant funding");
const CWC_GRANT_FREEDOM = source("CwC", "ch. 4, Procurement: barrier or lever? (Provide resources for innovation)", "relative flexibility and freedom provided by grants");
const CWC_PICKED_UP = source("CwC", "ch. 5, Funding innovation and change in a complex world", "be picked up by statutory funders and made sustainable");
const ENW_JOINTLY_LIABLE = source("ENW", "Commissioner: Plymouth City Council (case study)", "jointly liable for the performance of the contract");
const CWC_WIDGET = source("CwC", "ch. 4, Procurement: barrier or lever? (The challenge)", "too much \"widget procurement\" in social care");
const CWC_DUTY = source("CwC", "ch. 4, Procurement: barrier or lever? (Tools)", "Sustainable Procurement Duty");
const CWC_PSP = source("CwC", "ch. 1, How commissioning responds to complexity", "Public Social Partnerships are designed to foster dialogue");
const ET_DESIGN = source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "you can design the procurement to suit");
const ET_NOTICE = source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "Publish a Contract Notice or a Prior Information Notice as an advisory");
const ET_THRESHOLD = source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "over the £750k 'threshold'");
const ET_INNOVATION = source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "use an Innovation Partnership to commission");
const ET_THREE_YEARS = source("ET", "What does this mean for procurement? (More you can do)", "limited to three years");
const ET_RESERVED = source("ET", "What does this mean for procurement? (More you can do)", "public service mutuals and social enterprises");
const ET_GRANTS = source("ET", "What does this mean for procurement? (More you can do)", "Use grants rather than contracts");
const ET_TRANSPARENT = source("ET", "What does this mean for procurement? (Principled working)", "Be transparent");
const ET_DEFEND = source("ET", "What does this mean for procurement? (Dealing with challenge)", "Select or design a process to deliver on the objectives");
const ENW_PLYMOUTH = source("ENW", "Commissioner: Plymouth City Council (case study)", "conducted as a series of design conversations");
const CP_FRAMEWORK = source("CP", "Section 2 (Redesign commissioning and procurement)", "not making it onto Council Framework agreements");
const CP_QUOTE = source("CP", "Section 2 (Redesign commissioning and procurement)", "Partnerships [are] often forced by commissioning tenders");
const CP_SDS = source("CP", "Section 2 (Valuing lived experience)", "implementation of Self-directed Support");

const PA = lawSource("pa2023");
const PA_SCHEDULE_1 = lawSource("pa2023", "Schedule 1");
const PA_SCHEDULE_5 = lawSource("pa2023", "Schedule 5");
const PA_S33 = lawSource("pa2023", "section 33");
const PCR = lawSource("pcr2015");
const PCR_LIGHT_TOUCH = lawSource("pcr2015", "regulations 74 to 76");
const PSR = lawSource("psr2023");
const PCSR = lawSource("pcsr2015");
const PRSA = lawSource("prsa2014", "section 3");
const WALES = lawSource("pwr2024");

/** Said wherever a figure or a route rests on the law. */
const CONFIRM = "This is not legal advice: confirm what applies with your legal adviser.";
/** The reports' figures, as history. */
const HISTORY = "The reports give £589k (EUR 750,000) and £750k: those were the 2016–17 light-touch figures, not the law now.";

export const LAW_KEYWORD_HELP: Record<string, Help> = {
  jurisdiction: help(
    "Which UK nation's law the agreement is made under: england, wales, scotland or northern-ireland.",
    `The jurisdiction, with the kind of service and the date the procurement starts, decides which procurement law the checks apply: in England the Provider Selection Regime for health care and the Procurement Act 2023 otherwise, in Wales and Northern Ireland the Act, in Scotland the Scottish regulations of 2015 and the Procurement Reform (Scotland) Act 2014. Coping with Complexity comes from a Scottish programme; Examples and Tools writes of the English 2015 regulations. ${HISTORY} ${CONFIRM}`,
    PA, PSR, PCSR, CWC_DUTY, ET_THRESHOLD,
  ),
  route: help(
    "The procurement route, such as light-touch, competitive or direct-award-a, with the reason and any legal justification.",
    `The route says how the contract is awarded, and it has to be one the law in force has: the Provider Selection Regime's five processes for health care in England, and otherwise routes such as light-touch or a direct award. Write the reason after \`because\` and, for an award made without competition above the threshold, the legal ground after \`justification\`. The reports describe direct award, light-touch processes, innovation partnerships, reserved contracts and call-offs, and offer grants as another way to fund. ${CONFIRM}`,
    PSR, PA_SCHEDULE_5, CWC_DIRECT, ET_DESIGN, ET_GRANTS,
  ),
  services: help(
    "The kind of service bought: health-care, social-care or other-light-touch, the main one first.",
    `The kind of service decides the law in England: relevant authorities buying health care from 1 January 2024 follow the Provider Selection Regime, while social care and other light-touch services follow the Procurement Act 2023. A mixed contract comes under the regime only when health care is its main part, so write the main kind first, as in \`services health-care, social-care\`. ${CONFIRM}`,
    PSR, PA,
  ),
  "procurement starts": help(
    "The date the procurement begins, which decides the law and the figures in force.",
    `Write the date as year-month-day, as in \`procurement starts 2026-04-01\`. In England, Wales and Northern Ireland the Procurement Act 2023 governs procurements begun from 24 February 2025, and the Public Contracts Regulations 2015 those begun before; each threshold applies from a date. Without this date the checks use the term's start, then today, and say so on hover. ${CONFIRM}`,
    PA, PCR,
  ),
  notices: help(
    "The notices published for the procurement, such as tender-notice and contract-award-notice.",
    `Above the light-touch threshold the opportunity is announced and the award published: under the Procurement Act 2023 with a tender notice, then a contract award notice and contract details notice; under the 2015 regulations with a contract notice or prior information notice, then an award notice. Examples and Tools describes the 2015 version. Health care under the Provider Selection Regime has its own transparency notices. ${CONFIRM}`,
    PA_SCHEDULE_1, PCR_LIGHT_TOUCH, ET_NOTICE,
  ),
  "reserved for": help(
    "Who a reserved contract is reserved for, in quotes.",
    `Write who may bid, as in \`reserved for "public service mutuals"\`. Examples and Tools describes keeping certain light-touch contracts for organisations meeting set criteria, such as mutuals and social enterprises; under the Procurement Act 2023 certain light-touch contracts may be reserved for public service mutuals, for a limited term. Whether a service may be reserved is not checked. ${CONFIRM}`,
    PA_S33, ET_RESERVED,
  ),
  instrument: help(
    "Whether the money is given as a grant or under a contract, with the reason.",
    "Coping with Complexity asks commissioners to understand what grants can do and where they stop, and notes the room a grant gives to pilots and small tests. Examples and Tools suggests grants instead of contracts where they fit. Record the reasoning after `because`, as in `instrument contract because \"…\"`; a grant is not a procurement, but confirm with your legal adviser that the arrangement really is one.",
    CWC_GRANTS, CWC_GRANT_FREEDOM, ET_GRANTS,
  ),
  process: help(
    "The steps of a bespoke procurement process, each with how long it takes.",
    "A light-touch process may be designed by the commissioner, with pre-qualification, its own selection and rounds of competition or negotiation, provided it is clear and its timings reasonable. Listing each step with its length makes that clear to every bidder. Plymouth ran its tender as design conversations between commissioners and providers.",
    PCR_LIGHT_TOUCH, ET_DESIGN, ENW_PLYMOUTH,
  ),
};

export const LAW_CHOICE_HELP: Record<string, Help> = {
  // jurisdiction
  "jurisdiction:england": help(
    "England.",
    `Health care bought by NHS bodies and local authorities from 1 January 2024 follows the Provider Selection Regime; other services follow the Procurement Act 2023 from 24 February 2025, and the Public Contracts Regulations 2015 before. The light-touch threshold is £663,540 including VAT. ${HISTORY} ${CONFIRM}`,
    PSR, PA_SCHEDULE_1, PCR, ET_THRESHOLD,
  ),
  "jurisdiction:wales": help(
    "Wales.",
    `The Procurement Act 2023 applies from 24 February 2025, with the Procurement (Wales) Regulations 2024, which list the light-touch services; the 2015 regulations before. Health care in Wales may come under a separate Welsh regime that the checks do not model. ${HISTORY} ${CONFIRM}`,
    PA, WALES, PCR,
  ),
  "jurisdiction:scotland": help(
    "Scotland.",
    `The Procurement Act 2023 does not apply: Scotland follows the Public Contracts (Scotland) Regulations 2015 and the Procurement Reform (Scotland) Act 2014, under which a contract is regulated from £50,000 and a health or social care contract may be awarded without seeking offers up to the light-touch threshold. Coping with Complexity's £589k was that threshold in 2016–17; it is £663,540 from 2022. Scotland also has a Sustainable Procurement Duty and Self-directed Support. ${CONFIRM}`,
    PCSR, PRSA, CWC_DIRECT, CWC_DUTY, CP_SDS,
  ),
  "jurisdiction:northern-ireland": help(
    "Northern Ireland.",
    `The Procurement Act 2023 applies from 24 February 2025, and the Public Contracts Regulations 2015 before. The reports say nothing specific about Northern Ireland. ${HISTORY} ${CONFIRM}`,
    PA, PCR, ET_THRESHOLD,
  ),

  // serviceKind
  "serviceKind:health-care": help(
    "Health care services.",
    `In England, health care bought by a relevant authority from 1 January 2024 follows the Provider Selection Regime and its five processes, with no value threshold. Elsewhere, and before then, health care is a light-touch service. ${CONFIRM}`,
    PSR, PA,
  ),
  "serviceKind:social-care": help(
    "Social care services.",
    `Social care is a light-touch service: the Procurement Act 2023 in England, Wales and Northern Ireland (the 2015 regulations before 24 February 2025), and the Scottish regulations in Scotland. It falls outside the Provider Selection Regime unless mixed into a health care contract. ${CONFIRM}`,
    PA, PCSR, PSR,
  ),
  "serviceKind:other-light-touch": help(
    "Other services the law treats as light-touch, such as some education or community services.",
    `Other light-touch services follow the same law as social care. In Scotland, the freedom to award without seeking offers below the threshold is for health and social care, so other services may need offers sought from £50,000. ${CONFIRM}`,
    PA, PCSR, PRSA,
  ),

  // route
  "route:direct-award": help(
    "Awarding the contract without a competition.",
    `Above the light-touch threshold in force (£663,540 including VAT from 2022), a contract may be awarded without competition only on one of the law's grounds, such as those in the Procurement Act 2023, Schedule 5: record the ground with \`justification\`. Below it, local rules and, in Scotland, the 2014 Act still apply. ${HISTORY} Health care in England uses the Provider Selection Regime's direct awards instead. ${CONFIRM}`,
    PA_SCHEDULE_1, PA_SCHEDULE_5, PCSR, PRSA, CWC_DIRECT,
  ),
  "route:light-touch": help(
    "A process the commissioner designs under the light-touch rules for health, social and related services.",
    `Above the light-touch threshold (£663,540 including VAT from 2022) the commissioner may design its own clear process, with its own selection, competition and negotiation, but must advertise it and publish the award. ${HISTORY} Health care in England follows the Provider Selection Regime instead. ${CONFIRM}`,
    PA_SCHEDULE_1, PCR_LIGHT_TOUCH, ET_DESIGN, ET_NOTICE,
  ),
  "route:innovation-partnership": help(
    "A partnership to develop a new solution when the answer is not yet known.",
    `Examples and Tools recommends an innovation partnership when the answer is not yet known, and for joint commissioning, and says its length should follow the goal rather than a three-year limit. It is a procedure of the 2015 regulations; the Procurement Act 2023 has no procedure of that name, though a light-touch process may be designed to work alike. ${CONFIRM}`,
    ET_INNOVATION, ET_THREE_YEARS, PCR, PA,
  ),
  "route:reserved-contract": help(
    "A contract that only organisations meeting stated criteria, such as public service mutuals, may bid for.",
    `Examples and Tools describes reserving certain light-touch contracts for organisations such as mutuals and social enterprises. Under the Procurement Act 2023 certain light-touch contracts may be reserved for public service mutuals, for a limited term; say who may bid with \`reserved for\`. ${CONFIRM}`,
    PA_S33, ET_RESERVED,
  ),
  "route:framework-call-off": help(
    "A call-off from an existing framework.",
    `Coping with Complexity mentions light-touch frameworks and call-offs with solution development built in. Collaborate CIC and CCPS found partnerships disrupted when some partners could not get onto a council framework, so every provider in the alliance must be on it; record it with \`framework\` for each party. ${CONFIRM}`,
    CWC_FRAMEWORKS, CP_FRAMEWORK,
  ),
  "route:dps-call-off": help(
    "A call-off from a dynamic purchasing system.",
    `Coping with Complexity lists light-touch dynamic purchasing systems among the more flexible tools; unlike a closed framework, such a system can admit new suppliers while it runs. Under the Procurement Act 2023 dynamic purchasing systems give way to dynamic markets. ${CONFIRM}`,
    CWC_DPS, PA,
  ),
  "route:grant": help(
    "Funding by grant rather than by contract.",
    "A grant is not a procurement route of the regulations but another way to fund: Coping with Complexity asks commissioners to know what grants can do and where they stop, and Examples and Tools suggests grants instead of contracts where they fit. Record the reasoning with `instrument` and `because`.",
    CWC_GRANTS, ET_GRANTS,
  ),
  "route:public-social-partnership": help(
    "A public social partnership, the Scottish model in which public bodies and the third sector design services together.",
    "Public social partnerships are meant to foster dialogue and collaboration, but Coping with Complexity notes that in some areas they increased competitive behaviour. Be clear how the partnership will share power, and confirm with your legal adviser how the contract that follows it will be awarded.",
    CWC_PSP,
  ),
  "route:open-procedure": help(
    "A standard open competition.",
    `An open competition suits products better than complex services: Coping with Complexity warns against "widget procurement". For health and social care the light-touch rules let the commissioner design a process that fits an alliance. One provider interviewed by Collaborate CIC and CCPS said partnerships forced together by a tender, without an earlier relationship, are not good ones. ${CONFIRM}`,
    CWC_WIDGET, ET_DESIGN, CP_QUOTE,
  ),
  "route:other": help(
    "Another route, explained after because.",
    `If none of the listed routes fits, say what the route is and why after \`because\`, so legal and procurement colleagues and bidders can follow the reasoning and defend it if challenged. ${CONFIRM}`,
    ET_DEFEND,
  ),
  "route:direct-award-a": help(
    "Provider Selection Regime, Direct Award A: the existing provider is the only one able to provide the service.",
    `For health care in England from 1 January 2024, when only the existing provider can provide the service. The decision is recorded and a transparency notice published. ${CONFIRM}`,
    PSR,
  ),
  "route:direct-award-b": help(
    "Provider Selection Regime, Direct Award B: people choose their provider, and every capable provider is contracted.",
    `For health care in England from 1 January 2024 where patients choose their provider and the number of providers is not limited. ${CONFIRM}`,
    PSR,
  ),
  "route:direct-award-c": help(
    "Provider Selection Regime, Direct Award C: the existing provider is doing well and the service is not changing much.",
    `For health care in England from 1 January 2024, to award a new contract to an existing provider that meets the regime's criteria, when the service is not changing considerably. A standstill period and notices apply. ${CONFIRM}`,
    PSR,
  ),
  "route:most-suitable-provider": help(
    "Provider Selection Regime, Most Suitable Provider: choosing the most suitable provider without a competition.",
    `For health care in England from 1 January 2024, when the commissioner can identify the most suitable provider against the regime's key criteria without running a competition. ${CONFIRM}`,
    PSR,
  ),
  "route:competitive": help(
    "Provider Selection Regime, the competitive process.",
    `For health care in England from 1 January 2024, when the commissioner runs a competition to find the most suitable provider, designed to suit the service. ${CONFIRM}`,
    PSR,
  ),

  // instrument
  "instrument:grant": help(
    "Money given as a grant.",
    "A grant's freedom can help pilots and small tests of change, but grants have limits, and Coping with Complexity asks commissioners to know both. Record why a grant rather than a contract after `because`. Plan the exit from the start: funders often hope statutory funders will take up what a grant began, and that often does not happen.",
    CWC_GRANT_FREEDOM, CWC_PICKED_UP,
  ),
  "instrument:contract": help(
    "A binding contract.",
    "Coping with Complexity asks commissioners to be clear when a service contract is really needed, and Examples and Tools suggests grants where they fit. Plymouth let a single alliance contract whose members answer jointly for its performance. Record the reasoning after `because`; a contract is a procurement, so the route and the law in force apply.",
    CWC_GRANTS, ET_GRANTS, ENW_JOINTLY_LIABLE,
  ),

  // notice
  "notice:contract-notice": help(
    "A formal notice advertising the contract, under the 2015 regulations.",
    `Under the 2015 regulations a light-touch contract above the threshold was advertised, by contract notice or by prior information notice; under the Procurement Act 2023 the tender notice takes its place. ${CONFIRM}`,
    PCR_LIGHT_TOUCH, ET_NOTICE,
  ),
  "notice:prior-information-notice": help(
    "An advance notice of a planned procurement.",
    `Coping with Complexity recommends prior information notices with longer market engagement focused on redesign. Under the 2015 regulations such a notice could advertise a light-touch contract in place of a contract notice. ${CONFIRM}`,
    CWC_PIN, PCR_LIGHT_TOUCH,
  ),
  "notice:award-notice": help(
    "A notice published once the contract is awarded, under the 2015 regulations.",
    `Publishing the award is part of being transparent, one of the principles of fair procurement in Examples and Tools. Under the Procurement Act 2023 the contract award notice and contract details notice take its place. ${CONFIRM}`,
    PCR_LIGHT_TOUCH, ET_TRANSPARENT,
  ),
  "notice:tender-notice": help(
    "The Procurement Act 2023's notice advertising a procurement.",
    `Under the Act a light-touch contract above the threshold is advertised with a tender notice unless a direct-award ground applies. ${CONFIRM}`,
    PA,
  ),
  "notice:transparency-notice": help(
    "A notice of an intended direct award.",
    `Under the Procurement Act 2023 a direct award is announced with a transparency notice before the contract is entered into; the Provider Selection Regime has notices of its own. ${CONFIRM}`,
    PA_SCHEDULE_5, PSR,
  ),
  "notice:contract-award-notice": help(
    "The Procurement Act 2023's notice of the decision to award.",
    `Under the Act the award decision is published in a contract award notice, which starts the standstill period where one applies. ${CONFIRM}`,
    PA,
  ),
  "notice:contract-details-notice": help(
    "The Procurement Act 2023's notice once the contract is entered into.",
    `Under the Act the contract's details are published once it is entered into. ${CONFIRM}`,
    PA,
  ),
};
