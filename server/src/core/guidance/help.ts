// Help shown on hover and in completion: what each keyword and each fixed choice means, in our own
// words, with the guidance it rests on. Keys are keywords as a person writes them.
//
// Summaries are one line of plain text (completion lists show them without formatting); details are
// two to five sentences of Markdown. Figures carry their source, and legal figures carry the caution
// that the law has changed since the reports were written.

import { cite } from "./sources";

export interface Help {
  /** One line: what this is. */
  summary: string;
  /** A short paragraph: what it means for the alliance, and what the guidance says. */
  detail: string;
  /** Report and section, as cited elsewhere. */
  sources: string[];
}

function help(summary: string, detail: string, ...sources: string[]): Help {
  return { summary, detail, sources };
}

// --- where the help comes from ------------------------------------------------------------------------

const CWC1 = cite("CwC", "ch. 1 (How commissioning responds to complexity)");
const CWC2 = cite("CwC", "ch. 2 (System purpose)");
const CWC3 = cite("CwC", "ch. 3 (System change in social care funding)");
const CWC4 = cite("CwC", "ch. 4 (Procurement: barrier or lever?)");
const CWC5 = cite("CwC", "ch. 5 (Funding innovation and change in a complex world)");
const CWC6 = cite("CwC", "ch. 6 (Contracting for culture change: alliancing and alliance contracting)");
const CWC7 = cite("CwC", "ch. 7 (Leading change in complex situations)");
const FP = cite("CwC", "ch. 6 (Future Pathways)");
const FP_LEARNING = cite("CwC", "ch. 6 (Learning from experience)");
const FP_KEY = cite("CwC", "ch. 6 (Key Learning)");
const FP_POSITIVES = cite("CwC", "ch. 6 (Positives about Alliances)");

const PRINCIPLES = cite("ENW", "Systems (Plymouth's principles)");
const PLYMOUTH = cite("ENW", "Commissioner: Plymouth City Council (case study)");
const STEWARDS = cite("ENW", "Systems (System Stewards)");
const HEALTHY_SYSTEM = cite("ENW", "Systems (What does a healthy system look like?)");
const TRUST = cite("ENW", "Human (Responding with trust: devolved power and decision making)");
const TRUST_FUNDING = cite("ENW", "Human (Funders and commissioners: trust-based funding)");
const FOR_LEARNING = cite("ENW", "Learning (Funding and commissioning for learning, not services)");
const DATA = cite("ENW", "Learning (Using data to learn; Gateshead measures)");
const LEARNING_CULTURE = cite("ENW", "Learning (Creating a learning culture)");
const ACCOUNTABILITY = cite("ENW", "Learning (Learning and accountability)");
const COST_SAVINGS = cite("ENW", "What does this way of working achieve? (Cost savings)");
const START = cite("ENW", "How change happens (Start with purpose)");
const VISIBLE = cite("ENW", "How change happens (Make the system visible)");
const SHARED_PURPOSE = cite("ENW", "How change happens (Establishing shared purpose)");
const MAKING_PRINCIPLES = cite("ENW", "How change happens (Developing principles, values and behaviours)");
const CULTURE_CHANGE = cite("ENW", "How change happens (Culture change)");
const AT_THE_CENTRE = cite("ENW", "How change happens (At the Centre: Governance and Learning)");
const EMBEDDING = cite("ENW", "How change happens (Embedding and influencing)");
const RESOURCES = cite("ENW", "How change happens (Resource Allocation)");
const CONDITIONS = cite("ENW", "Conditions for change");
const CORNERSTONE = cite("ENW", "Charity provider: Cornerstone (case study)");
const GATESHEAD = cite("ENW", "Public service reform: Gateshead (case study)");
const BLAGRAVE = cite("ENW", "Funder: Blagrave Trust (case study)");

const EXAMPLE_1 = cite("ET", "Example 1 (funder/commissioner led)");
const GOVERNANCE = cite("ET", "Example 1 (Governance and learning)");
const MODEL_2 = cite("ET", "Example 2 and Model 2 (delivery led)");
const PROCUREMENT = cite("ET", "What does this mean for procurement?");
const REGULATIONS = cite("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)");
const PRINCIPLED = cite("ET", "What does this mean for procurement? (Principled working)");
const SOCIAL_VALUE = cite("ET", "What does this mean for procurement? (Social value)");
const CHALLENGE = cite("ET", "What does this mean for procurement? (Dealing with challenge)");
const MORE = cite("ET", "What does this mean for procurement? (More you can do)");

const TPC_NOW = cite("TPC", "Part One (What do commissioner and funder relationships look and feel like now?)");
const TPC_PROCESS = cite("TPC", "Part One (Process: experience-led design and delivery)");
const TPC_ACCESS = cite("TPC", "Part One (Process: open and transparent commissioning and access to commissioners)");
const TPC_BEHAVIOUR = cite("TPC", "Part One (Behaviour: collective decision-making and bravery)");
const TPC_SUGGESTIONS = cite("TPC", "Part One (Behaviour: practical suggestions)");
const TPC_LANGUAGE = cite("TPC", "Part One (Behaviour: accessible language); Appendix Three");
const TPC_APPENDIX_1 = cite("TPC", "Appendix One");

const CP_COMMON = cite("CP", "Part 1 (Common features of collaborations)");
const CP_CAN = cite("CP", "Part 1 (City Ambition Network)");
const CP_INVERCLYDE = cite("CP", "Part 1 (Inverclyde Connections)");
const CP_FAIR_DEAL = cite("CP", "Part 1 (Connecting Fair Deal and Support for Ordinary Living)");
const CP_PRACTICE = cite("CP", "Section 1 (Collaboration in practice)");
const CP_LIVED = cite("CP", "Section 2 (Valuing lived experience)");
const CP_EVIDENCE = cite("CP", "Section 2 (Use evidence with shared purpose)");
const CP_REDESIGN = cite("CP", "Section 2 (Redesign commissioning and procurement)");
const CP_INSIGHT = cite("CP", "Future priorities, THREE (Bridge the insight gap)");
const CP_CAPABILITIES = cite("CP", "Future priorities, SIX (Create the right capabilities in places)");
const CP_INDEX_PLACES = cite("CP", "Part 2 (The Collaborative Providers Index: Places)");
const CP_INDEX_DELIVERY = cite("CP", "Part 2 (The Collaborative Providers Index: Delivery)");

// The caution every legal figure carries.
const LAW_HAS_CHANGED =
  "These figures date from 2016 to 2019 and the law has changed since (the Procurement Act 2023, and for health care in England the NHS Provider Selection Regime), so treat them as defaults to check with your legal advisers.";
const LAW_MOVED =
  "Procurement law has changed since the guidance was written (the Procurement Act 2023, and for health care in England the NHS Provider Selection Regime), so check what applies now with your legal advisers.";
const THRESHOLD_FIGURES =
  "Coping with Complexity (chapter 4) draws the line in health and social care at £589k (EUR 750,000), with direct award below it and the Light Touch Regime above, and Exploring the New World, Examples and Tools writes the same threshold as £750k.";

// --- keywords -------------------------------------------------------------------------------------------

export const KEYWORD_HELP: Record<string, Help> = {
  // The kinds of document.
  agreement: help(
    "The alliance agreement: the parties, their shared purpose and the rules they all sign up to.",
    "An alliance agreement is one agreement between the commissioner and every provider, under which they plan and deliver support together and answer for it jointly. Coping with Complexity calls this a deliberate transfer of power within commissioning, and Plymouth's alliance contract rests on agreed principles rather than on outputs or outcomes. The agreement holds the purpose, parties, principles, decision rules, risk sharing, spend limits, bodies and learning; tender documents written `for` it are checked against it.",
    CWC6, PLYMOUTH,
  ),
  specification: help(
    "The specification an alliance is tendered on, written for its agreement.",
    "A specification tells bidders what they are asked to do and which of the agreement's principles they would sign up to. The guidance asks that the tender, the specification and its requirements, and the evaluation and selection criteria all read across, agreeing with one another, because that consistency is the best defence against a legal challenge. Plymouth's tender set no outputs or outcomes and treated measurement as learning, so an alliance specification can say `targets none`.",
    CHALLENGE, PLYMOUTH,
  ),
  tender: help(
    "The invitation to tender: the questions bidders answer, the deadline and the process.",
    "A tender document sets out what bidders must answer, when bids are due and how the process runs. Every bidder must be treated alike, with the same information, opportunities, procedure and assessment, and the questions asked should be the ones the evaluation scores. Plymouth's tender took the form of design conversations with bidders rather than asking them to promise fixed outputs.",
    PRINCIPLED, CHALLENGE, PLYMOUTH,
  ),
  evaluation: help(
    "How bids are scored: the selection and award criteria, with their weights.",
    "An evaluation document lists the criteria bids are judged on, each with a weight and a stage, selection or award. Each criterion should trace back to a requirement, question or principle in the documents it is written for, and the weights at each stage should total 100%. Keeping the scoring in step with the specification is part of the read-across the guidance recommends as a defence against challenge.",
    CHALLENGE, PRINCIPLED,
  ),

  // Clauses of a document.
  purpose: help(
    "The shared purpose: the change for people that the whole alliance exists to bring about.",
    "Exploring the New World says to begin with purpose: a system is defined by the change it is there to make, and that also marks its edges. Write the purpose as an outcome for people that partners can rally around, not as a list of services to buy, and let the people the system serves help shape it. The optional block adds `people`, `place` and `scope` to say whom it serves, where and what it covers. Governance should keep testing practice against this purpose.",
    START, SHARED_PURPOSE, EXAMPLE_1, AT_THE_CENTRE,
  ),
  jurisdiction: help(
    "Which UK nation's law the agreement is made under: england, wales, scotland or northern-ireland.",
    `The jurisdiction decides which legal figures the checks assume, such as the ceiling for awarding a contract without a competition. ${THRESHOLD_FIGURES} Neither report says which nation its figure belongs to. ${LAW_HAS_CHANGED}`,
    CWC4, REGULATIONS,
  ),
  term: help(
    "How long the agreement runs, and from when.",
    "Write a length and a start date, as in `term 10 years from 2019-04-01`, or two dates, as in `term 2019-04-01 to 2029-03-31`. An alliance that learns and adapts needs time: Plymouth's commission was £80m over 10 years, and York's substance-misuse contract was planned to evolve over seven years. The term must be the same in every document of the tender pack, since the guidance asks for those documents to read across.",
    PLYMOUTH, FOR_LEARNING, CHALLENGE,
  ),
  value: help(
    "The money the agreement covers, optionally per year and pooled by named parties.",
    `Write the amount, as in \`value £80,000,000 pooled by PCC, CCG\`; the value decides which procurement rules apply. ${THRESHOLD_FIGURES} ${LAW_HAS_CHANGED} The guidance favours pooled budgets so that money can cross service silos.`,
    CWC4, REGULATIONS, RESOURCES, PLYMOUTH,
  ),
  parties: help(
    "The list of every party to the agreement: short name, role and full name.",
    "An alliance needs at least two parties committed to a common goal, with the commissioner and the providers equally responsible for delivery. The commissioner belongs in this list as a member, not only as the buyer: Plymouth City Council signed its alliance once the tender was over. People with lived experience can sign as parties in their own right, as three survivors did in Future Pathways. Each party's block can give its representative, their authority, its contribution, a contact and the time it commits.",
    CWC6, PLYMOUTH, FP,
  ),
  roles: help(
    "The named roles of the alliance, such as its chair, project manager and frontline workers.",
    "Roles give authority to a job rather than to an organisation: a co-ordinator who approves small spends, a project manager, a chair. Coping with Complexity found that the project manager must answer to the alliance and share its aims, and it recommends an independent chair. Plymouth's principles fill key roles with the best person rather than by organisational entitlement. After a role, `reports to` says whom it answers to and `held by` which party holds it.",
    FP_KEY, FP_LEARNING, PRINCIPLES,
  ),
  principles: help(
    "The alliance's principles: a block of named principles in an agreement, or a list of them in a tender document.",
    "Principles say how the parties will behave, so that they hold one another to account for conduct rather than for narrow tasks. Plymouth's seven Alliance Principles cover shared risk, a \"Best for People using Services\" test, unanimous decisions on key issues, no fault and no blame, open books, the best person in key roles, and the \"Alliance Values and Behaviours\". Add `co-produced with` to record who shaped them, since the guidance asks for principles made with the people in the system. In a specification, tender or evaluation, `principles` lists the agreement's principles that bidders are told about.",
    MAKING_PRINCIPLES, PRINCIPLES, EXAMPLE_1,
  ),
  values: help(
    "The alliance's values and behaviours: how the parties agree to treat each other.",
    "Plymouth's seventh principle binds every participant to its \"Alliance Values and Behaviours\", so an agreement that names such a set should spell it out. IVAR found that values have to be shared across organisations rather than held by a few key people, and names generosity, respect, compassion and commitment. When the alliance is under strain people tend to fall back on old ways, and the agreed values then act as a reminder.",
    PRINCIPLES, TPC_BEHAVIOUR, FP_LEARNING,
  ),
  definitions: help(
    "Terms the agreement uses in a particular sense, each with its meaning in quotes.",
    "Any term that carries legal weight belongs here, as in `wilful-default \"A deliberate breach…\"`. Plymouth's no-fault, no-blame principle keeps wilful default as its only exception, yet the report never says what wilful default means, and everything the parties give up turns on that meaning. Define also any named set a principle refers to, and any jargon that people using services will read.",
    PRINCIPLES, TPC_LANGUAGE,
  ),
  "key-issues": help(
    "The key issues: the decisions that need every member's agreement.",
    "Plymouth commits to deciding all key issues unanimously, guided by its principles and values. Unless the agreement lists what counts as a key issue, the parties can later disagree about which decisions need everyone. Typical key issues are how the budget is divided, changes to the spend limits and new members joining.",
    PRINCIPLES, FP_LEARNING,
  ),
  body: help(
    "A body of the alliance, such as its board, a spending panel or an advisory panel.",
    "A body's block says who sits on it, who chairs it, what it decides and how, how often it meets and which jobs it does, as in `body Board \"Alliance Leadership Board\" {`. In the Example 1 model the alliance's governing structure shares out resources, oversees delivery, keeps up the culture, makes sure information is captured and reflected on, and keeps asking whether this is what was intended. City Ambition Network runs steering, operational and keyworker groups, and found that meeting often let it solve problems quickly. Start informal and formalise as the alliance matures.",
    GOVERNANCE, CP_CAN, CP_COMMON,
  ),
  risk: help(
    "How the parties share risk: collective responsibility, pain and gain shares, a cap, no-fault-no-blame and open books.",
    "Plymouth's participants carry every risk of providing the services together, and its member organisations are jointly liable for the contract. This block says whether responsibility is collective, how losses and savings are split, the most a party can lose or gain, which claims remain possible and how the books are kept. Coping with Complexity warns that uncertainty is often mistaken for risk, so that controls outgrow the real danger.",
    PRINCIPLES, PLYMOUTH, CWC6,
  ),
  spend: help(
    "The spend ladder: who may approve spending of each size, from the frontline up.",
    "Each line is a band, such as `up to £1,000 approved by Coordinator` and `over £1,000 approved by Panel`, and the bands should run up from zero with no gaps or overlaps. In Future Pathways, support co-ordinators could approve up to £1000 from a discretionary fund, and a panel considered anything larger. Exploring the New World found that frontline workers need real authority over small, everyday spends so that they can act quickly, within what is safe and legal.",
    FP, TRUST, GATESHEAD,
  ),
  learning: help(
    "How the alliance learns: its measures, its review cycle and its data-sharing agreement.",
    "Plymouth's contract set no outputs or outcomes and relied on the members learning together as peers. The guidance advises settling at design stage which data to gather, how to analyse it, who will interpret it and how the alliance will act on what it finds. Measures here serve learning rather than performance management, because targets invite gaming.",
    FOR_LEARNING, EXAMPLE_1, CWC3, ACCOUNTABILITY,
  ),
  involvement: help(
    "How people who use services are involved, at which stages, and how they hear what changed.",
    "IVAR's research asks for people who use services to take part at every stage: identifying need, designing the service, agreeing outcomes and reviewing. Asking for views without the means or the will to act on them is tokenistic and erodes trust, so `feedback` says how the alliance answers people. Where people share their stories, `safe-sharing` says how they are supported to do it safely.",
    TPC_PROCESS, CONDITIONS, CP_LIVED,
  ),
  steward: help(
    "The system steward: the party, body or role that looks after the health of the whole system.",
    "A system steward creates the conditions for everyone else in the system to work well. It need not be the funder, although how the funder or commissioner behaves sets the tone for every relationship. Plymouth City Council acts as steward: it makes the system visible, builds trust through facilitated sessions and allocates money through the alliance contract.",
    STEWARDS, PLYMOUTH,
  ),
  route: help(
    "The procurement route, such as light-touch or innovation-partnership, with the reason.",
    `The route says how the contract is awarded, and it has to fit the value and the kind of service; write the reason after \`because\`. The guidance describes direct award, the Light Touch Regime, Innovation Partnerships, Reserved Contracts, framework and dynamic purchasing system call-offs, and grants, all under the 2015 Public Contracts Regulations. ${LAW_MOVED}`,
    CWC4, REGULATIONS, MORE,
  ),
  notices: help(
    "The notices published for the procurement: contract-notice, prior-information-notice, award-notice.",
    `Above the light-touch threshold the guidance says to publish an advisory notice, either a Prior Information Notice or a Contract Notice, and then a notice when the contract is awarded. ${THRESHOLD_FIGURES} ${LAW_HAS_CHANGED}`,
    REGULATIONS, CWC4,
  ),
  stages: help(
    "A staged contract: what happens in each year of the term, and who writes each stage.",
    "York's substance-misuse contract was planned as seven years of learning: the first year for co-production, the second for trying out new ways of working, and years three to seven for a specification the providers and the commissioner write together. The stages should cover the whole term and name the joint authors of the stages still to be written. Each line is a stage, as in `years 3 to 7 \"Specification written together\" written by CYC, Ouse`.",
    FOR_LEARNING,
  ),
  requirements: help(
    "The specification's requirements, each with its level: mandatory, desirable, pass-fail or contract-condition.",
    "Every mandatory requirement should be scored by an evaluation criterion, or else be marked as pass-fail or as a condition of contract, so that nothing bidders are told matters goes unassessed. Write `about` and the principles a requirement tests, so the read-across from agreement to specification to evaluation can be checked. Keep requirements proportionate to what is being commissioned.",
    CHALLENGE, MORE,
  ),
  targets: help(
    "The targets the specification sets for providers, or none.",
    "Plymouth's tender set no outputs or outcomes, and the guidance warns that managing performance by targets breeds gaming and makes good outcomes harder to reach. If the agreement works by learning rather than targets, the specification and evaluation should neither demand nor score target commitments. Write `targets none` to say so plainly.",
    PLYMOUTH, CWC3, ACCOUNTABILITY,
  ),
  questions: help(
    "The questions bidders answer in the tender, each with what it is about.",
    "Each evaluation criterion should map to a question the tender actually asks, and `about` says which requirements or principles a question covers. Equal treatment means every bidder gets the same questions and information and is assessed the same way. Questions on how a bidder will share risk or decide with the others also disclose the alliance's working principles to all of them.",
    CHALLENGE, PRINCIPLED,
  ),
  criterion: help(
    "One evaluation criterion: a short name, a title, its weight, its stage and what it assesses.",
    "The weights at each stage should total 100%, and a criterion belongs to selection or to award, not both. Every criterion should trace to the requirement, question or principle it `assesses`, which is the read-across the guidance recommends. Mark social value with `social-value` and link it to something the contract requires, because social value has to relate objectively to the contract.",
    CHALLENGE, SOCIAL_VALUE, MORE,
  ),
  deadline: help(
    "The date bids are due.",
    "Write the date as year-month-day, as in `deadline 2019-01-31`. Under the light-touch rules an authority may run its own process so long as its timeframes are reasonable and proportionate, and every bidder must get the same deadline and information. Allow enough time for small and user-led organisations, and for partnerships of providers, to put a bid together.",
    REGULATIONS, PRINCIPLED,
  ),
  "reserved for": help(
    "Who a reserved contract is reserved for, in quotes.",
    "Write who may bid, as in `reserved for \"public service mutuals\"`. The 2015 Regulations let an authority reserve certain light-touch contracts for organisations that meet stated criteria, for example public service mutuals or social enterprises, as a way to involve voluntary and civil society. The contract must run under the Light Touch Regime and be for an eligible kind of service; the rules have changed under the Procurement Act 2023, so confirm eligibility with your legal advisers.",
    REGULATIONS, MORE,
  ),
  instrument: help(
    "Whether the money is given as a grant or under a contract, with the reason.",
    "Coping with Complexity asks commissioners to understand when grant funding can be used, what its limits are, and when a service contract is genuinely the right vehicle. Grants allow a freedom that can encourage pilots and small tests of change, and Exploring the New World suggests using them instead of contracts where they fit. Record the reasoning after `because`, as in `instrument contract because \"…\"`.",
    CWC4, MORE,
  ),
  "involved early": help(
    "Which enabling teams were brought in before the tender: legal, finance, procurement, audit.",
    "Exploring the New World counts bringing in legal, finance, procurement and audit colleagues too late, and a history of blame, among the barriers to working this way. Bring these colleagues in as early as you can, so that they see the whole picture and help solve problems rather than raise them. Senior allies who will carry the risk help too.",
    CONDITIONS, PROCUREMENT,
  ),
  "exit-plan": help(
    "What happens when time-limited funding or the term ends, in quotes.",
    "Coping with Complexity reports that innovation paid for by grants is often not taken up by statutory funders afterwards. Plan from the start how support carries on, or winds down safely, when the money or the term runs out. Say who does what and when, so that the people supported are not left without help.",
    CWC5,
  ),
  "review-point": help(
    "A point at which the alliance stops to review its first cycle before embedding it further.",
    "Write a date or a length of time from the start, as in `review-point after 18 months`. Exploring the New World warns against starting with too wide a scope, so a first cycle should build in a moment to take stock before the approach is spread. What the review looks at, and which body holds it, belongs in the learning block.",
    EMBEDDING,
  ),
  "market-engagement": help(
    "What was done with providers and people who use services before the tender, in quotes.",
    "The 2015 Regulations allow a consultation with the market before the tender, on what to buy as well as on how to buy it, and Coping with Complexity recommends longer market engagement focused on redesign. Plymouth's commissioning built on years of system change work and a consultation with more than 70 services and 400 service users and carers. Collaborate CIC and CCPS found that partnerships pushed together by a tender, with no earlier relationship, tend to be weak.",
    REGULATIONS, CWC4, PLYMOUTH, CP_REDESIGN,
  ),
  "input-sharing": help(
    "How providers' input before the tender was shared with every bidder, in quotes.",
    "Providers may help shape the specification before the tender, but the guidance says to be clear how their input will be used and to share it with all bidders on an equal footing. Equal treatment covers the information bidders receive as well as how they are judged. Say what was shared, with whom and when.",
    MORE, PRINCIPLED,
  ),
  process: help(
    "The steps of a bespoke procurement process, each with how long it takes.",
    "Under the Light Touch Regime the authority may design its own process, with pre-qualification, bespoke selection, and stages of competition and negotiation, as long as the process is clear and its timeframes reasonable and proportionate. Listing the steps and their lengths makes the process clear to every bidder. Plymouth's own tender was built around design conversations with bidders.",
    REGULATIONS, PLYMOUTH,
  ),
  "minimum-turnover": help(
    "The smallest yearly turnover a bidder must have.",
    "Write an amount, as in `minimum-turnover £500,000`. Exploring the New World, Examples and Tools asks for financial thresholds and risk criteria in proportion to what is being commissioned. A turnover floor set high against the contract's yearly value shuts out small, local and user-led organisations; the multiple the checks allow is this tool's own default, which you can change in settings.",
    MORE,
  ),
  "staff-changes": help(
    "How staff roles change under the alliance, in quotes.",
    "Changing how people work can unsettle a workforce deeply: Exploring the New World quotes a provider that lost half its workforce after interviewing every member of staff again. Say which roles change, how and when, so that the people affected and their representatives can be involved early. Where roles change, record with `union-engagement` how staff and unions are involved.",
    CULTURE_CHANGE,
  ),
  "union-engagement": help(
    "How staff and their unions are involved in changes to their work, in quotes.",
    "Cornerstone, which moved to self-organising teams, met long-running opposition from unions and advises other organisations to involve them as early as possible. Engaging staff and unions from the start lowers the risk of losing experienced people. Say who is consulted, on what and when.",
    CORNERSTONE, CULTURE_CHANGE,
  ),

  // Inside a purpose block.
  people: help(
    "Whom the shared purpose is for, in quotes.",
    "Write a description, as in `people \"Adults with multiple and complex needs\"`. Naming the people served draws part of the system's boundary, which the guidance says to set early and refine. Those people should also help shape the purpose, not only be described by it.",
    START, SHARED_PURPOSE,
  ),
  place: help(
    "Where the alliance works, in quotes.",
    "The place is part of the purpose's boundary, as in `place \"Plymouth\"`. Exploring the New World says a system's edges follow from the change it exists to make, so state them early and refine them as you learn. The place also tells partners and bidders which local services and communities are in the system.",
    START,
  ),
  scope: help(
    "What the alliance covers and what it leaves out, in quotes.",
    "Scope completes the purpose's boundary alongside `people` and `place`. Exploring the New World warns against starting with too wide a scope, so a first cycle can be modest and grow after a review. Describe the kinds of support covered rather than fixed volumes of service.",
    START, EMBEDDING,
  ),

  // Inside a party's block.
  representative: help(
    "The person who speaks for this party in the alliance, in quotes.",
    "The people in the room must be able to commit their organisation: in Future Pathways, Penumbra's director had his Board's authority to decide for it. Partnerships weaken when statutory partners send staff without the power to decide, or attend unevenly. Pair this with `authority` to say where the representative's power comes from.",
    FP_LEARNING, TPC_APPENDIX_1, CP_INDEX_PLACES,
  ),
  authority: help(
    "Where the representative's power to commit this party comes from, and its limits, in quotes.",
    "Coping with Complexity stresses that representatives need authority from their own boards to take decisions in the alliance. Writing it down lets every member see that a decision made in the room will hold. If the representative approves spend, their delegated limit should cover the bands they approve.",
    FP_LEARNING,
  ),
  contributes: help(
    "What this party brings to the alliance, in money or in kind, in quotes.",
    "Each party should be able to say how what it does combines with the others' work towards the shared purpose. Collaborate CIC and CCPS found that contributions, especially in kind, are often uneven between partners, which strains a partnership if nobody talks about it. Saying what each party brings makes that visible.",
    STEWARDS, CP_PRACTICE, CP_INDEX_DELIVERY,
  ),
  contact: help(
    "How to reach this party about the alliance, in quotes.",
    "IVAR's participants found some commissioners hard to reach, and suggested named contact details to keep a dialogue going and make decisions more open. A named contact for every party, the commissioner included, lets partners and people using services raise issues early.",
    TPC_ACCESS,
  ),
  time: help(
    "How much time this party gives the alliance, in quotes.",
    "Membership takes a great deal of time: Future Pathways members spent 4–5 hours a week in meetings, fitted around their existing work. Stating each party's commitment up front helps organisations plan for it and shows whether the load is shared fairly.",
    FP_LEARNING,
  ),
  framework: help(
    "The framework this party is on, in quotes, where the contract is called off a framework.",
    "Collaborate CIC and CCPS found partnerships disrupted when some partners failed to get onto a council framework. If the contract is a call-off from a framework, every provider in the alliance needs to be on it. Name the framework here so that this can be checked.",
    CP_REDESIGN,
  ),

  // Inside a body.
  members: help(
    "Who sits on this body: all the parties, or the short names of parties and roles.",
    "Write `members all` or a list, as in `members PCC, Shekinah, Voices`. Under an alliance's consensus model every member has the same authority and accountability, so the membership decides whose agreement a decision needs. Future Pathways counted three survivors among its members, alongside the Scottish Government, the health and social care partnership and the providers; make sure nobody who should have a seat, such as a lived-experience member, is left out.",
    FP_LEARNING, FP,
  ),
  chair: help(
    "Who chairs this body: the short name of a party or role.",
    "Coping with Complexity found it hard for a commissioner to chair an alliance without slipping back into old ways, and generally recommends an independent chair. A neutral chair also supports equal leadership among the members. Declare the chair as a role, as in `Chair chair \"Independent chair\"`, and name it here.",
    FP_LEARNING, CWC7,
  ),
  decides: help(
    "What this body decides and how.",
    "Write the subject and the method, as in `decides key-issues by unanimity`. Alliances work by consensus: each member carries the same authority and the same accountability, and there is no vote, which Coping with Complexity sees as a strength because it levels power. Plymouth decides all key issues unanimously, applying the \"Best for People using Services\" test, so choose `unanimity` or `consensus` for key issues.",
    FP_LEARNING, FP_POSITIVES, PRINCIPLES,
  ),
  "if not unanimous": help(
    "What happens to a proposal that not every member agrees to.",
    "Alliances decide by consensus with no vote, and the reference outcome is that a proposal not passed by everyone falls: write `if not unanimous: falls`. Future Pathways worked this way. Handing the question to another body (`refer to Board`) can suit a working group, but letting one party or role decide gives it a power the others lack.",
    FP_LEARNING, FP,
  ),
  "casting vote": help(
    "Who breaks a tie when the members are evenly split.",
    "Write the party or role, as in `casting vote Chair`, or `casting vote chair` for whoever chairs the body. A casting vote lets one member settle what the others cannot agree, so it sits uneasily with deciding by consensus: in the alliance model a proposal that not everyone agrees to falls. If the agreement's principles promise unanimity, a casting vote contradicts them.",
    FP_LEARNING, FP,
  ),
  meets: help(
    "How often this body meets.",
    "Write a word or a length of time, as in `meets monthly` or `meets every 6 weeks`. City Ambition Network's steering and operational groups met monthly and its keyworker group every two weeks, and meeting often let it solve problems fast. Meetings also cost time: Future Pathways members spent 4–5 hours a week in them.",
    CP_CAN, FP_LEARNING,
  ),
  functions: help(
    "The jobs this body does: allocate-resources, oversee-delivery, maintain-culture, capture-information, test-purpose.",
    "In the Example 1 model the alliance's governing structure has five jobs: sharing resources among members, overseeing delivery, keeping up the culture of principles, values and behaviours, making sure information on the service and the people who use it is gathered and reflected on, and asking again and again whether this is what was intended. Between them, the alliance's bodies should cover all five. Governance also asks whether every relevant voice is being sought out and heard.",
    GOVERNANCE, AT_THE_CENTRE,
  ),
  "reports to": help(
    "The body this one answers to.",
    "Write the body's short name, as in `reports to Board`. Reporting lines should form a single tree with the alliance board at the top, so that no body answers to nobody and no line loops back on itself. Coping with Complexity found that a project manager who reports only to the commissioner does not work; the same thinking applies to panels and working groups.",
    FP_KEY, GOVERNANCE,
  ),
  advises: help(
    "The body whose decisions this advisory panel feeds.",
    "Write the body's short name, as in `advises Board`. Future Pathways ran a separate survivor advisory panel while it was set up, since survivors needed time before they could trust providers and institutions. An advisory panel needs a clear route into decisions or its advice goes nowhere; add `until` if it exists only for set-up.",
    FP,
  ),
  until: help(
    "The date this body stops.",
    "Some bodies exist only for a phase, as Future Pathways' survivor advisory panel did during set-up while trust grew. An end date, as in `until 2020-03-31`, makes clear when its work passes to the main alliance body. Before that date, check that the people it spoke for have a seat where decisions are made.",
    FP,
  ),
  quorum: help(
    "How many members must be present for this body to decide.",
    "Write `quorum all` or a number, as in `quorum 4`. Under consensus every member has equal authority and a proposal not passed by everyone falls, so for key issues `quorum all` stops decisions being taken without a member. A smaller quorum can suit a panel that must answer quickly, such as Future Pathways' panel for spend above the co-ordinators' limit.",
    FP_LEARNING, FP,
  ),
  "open to": help(
    "Who may bring issues and ideas straight to this body.",
    "Write who, as in `open to frontline-staff`. In Future Pathways, frontline workers have direct access to the alliance board, both to seek advice and to put forward ideas, and they say they now have more freedom in their work. The guidance also asks for people who use services to have a real seat where decisions are made; pair this with `responds within` to say how quickly the body answers.",
    FP_POSITIVES, MORE, TPC_BEHAVIOUR,
  ),
  "responds within": help(
    "How quickly this body answers an issue or request.",
    "Write a length of time, as in `responds within 5 days`. Frontline workers need quick decisions to act on what they know about a person, and a stated turnaround shows that the routes into the board and panels are real. City Ambition Network found that frequent meetings let it solve problems fast.",
    TRUST, CP_CAN,
  ),

  // Inside the risk block.
  responsibility: help(
    "Whether risk is carried collectively by all the parties or separately by each.",
    "Plymouth's first principle is that the participants take on together all the risks of delivering the services, and its members are jointly liable for the contract. IVAR's interviewees describe the result as being equals who share both the risk and the reward. An agreement that declares `responsibility collective` should not then give a delivery risk, or its cost, to one party alone.",
    PRINCIPLES, PLYMOUTH, TPC_NOW,
  ),
  "pain share": help(
    "How an overspend or loss is split between the parties, in percentages that total 100%.",
    "Write each party and its share, as in `pain share PCC 50%, Shekinah 50%`. When parties carry risk together, the pain share says who bears which part of a loss. Every party sharing the risk, the commissioner included, should appear, because a share that leaves someone out quietly takes them outside the collective risk Plymouth's principles describe.",
    PRINCIPLES, TPC_NOW,
  ),
  "gain share": help(
    "How an underspend or saving is split between the parties, in percentages that total 100%.",
    "Shared risk comes with shared reward: IVAR's interviewees describe being equals who share both. The gain share says who receives which part of a saving, and like the pain share it should cover every party and total 100%. Savings should follow from doing the right thing; the guidance warns against making them the aim.",
    TPC_NOW, PRINCIPLES, COST_SAVINGS,
  ),
  "budget share": help(
    "How the alliance budget is divided between the parties, in percentages that total 100%.",
    "In the Example 1 model the alliance's governing structure shares out resources among the members, and the budget share records the split. Exploring the New World favours pooled budgets or, failing that, budget holders who accept flexible use across service lines. Changing the split is a natural key issue for a unanimous decision.",
    GOVERNANCE, RESOURCES,
  ),
  cap: help(
    "The most any party can lose or gain under the risk share.",
    "Write an amount, optionally per year, as in `cap £500,000 per year`. A cap limits each party's exposure, which helps boards and finance colleagues sign up to shared risk. The guidance asks for risk criteria in proportion to what is commissioned, and warns that controls often grow beyond the real level of risk.",
    MORE, CWC6,
  ),
  "no-fault-no-blame": help(
    "The parties agree not to bring disputes or claims against each other, with only narrow exceptions.",
    "Write the exceptions after `except`, as in `no-fault-no-blame except wilful-default`. Plymouth's participants commit to a \"no fault, no blame\" culture, keeping clear of disputes and litigation among themselves, with wilful default as the one tightly limited exception. Keep the exception narrow and define it, because the report does not; accountability then works through mutual support, since one partner's failure is the whole alliance's failure.",
    PRINCIPLES, FP_POSITIVES,
  ),
  accounting: help(
    "How the books are kept between the parties.",
    "Write `accounting open-book` for books open to every party. Plymouth's principles commit every participant to open books and transparency in all matters. Shared risk depends on it, because parties cannot fairly split an overspend or a saving they cannot see.",
    PRINCIPLES,
  ),
  "claims for": help(
    "The grounds on which one party may still claim against another.",
    "Write the grounds, as in `claims for wilful-default`. Under Plymouth's no-fault, no-blame principle the only exception is a very narrow one, wilful default. Allowing claims for ordinary breach, negligence or poor performance brings back the blame the principle is there to remove, so list only narrow grounds and define each in `definitions`.",
    PRINCIPLES,
  ),
  assign: help(
    "Gives one named risk to one party.",
    "Write the risk and the party, as in `assign \"clinical governance\" to Livewell`. Some risks, such as a regulated activity, may have to sit with one party. But where the agreement declares collective responsibility, handing a delivery risk or its cost to one party contradicts it, since Plymouth's participants carry every risk together; use `assign` sparingly and say why.",
    PRINCIPLES, EXAMPLE_1,
  ),

  // Inside the spend block.
  "up to": help(
    "A spend band up to an amount, and who approves it.",
    "Write the amount and the approver, as in `up to £1,000 approved by Coordinator`; the amount itself is inside the band. The lowest band usually belongs to the frontline: Future Pathways co-ordinators could approve up to £1000 from a discretionary fund. Exploring the New World found the spends that helped most were mostly small and ordinary, such as a bus pass or a food shop, and needed no formal process.",
    FP, TRUST,
  ),
  over: help(
    "A spend band above an amount, optionally up to a higher one, and who approves it.",
    "Write the amount and the approver, as in `over £1,000 approved by Panel`; the amount itself belongs to the band below, so the bands meet without overlapping. Spend above the frontline limit should go to a collective panel or board rather than to one party alone, as in Future Pathways, where a panel considered anything above £1000. A panel named here needs members, a quorum and a meeting rhythm or turnaround.",
    FP, FP_LEARNING,
  ),
  eligibility: help(
    "A condition on what spending may be used for, in quotes.",
    "Future Pathways has no eligibility thresholds: anyone can have a conversation to work out what they need. Exploring the New World adds that eligibility and assessment gates cost money and that turning people away is wasteful. Prefer boundaries such as safe, legal and within the principles, like Gateshead's only two rules, \"stay safe, and stay legal\".",
    FP, COST_SAVINGS, GATESHEAD,
  ),

  // Inside the learning block.
  measure: help(
    "A measure the alliance uses, with what it is used for.",
    "Write a short name, a title and its use, as in `measure IROC \"I-ROC wellbeing measure\" used for learning`. In an alliance, data may still be collected, but to learn from rather than to manage performance. Future Pathways lined its partners up behind one shared measure, I-ROC, and Plymouth reports in aggregate how far people reach the goals they set themselves. Each measure should say where its data comes from, who makes sense of it and where it is reviewed.",
    ACCOUNTABILITY, FP, DATA,
  ),
  review: help(
    "The learning cycle: how often, and in which body, the alliance reviews what is happening.",
    "Write how often and by which body, as in `review quarterly by Board against purpose`. The guidance asks for regular reflection and redesign, with a body that keeps checking practice against the purpose; `against purpose` makes that test explicit. Exploring the New World also advises keeping conversations about learning apart from conversations about money, since that builds the trust sharing needs.",
    EXAMPLE_1, AT_THE_CENTRE, LEARNING_CULTURE,
  ),
  "data-sharing": help(
    "The agreement under which the parties share data, in quotes.",
    "City Ambition Network worked without formal data-sharing agreements, and Collaborate CIC and CCPS found that worries about data protection held partners back. If parties share data about people, record the agreement that covers it, when it was signed and what it covers.",
    CP_EVIDENCE,
  ),
  source: help(
    "Where a measure's data comes from, in quotes.",
    "Choosing at design stage which data to gather, and how to analyse it, is part of building a learning system. Narrative sources, such as people's own accounts, belong alongside the numbers. Naming the source also shows what reporting the measure asks of partners: a third of respondents to the Listening for Change survey spent more than 30% of their resources managing funding contracts.",
    EXAMPLE_1, DATA, BLAGRAVE,
  ),
  target: help(
    "What the alliance hopes to see in this measure, in quotes.",
    "A hoped-for direction can guide learning, but a target tied to payment, sanction or ranking invites gaming: a measure turned into a target soon stops telling the truth. Plymouth's contract set no outputs or outcomes. Word this as an aspiration to learn from, not as a performance term.",
    CWC3, ACCOUNTABILITY, FOR_LEARNING,
  ),
  "linked-to": help(
    "What the measure connects to, such as the purpose or a principle, in quotes.",
    "Each party should be able to show how its work serves the shared purpose, and measures are one way to do that. Linking a measure to the purpose or a principle makes clear why it is collected. Outcomes come from whole systems rather than single organisations, so look for contribution rather than attribution.",
    STEWARDS, CWC3,
  ),
  perspective: help(
    "Which question the measure helps answer: effective, efficient or sustainable.",
    "Gateshead's measures ask three questions: is the work effective for citizens, efficient for staff and volunteers, and sustainable for the system's resources? A balanced set of measures covers all three, and naming each measure's perspective shows the gaps.",
    DATA,
  ),
  "defined-by": help(
    "Who defined the measure: people, commissioner, providers or alliance.",
    "The guidance asks for measures of quality of life defined with the people who use services, such as Plymouth's self-set goals, in place of process measures. Coping with Complexity puts the question directly to commissioners: how do the people supported define success? At least one measure should be defined by the people themselves.",
    CWC4, DATA,
  ),
  kind: help(
    "What sort of measure this is, such as person-defined, narrative, count or cost.",
    "The guidance favours person-defined and narrative measures, and warns against steering by process measures such as hours, hourly rates or contacts. Naming the kind shows whether the set includes people's own views and stories. Cost measures are useful for learning but should not become a savings target.",
    CWC4, DATA, COST_SAVINGS,
  ),
  "sense-maker": help(
    "The body, party or role that makes sense of the measure's results.",
    "Exploring the New World asks, at design stage, who will make sense of the data and how the findings will be acted on. Accountability needs dialogue as well as data, so name a body where results are discussed rather than a desk where they are filed.",
    EXAMPLE_1, ACCOUNTABILITY,
  ),
  owner: help(
    "The party that owns the measure and looks after its data.",
    "An owner keeps the measure going and answers for its data, not for the outcome itself. Outcomes come from the whole system, so the owner should not be the only party judged on the result. Choose the party closest to the source.",
    ACCOUNTABILITY, CWC3,
  ),
  "shared-by": help(
    "The parties that share this measure's data with each other.",
    "Sharing data between partners needs a data-sharing agreement; City Ambition Network had none, and worries about data protection held partners back. Listing who shares each measure shows which parties that agreement must cover, and `data-sharing` in the learning block records it.",
    CP_EVIDENCE,
  ),

  // Inside the involvement block.
  feedback: help(
    "How the alliance tells people what changed because of what they said, in quotes.",
    "People need to see that what they say leads to visible change; without that, involvement is tokenistic and erodes trust. The Listening Fund found that organisations which listen are not always held to account for responding. Say who reports back, to whom and how often.",
    CP_LIVED, CONDITIONS, BLAGRAVE,
  ),
  stories: help(
    "How people's stories are gathered and used, in quotes.",
    "The guidance values stories and narrative alongside numbers; Cornerstone and Plymouth both use them. Telling a personal story can be hard, so pair this with `safe-sharing` to say how storytellers are supported.",
    DATA, CP_LIVED,
  ),
  "safe-sharing": help(
    "How people are supported to share their stories safely, in quotes.",
    "Collaborate CIC and CCPS found that people need support to share their stories safely. Say who supports storytellers before and after, and who decides how a story is used; in trauma-informed work that should be the person telling it.",
    CP_LIVED,
  ),

  // Inside the stages block.
  year: help(
    "One stage of a staged contract, in a single year.",
    "Write the year and what happens, as in `year 1 \"Co-production\"`. York's contract began with a year of co-production, followed by a year trying out new ways of working. The stages together should cover the whole term, and `written by` names who writes a stage.",
    FOR_LEARNING,
  ),
  years: help(
    "One stage of a staged contract, over several years.",
    "Write the years and what happens, as in `years 3 to 7 \"Specification written together\" written by CYC, Ouse`. In York, the providers and the commissioner wrote the specification for years three to seven together. Name the joint authors with `written by`, since a stage written by the commissioner alone loses the point of staging.",
    FOR_LEARNING,
  ),

  // Inside the process block.
  step: help(
    "One step of the procurement process: what happens and how long it takes.",
    "Write what happens and its length, as in `step \"Design conversations\" 8 weeks`. A bespoke light-touch process has to be clear and its timeframes reasonable and proportionate, and listing the steps with their lengths shows both. Each of Plymouth's design conversations with bidders would be a step here.",
    REGULATIONS, PLYMOUTH,
  ),
};

// --- fixed choices --------------------------------------------------------------------------------------

const annual = (summary: string): Help => help(
  summary,
  "Once a year is too seldom for a body that runs the alliance, though it can suit a formal review or a yearly report to each party's board. The guidance asks for regular, ongoing reflection and redesign, and City Ambition Network found that meeting often let it solve problems fast.",
  EXAMPLE_1, CP_CAN,
);

function wilfulDefault(spelling: string): Help {
  return help(
    spelling === "wilful"
      ? "Wilful default: the one narrow exception Plymouth keeps to no-fault, no-blame."
      : "Wilful default, in the spelling Exploring the New World uses.",
    `${spelling === "wilful" ? "" : "Both spellings, `wilful-default` and `willful-default`, are accepted. "}Wilful default is the only exception to Plymouth's no-fault, no-blame principle, kept for very limited cases. The report does not say what it means, so the agreement must define it in \`definitions\`.`,
    PRINCIPLES,
  );
}

/** Help for a word chosen from a fixed set, keyed `set:word`, e.g. `decisionMethod:majority`. */
export const CHOICE_HELP: Record<string, Help> = {
  // jurisdiction
  "jurisdiction:england": help(
    "England.",
    `Most public procurement in England now falls under the Procurement Act 2023, and many NHS health care services under the NHS Provider Selection Regime, both newer than the guidance. ${THRESHOLD_FIGURES} Those figures were written under the 2015 Public Contracts Regulations, so treat them as defaults to check with your legal advisers.`,
    CWC4, REGULATIONS,
  ),
  "jurisdiction:wales": help(
    "Wales.",
    `Wales has its own procurement legislation alongside the UK Procurement Act 2023, and the reports say nothing specific about Welsh practice. ${THRESHOLD_FIGURES} Those figures were written under the 2015 Public Contracts Regulations, so treat them as defaults to check with your legal advisers.`,
    CWC4, REGULATIONS,
  ),
  "jurisdiction:scotland": help(
    "Scotland.",
    "Two of the reports draw on Scottish practice: Coping with Complexity was a CCPS programme, and Collaborate CIC and CCPS studied Scottish provider collaborations. Scotland has a Sustainable Procurement Duty, and Self-directed Support obliges authorities to offer people all four options. Scotland's devolved bodies are outside the Procurement Act 2023 and follow Scottish rules, so check the thresholds in force (the reports give £589k and £750k) with your legal advisers.",
    CWC4, CP_LIVED, CWC2,
  ),
  "jurisdiction:northern-ireland": help(
    "Northern Ireland.",
    `The reports say nothing specific about Northern Ireland, where the Procurement Act 2023 also applies. ${THRESHOLD_FIGURES} Those figures were written under the 2015 Public Contracts Regulations, so treat them as defaults to check with your legal advisers.`,
    CWC4, REGULATIONS,
  ),

  // partyRole
  "partyRole:commissioner": help(
    "A commissioner or public funder that is a full member of the alliance.",
    "In an alliance the commissioning authority and the providers are equally responsible for delivery, which is a real shift of power. The commissioner belongs inside the alliance: Plymouth City Council signed once the tender was over, and in the Example 1 model commissioners join when tendering is complete. Its principles, risk and decision rules should be the same as everyone else's.",
    CWC6, PLYMOUTH, GOVERNANCE,
  ),
  "partyRole:provider": help(
    "An organisation that delivers support as a member of the alliance.",
    "Providers in an alliance share responsibility and risk for provision and are jointly liable for the contract. Partners keep their own identity and governance, aligned rather than merged, as each of City Ambition Network's partners does. Providers should join only partnerships that fit their values, so as not to drift from their mission.",
    EXAMPLE_1, PLYMOUTH, CP_CAN, CWC5,
  ),
  "partyRole:lived-experience": help(
    "A person or group with lived experience who is a full party.",
    "People with lived experience can be full members: Future Pathways counted three survivors among its members. Collaborate CIC and CCPS describe lived experience as an asset that is too little used. Give lived-experience members the same seat, authority and support as the other parties.",
    FP, CP_LIVED,
  ),
  "partyRole:independent": help(
    "A party independent of the commissioner and the providers, such as a neutral convenor.",
    "Coping with Complexity generally recommends an independent chair, because a commissioner in the chair struggles to drop old habits. Collaborate CIC and CCPS describe TAG in Inverclyde, an independent, user-led organisation that is not a provider, bringing competing providers together as a neutral bridge.",
    FP_LEARNING, CP_INVERCLYDE, CP_CAPABILITIES,
  ),
  "partyRole:funder": help(
    "A funder, such as a charitable trust, that puts money in.",
    "How a funder behaves frames the relationships in the system as much as a commissioner does. Trust-based funders such as the Tudor Trust give money without process targets, and Corra pairs funding with other kinds of support. A funder in the alliance should share its principles and risk like any other party.",
    STEWARDS, TRUST_FUNDING, CWC5,
  ),
  "partyRole:advocate": help(
    "An independent advocate for people who use services.",
    "Independent advocacy helped Fair Deal and Support for Ordinary Living involve the people they support, and their families, when they replaced overnight staff with technology. An advocate can help people give their views and stories safely and make sure their voice reaches decisions.",
    CP_FAIR_DEAL, CP_LIVED,
  ),
  "partyRole:lead": help(
    "The lead partner that convenes the alliance or holds its contract.",
    "A lead partner run by people who use services, which neither provides services nor competes for them, can bring rival providers to the table without being drawn into their competition, as TAG did in Inverclyde. Where the lead is also a provider, consider a neutral lead or clear safeguards. Leading should not mean deciding alone: key issues still need every member's agreement.",
    CP_INVERCLYDE, CP_CAPABILITIES, FP_LEARNING,
  ),

  // roleKind
  "roleKind:frontline": help(
    "A frontline worker, such as a support co-ordinator, who works directly with people.",
    "Frontline workers need real authority to act quickly on what they know about a person, and the spends that help most are often small and ordinary. Future Pathways' co-ordinators could approve up to £1000 themselves. Give a frontline role a spend band and a route to the alliance board.",
    TRUST, FP, FP_POSITIVES,
  ),
  "roleKind:project-manager": help(
    "The alliance's project or programme manager.",
    "Coping with Complexity found that a project manager has to work for the alliance and answer to it; one who answers only to the commissioner does not work. Write `reports to` and the alliance's main body after the role.",
    FP_KEY,
  ),
  "roleKind:steward": help(
    "A system steward: the person who looks after the health of the whole system.",
    "A system steward creates the conditions for others in the system to work well, and need not be the funder. Lankelly Chase proposed a Steward of Place, whose job is to look for the behaviours of a healthy system in a place and to nurture them.",
    STEWARDS,
  ),
  "roleKind:chair": help(
    "The chair of an alliance body.",
    "An independent chair is generally recommended: commissioners who chair find it hard to shake off old ways, and a neutral chair supports equal leadership. Fill the role with the best person, as Plymouth's principles require for key roles.",
    FP_LEARNING, CWC7, PRINCIPLES,
  ),
  "roleKind:officer": help(
    "Another named officer of the alliance, such as a finance or data lead.",
    "Under Plymouth's principles key roles go to the best person, not to an organisation by right. Watch that one person does not gather too many key roles: the guidance advises supporting key people without leaning on them too heavily.",
    PRINCIPLES, CP_COMMON,
  ),

  // decisionMethod
  "decisionMethod:unanimity": help(
    "Every member must agree.",
    "Plymouth decides all key issues unanimously, guided by its principles and values and by the \"Best for People using Services\" test. Unanimity gives every member, lived-experience members included, the same say. Say with `if not unanimous` what happens to a proposal that fails; the reference outcome is that it falls.",
    PRINCIPLES, FP_LEARNING,
  ),
  "decisionMethod:consensus": help(
    "Members reach agreement together, without a vote.",
    "In the alliance model each member carries the same authority and accountability, there is no vote, and a proposal that does not win everyone's agreement falls, as in Future Pathways. Coping with Complexity sees the absence of a vote as a strength, since it goes some way to levelling power. IVAR warns that a decision space can still make very few decisions if members keep speaking for their own organisations.",
    FP_LEARNING, FP_POSITIVES, TPC_BEHAVIOUR,
  ),
  "decisionMethod:majority": help(
    "A simple majority of members decides.",
    "A majority lets some members overrule others, which runs against the alliance's consensus model, where each member has equal authority and a proposal not agreed by all falls. Coping with Complexity counts having no vote as a strength. If the principles promise unanimity on key issues, a majority rule for them contradicts it.",
    FP_LEARNING, FP_POSITIVES,
  ),
  "decisionMethod:vote": help(
    "Members vote.",
    "Alliances decide without voting, and Coping with Complexity found that having no vote partly evens out power between members. A vote brings back winners and losers among parties who share risk equally. Prefer `consensus` or `unanimity`.",
    FP_POSITIVES, FP_LEARNING,
  ),
  "decisionMethod:weighted-vote": help(
    "Members vote with different weights, for example by budget share.",
    "Weighting votes gives some members more say than others, usually those who bring more money, which undoes the equal authority and accountability an alliance rests on. IVAR also warns against letting the loudest voice take control of decisions. Prefer `consensus` or `unanimity`.",
    FP_LEARNING, TPC_SUGGESTIONS,
  ),
  "decisionMethod:casting-vote": help(
    "One member, usually the chair, breaks a tie.",
    "A casting vote gives one party a power the others lack, and if the chair comes from the commissioner it hands control back to the commissioner. In the alliance model a proposal that not everyone agrees to falls instead. Coping with Complexity recommends an independent chair for the same reason.",
    FP_LEARNING,
  ),

  // cadence
  "cadence:daily": help(
    "Every day.",
    "Daily meetings suit frontline teams solving problems around individual people rather than a board. City Ambition Network found that meeting often let it solve problems quickly; its keyworkers met every two weeks. Weigh the time: Future Pathways members already spent 4–5 hours a week in meetings.",
    CP_CAN, FP_LEARNING,
  ),
  "cadence:weekly": help(
    "Once a week.",
    "Future Pathways members spent 4–5 hours a week in alliance meetings, fitted around their other work, so a weekly rhythm is demanding but workable in a busy phase such as set-up. Teams in the delivery-led model built learning and reflection into their weekly meetings.",
    FP_LEARNING, MODEL_2,
  ),
  "cadence:fortnightly": help(
    "Every two weeks.",
    "City Ambition Network's keyworker group met every two weeks, and its frequent meetings let it solve problems fast. A fortnightly rhythm suits operational groups and spending panels that need to answer quickly.",
    CP_CAN,
  ),
  "cadence:monthly": help(
    "Once a month.",
    "City Ambition Network's steering group, which has terms of reference, and its operational group both met monthly. A monthly rhythm suits an alliance board once set-up is over.",
    CP_CAN,
  ),
  "cadence:bimonthly": help(
    "Every two months.",
    "Inverclyde Connections' steering group, made up of disabled people, meets every two months. That rhythm can suit a steering or advisory group, but a board with key issues to decide may need to meet more often.",
    CP_INVERCLYDE,
  ),
  "cadence:quarterly": help(
    "Every three months.",
    "A quarterly rhythm suits reviews of learning and measures better than day-to-day decisions. City Ambition Network found that meeting often let it solve problems quickly, so a body that approves spend or answers frontline staff may need to meet more often.",
    CP_CAN, EXAMPLE_1,
  ),
  "cadence:annually": annual("Once a year."),
  "cadence:yearly": annual("Once a year, the same as annually."),

  // bodyFunction
  "bodyFunction:allocate-resources": help(
    "Sharing out resources among the alliance's members.",
    "The first of the five jobs of the Example 1 governing structure is dividing resources between the members of the alliance. The body that does it should decide by consensus, because how money is divided is a key issue for every member.",
    GOVERNANCE, PRINCIPLES,
  ),
  "bodyFunction:oversee-delivery": help(
    "Overseeing delivery: checking that members do what they promised.",
    "Overseeing delivery is the second job of the Example 1 governing structure. In the delivery-led model the governance group watches progress towards the purpose rather than compliance with procedure, and mutual accountability means one partner's failure is everyone's.",
    GOVERNANCE, MODEL_2, FP_POSITIVES,
  ),
  "bodyFunction:maintain-culture": help(
    "Keeping up the culture of principles, values and behaviours.",
    "The third job of the Example 1 governing structure is checking that the alliance still acts the way it meant to. Coping with Complexity notes that behaviour slips back under pressure, and agreed values and behaviours then serve as a reminder.",
    GOVERNANCE, FP_LEARNING,
  ),
  "bodyFunction:capture-information": help(
    "Making sure information on the service and the people using it is gathered and reflected on.",
    "The fourth job of the Example 1 governing structure is making sure learning happens: information about the service, and about the people using it, is gathered and reflected on regularly. Pair it with a `review` cycle and the measures in the learning block.",
    GOVERNANCE,
  ),
  "bodyFunction:test-purpose": help(
    "Asking regularly whether what is happening is what was intended.",
    "The fifth job of the Example 1 governing structure is to keep asking whether this is what was intended. Exploring the New World puts purpose at the centre of governance, as the yardstick practice is tested against, and asks who has the legitimacy to judge.",
    GOVERNANCE, AT_THE_CENTRE,
  ),

  // responsibility
  "responsibility:collective": help(
    "Every party shares every risk.",
    "Plymouth's participants take on together all the risks of delivering the services, and its members are jointly liable for the contract. With collective responsibility, no clause should give a delivery risk or its cost to one party alone.",
    PRINCIPLES, PLYMOUTH,
  ),
  "responsibility:separate": help(
    "Each party carries its own risks.",
    "Separate responsibility is how ordinary contracts work, but it cuts against the core of an alliance, whose members share responsibility and risk for provision. If the principles speak of collective risk, `separate` contradicts them. Coping with Complexity describes alliance members as mutually accountable: if one partner fails, the alliance fails.",
    EXAMPLE_1, PRINCIPLES, FP_POSITIVES,
  ),

  // accounting
  "accounting:open-book": help(
    "Every party's alliance finances are open to every other party.",
    "Plymouth's principles commit the participants to open books and transparency in everything. Shared risk needs it, because parties cannot fairly split an overspend or a saving they cannot see.",
    PRINCIPLES,
  ),
  "accounting:closed-book": help(
    "Each party keeps its own finances to itself.",
    "Closed books make shared risk hard to run, because the parties cannot check how an overspend or saving came about. Plymouth's alliance commits to open books and transparency in everything, and an alliance that shares risk should do the same.",
    PRINCIPLES,
  ),

  // claimGround
  "claimGround:wilful-default": wilfulDefault("wilful"),
  "claimGround:willful-default": wilfulDefault("willful"),
  "claimGround:breach": help(
    "Any breach of the agreement.",
    "Allowing claims for any breach brings back the disputes and litigation Plymouth's participants agreed to avoid. Under the no-fault, no-blame principle only very narrow grounds, such as wilful default, remain.",
    PRINCIPLES,
  ),
  "claimGround:negligence": help(
    "Negligence.",
    "A claim for negligence takes one party's mistake back to the courts, which the no-fault, no-blame principle is meant to avoid. Alliances rely on mutual accountability instead: one partner's failure is the whole alliance's failure, so the others help put it right.",
    PRINCIPLES, FP_POSITIVES,
  ),
  "claimGround:performance": help(
    "Poor performance.",
    "Claims for poor performance make one party answer alone for outcomes the whole system produces, which clashes with shared risk and with learning rather than targets. Plymouth keeps only one very narrow exception, wilful default, to its no-fault, no-blame principle.",
    PRINCIPLES, CWC3,
  ),
  "claimGround:fraud": help(
    "Fraud.",
    "The guidance names only wilful default as an exception to no-fault, no-blame. Fraud is a deliberate wrong of the same kind, so it can sit beside it as a narrow ground if your legal advisers want it spelt out; define it in `definitions`.",
    PRINCIPLES,
  ),

  // noFaultException
  "noFaultException:wilful-default": wilfulDefault("wilful"),
  "noFaultException:willful-default": wilfulDefault("willful"),
  "noFaultException:fraud": help(
    "Fraud, as an exception to no-fault, no-blame.",
    "The guidance names wilful default as the only exception; fraud is a deliberate wrong of the same kind, so listing it keeps the exception narrow. Define it in `definitions`.",
    PRINCIPLES,
  ),

  // measureUse
  "measureUse:learning": help(
    "For learning: to reflect on and adapt, not to judge.",
    "Plymouth collects outcome data to learn from rather than to manage performance, and its contract relies on adapting through shared learning. A measure for learning should not also be tied to payment, sanction or ranking, or people will start producing the number instead of the outcome.",
    ACCOUNTABILITY, FOR_LEARNING, CWC3,
  ),
  "measureUse:statutory-return": help(
    "Collected because law or government requires it.",
    "Plymouth still collects the outcome data central government asks for, but uses it to learn from rather than to manage performance. Marking such measures makes clear why they are collected.",
    ACCOUNTABILITY,
  ),
  "measureUse:safety": help(
    "Kept for safety or regulation.",
    "Cornerstone keeps a pared-back set of indicators, such as satisfaction, complaints and inspection grades, for safety and regulatory needs. Regulators are one of several audiences an alliance answers to, so measures like these have a legitimate place.",
    CORNERSTONE, ACCOUNTABILITY,
  ),
  "measureUse:payment": help(
    "Payment depends on the measure.",
    "Tying payment to a measure turns it into a target, and the guidance warns that targets breed gaming and make outcomes harder to reach. A measure used for payment cannot also serve honest learning. Plymouth's contract set no outputs or outcomes.",
    CWC3, ACCOUNTABILITY, FOR_LEARNING,
  ),
  "measureUse:sanction": help(
    "A party can be penalised on the measure.",
    "Penalising a party on a measure makes it a performance target, which invites gaming and works against shared risk. Outcomes come from the whole system, not one organisation, so look for contribution rather than attribution.",
    CWC3, ACCOUNTABILITY,
  ),
  "measureUse:ranking": help(
    "Used to rank the parties against each other.",
    "Ranking partners sets them competing when an alliance asks them to share risk and help each other succeed; Coping with Complexity describes mutual accountability, where if one partner fails the alliance fails. A measure used for ranking cannot also be used honestly for learning.",
    FP_POSITIVES, CWC3,
  ),
  "measureUse:target": help(
    "A target to be hit.",
    "A measure turned into a target soon stops telling the truth, and the guidance cites Goodhart's and Campbell's laws on gaming. Plymouth's contract sets no outputs or outcomes, and trust-based funders give money without process targets. Consider using the measure for learning instead.",
    CWC3, ACCOUNTABILITY, TRUST_FUNDING,
  ),

  // measurePerspective
  "measurePerspective:effective": help(
    "Is this helping people? The view of citizens.",
    "In Gateshead's measures, effectiveness is judged by citizens: what matters to them, and whether the help is making their life better. Person-defined measures usually sit here.",
    DATA,
  ),
  "measurePerspective:efficient": help(
    "Is it easy to do the right thing? The view of staff and volunteers.",
    "Gateshead judges efficiency from the side of employees and volunteers: whether doing the right thing for a person was easy or hard, the share of problems solved at the first attempt, how many handoffs and assessments there are, and morale. These measures help the alliance remove waste rather than police effort.",
    DATA,
  ),
  "measurePerspective:sustainable": help(
    "Can the system afford it over time? The view of system resources.",
    "Gateshead's sustainability measures look at the history and trajectory of costs, the cost of interventions, and demand on the borough and the wider system. The guidance warns against steering by savings, so use these to learn, not as a target.",
    DATA, COST_SAVINGS,
  ),

  // measureKind
  "measureKind:person-defined": help(
    "Defined by each person, such as progress on their own goals.",
    "Plymouth reports, across everyone it supports, the share of people who reach a given share of the goals they set themselves, with no fixed outcomes for all. The guidance asks for quality-of-life measures defined with people, and a set of measures should include at least one.",
    DATA, CWC4,
  ),
  "measureKind:narrative": help(
    "Stories and accounts in people's own words.",
    "Stories and narrative belong alongside numbers; Cornerstone and Plymouth both use them. Pair story-gathering with support for sharing safely.",
    DATA, CP_LIVED,
  ),
  "measureKind:count": help(
    "A count of something, such as people supported or days waited.",
    "Counts help the alliance learn how the system works, such as the number of handoffs a person goes through, which Gateshead tracks. Use them for learning; turned into targets they invite gaming.",
    DATA, CWC3,
  ),
  "measureKind:cost": help(
    "A cost, such as spending against the budget.",
    "Gateshead looks at the history and trajectory of costs as part of asking whether the system is sustainable. Cost measures support open-book learning, but should not become the aim, since savings follow from doing the right thing.",
    DATA, COST_SAVINGS,
  ),
  "measureKind:cost-saving": help(
    "A saving, such as a fall in unplanned care.",
    "Exploring the New World warns that fixing attention on savings undermines them: savings come from doing the right thing, and one commissioner warned against keeping too close an eye on reductions in unplanned care. A saving should not be the alliance's purpose or a steering target.",
    COST_SAVINGS,
  ),
  "measureKind:hours": help(
    "Hours of service delivered.",
    "Coping with Complexity calls for process measures such as numbers of hours and hourly rates to give way to quality-of-life measures defined with people. Hours can inform learning about capacity, but as a target they pull back towards time-and-task commissioning.",
    CWC4,
  ),
  "measureKind:hourly-rate": help(
    "The price paid per hour.",
    "Coping with Complexity names hourly rates, with tendering and competition, among the resource pressures that drive behaviour, and asks for them to give way to quality-of-life measures. Use a rate to understand costs, not to steer the alliance.",
    CWC2, CWC4,
  ),
  "measureKind:contacts": help(
    "The number of contacts or visits.",
    "Counting contacts measures activity, not whether people's lives get better. The guidance asks for process measures to give way to quality-of-life measures defined with people, and as a target a contact count invites gaming.",
    CWC4, CWC3,
  ),
  "measureKind:time-and-task": help(
    "Time spent on set tasks.",
    "Collaborate CIC and CCPS found that decision-makers often valued pre-set time-and-task targets above the views of the people supported. Time-and-task commissioning is the opposite of the flexible, person-led support an alliance aims for.",
    CP_EVIDENCE, CWC4,
  ),

  // definedBy
  "definedBy:people": help(
    "Defined by the people who use services.",
    "The guidance treats the person as the main authority on their own life and asks how they define success. Plymouth's self-set goals are an example.",
    CWC3, CWC4, DATA,
  ),
  "definedBy:commissioner": help(
    "Defined by the commissioner.",
    "Measures set by the commissioner alone tend to serve performance management rather than shared learning. The guidance suggests letting the people supported, and the funded organisations, lead in defining outcomes.",
    CWC4, CP_INSIGHT,
  ),
  "definedBy:providers": help(
    "Defined by the providers.",
    "Collaborate CIC and CCPS suggest letting funded organisations lead in defining outcomes, which can also simplify reporting. Check that people who use services shaped the measure too.",
    CP_INSIGHT, CWC4,
  ),
  "definedBy:alliance": help(
    "Defined by the alliance as a whole.",
    "Alliance-wide measures suit a system in which outcomes come from everyone's contribution; Future Pathways lined its partners up behind one shared measure, I-ROC. Include people who use services in defining them.",
    FP, CWC3,
  ),

  // involvementStage
  "involvementStage:need": help(
    "Identifying what people need.",
    "IVAR's participants asked for people who use services to be involved from the very start, in identifying need. Plymouth's earlier consultation heard from 400 people using services and carers.",
    TPC_PROCESS, PLYMOUTH,
  ),
  "involvementStage:design": help(
    "Designing the service or contract.",
    "Specifications are better when the people supported help write them, and the guidance asks for people to be involved in designing the contract. Plymouth used Appreciative Inquiry, with particular ways for people using services to be heard.",
    CWC4, TPC_PROCESS, VISIBLE,
  ),
  "involvementStage:outcomes": help(
    "Agreeing outcomes and measures.",
    "People who use services should help agree what success looks like and what is realistic to expect. Coping with Complexity asks how the people supported define success.",
    TPC_PROCESS, CWC4,
  ),
  "involvementStage:review": help(
    "Reviewing how things are going.",
    "Involvement should carry on after the contract starts rather than stop at design, in an iterative dialogue. People should be able to see what changed because they spoke up.",
    TPC_PROCESS, CP_LIVED,
  ),

  // route
  "route:direct-award": help(
    "Awarding the contract without a competition.",
    `Coping with Complexity (chapter 4) says a direct award without tendering is possible in health and social care up to £589k (EUR 750,000); Exploring the New World, Examples and Tools writes the threshold as £750k. ${LAW_HAS_CHANGED} The checks warn when the value is above the ceiling set for the jurisdiction.`,
    CWC4, REGULATIONS,
  ),
  "route:light-touch": help(
    "A process the authority designs under the Light Touch Regime for health, social and related services.",
    `${THRESHOLD_FIGURES} Above it, the Light Touch Regime lets the authority design its own clear process, with bespoke selection, competition and negotiation, publishing a Contract Notice or Prior Information Notice and then a notice at award. ${LAW_HAS_CHANGED}`,
    CWC4, REGULATIONS,
  ),
  "route:innovation-partnership": help(
    "A partnership to develop a new solution when the answer is not yet known.",
    "Exploring the New World recommends an Innovation Partnership when you do not know the answer, and for joint commissioning. It is not limited to three years: its length follows how long the goal takes. It is a route of the 2015 Regulations, so confirm how it works under current law with your legal advisers.",
    REGULATIONS, MORE,
  ),
  "route:reserved-contract": help(
    "A contract that only organisations meeting stated criteria, such as public service mutuals, may bid for.",
    "The 2015 Regulations allow certain light-touch contracts to be kept for bodies like public service mutuals and social enterprises, to involve voluntary and civil society. The contract must run under the Light Touch Regime and be for an eligible kind of service; say who it is reserved for with `reserved for`. Check eligibility under current law with your legal advisers.",
    REGULATIONS, MORE,
  ),
  "route:framework-call-off": help(
    "A call-off from an existing framework.",
    "Coping with Complexity mentions light-touch frameworks and call-offs with solution development built in. But Collaborate CIC and CCPS found partnerships disrupted when some partners could not get onto a council framework, so every provider in the alliance must be on it; record it with `framework` in each party's block.",
    CWC4, CP_REDESIGN,
  ),
  "route:dps-call-off": help(
    "A call-off from a dynamic purchasing system.",
    "Coping with Complexity lists light-touch dynamic purchasing systems among the more flexible tools, and unlike a closed framework such a system can admit new suppliers while it runs. Under the Procurement Act 2023 dynamic purchasing systems give way to dynamic markets, so check the current rules with your legal advisers.",
    CWC4,
  ),
  "route:grant": help(
    "Funding by grant rather than by contract.",
    "Coping with Complexity asks commissioners to understand when grant funding can be used and its limits, and notes that the freedom of a grant can encourage pilots and small tests of change. Exploring the New World suggests grants rather than contracts where they fit. Record the reasoning with `instrument` and `because`.",
    CWC4, MORE,
  ),
  "route:public-social-partnership": help(
    "A public social partnership, the Scottish model in which public bodies and the third sector design services together.",
    "Public social partnerships are meant to foster dialogue and collaboration, but Coping with Complexity notes that in some areas they increased competitive behaviour. Its alliance discussion also found less trust in some such partnerships because of power imbalances within them. Be clear how the partnership will share power.",
    CWC1, FP_POSITIVES,
  ),
  "route:open-procedure": help(
    "A standard open competition.",
    "An open competition suits products better than complex services: Coping with Complexity warns against \"widget procurement\" and against reaching for the same process as before. For health and social care, the light-touch rules let the authority design a process that fits an alliance. Collaborate CIC and CCPS also found that partnerships pushed together by a tender, with no earlier relationship, tend to be weak.",
    CWC4, REGULATIONS, CP_REDESIGN,
  ),
  "route:other": help(
    "Another route, explained after because.",
    "If none of the listed routes fits, say what the route is and why after `because`, so that legal and procurement colleagues and bidders can follow the reasoning. Procurement law has changed since the guidance was written, so confirm the route with your legal advisers.",
    PROCUREMENT, CHALLENGE,
  ),

  // notice
  "notice:contract-notice": help(
    "A formal notice advertising the contract.",
    `Above the light-touch threshold the guidance says to publish an advisory notice first, which may be this notice or a Prior Information Notice; Exploring the New World argues that fear of the Official Journal is overblown for light-touch contracts. ${THRESHOLD_FIGURES} ${LAW_HAS_CHANGED}`,
    REGULATIONS, CWC4,
  ),
  "notice:prior-information-notice": help(
    "An advance notice of a planned procurement.",
    `Coping with Complexity recommends Prior Information Notices with longer market engagement focused on redesign. Above the light-touch threshold, a Prior Information Notice can serve as the advisory notice in place of a Contract Notice. ${LAW_MOVED}`,
    CWC4, REGULATIONS,
  ),
  "notice:award-notice": help(
    "A notice published once the contract is awarded.",
    "Under the light-touch rules the guidance describes, an authority publishes a notice at award after its advisory notice. Publishing the award is also part of transparency, one of the principles of fair procurement. Notice rules have changed under the NHS Provider Selection Regime and the Procurement Act 2023, so check what applies with your legal advisers.",
    REGULATIONS, PRINCIPLED,
  ),

  // requirementLevel
  "requirementLevel:mandatory": help(
    "Bidders must meet it, and it is scored.",
    "Every mandatory requirement should be assessed by an evaluation criterion, or it goes unscored. Keep mandatory requirements in proportion to what is being commissioned.",
    CHALLENGE, MORE,
  ),
  "requirementLevel:desirable": help(
    "Welcome but not required.",
    "A desirable requirement lets bidders show added strengths, such as involving people with lived experience, without shutting out those who cannot meet it yet. If it is scored, it should map to a criterion.",
    CHALLENGE, MORE,
  ),
  "requirementLevel:pass-fail": help(
    "A gate bidders pass or fail, without a score.",
    "Pass-fail items belong at selection; keep them proportionate so that small and user-led organisations are not shut out. Equal treatment means the same gate for every bidder.",
    MORE, PRINCIPLED,
  ),
  "requirementLevel:contract-condition": help(
    "A condition of the contract, not assessed at tender.",
    "A contract condition binds whoever wins without being scored, so it need not map to an evaluation criterion. Make sure every bidder is told about it so that the read-across holds.",
    CHALLENGE, PRINCIPLED,
  ),

  // criterionStage
  "criterionStage:selection": help(
    "Deciding which bidders are capable, and share the alliance's values.",
    "Selection checks capability and can test shared values; the guidance suggests commissioning for partners who share your values. Keep selection criteria distinct from award criteria, with the weights at each stage totalling 100%.",
    MORE, CHALLENGE,
  ),
  "criterionStage:award": help(
    "Choosing the best bid.",
    "Award criteria score the bids themselves, and wider social impact and social value can sit here if they are linked objectively to the contract. Keep award criteria distinct from selection criteria, with the weights at each stage totalling 100%.",
    MORE, SOCIAL_VALUE, CHALLENGE,
  ),

  // instrument
  "instrument:grant": help(
    "Money given as a grant.",
    "The freedom of a grant can encourage pilots and small tests of change, but grants have limits, and the guidance asks commissioners to understand both. Record the reasoning for a grant over a contract after `because`. Plan an exit from the start, since innovation grants are often not picked up by statutory funders.",
    CWC4, CWC5,
  ),
  "instrument:contract": help(
    "A binding contract.",
    "Coping with Complexity asks commissioners to be clear when a service contract is genuinely needed, and Exploring the New World suggests grants where they fit. Plymouth used a single alliance contract whose members are jointly liable. Record the reasoning after `because`.",
    CWC4, MORE, PLYMOUTH,
  ),

  // enablingFunction
  "enablingFunction:legal": help(
    "Legal advisers.",
    "Bring legal colleagues in early, and find a solicitor willing to make things work; Exploring the New World stresses that its procurement guide is not legal advice. Late involvement of legal teams is one of the barriers it names.",
    PROCUREMENT, CONDITIONS,
  ),
  "enablingFunction:finance": help(
    "Finance colleagues.",
    "Finance needs to understand pooled budgets, shared risk and open books from the start, not at sign-off. Coping with Complexity notes that the alliance model has a well-defined structure that helps put finance, legal and administrative colleagues at ease.",
    PROCUREMENT, CWC6,
  ),
  "enablingFunction:procurement": help(
    "Procurement colleagues.",
    "Exploring the New World advises involving procurement as early as possible, so that colleagues help solve problems rather than raise them. It also asks for a shared view of success across commissioning, procurement and finance.",
    PROCUREMENT,
  ),
  "enablingFunction:audit": help(
    "Audit colleagues.",
    "Auditors are one of the audiences the alliance answers to, for its spending. Involving audit late is one of the barriers Exploring the New World names.",
    ACCOUNTABILITY, CONDITIONS,
  ),

  // openTo
  "openTo:frontline-staff": help(
    "Frontline staff can bring issues and ideas straight to this body.",
    "In Future Pathways, frontline workers have direct access to the alliance board, both to seek advice and to put forward ideas, and they say they now have more freedom in their work. Say how fast the body answers with `responds within`.",
    FP_POSITIVES,
  ),
  "openTo:people-using-services": help(
    "People who use services can bring issues straight to this body.",
    "The guidance asks for people who use services to have a real seat where decisions are made. An open door needs a clear answer: say how fast with `responds within`, and report back what changed.",
    MORE, TPC_BEHAVIOUR, CP_LIVED,
  ),
  "openTo:all-staff": help(
    "Any member of staff in any party can bring issues straight to this body.",
    "Opening the board to all staff supports the collaborative leadership at every level that Lankelly Chase's system behaviours describe. It also widens the route to the board that frontline staff valued in Future Pathways.",
    HEALTHY_SYSTEM, FP_POSITIVES,
  ),
};

/**
 * Help for the words completion offers inside a clause that are neither keywords nor fixed choices:
 * the outcomes after `if not unanimous`, `all` after `members`, `every` before a length of time, and the
 * usual subjects of `decides`. Kept apart from KEYWORD_HELP so that `decides spend` does not show the
 * help for the `spend` block.
 */
export const WORD_HELP: Record<string, Help> = {
  falls: help(
    "A proposal that not every member agrees to falls: nothing is decided.",
    "This is the reference outcome for an alliance that decides by consensus. No one can outvote anyone, so a proposal only passes when every member agrees; otherwise it falls and the members keep talking. Future Pathways worked this way.",
    FP_LEARNING,
  ),
  "refer to": help(
    "A proposal that not every member agrees to goes to another body.",
    "Write `if not unanimous: refer to Board` to send a disagreement up to the body that decides key issues, which itself decides unanimously. The referral keeps the decision collective instead of handing it to one party.",
    FP_LEARNING,
  ),
  all: help(
    "Every party to the agreement sits on this body.",
    "`members all` seats every declared party, including the commissioner and any party with lived experience, so that no one is left out of the decisions they share responsibility for.",
    CWC6,
  ),
  every: help(
    "A regular interval written as a length of time, such as every 6 weeks.",
    "Use `every` with a length of time when none of the usual words (weekly, monthly, quarterly) fits. Frequent meetings helped Glasgow's City Ambition Network solve problems quickly.",
    cite("CP", "Part 1: The Provider Collaborations (City Ambition Network)"),
  ),
  "key-issues": help(
    "The decisions the agreement reserves to unanimous agreement.",
    "Plymouth's principles commit the parties to unanimous decisions on all key issues. List what counts as a key issue in a `key-issues` block so that everyone knows which decisions need everyone's agreement.",
    PRINCIPLES,
  ),
  spend: help(
    "Decisions about spending alliance money, such as requests above a co-ordinator's limit.",
    "Future Pathways' panel considered discretionary spend above the £1,000 its co-ordinators could approve. A body that approves spend needs a decision rule of its own.",
    FP,
  ),
  operations: help(
    "Day-to-day decisions about how the services run.",
    "The guidance encourages devolving decisions as close as possible to the people giving and receiving support, so operational decisions are usually delegated below the board.",
    cite("ENW", "Human: Variety, Empathy, Strengths, and Trust (VEST)"),
  ),
  membership: help(
    "Decisions about who joins or leaves the alliance.",
    "Changes to membership alter who shares the risk and the decisions, so alliances usually treat them as key issues decided by everyone.",
    CWC6,
  ),
  learning: help(
    "Decisions about what the alliance learns and how it adapts.",
    "Governance in a learning system keeps comparing what happened with what was intended; a body that decides learning priorities makes that conversation regular.",
    cite("ENW", "How change happens (At the Centre)"),
  ),
};
