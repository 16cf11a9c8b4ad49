// Help shown on hover and in completion: what each keyword and each fixed choice means, in our own
// words, with the guidance it rests on. Keys are keywords as a person writes them.
//
// Summaries are one line of plain text (completion lists show them without formatting); details are
// two to five sentences of Markdown. Figures carry their source, and legal figures carry the caution
// that the law has changed since the reports were written. Every source names the report, the section
// and a short phrase found word for word in that passage, so that a reader can find it and a test can
// check it; the hover shows the report and section.

export type { Help } from "./help-entry";
import { LAW_CHOICE_HELP, LAW_KEYWORD_HELP } from "../law/help";
import { help, type Help } from "./help-entry";
import { source } from "./sources";

// --- where the help comes from ------------------------------------------------------------------------
// One constant per passage. Several constants may share a section when different claims rest on
// different sentences of it.

const CWC1 = source("CwC", "ch. 1 (How commissioning responds to complexity)", "Public Social Partnerships are designed to foster dialogue and collaboration");
const CWC2 = source("CwC", "ch. 2 (System purpose)", "Resource pressure is what drives behaviour");
const CWC2_SDS = source("CwC", "ch. 2 (System purpose)", "Under Self-directed Support, the 'service user' is the commissioner");
const CWC3 = source("CwC", "ch. 3 (System change in social care funding)", "When a measure becomes a target, it ceases to be a good measure");
const CWC4 = source("CwC", "ch. 4 (Procurement: barrier or lever?)", "direct awards of up to £589k (750,000 Euro) can be made without tendering");
const CWC4_GRANT = source("CwC", "ch. 4 (Procurement: barrier or lever?)", "The capacity to use grant funding (as well as the limits on it.)");
const CWC4_WIDGET = source("CwC", "ch. 4 (Procurement: barrier or lever?)", "too much \"widget procurement\" in social care");
const CWC4_SUCCESS = source("CwC", "ch. 4 (Design services around what people really want)", "How do supported people define success?");
const CWC4_MEASURES = source("CwC", "ch. 4 (Design services around what people really want)", "replace process measures (number of hours, hourly rates) with clear quality of life measures");
const CWC4_PIN = source("CwC", "ch. 4 (Procurement: barrier or lever?, Tools)", "Use of Prior Information Notices and extended 'redesign-focused' market engagement");
const CWC4_DESIGN = source("CwC", "ch. 4 (Working together)", "Procurement and commissioning are better designed when supported people");
const CWC5 = source("CwC", "ch. 5 (Funding innovation and change in a complex world)", "exit plans need to be in place at the beginning");
const CWC5_GRANTS = source("CwC", "ch. 5 (Funding innovation and change in a complex world)", "be picked up by statutory funders and made sustainable. This is clearly not happening");
const CWC5_VALUES = source("CwC", "ch. 5 (Funding innovation and change in a complex world)", "Only respond to tenders and partnerships that align with your values");
const CWC6 = source("CwC", "ch. 6 (Contracting for culture change: alliancing and alliance contracting)", "equally responsible for the delivery of the alliance");
const CWC6_RISK = source("CwC", "ch. 6 (The challenge)", "Mistaking uncertainty for risk");
const CWC6_REASSURE = source("CwC", "ch. 6 (What we need)", "can help reassure colleagues in other roles such as finance, legal, administration");
const CWC7 = source("CwC", "ch. 7 (Leading change in complex situations)", "independent neutral chair supported equality of leadership");
const CWC7_DAILY = source("CwC", "ch. 7 (Leading change in complex situations)", "daily multi-disciplinary team meetings");
const FP = source("CwC", "ch. 6 (Future Pathways)", "allowing co-ordinators to sign off expenditure up to £1000");
const FP_MEMBERS = source("CwC", "ch. 6 (Future Pathways)", "Mental Health Foundation and three survivors");
const FP_PANEL = source("CwC", "ch. 6 (Future Pathways)", "separate survivor advisory panel to support the setup");
const FP_ELIGIBILITY = source("CwC", "ch. 6 (Future Pathways)", "There are no eligibility thresholds");
const FP_IROC = source("CwC", "ch. 6 (Future Pathways)", "The partnership uses shared metrics");
const FP_LEARNING = source("CwC", "ch. 6 (Learning from experience)", "Alliances work on a consensus model");
const FP_FALLS = source("CwC", "ch. 6 (Learning from experience)", "If a decision isn't passed by everyone, it falls");
const FP_CHAIR = source("CwC", "ch. 6 (Learning from experience)", "An independent chair is generally recommended");
const FP_TIME = source("CwC", "ch. 6 (Learning from experience)", "Participation requires a huge commitment from participants");
const FP_AUTHORITY = source("CwC", "ch. 6 (Learning from experience)", "The people in the room have to have authority to make decisions");
const FP_BEHAVIOURS = source("CwC", "ch. 6 (Learning from experience)", "a continual reminder when people's behaviours revert to the old way");
const FP_KEY = source("CwC", "ch. 6 (Key Learning)", "A project manager who is aligned with the Alliance and reporting into them");
const FP_POSITIVES = source("CwC", "ch. 6 (Positives about Alliances)", "This evens out the power structure to some extent");
const FP_FRONTLINE = source("CwC", "ch. 6 (Positives about Alliances)", "access to the alliance board for advice and sharing ideas");
const FP_MUTUAL = source("CwC", "ch. 6 (Positives about Alliances)", "if one partner fails, the Alliance fails");
const FP_PSP = source("CwC", "ch. 6 (Positives about Alliances)", "there's sometimes less trust because of the power imbalance");
const PRINCIPLES = source("ENW", "Systems (Plymouth's principles)", "All of us commit to working to Alliance Principles");
const PLYMOUTH = source("ENW", "Commissioner: Plymouth City Council (case study)", "an £80m, 10 year, shared budget");
const PLYMOUTH_JOINT = source("ENW", "Commissioner: Plymouth City Council (case study)", "jointly liable for the performance of the contract");
const PLYMOUTH_TENDER = source("ENW", "Commissioner: Plymouth City Council (case study)", "The tender did not specify outputs or outcomes to be delivered");
const PLYMOUTH_DESIGN = source("ENW", "Commissioner: Plymouth City Council (case study)", "The tendering process was conducted as a series of design conversations");
const PLYMOUTH_SIGN = source("ENW", "Commissioner: Plymouth City Council (case study)", "the Council became a signatory to the Alliance");
const PLYMOUTH_CONSULT = source("ENW", "Commissioner: Plymouth City Council (case study, Story of change)", "over 70 services, 400 people using services and their carers");
const PLYMOUTH_STEWARD = source("ENW", "Commissioner: Plymouth City Council (case study)", "The Council has taken on the role of Systems Steward");
const PLYMOUTH_LEARNING = source("ENW", "Commissioner: Plymouth City Council (case study)", "measures were to be used for learning, for all actors in the system");
const PLYMOUTH_CONTRACT = source("ENW", "Commissioner: Plymouth City Council (case study)", "The signed Alliance contract does not specify outputs or outcomes");
const LCF_STEWARD = source("ENW", "Systems (What does a healthy system look like?)", "Steward of Place");
const STEWARDS = source("ENW", "Systems (System Stewards)", "people who create the conditions in which others can work effectively");
const STEWARD_NOT_FUNDER = source("ENW", "Systems (System Stewards)", "it may not always be a funder or commissioner");
const HEALTHY_SYSTEM = source("ENW", "Systems (What does a healthy system look like?)", "Leadership is collaborative and promoted at every level");
const TRUST = source("ENW", "Human (Responding with trust: devolved power and decision making)", "give significant decision-making authority to those doing the work");
const TRUST_SMALL = source("ENW", "Human (Responding with trust: devolved power and decision making), quoting a public sector change leader", "Most of the specific things that were done that helped people were small and unspectacular");
const TRUST_SAFE = source("ENW", "Human (Responding with trust: devolved power and decision making)", "clear boundaries that reflect what is safe and legal");
const TRUST_FUNDING = source("ENW", "Human (Funders and commissioners: trust-based funding)", "funders and commissioners need to give up the illusion of control");
const FOR_LEARNING = source("ENW", "Learning (Funding and commissioning for learning, not services)", "does not specify outputs or outcomes to be achieved");
const YORK = source("ENW", "Learning (Funding and commissioning for learning, not services)", "jointly write a specification for years three to seven");
const DATA = source("ENW", "Learning (Using data to learn; Gateshead measures)", "Gateshead measures");
const DATA_GOALS = source("ENW", "Learning (Using data to learn), quoting a Plymouth commissioner", "this percentage of people that achieved this percentage of their goals");
const DATA_LEARN = source("ENW", "Learning (Using data to learn)", "for the purpose of enabling learning, rather than control");
const LEARNING_CULTURE = source("ENW", "Learning (Creating a learning culture)", "conversations about resources are separated from conversations about learning");
const ACCOUNTABILITY = source("ENW", "Learning (Learning and accountability)", "creating 'gaming' of figures rather than supporting the achievement of positive outcomes");
const ACCOUNTABILITY_DIALOGUE = source("ENW", "Learning (Learning and accountability)", "requires a dialogue between those who are seeking an account");
const COST_SAVINGS = source("ENW", "What does this way of working achieve? (Cost savings)", "Turning people away from help costs money");
const START = source("ENW", "How change happens (Start with purpose)", "A system is identified and bounded by its purpose");
const SHARED_PURPOSE = source("ENW", "How change happens (Establishing shared purpose)", "developing a vision for the system that partners can coalesce around");
const MAKING_PRINCIPLES = source("ENW", "How change happens (Developing principles, values and behaviours)", "establishing system principles or values that guide the behaviours of actors across the system");
const VISIBLE = source("ENW", "How change happens (Make the system visible)", "mechanisms which enabled 'service users' to have their voices heard");
const CULTURE_CHANGE = source("ENW", "How change happens (Culture change)", "We re-interviewed all staff and lost 50% of the workforce");
const AT_THE_CENTRE = source("ENW", "How change happens (At the Centre: Governance and Learning)", "is what we are doing what we intended?");
const EMBEDDING = source("ENW", "How change happens (Embedding and influencing)", "big enough to act as a genuine test");
const RESOURCES = source("ENW", "How change happens (Resource Allocation)", "Pooled budgets, including place-based budgets at a neighbourhood level, can be an important enabler");
const CONDITIONS = source("ENW", "Conditions for change", "it can be tokenistic and damage trust");
const CONDITIONS_FUNCTIONS = source("ENW", "Conditions for change", "Ability to influence key functions including legal, finance, procurement");
const CORNERSTONE = source("ENW", "Charity provider: Cornerstone (case study)", "involve unions as early as possible");
const GATESHEAD = source("ENW", "Public service reform: Gateshead (case study)", "stay safe, and stay legal");
const BLAGRAVE = source("ENW", "Funder: Blagrave Trust (case study)", "over 30% of total organisational resource was spent managing funding contracts");
const LISTENING = source("ENW", "Funder: Blagrave Trust (case study)", "not necessarily being held to account for acting on what they hear");
const EXAMPLE_1 = source("ET", "Example 1 (funder/commissioner led)", "what information needs to be collected?");
const ET_COPRODUCE = source("ET", "Example 1 (Developing principles, values and behaviours)", "Actors co-produce a set of principles, values and behaviours");
const ET_RESOURCE = source("ET", "Example 1 (Resource allocation)", "The commissioner allocates resources to the actors in the system");
const GOVERNANCE = source("ET", "Example 1 (Governance and learning)", "Together the alliance creates a governing infrastructure");
const GOV_JOIN = source("ET", "Example 1 (Governance and learning)", "Once the tendering process is complete, the commissioners join the alliance");
const MODEL_2 = source("ET", "Example 2 and Model 2 (delivery led)", "A central governance and learning group");
const PROCUREMENT = source("ET", "What does this mean for procurement?", "Involve procurement, finance, legal and other relevant colleagues in discussions as early as possible");
const PROCUREMENT_LEGAL = source("ET", "What does this mean for procurement?", "in no sense intended to replace your legal adviser");
const REGULATIONS = source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "Social care, health and education are governed by 'light touch'");
const REG_CONSULT = source("ET", "What does this mean for procurement? (2015 Public Contracts Regulations)", "Have a pre-tender market consultation on the specification and the process");
const PRINCIPLED = source("ET", "What does this mean for procurement? (Principled working)", "Apply equal treatment (information, opportunities, procedures, assessment)");
const SOCIAL_VALUE = source("ET", "What does this mean for procurement? (Social value)", "The Social Value Act (2012) applies when you are contracting under the 2015 Regulations");
const CHALLENGE = source("ET", "What does this mean for procurement? (Dealing with challenge)", "read-across' and are consistent");
const CHALLENGE_SV = source("ET", "What does this mean for procurement? (Dealing with challenge)", "Link social value elements objectively to the contract");
const MORE = source("ET", "What does this mean for procurement? (More you can do)", "Involve service users in decision making");
const MORE_INPUT = source("ET", "What does this mean for procurement? (More you can do)", "do be clear about how you are going to use and share the information they provide");
const MORE_PROPORTIONATE = source("ET", "What does this mean for procurement? (More you can do)", "Apply financial thresholds and risk criteria that are proportionate to what is being commissioned");
const MORE_GRANTS = source("ET", "What does this mean for procurement? (More you can do)", "Use grants rather than contracts");
const MORE_VALUES = source("ET", "What does this mean for procurement? (More you can do)", "Commission for partners with shared values");
const MORE_SOCIAL = source("ET", "What does this mean for procurement? (More you can do)", "Include wider social impact in the specification or award criteria");
const TPC_NOW = source("TPC", "Part One (What do commissioner and funder relationships look and feel like now?)", "Because it is about equal status, shared risk and reward");
const TPC_PROCESS = source("TPC", "Part One (Process: experience-led design and delivery)", "identifying need, contract design, agreeing outcomes");
const TPC_ACCESS = source("TPC", "Part One (Process: open and transparent commissioning and access to commissioners)", "found it difficult to contact the right person");
const TPC_VALUES = source("TPC", "Part One (Behaviour: alignment of strong value base)", "Alignment of strong value base - shared system wide");
const TPC_BEHAVIOUR = source("TPC", "Part One (Behaviour: collective decision-making and bravery)", "There is a reluctance to make a decision; we have only made one");
const TPC_SUGGESTIONS = source("TPC", "Part One (Behaviour: practical suggestions)", "it is not the 'loudest' voice that takes control over decision-making");
const TPC_LANGUAGE = source("TPC", "Part One (Behaviour: accessible language); Appendix Three", "complex language and jargon that excludes people");
const TPC_APPENDIX_1 = source("TPC", "Appendix One", "did not have the authority or power to take the necessary decisions");
const CP_COMMON = source("CP", "Part 1 (Common features of collaborations)", "Each of the 5 partners has its own distinct structures");
const CP_CAN = source("CP", "Part 1 (City Ambition Network)", "enabled rapid problem solving (thanks to frequency of meetings)");
const CP_CAN_MONTHLY = source("CP", "Part 1 (City Ambition Network)", "The Operational Group also meets monthly while the Keyworker Group meets every 2 weeks");
const CP_INVERCLYDE = source("CP", "Part 1 (Inverclyde Connections)", "meets every two months to review the progress of the project");
const CP_FAIR_DEAL = source("CP", "Part 1 (Connecting Fair Deal and Support for Ordinary Living)", "independent Advocacy to ensure that all views were heard");
const CP_PRACTICE = source("CP", "Section 1 (Collaboration in practice)", "if not always equitably across");
const CP_LIVED = source("CP", "Section 2 (Valuing lived experience)", "to share stories safely");
const CP_EVIDENCE = source("CP", "Section 2 (Use evidence with shared purpose)", "no formal data sharing");
const CP_TIME_TASK = source("CP", "Section 2 (Use evidence with shared purpose)", "reaching pre-defined 'time-and-task' targets");
const CP_REDESIGN = source("CP", "Section 2 (Redesign commissioning and procurement)", "parties not making it onto Council Framework agreements");
const CP_FORCED = source("CP", "Section 2 (Redesign commissioning and procurement), quoting one participant", "Partnerships [are] often forced by commissioning tenders");
const CP_INSIGHT = source("CP", "Future priorities, THREE (Bridge the insight gap)", "take the lead in defining outcomes");
const CP_CAPABILITIES = source("CP", "Future priorities, SIX (Create the right capabilities in places)", "an independent party is needed to bring people around the table");
const CP_INDEX_PLACES = source("CP", "Part 2 (The Collaborative Providers Index: Places)", "not always the same people attending meetings");
const CP_INDEX_DELIVERY = source("CP", "Part 2 (The Collaborative Providers Index: Delivery)", "Uneven contribution across partners not uncommon");
const CP_KEY_PEOPLE = source("CP", "Part 2 (The Collaborative Providers Index: Delivery)", "supported but not overly relied upon");
const CP_INVERCLYDE_LEAD = source("CP", "Part 1 (Inverclyde Connections)", "an independent non-provider and a service-user led organisation");
// The caution every legal figure carries.
const LAW_HAS_CHANGED =
  "Those were the 2016–17 figures, and the law has changed since (the Procurement Act 2023, and for health care in England the NHS Provider Selection Regime): the checks use the figure in force when the procurement starts, shown on hover over `route`, so confirm it with your legal advisers.";
const THRESHOLD_FIGURES =
  "Coping with Complexity (chapter 4) draws the line in health and social care at £589k (EUR 750,000), with direct award below it and the Light Touch Regime above, and Exploring the New World, Examples and Tools writes the same threshold as £750k.";

// --- keywords -------------------------------------------------------------------------------------------

export const KEYWORD_HELP: Record<string, Help> = {
  // The kinds of document.
  agreement: help(
    "The alliance agreement: the parties, their shared purpose and the rules they all sign up to.",
    "An alliance agreement is one agreement between the commissioner and every provider, under which they plan and deliver support together. Coping with Complexity describes the commissioner and the providers as equally responsible for delivery, \"a profound shift in power within commissioning\", and Plymouth's signed alliance contract sets no outputs or outcomes but rests on principles the parties agreed. The agreement holds the purpose, parties, principles, decision rules, risk sharing, spend limits, bodies and learning; tender documents written `for` it are checked against it.",
    CWC6, PLYMOUTH_CONTRACT,
  ),
  specification: help(
    "The specification an alliance is tendered on, written for its agreement.",
    "A specification tells bidders what they are asked to do and which of the agreement's principles they would sign up to. Among the steps Exploring the New World lists for fending off a legal challenge is checking that the tender, the specification and its requirements, and the evaluation and selection criteria all agree with one another. Plymouth's tender did not specify outputs or outcomes and its specification said measures were for learning, so an alliance specification can say `targets none`.",
    CHALLENGE, PLYMOUTH_TENDER, PLYMOUTH_LEARNING,
  ),
  tender: help(
    "The invitation to tender: the questions bidders answer, the deadline and the process.",
    "A tender document sets out what bidders must answer, when bids are due and how the process runs. Every bidder must be treated alike, with the same information, opportunities, procedure and assessment, and the questions asked should be the ones the evaluation scores. Plymouth's tender took the form of design conversations between commissioners and providers, and it did not ask for fixed outputs.",
    PRINCIPLED, CHALLENGE, PLYMOUTH_DESIGN,
  ),
  evaluation: help(
    "How bids are scored: the selection and award criteria, with their weights.",
    "An evaluation document lists the criteria bids are judged on, each with a weight and a stage, selection or award. Each criterion should trace back to a requirement, question or principle in the documents it is written for, and the weights at each stage should total 100%. Keeping the scoring in step with the specification is part of the read-across the guidance recommends as a defence against challenge.",
    CHALLENGE, PRINCIPLED,
  ),

  // Clauses of a document.
  purpose: help(
    "The shared purpose: the change for people that the whole alliance exists to bring about.",
    "Exploring the New World says to begin with purpose: a system is defined by the change it is there to make, and that also marks its edges. Write the purpose as an outcome for people that partners can rally around, not as a list of services to buy. The optional section adds `people`, `place` and `scope` to say whom it serves, where and what it covers. Governance should keep testing practice against this purpose.",
    START, SHARED_PURPOSE, AT_THE_CENTRE,
  ),
  term: help(
    "How long the agreement runs, and from when.",
    "Write a length and a start date, as in `term 10 years from 2019-04-01`, or two dates, as in `term 2019-04-01 to 2029-03-31`. Plymouth's commission was a shared budget of £80m over 10 years, and York's substance-misuse contract was tendered to evolve over seven years of learning. The term should be the same in every document of the tender pack, since the guidance asks for those documents to read across.",
    PLYMOUTH, YORK, CHALLENGE,
  ),
  value: help(
    "The money the agreement covers, optionally per year and pooled by named parties.",
    `Write the amount, as in \`value £80,000,000 pooled by PCC, CCG\`; the value decides which procurement rules apply. ${THRESHOLD_FIGURES} ${LAW_HAS_CHANGED} The guidance favours pooled budgets so that money can cross service silos.`,
    CWC4, REGULATIONS, RESOURCES, PLYMOUTH,
  ),
  parties: help(
    "The list of every party to the agreement: name, role and full name.",
    "An alliance needs at least two parties committed to a common goal, with the commissioner and the providers equally responsible for delivery. The commissioner belongs in this list as a member, not only as the buyer: Plymouth City Council became a signatory to its alliance after the tender. Future Pathways counted three survivors among the members of the full alliance; the report does not say whether they signed as contracting parties, so say so here. Each party's entry can give its representative, their authority, its contribution, a contact and the time it commits.",
    CWC6, PLYMOUTH_SIGN, FP_MEMBERS,
  ),
  roles: help(
    "The named roles of the alliance, such as its chair, project manager and frontline workers.",
    "Roles give authority to a job rather than to an organisation: a co-ordinator who approves small spends, a project manager, a chair. Coping with Complexity found that a project manager should work for the alliance and answer to it, not only to the commissioner, and it generally recommends an independent chair. Plymouth's principles fill key roles with the best person. After a role, `reports to` says whom it answers to and `held by` which party holds it.",
    FP_KEY, FP_CHAIR, PRINCIPLES,
  ),
  principles: help(
    "The alliance's principles: named principles in an agreement, or a list of them in a tender document.",
    "Principles say how the parties will behave towards one another, and give them a standard of conduct to hold one another to. Plymouth's seven Alliance Principles cover shared risk, a \"Best for People using Services\" test, unanimous decisions on key issues, no fault and no blame, open books, the best person in key roles, and the \"Alliance Values and Behaviours\". Add `co-produced with` to record who shaped them, since the guidance asks for principles made with the people in the system. In a specification, tender or evaluation, `principles` lists the agreement's principles that bidders are told about.",
    MAKING_PRINCIPLES, PRINCIPLES, ET_COPRODUCE,
  ),
  values: help(
    "The alliance's values and behaviours: how the parties agree to treat each other.",
    "Plymouth's seventh principle binds every participant to its \"Alliance Values and Behaviours\", so an agreement that names such a set should spell it out. IVAR found that values have to be shared across organisations rather than held by a few key people, and names generosity, respect, compassion and commitment. When the alliance is under strain people tend to fall back on old ways, and the agreed behaviours then act as a reminder.",
    PRINCIPLES, TPC_VALUES, FP_BEHAVIOURS,
  ),
  definitions: help(
    "Terms the agreement uses in a particular sense, each with its meaning in quotes.",
    "Any term that carries legal weight belongs here, as in `wilful-default \"A deliberate breach…\"`. Plymouth's no-fault, no-blame principle keeps wilful default as its only exception, yet the report never says what wilful default means, and everything the parties give up turns on that meaning. Define also any named set a principle refers to, and any jargon that people using services will read.",
    PRINCIPLES, TPC_LANGUAGE,
  ),
  "key-issues": help(
    "The key issues: the decisions that need every member's agreement.",
    "Plymouth's principles commit the parties to unanimous decisions on all key issues, based on principles and values. The reports do not say which decisions are key issues, so list them here, or the parties may later disagree about which decisions need everyone. What to list is for the parties to settle; this tool suggests thinking about how the budget is divided, changes to the spend limits and who may join.",
    PRINCIPLES,
  ),
  body: help(
    "A body of the alliance, such as its board, a spending panel or an advisory panel.",
    "A body's section says who sits on it, who chairs it, what it decides and how, how often it meets and which jobs it does, as in `body Board \"Alliance Leadership Board\" {`. In the Example 1 model the alliance's governing structure shares out resources, oversees delivery, keeps up the culture, makes sure information is captured and reflected on, and keeps asking whether this is what was intended. City Ambition Network has a steering group, an operational group and a keyworker group, and credits the frequency of their meetings with quick problem solving.",
    GOVERNANCE, CP_CAN, CP_CAN_MONTHLY,
  ),
  risk: help(
    "How the parties share risk: collective responsibility, pain and gain shares, a cap, no-fault-no-blame and open books.",
    "Plymouth's participants take on together all the risks of providing the services, and its member organisations are jointly liable for the contract. This section says whether responsibility is collective, how losses and savings are split, the most a party can lose or gain, which claims remain possible and how the books are kept. Coping with Complexity warns that uncertainty is often mistaken for risk, so that the way risk is managed outgrows the real danger.",
    PRINCIPLES, PLYMOUTH_JOINT, CWC6_RISK,
  ),
  spend: help(
    "The spend ladder: who may approve spending of each size, from the frontline up.",
    "Each line is a band, such as `up to £1,000 approved by Coordinator` and `over £1,000 approved by Panel`, and the bands should run up from zero with no gaps or overlaps. In Future Pathways, support co-ordinators could approve up to £1000 from a discretionary fund, and a panel considered anything larger. Exploring the New World says those doing the work need real decision-making authority, so that they can act quickly within what is safe and legal.",
    FP, TRUST, TRUST_SAFE,
  ),
  learning: help(
    "How the alliance learns: its measures, its review cycle and its data-sharing agreement.",
    "Plymouth's contract set no outputs or outcomes and relied on adapting through shared learning. The guidance advises settling at design stage which data to gather, how to analyse it, who will interpret it and how the alliance will act on what it finds. Measures here serve learning rather than performance management, because targets invite gaming.",
    FOR_LEARNING, EXAMPLE_1, CWC3, ACCOUNTABILITY,
  ),
  involvement: help(
    "How people who use services are involved, at which stages, and how they hear what changed.",
    "IVAR's research asks for people who use services to be involved at each stage: identifying need, designing the contract and agreeing outcomes, with shared expectations of what can be achieved. This tool also asks for a `review` stage, so that involvement carries on after the contract starts. Asking for views without the means or the will to act on them can be tokenistic and damage trust, so `feedback` says how the alliance answers people; `safe-sharing` says how people who share their stories are supported.",
    TPC_PROCESS, CONDITIONS, CP_LIVED,
  ),
  steward: help(
    "The system steward: the party, body or role that looks after the health of the whole system.",
    "A system steward creates the conditions for everyone else in the system to work well. It need not be the funder or commissioner, although how they behave shapes every relationship in the system. Plymouth City Council took on the role: it makes the system visible, builds trust through facilitated sessions and allocates money through the alliance contract.",
    STEWARDS, STEWARD_NOT_FUNDER, PLYMOUTH_STEWARD,
  ),
  stages: help(
    "A staged contract: what happens in each year of the term, and who writes each stage.",
    "York's substance-misuse contract was planned as seven years of learning: co-production in year one as the basis for trying out new ways of working in year two, and then a specification for years three to seven that the providers and the commissioner would write together. The stages should cover the whole term and name the joint authors of the stages still to be written. Each line is a stage, as in `years 3 to 7 \"Specification written together\" written by CYC, Ouse`.",
    YORK,
  ),
  requirements: help(
    "The specification's requirements, each with its level: mandatory, desirable, pass-fail or contract-condition.",
    "Every mandatory requirement should be scored by an evaluation criterion, or else be marked as pass-fail or as a condition of contract, so that nothing bidders are told matters goes unassessed. Write `about` and the principles a requirement tests, so the read-across from agreement to specification to evaluation can be checked. Keep requirements proportionate to what is being commissioned.",
    CHALLENGE, MORE_PROPORTIONATE,
  ),
  targets: help(
    "The targets the specification sets for providers, or none.",
    "Plymouth's tender did not specify outputs or outcomes, and the guidance warns that managing performance by targets breeds gaming and makes good outcomes harder to reach. If the agreement works by learning rather than targets, the specification and evaluation should neither demand nor score target commitments. Write `targets none` to say so plainly.",
    PLYMOUTH_TENDER, CWC3, ACCOUNTABILITY,
  ),
  questions: help(
    "The questions bidders answer in the tender, each with what it is about.",
    "Each evaluation criterion should map to a question the tender actually asks, and `about` says which requirements or principles a question covers. Equal treatment means every bidder gets the same questions and information and is assessed the same way. Questions on how a bidder will share risk or decide with the others also disclose the alliance's working principles to all of them.",
    CHALLENGE, PRINCIPLED,
  ),
  criterion: help(
    "One evaluation criterion: a name, a title, its weight, its stage and what it assesses.",
    "The weights at each stage should total 100%, and a criterion belongs to selection or to award, not both. Every criterion should trace to the requirement, question or principle it `assesses`, which is the read-across the guidance recommends. Mark social value with `social-value` and link it to something the contract requires, because social value has to relate objectively to the contract.",
    CHALLENGE, CHALLENGE_SV, MORE_SOCIAL,
  ),
  deadline: help(
    "The date bids are due.",
    "Write the date as year-month-day, as in `deadline 2019-01-31`. Under the light-touch rules an authority may follow its own process so long as its timeframes are reasonable and proportionate, and every bidder must get the same deadline and information. Allow enough time for small and user-led organisations, and for partnerships of providers, to put a bid together.",
    REGULATIONS, PRINCIPLED,
  ),
  "involved early": help(
    "Which enabling teams were brought in before the tender: legal, finance, procurement, audit.",
    "Exploring the New World counts bringing in legal, finance, procurement and audit colleagues too late, and a history of blame, among the barriers to working this way. Bring these colleagues in as early as you can, so that they see the whole picture and help solve problems rather than raise them. Senior allies who will carry the risk help too.",
    CONDITIONS_FUNCTIONS, PROCUREMENT,
  ),
  "exit-plan": help(
    "What happens when time-limited funding or the term ends, in quotes.",
    "Coping with Complexity reports that funders hope innovations paid for by their grants will be taken up by statutory funders, and that this is not happening. It says exit plans need to be there from the beginning wherever support is given for a set time. Say who does what and when, so that the people supported are not left without help when the money or the term runs out.",
    CWC5_GRANTS, CWC5,
  ),
  "review-point": help(
    "A point at which the alliance stops to review its first cycle before embedding it further.",
    "Write a date or a length of time from the start, as in `review-point after 18 months`. Exploring the New World observes that partners tend to start with a scope big enough to be a real test but small enough to keep the risk acceptable, and to spread the approach once it has been tried and refined. A review point marks when to take stock before spreading it; what the review looks at, and which body holds it, belongs in the learning section.",
    EMBEDDING,
  ),
  "market-engagement": help(
    "What was done with providers and people who use services before the tender, in quotes.",
    "The 2015 Regulations allow a consultation with the market before the tender, on the specification and the process, and Coping with Complexity recommends longer market engagement focused on redesign. Plymouth's commissioning built on four years of system change work and an earlier consultation with more than 70 services and 400 service users and carers. One participant in the Collaborative Providers study put it bluntly: partnerships \"forced by commissioning tenders\" are not good partnerships.",
    REG_CONSULT, CWC4_PIN, PLYMOUTH_CONSULT, CP_FORCED,
  ),
  "input-sharing": help(
    "How providers' input before the tender was shared with every bidder, in quotes.",
    "Providers may help shape the specification before the tender, but the guidance says to be clear how their input will be used and to share it with all bidders on an equal footing. Equal treatment covers the information bidders receive as well as how they are judged. Say what was shared, with whom and when.",
    MORE_INPUT, PRINCIPLED,
  ),
  "minimum-turnover": help(
    "The smallest yearly turnover a bidder must have.",
    "Write an amount, as in `minimum-turnover £500,000`. Exploring the New World, Examples and Tools asks for financial thresholds and risk criteria in proportion to what is being commissioned. A turnover floor set high against the contract's yearly value shuts out small, local and user-led organisations; the multiple the checks allow is this tool's own default, which you can change in settings.",
    MORE_PROPORTIONATE,
  ),
  "staff-changes": help(
    "How staff roles change under the alliance, in quotes.",
    "Changing how people work can unsettle a workforce deeply: Exploring the New World quotes a provider that lost half its workforce after interviewing every member of staff again. Say which roles change, how and when, so that the people affected and their representatives can be involved early. Where roles change, record with `union-engagement` how staff and unions are involved.",
    CULTURE_CHANGE,
  ),
  "union-engagement": help(
    "How staff and their unions are involved in changes to their work, in quotes.",
    "Cornerstone, which moved to self-organising teams, met long-running opposition from unions and advises other organisations to involve them as early as possible. The guidance also reports a provider that lost half its workforce when it interviewed every member of staff again. Say who is consulted, on what and when.",
    CORNERSTONE, CULTURE_CHANGE,
  ),

  // Inside a purpose section.
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
    "Scope completes the purpose's boundary alongside `people` and `place`. Exploring the New World observes that partners tend to start with a scope big enough to be a genuine test without taking on too much risk, and widen it once the approach works. Describe the kinds of support covered rather than fixed volumes of service.",
    START, EMBEDDING,
  ),

  // Inside a party's entry.
  representative: help(
    "The person who speaks for this party in the alliance, in quotes.",
    "The people in the room must be able to commit their organisation: in Future Pathways, Penumbra's director had his Board's authority to decide for it. IVAR and Collaborate CIC found partnerships weakened when partners sent staff without the power to decide, or different people each time. Pair this with `authority` to say where the representative's power comes from.",
    FP_AUTHORITY, TPC_APPENDIX_1, CP_INDEX_PLACES,
  ),
  authority: help(
    "Where the representative's power to commit this party comes from, and its limits, in quotes.",
    "Coping with Complexity stresses that representatives need authority from their own boards to take decisions in the alliance. Writing it down lets every member see that a decision made in the room will hold. If the representative approves spend, their delegated limit should cover the bands they approve.",
    FP_AUTHORITY,
  ),
  contributes: help(
    "What this party brings to the alliance, in money or in kind, in quotes.",
    "Each party should be able to say how what it does combines with the others' work towards the shared purpose. Collaborate CIC and CCPS found that contributions, especially in kind, were not always shared equitably between partners. Saying what each party brings makes the balance visible to everyone.",
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
    FP_TIME,
  ),
  framework: help(
    "The framework this party is on, in quotes, where the contract is called off a framework.",
    "Collaborate CIC and CCPS found partnerships disrupted when some partners failed to get onto a council framework. If the contract is a call-off from a framework, every provider in the alliance needs to be on it. Name the framework here so that this can be checked.",
    CP_REDESIGN,
  ),

  // Inside a body.
  members: help(
    "Who sits on this body: all the parties, or the names of parties and roles.",
    "Write `members all` or a list, as in `members PCC, Shekinah, Voices`. Under an alliance's consensus model every member has the same authority and accountability, so the membership decides whose agreement a decision needs. Future Pathways counted three survivors among its members, alongside the Scottish Government, the health and social care partnership and the providers; make sure nobody who should have a seat, such as a lived-experience member, is left out.",
    FP_LEARNING, FP_MEMBERS,
  ),
  chair: help(
    "Who chairs this body: the name of a party or role.",
    "Coping with Complexity found it hard for a commissioner to chair an alliance without slipping back into old ways, and generally recommends an independent chair. In another example it discussed, a neutral chair supported equal leadership among the partners. Declare the chair as a role, as in `Chair chair \"Independent chair\"`, and name it here.",
    FP_CHAIR, CWC7,
  ),
  decides: help(
    "What this body decides and how.",
    "Write the subject and the method, as in `decides key-issues by unanimity`. Alliances work by consensus: each member carries the same authority and the same accountability, and there is no vote, which Coping with Complexity says evens out power to some extent. Plymouth's principles commit to unanimous decisions on all key issues, made on a \"Best for People using Services\" basis, so choose `unanimity` or `consensus` for key issues.",
    FP_LEARNING, FP_POSITIVES, PRINCIPLES,
  ),
  "if not unanimous": help(
    "What happens to a proposal that not every member agrees to.",
    "Alliances decide by consensus with no vote, and the reference outcome is that a proposal not passed by everyone falls: write `if not unanimous: falls`. Future Pathways worked this way. Handing the question to another body (`refer to Board`) keeps it collective, but letting one party or role decide gives it a power the others lack.",
    FP_FALLS, FP,
  ),
  "casting vote": help(
    "Who breaks a tie when the members are evenly split.",
    "Write the party or role, as in `casting vote Chair`, or `casting vote chair` for whoever chairs the body. A casting vote lets one member settle what the others cannot agree, so it sits uneasily with deciding by consensus: in the alliance model a proposal that not everyone agrees to falls. If the agreement's principles promise unanimity, a casting vote contradicts them.",
    FP_LEARNING, FP_FALLS,
  ),
  meets: help(
    "How often this body meets.",
    "Write a word or a length of time, as in `meets monthly` or `meets every 6 weeks`. City Ambition Network's steering and operational groups met monthly and its keyworker group every two weeks, and it credits that frequency with quick problem solving. Meetings also cost time: Future Pathways members spent 4–5 hours a week in them.",
    CP_CAN_MONTHLY, CP_CAN, FP_TIME,
  ),
  functions: help(
    "The jobs this body does: allocate-resources, oversee-delivery, maintain-culture, capture-information, test-purpose.",
    "In the Example 1 model the alliance's governing structure has five jobs: sharing resources among members, overseeing delivery, keeping up the culture of principles, values and behaviours, making sure information on the service and the people who use it is gathered and reflected on, and asking again and again whether this is what was intended. Between them, the alliance's bodies should cover all five. Governance also asks whether every relevant voice is being sought out and heard.",
    GOVERNANCE, AT_THE_CENTRE,
  ),
  "reports to": help(
    "The body this one answers to.",
    "Write the body's name, as in `reports to Board`. This tool expects reporting lines to lead up to one body at the top, so that no body answers to nobody and no line loops back on itself; the reports do not set out such a structure. Coping with Complexity found that a project manager who reports only to the commissioner does not work, which is the nearest the guidance comes.",
    FP_KEY,
  ),
  advises: help(
    "The body whose decisions this advisory panel feeds.",
    "Write the body's name, as in `advises Board`. Future Pathways ran a separate survivor advisory panel while it was set up, since survivors needed time before they could trust providers and institutions. An advisory panel needs a clear route into decisions or its advice goes nowhere; add `until` if it exists only for set-up.",
    FP_PANEL,
  ),
  until: help(
    "The date this body stops.",
    "Some bodies exist only for a phase, as Future Pathways' survivor advisory panel did during set-up while trust grew. An end date, as in `until 2020-03-31`, makes clear when its work passes to the main alliance body. Before that date, check that the people it spoke for have a seat where decisions are made.",
    FP_PANEL,
  ),
  quorum: help(
    "How many members must be present for this body to decide.",
    "Write `quorum all` or a number, as in `quorum 4`. Under consensus every member has equal authority and a proposal not passed by everyone falls, so for key issues `quorum all` stops decisions being taken without a member. The reports say nothing about quorums; a smaller one is this tool's suggestion for a panel that must answer quickly.",
    FP_FALLS,
  ),
  "open to": help(
    "Who may bring issues and ideas straight to this body.",
    "Write who, as in `open to frontline-staff`, or a list of groups. In Future Pathways, frontline staff can go to the alliance board for advice and with ideas, and they describe having more freedom in their work. Exploring the New World, Examples and Tools also asks commissioners to involve service users in decision making; pair this with `responds within` to say how quickly the body answers.",
    FP_FRONTLINE, MORE,
  ),
  "responds within": help(
    "How quickly this body answers an issue or request.",
    "Write a length of time, as in `responds within 5 days`. Exploring the New World asks for decisions to be devolved to those doing the work so that they can be taken rapidly, and a stated turnaround shows that the routes into the board and panels are real. City Ambition Network credits frequent meetings with quick problem solving.",
    TRUST, CP_CAN,
  ),

  // Inside the risk block.
  responsibility: help(
    "Whether risk is carried collectively by all the parties or separately by each.",
    "Plymouth's first principle is that the participants take on together all the risks of delivering the services, and its members are jointly liable for the contract. IVAR's interviewees describe the result as being equals who share both the risk and the reward. An agreement that declares `responsibility collective` should not then give a delivery risk, or its cost, to one party alone.",
    PRINCIPLES, PLYMOUTH_JOINT, TPC_NOW,
  ),
  "pain share": help(
    "How an overspend or loss is split between the parties, in percentages that total 100%.",
    "Write each party and its share, as in `pain share PCC 50%, Shekinah 50%`. When parties carry risk together, the pain share says who bears which part of a loss. Every party sharing the risk, the commissioner included, should appear, because a share that leaves someone out quietly takes them outside the collective responsibility for risk in Plymouth's first principle.",
    PRINCIPLES, TPC_NOW,
  ),
  "gain share": help(
    "How an underspend or saving is split between the parties, in percentages that total 100%.",
    "Shared risk comes with shared reward: one of IVAR's participants speaks of equal status, shared risk and reward. The gain share says who receives which part of a saving, and like the pain share it should cover every party and total 100%. Savings should follow from doing the right thing; the guidance warns against making them the aim.",
    TPC_NOW, PRINCIPLES, COST_SAVINGS,
  ),
  "budget share": help(
    "How the alliance budget is divided between the parties, in percentages that total 100%.",
    "In the Example 1 model the alliance's governing structure shares out resources among the members, and the budget share records the split. Exploring the New World favours pooled budgets or, failing that, budget holders who accept flexible use across service lines. This tool treats changing the split as a natural key issue for a unanimous decision.",
    GOVERNANCE, RESOURCES,
  ),
  cap: help(
    "The most any party can lose or gain under the risk share.",
    "Write an amount, optionally per year, as in `cap £500,000 per year`. A cap limits what each party can lose or gain under the pain and gain shares. The reports do not discuss caps; Coping with Complexity does warn that the way risk is managed is often out of proportion to the real risk, so set the cap from the risks the alliance actually runs.",
    CWC6_RISK,
  ),
  "no-fault-no-blame": help(
    "The parties agree not to bring disputes or claims against each other, with only narrow exceptions.",
    "Write the exceptions after `except`, as in `no-fault-no-blame except wilful-default`. Plymouth's participants commit to a \"no fault, no blame\" culture, keeping clear of disputes and litigation among themselves, except in \"very limited cases of willful default\". Keep the exception narrow and define it, because the report does not; accountability then works through mutual support, since one partner's failure is the whole alliance's failure.",
    PRINCIPLES, FP_MUTUAL,
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
    "Write the risk and the party, as in `assign \"clinical governance\" to Livewell`. Where the agreement declares collective responsibility, handing a delivery risk or its cost to one party contradicts it, since Plymouth's participants take on all the risks together. If a risk must sit with one party, for example for legal reasons your advisers identify, use `assign` sparingly and say why.",
    PRINCIPLES, PLYMOUTH_JOINT,
  ),

  // Inside the spend block.
  "up to": help(
    "A spend band up to an amount, and who approves it.",
    "Write the amount and the approver, as in `up to £1,000 approved by Coordinator`; the amount itself is inside the band. The lowest band usually belongs to the frontline: Future Pathways co-ordinators could approve up to £1000 from a discretionary fund. A public sector change leader quoted in Exploring the New World says most of the things that helped people were small and unspectacular, such as a bus pass or a food shop, decided by the workers themselves.",
    FP, TRUST_SMALL,
  ),
  over: help(
    "A spend band above an amount, optionally up to a higher one, and who approves it.",
    "Write the amount and the approver, as in `over £1,000 approved by Panel`; the amount itself belongs to the band below, so the bands meet without overlapping. In Future Pathways a panel considers spend above the co-ordinators' £1000, and this tool expects spend above the frontline limit to go to a collective panel or board rather than to one party alone. A panel named here needs members, a quorum and a meeting rhythm or turnaround.",
    FP,
  ),
  eligibility: help(
    "A condition on what spending may be used for, in quotes.",
    "Future Pathways has no eligibility thresholds: anyone can have a conversation to work out what they need. Exploring the New World adds that eligibility and assessment gates cost money and that turning people away is wasteful. Prefer boundaries such as safe, legal and within the principles, like Gateshead's only two rules, \"stay safe, and stay legal\".",
    FP_ELIGIBILITY, COST_SAVINGS, GATESHEAD,
  ),

  // Inside the learning block.
  measure: help(
    "A measure the alliance uses, with what it is used for.",
    "Write a name, a title and its use, as in `measure IROC \"I-ROC wellbeing measure\" used for learning`. In an alliance, data may still be collected, but to learn from rather than to manage performance. Future Pathways uses a shared measure, I-ROC, to line its partners up behind the same goals, and a Plymouth commissioner describes planning to report, in aggregate, how far people reach the goals they set themselves. Each measure should say where its data comes from, who makes sense of it and where it is reviewed.",
    DATA_LEARN, FP_IROC, DATA_GOALS,
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
    "The guidance asks for process measures to give way to quality-of-life measures, with clarity about how they will be measured, and a Plymouth commissioner describes measuring each person's progress towards goals they set themselves. Coping with Complexity puts the question directly: how do the people supported define success? At least one measure should be defined by the people themselves.",
    CWC4_MEASURES, CWC4_SUCCESS, DATA_GOALS,
  ),
  kind: help(
    "What sort of measure this is, such as person-defined, narrative, count or cost.",
    "The guidance favours person-defined and narrative measures, and warns against steering by process measures such as hours, hourly rates or contacts. Naming the kind shows whether the set includes people's own views and stories. Cost measures are useful for learning but should not become a savings target.",
    CWC4_MEASURES, DATA, COST_SAVINGS,
  ),
  "sense-maker": help(
    "The body, party or role that makes sense of the measure's results.",
    "Exploring the New World asks, at design stage, who will make sense of the data and how the findings will be acted on. Accountability needs dialogue as well as data, so name a body where results are discussed rather than a desk where they are filed.",
    EXAMPLE_1, ACCOUNTABILITY_DIALOGUE,
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
    "People need to see that what they say leads to visible change; without that, involvement can be tokenistic and damage trust. The Listening Fund found that organisations which listen are not always held to account for responding to what they hear. Say who reports back, to whom and how often.",
    CP_LIVED, CONDITIONS, LISTENING,
  ),
  stories: help(
    "How people's stories are gathered and used, in quotes.",
    "The guidance values stories and narrative alongside numbers; Cornerstone and Plymouth both use them. Telling a personal story can be hard, so pair this with `safe-sharing` to say how storytellers are supported.",
    DATA, CP_LIVED,
  ),
  "safe-sharing": help(
    "How people are supported to share their stories safely, in quotes.",
    "Collaborate CIC and CCPS found that people need support to share their stories safely, and that partners worry about the harm if hopes are raised and then nothing changes. Say who supports storytellers before and after, and who decides how a story is used; this tool suggests it be the person telling it.",
    CP_LIVED,
  ),

  // Inside the stages block.
  year: help(
    "One stage of a staged contract, in a single year.",
    "Write the year and what happens, as in `year 1 \"Co-production\"`. York's contract was planned to begin with a year of co-production, as the basis for trying out new ways of working in the second year. The stages together should cover the whole term, and `written by` names who writes a stage.",
    YORK,
  ),
  years: help(
    "One stage of a staged contract, over several years.",
    "Write the years and what happens, as in `years 3 to 7 \"Specification written together\" written by CYC, Ouse`. In York, the providers and the commissioner planned to write the specification for years three to seven together. Name the joint authors with `written by`, since a stage written by the commissioner alone loses the point of staging.",
    YORK,
  ),

  // Inside the process block.
  step: help(
    "One step of the procurement process: what happens and how long it takes.",
    "Write what happens and its length, as in `step \"Design conversations\" 8 weeks`. A bespoke light-touch process has to be clear and its timeframes reasonable and proportionate, and listing the steps with their lengths shows both. Each of Plymouth's design conversations with bidders would be a step here.",
    REGULATIONS, PLYMOUTH,
  ),
  // The procurement entries say which law and figure are in force: the law module keeps them.
  ...LAW_KEYWORD_HELP,
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

  // partyRole
  "partyRole:commissioner": help(
    "A commissioner or public funder that is a full member of the alliance.",
    "In an alliance the commissioning authority and the providers are equally responsible for delivery, which is a profound shift of power. The commissioner belongs inside the alliance: Plymouth City Council became a signatory after the tender, and in the Example 1 model the commissioners become members when the tender is over. Its principles, risk and decision rules should be the same as everyone else's.",
    CWC6, PLYMOUTH_SIGN, GOV_JOIN,
  ),
  "partyRole:provider": help(
    "An organisation that delivers support as a member of the alliance.",
    "Providers in an alliance share responsibility and risk for provision and are jointly liable for the contract. Partners keep their own identity and governance, aligned rather than merged, as each of City Ambition Network's partners does. Providers should join only partnerships that fit their values, so as not to drift from their mission.",
    ET_RESOURCE, PLYMOUTH_JOINT, CP_COMMON, CWC5_VALUES,
  ),
  "partyRole:lived-experience": help(
    "A person or group with lived experience who is a full party.",
    "People with lived experience can be full members: Future Pathways counted three survivors among the members of the full alliance. Collaborate CIC and CCPS name valuing lived experience as one of the things collaborations do. Give lived-experience members the same seat, authority and support as the other parties.",
    FP_MEMBERS, CP_LIVED,
  ),
  "partyRole:independent": help(
    "A party independent of the commissioner and the providers, such as a neutral convenor.",
    "Coping with Complexity generally recommends an independent chair, because a commissioner in the chair struggles to drop old habits. Collaborate CIC and CCPS describe TAG in Inverclyde, an independent, user-led organisation that is not a provider, bringing competing providers together as a neutral bridge.",
    FP_CHAIR, CP_INVERCLYDE_LEAD, CP_CAPABILITIES,
  ),
  "partyRole:funder": help(
    "A funder, such as a charitable trust, that puts money in.",
    "How a funder behaves frames the relationships in the system as much as a commissioner does. Trust-based funders such as the Tudor Trust give money without process targets, and Corra pairs funding with other kinds of support. A funder in the alliance should share its principles and risk like any other party.",
    STEWARD_NOT_FUNDER, TRUST_FUNDING, CWC5,
  ),
  "partyRole:advocate": help(
    "An independent advocate for people who use services.",
    "Independent advocacy helped Fair Deal and Support for Ordinary Living involve the people they support, and their families, when they replaced overnight staff with technology. An advocate can help people give their views and stories safely and make sure their voice reaches decisions.",
    CP_FAIR_DEAL, CP_LIVED,
  ),
  "partyRole:lead": help(
    "The lead partner that convenes the alliance or holds its contract.",
    "A lead partner run by people who use services, which neither provides services nor competes for them, can bring rival providers to the table without being drawn into their competition, as TAG did in Inverclyde. Where the lead is also a provider, consider a neutral lead or clear safeguards. Leading should not mean deciding alone: key issues still need every member's agreement.",
    CP_INVERCLYDE_LEAD, CP_CAPABILITIES, FP_FALLS,
  ),

  // roleKind
  "roleKind:frontline": help(
    "A frontline worker, such as a support co-ordinator, who works directly with people.",
    "Exploring the New World asks managers to hand real authority to make decisions to the people doing the work, so that decisions can be taken quickly and with knowledge of each person. Future Pathways' co-ordinators could approve up to £1000 themselves, and its frontline staff have access to the alliance board. Give a frontline role a spend band and a route to the alliance board.",
    TRUST, FP, FP_FRONTLINE,
  ),
  "roleKind:project-manager": help(
    "The alliance's project or programme manager.",
    "Coping with Complexity found that a project manager has to work for the alliance and answer to it; one who answers only to the commissioner does not work. Write `reports to` and the alliance's main body after the role.",
    FP_KEY,
  ),
  "roleKind:steward": help(
    "A system steward: the person who looks after the health of the whole system.",
    "A system steward creates the conditions for others in the system to work well, and need not be the funder. Lankelly Chase proposed a Steward of Place, whose job is to look for the behaviours of a healthy system in a place and to nurture them.",
    STEWARDS, LCF_STEWARD,
  ),
  "roleKind:chair": help(
    "The chair of an alliance body.",
    "An independent chair is generally recommended: commissioners who chair find it hard to shake off old ways, and a neutral chair supports equal leadership. Fill the role with the best person, as Plymouth's principles require for key roles.",
    FP_CHAIR, CWC7, PRINCIPLES,
  ),
  "roleKind:officer": help(
    "Another named officer of the alliance, such as a finance or data lead.",
    "Under Plymouth's principles key roles go to the best person, not to an organisation by right. Watch that one person does not gather too many key roles: the Collaborative Providers Index asks how key people can be supported without being relied on too much.",
    PRINCIPLES, CP_KEY_PEOPLE,
  ),

  // decisionMethod
  "decisionMethod:unanimity": help(
    "Every member must agree.",
    "Plymouth's principles commit the parties to unanimous decisions on all key issues, based on principles and values, and to decisions made on a \"Best for People using Services\" basis. Unanimity gives every member, lived-experience members included, the same say. Say with `if not unanimous` what happens to a proposal that fails; the reference outcome is that it falls.",
    PRINCIPLES, FP_FALLS,
  ),
  "decisionMethod:consensus": help(
    "Members reach agreement together, without a vote.",
    "In the alliance model each member carries the same authority and accountability, there is no vote, and a proposal that does not win everyone's agreement falls, as in Future Pathways. Coping with Complexity counts having no vote as a strength, since it evens out power to some extent. IVAR warns that a decision space can still make very few decisions if members keep speaking for their own organisations.",
    FP_LEARNING, FP_POSITIVES, TPC_BEHAVIOUR,
  ),
  "decisionMethod:majority": help(
    "A simple majority of members decides.",
    "A majority lets some members overrule others, which runs against the alliance's consensus model, where each member has equal authority and a proposal not agreed by all falls. Coping with Complexity counts having no vote as a strength. If the principles promise unanimity on key issues, a majority rule for them contradicts it.",
    FP_FALLS, FP_POSITIVES,
  ),
  "decisionMethod:vote": help(
    "Members vote.",
    "Alliances decide without voting, and Coping with Complexity found that having no vote partly evens out power between members. A vote brings back winners and losers among parties who share risk equally. Prefer `consensus` or `unanimity`.",
    FP_POSITIVES, FP_LEARNING,
  ),
  "decisionMethod:weighted-vote": help(
    "Members vote with different weights, for example by budget share.",
    "Weighting votes gives some members more say than others, which undoes the equal authority and accountability each member has in an alliance. IVAR also warns against letting the loudest voice take control of decisions. Prefer `consensus` or `unanimity`.",
    FP_LEARNING, TPC_SUGGESTIONS,
  ),
  "decisionMethod:casting-vote": help(
    "One member, usually the chair, breaks a tie.",
    "A casting vote gives one party a power the others lack, and if the chair comes from the commissioner it hands control back to the commissioner. In the alliance model a proposal that not everyone agrees to falls instead. Coping with Complexity recommends an independent chair for a related reason.",
    FP_FALLS, FP_CHAIR,
  ),

  // cadence
  "cadence:daily": help(
    "Every day.",
    "Daily meetings suit frontline teams solving problems around individual people rather than a board: in one example Coping with Complexity discusses, daily multi-disciplinary team meetings built relationships and trust. City Ambition Network credits frequent meetings with quick problem solving; its keyworkers met every two weeks. Weigh the time: Future Pathways members already spent 4–5 hours a week in meetings.",
    CWC7_DAILY, CP_CAN, FP_TIME,
  ),
  "cadence:weekly": help(
    "Once a week.",
    "Future Pathways members spent 4–5 hours a week in alliance meetings, fitted around their other work, so a weekly rhythm is demanding but workable in a busy phase such as set-up. Teams in the delivery-led model built learning and reflection into their weekly meetings.",
    FP_TIME, MODEL_2,
  ),
  "cadence:fortnightly": help(
    "Every two weeks.",
    "City Ambition Network's keyworker group met every two weeks, and its frequent meetings let it solve problems fast. A fortnightly rhythm suits operational groups and spending panels that need to answer quickly.",
    CP_CAN_MONTHLY, CP_CAN,
  ),
  "cadence:monthly": help(
    "Once a month.",
    "City Ambition Network's steering group, which has terms of reference, and its operational group both met monthly. A monthly rhythm suits an alliance board once set-up is over.",
    CP_CAN_MONTHLY,
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
    "The first of the five jobs of the Example 1 governing structure is dividing resources between the members of the alliance. This tool expects the body that does it to decide by consensus or unanimity, since how money is divided affects every member.",
    GOVERNANCE,
  ),
  "bodyFunction:oversee-delivery": help(
    "Overseeing delivery: checking that members do what they promised.",
    "Overseeing delivery is the second job of the Example 1 governing structure. In the delivery-led model the governance group watches progress towards the purpose rather than compliance with procedure, and mutual accountability means one partner's failure is everyone's.",
    GOVERNANCE, MODEL_2, FP_MUTUAL,
  ),
  "bodyFunction:maintain-culture": help(
    "Keeping up the culture of principles, values and behaviours.",
    "The third job of the Example 1 governing structure is checking that the alliance still acts the way it meant to. Coping with Complexity notes that behaviour slips back under pressure, and agreed values and behaviours then serve as a reminder.",
    GOVERNANCE, FP_BEHAVIOURS,
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
    PRINCIPLES, PLYMOUTH_JOINT,
  ),
  "responsibility:separate": help(
    "Each party carries its own risks.",
    "Separate responsibility is how ordinary contracts work, but it cuts against the core of an alliance, whose members share responsibility and risk for provision. If the principles speak of collective risk, `separate` contradicts them. Coping with Complexity describes alliance members as mutually accountable: if one partner fails, the alliance fails.",
    ET_RESOURCE, PRINCIPLES, FP_MUTUAL,
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
    PRINCIPLES, FP_MUTUAL,
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
    DATA_LEARN, FOR_LEARNING, CWC3,
  ),
  "measureUse:statutory-return": help(
    "Collected because law or government requires it.",
    "Measures the law or government requires still have to be collected, but an alliance can use them to learn from rather than to manage performance. Marking such measures makes clear why they are collected.",
    DATA_LEARN,
  ),
  "measureUse:safety": help(
    "Kept for safety or regulation.",
    "Cornerstone keeps a pared-back set of indicators, such as satisfaction, complaints and inspection grades, for safety and regulatory needs. Regulators are one of several audiences an alliance answers to, so measures like these have a legitimate place.",
    CORNERSTONE, ACCOUNTABILITY,
  ),
  "measureUse:payment": help(
    "Payment depends on the measure.",
    "Tying payment to a measure turns it into a target, and the guidance warns that targets breed gaming and make outcomes harder to reach. A measure used for payment cannot also serve honest learning. Plymouth's contract sets no outputs or outcomes.",
    CWC3, ACCOUNTABILITY, PLYMOUTH_CONTRACT,
  ),
  "measureUse:sanction": help(
    "A party can be penalised on the measure.",
    "Penalising a party on a measure makes it a performance target, which invites gaming and works against shared risk. Outcomes come from the whole system, not one organisation, so look for contribution rather than attribution.",
    CWC3, ACCOUNTABILITY,
  ),
  "measureUse:ranking": help(
    "Used to rank the parties against each other.",
    "Ranking partners sets them competing when an alliance asks them to share risk and help each other succeed; Coping with Complexity describes mutual accountability, where if one partner fails the alliance fails. A measure used for ranking cannot also be used honestly for learning.",
    FP_MUTUAL, CWC3,
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
    "A Plymouth commissioner describes planning to report, across everyone supported, the share of people who reach a given share of the goals they set themselves, with no fixed outcomes for all. The guidance asks for quality-of-life measures in place of process measures, and a set of measures should include at least one defined by people.",
    DATA_GOALS, CWC4_MEASURES,
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
    CWC4_MEASURES,
  ),
  "measureKind:hourly-rate": help(
    "The price paid per hour.",
    "Coping with Complexity counts hourly rates, with tendering and competition, among the behaviour that resource pressure drives, and asks for process measures such as hours and hourly rates to give way to quality-of-life measures. Use a rate to understand costs, not to steer the alliance.",
    CWC2, CWC4_MEASURES,
  ),
  "measureKind:contacts": help(
    "The number of contacts or visits.",
    "Counting contacts measures activity, not whether people's lives get better. The guidance asks for process measures to give way to quality-of-life measures defined with people, and as a target a contact count invites gaming.",
    CWC4_MEASURES, CWC3,
  ),
  "measureKind:time-and-task": help(
    "Time spent on set tasks.",
    "Collaborate CIC and CCPS found that decision-makers often valued pre-set time-and-task targets above the views of the people supported. Time-and-task commissioning is the opposite of the flexible, person-led support an alliance aims for.",
    CP_TIME_TASK, CWC4_MEASURES,
  ),

  // definedBy
  "definedBy:people": help(
    "Defined by the people who use services.",
    "The guidance asks how the people supported define success, and a Plymouth commissioner describes measuring each person's progress towards goals they set themselves. Under Self-directed Support, Coping with Complexity notes, the person using the service is the commissioner.",
    CWC4_SUCCESS, DATA_GOALS, CWC2_SDS,
  ),
  "definedBy:commissioner": help(
    "Defined by the commissioner.",
    "Measures set by the commissioner alone tend to serve performance management rather than shared learning. The guidance suggests letting the people supported, and the funded organisations, lead in defining outcomes.",
    CWC4_SUCCESS, CP_INSIGHT,
  ),
  "definedBy:providers": help(
    "Defined by the providers.",
    "Collaborate CIC and CCPS suggest letting funded organisations lead in defining outcomes, which can also simplify reporting. Check that people who use services shaped the measure too.",
    CP_INSIGHT, CWC4_SUCCESS,
  ),
  "definedBy:alliance": help(
    "Defined by the alliance as a whole.",
    "Alliance-wide measures suit a system in which outcomes come from everyone's contribution; Future Pathways uses a shared measure, I-ROC, to line its partners up behind the same goals. Include people who use services in defining them.",
    FP_IROC, CWC3,
  ),

  // involvementStage
  "involvementStage:need": help(
    "Identifying what people need.",
    "IVAR's participants asked for people who use services to be involved from the very start, in identifying need. Plymouth's earlier consultation heard from 400 people using services and carers.",
    TPC_PROCESS, PLYMOUTH_CONSULT,
  ),
  "involvementStage:design": help(
    "Designing the service or contract.",
    "Procurement and commissioning are better designed when the people supported take part, and IVAR asks for people to be involved in designing the contract. Plymouth used Appreciative Inquiry, with particular ways for people using services to be heard.",
    CWC4_DESIGN, TPC_PROCESS, VISIBLE,
  ),
  "involvementStage:outcomes": help(
    "Agreeing outcomes and measures.",
    "People who use services should help agree what success looks like and what is realistic to expect. Coping with Complexity asks how the people supported define success.",
    TPC_PROCESS, CWC4_SUCCESS,
  ),
  "involvementStage:review": help(
    "Reviewing how things are going.",
    "IVAR lists identifying need, contract design and agreeing outcomes; a review stage is this tool's addition, so that involvement carries on after the contract starts. People should be able to see what changed because they spoke up.",
    TPC_PROCESS, CP_LIVED,
  ),

  // route

  // notice

  // requirementLevel
  "requirementLevel:mandatory": help(
    "Bidders must meet it, and it is scored.",
    "Every mandatory requirement should be assessed by an evaluation criterion, or it goes unscored. Keep mandatory requirements in proportion to what is being commissioned.",
    CHALLENGE, MORE_PROPORTIONATE,
  ),
  "requirementLevel:desirable": help(
    "Welcome but not required.",
    "A desirable requirement lets bidders show added strengths, such as involving people with lived experience, without shutting out those who cannot meet it yet. If it is scored, it should map to a criterion.",
    CHALLENGE, MORE,
  ),
  "requirementLevel:pass-fail": help(
    "A gate bidders pass or fail, without a score.",
    "Pass-fail items belong at selection; keep them proportionate so that small and user-led organisations are not shut out. Equal treatment means the same gate for every bidder.",
    MORE_PROPORTIONATE, PRINCIPLED,
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
    MORE_VALUES, CHALLENGE,
  ),
  "criterionStage:award": help(
    "Choosing the best bid.",
    "Award criteria score the bids themselves, and wider social impact and social value can sit here if they are linked objectively to the contract. Keep award criteria distinct from selection criteria, with the weights at each stage totalling 100%.",
    MORE_SOCIAL, CHALLENGE_SV, CHALLENGE,
  ),

  // instrument

  // enablingFunction
  "enablingFunction:legal": help(
    "Legal advisers.",
    "Bring legal colleagues in early, and find a solicitor willing to make things work; Exploring the New World stresses that its procurement guide is not legal advice. Late involvement of legal teams is one of the barriers it names.",
    PROCUREMENT_LEGAL, CONDITIONS_FUNCTIONS,
  ),
  "enablingFunction:finance": help(
    "Finance colleagues.",
    "Finance needs to understand pooled budgets, shared risk and open books from the start, not at sign-off. Coping with Complexity notes that the alliance model has a well-defined structure that helps put finance, legal and administrative colleagues at ease.",
    PROCUREMENT, CWC6_REASSURE,
  ),
  "enablingFunction:procurement": help(
    "Procurement colleagues.",
    "Exploring the New World advises involving procurement as early as possible, so that colleagues help solve problems rather than raise them. It also asks for a shared view of success across commissioning, procurement and finance.",
    PROCUREMENT,
  ),
  "enablingFunction:audit": help(
    "Audit colleagues.",
    "Auditors are one of the audiences the alliance answers to, for its spending. Exploring the New World counts the ability to bring in key functions such as legal, finance, procurement and audit among the conditions for change.",
    ACCOUNTABILITY, CONDITIONS_FUNCTIONS,
  ),

  // openTo
  "openTo:frontline-staff": help(
    "Frontline staff can bring issues and ideas straight to this body.",
    "In Future Pathways, frontline staff can go to the alliance board for advice and with ideas, and they describe having more freedom in their work. Say how fast the body answers with `responds within`.",
    FP_FRONTLINE,
  ),
  "openTo:people-using-services": help(
    "People who use services can bring issues straight to this body.",
    "Exploring the New World, Examples and Tools asks commissioners to involve service users in decision making. An open door needs a clear answer: say how fast with `responds within`, and report back what changed.",
    MORE, CP_LIVED,
  ),
  "openTo:all-staff": help(
    "Any member of staff in any party can bring issues straight to this body.",
    "Opening the board to all staff supports the collaborative leadership at every level that Lankelly Chase's system behaviours describe. It also widens the route to the board that frontline staff valued in Future Pathways.",
    HEALTHY_SYSTEM, FP_FRONTLINE,
  ),
  ...LAW_CHOICE_HELP,
};

/**
 * Help for the words inside a clause that are neither keywords nor fixed choices: the outcomes after
 * `if not unanimous`, `all` after `members`, `by` in `decides … by`, `except`, `approved by`, the usual
 * subjects of `decides`, and so on. Completion offers some of them; hover explains all of them. Kept
 * apart from KEYWORD_HELP so that `decides spend` does not show the help for the `spend` section.
 */
export const WORD_HELP: Record<string, Help> = {
  falls: help(
    "A proposal that not every member agrees to falls: nothing is decided.",
    "This is the reference outcome for an alliance that decides by consensus. No one can outvote anyone, so a proposal only passes when every member agrees; otherwise it falls and the members keep talking. Future Pathways worked this way.",
    FP_FALLS,
  ),
  "refer to": help(
    "A proposal that not every member agrees to goes to another body.",
    "Write `if not unanimous: refer to Board` to send a disagreement up to the body that decides key issues, which itself decides unanimously. The referral keeps the decision collective instead of handing it to one party.",
    FP_FALLS,
  ),
  "decides instead": help(
    "When members disagree, the named party, role or body decides alone.",
    "Letting one party or role settle what the members could not agree gives it a power the others lack. In the alliance model every member carries equal authority and equal accountability, and a proposal not passed by everyone falls. Prefer `falls`, or `refer to` a body that decides unanimously.",
    FP_LEARNING, FP_FALLS,
  ),
  all: help(
    "Every party to the agreement sits on this body.",
    "`members all` seats every party in the parties list, the commissioner and any lived-experience party included. Each member of an alliance carries the same authority and accountability, so no one is left out of decisions they share responsibility for.",
    FP_LEARNING,
  ),
  "quorum all": help(
    "Every member must be present for the body to decide.",
    "With `quorum all` no decision can be taken while a member is absent. Under consensus a proposal not passed by everyone falls, so for key issues this keeps the absent member's say.",
    FP_FALLS,
  ),
  by: help(
    "How the body decides: the method follows by.",
    "Write `decides key-issues by unanimity` or `by consensus`. Alliances work on a consensus model with no vote, which Coping with Complexity says evens out power to some extent; `majority`, `vote`, `weighted-vote` and `casting-vote` bring voting back.",
    FP_LEARNING, FP_POSITIVES,
  ),
  except: help(
    "The narrow exceptions to no-fault, no-blame follow except.",
    "Plymouth keeps only very limited cases of wilful default outside its no-fault, no-blame principle. List the exceptions after `except`, as in `no-fault-no-blame except wilful-default`, and define each in `definitions`.",
    PRINCIPLES,
  ),
  every: help(
    "A regular interval written as a length of time, such as every 6 weeks.",
    "Use `every` with a length of time when none of the usual words (weekly, monthly, quarterly) fits. City Ambition Network credits the frequency of its meetings with quick problem solving.",
    CP_CAN,
  ),
  "key-issues": help(
    "The decisions the agreement reserves to unanimous agreement.",
    "Plymouth's principles commit the parties to unanimous decisions on all key issues. List what counts as a key issue in the key issues list so that everyone knows which decisions need everyone's agreement.",
    PRINCIPLES,
  ),
  subject: help(
    "What this body decides about, in the drafter's own word.",
    "Write the subject before `by`, as in `decides complex-cases by consensus`. The usual subjects are `key-issues`, `spend`, `operations`, `membership` and `learning`; key issues are the decisions Plymouth's principles reserve to unanimous agreement.",
    PRINCIPLES,
  ),
  spend: help(
    "Decisions about spending alliance money, such as requests above a co-ordinator's limit.",
    "Future Pathways' panel considers spend above the £1000 its co-ordinators can approve. A body that approves spend needs a decision rule of its own.",
    FP,
  ),
  operations: help(
    "Day-to-day decisions about how the services run.",
    "Exploring the New World asks managers to hand real authority to make decisions to the people doing the work. This tool suggests delegating operational decisions below the board for that reason.",
    TRUST,
  ),
  membership: help(
    "Decisions about who joins or leaves the alliance.",
    "Changes to membership alter who shares the risk and the decisions. The reports say nothing about how alliances decide them; this tool suggests treating them as key issues for every member to agree.",
    CWC6,
  ),
  learning: help(
    "Decisions about what the alliance learns and how it adapts.",
    "Governance in a learning system keeps comparing what happened with what was intended. A body that decides learning priorities makes that conversation regular.",
    AT_THE_CENTRE,
  ),
  for: help(
    "The document this one is written for: an agreement, specification or tender.",
    "A specification is written for an agreement, a tender for a specification and an evaluation for a tender, so that the pack can be checked as one. The guidance asks that the tender, specification, requirements and evaluation criteria agree with one another.",
    CHALLENGE,
  ),
  "pooled by": help(
    "The parties whose money is pooled into the agreement's value.",
    "Write the parties' names, as in `value £80,000,000 pooled by PCC, CCG`. Exploring the New World describes pooled budgets as an important enabler of work across silos; Plymouth's council and clinical commissioning group created a shared budget.",
    RESOURCES, PLYMOUTH,
  ),
  "per year": help(
    "The amount is for each year rather than for the whole term.",
    "Write `per year` after an amount, as in `cap £500,000 per year`, when it renews each year. Without it the amount covers the whole term.",
  ),
  from: help(
    "The date the term starts.",
    "Write the start date as year-month-day, as in `term 10 years from 2019-04-01`. The hover on the length shows the last day of the term.",
  ),
  "term to": help(
    "The date the term ends.",
    "Write two dates, as in `term 2019-04-01 to 2029-03-31`; the last date is inside the term. Every document of the tender pack should give the same term.",
    CHALLENGE,
  ),
  "co-produced with": help(
    "The parties or bodies who shaped the principles.",
    "In the Example 1 model the people in the system co-produce their principles, values and behaviours. Name who took part, as in `principles co-produced with PCC, Voices`.",
    ET_COPRODUCE,
  ),
  "role reports to": help(
    "The body this role answers to.",
    "Write the body's name, as in `Coordinator frontline \"Support co-ordinator\" reports to Board`. Coping with Complexity found that a project manager must report to the alliance; reporting only to the commissioner does not work.",
    FP_KEY,
  ),
  "held by": help(
    "The party that holds this role.",
    "Write the party's name, as in `Chair chair \"Independent chair\" held by Voices`. Plymouth's principles fill key roles with the best person, so the holder need not be the largest party.",
    PRINCIPLES,
  ),
  "assign to": help(
    "The party a named risk is given to.",
    "Write the party's name after `to`. Where responsibility is collective, Plymouth's participants take on all the risks together, so say why this risk sits with one party.",
    PRINCIPLES,
  ),
  "approved by": help(
    "Who approves spend in this band: a role, a body or a party.",
    "Write the approver's name, as in `up to £1,000 approved by Coordinator`. In Future Pathways co-ordinators sign off spend up to £1000 and a panel considers spend above it.",
    FP,
  ),
  "used for": help(
    "What the measure is used for: learning, a statutory return, safety, payment, sanction, ranking or a target.",
    "Write one or more uses, as in `used for learning`. In the guidance measurement serves learning rather than control, and a measure used to pay, punish or rank invites gaming.",
    DATA_LEARN, CWC3,
  ),
  "review by": help(
    "The body that holds the learning review.",
    "Write the body's name, as in `review quarterly by Board`. The guidance asks for a regular comparison of what happened with what was intended, held where decisions are made.",
    AT_THE_CENTRE,
  ),
  "against purpose": help(
    "The review tests what is happening against the shared purpose.",
    "Exploring the New World puts one question at the heart of governance: \"is what we are doing what we intended?\". Writing `against purpose` makes the review ask it.",
    AT_THE_CENTRE,
  ),
  in: help(
    "The stages at which this party or body is involved: need, design, outcomes, review.",
    "Write the stages after `in`, as in `Voices in need, design, outcomes, review`. IVAR asks for people who use services to be involved in identifying need, designing the contract and agreeing outcomes.",
    TPC_PROCESS,
  ),
  "written by": help(
    "The parties who write this stage of the contract.",
    "Write their names, as in `written by CYC, Ouse`. In York the providers and commissioners planned to write the later specification together.",
    YORK,
  ),
  "years to": help(
    "The last year of a stage that runs over several years.",
    "Write the first and last years, as in `years 3 to 7`. The stages together should cover the whole term.",
  ),
  about: help(
    "The requirements or principles this requirement or question is about.",
    "Write their names, as in `about open-book`. Linking each item to what it covers lets the checks follow the read-across from agreement to specification, tender and evaluation.",
    CHALLENGE,
  ),
  weight: help(
    "The share of the marks this criterion carries.",
    "Write a percentage, as in `weight 30%`. The weights at each stage should total 100%, and the scoring should agree with the specification.",
    CHALLENGE,
  ),
  stage: help(
    "Whether the criterion is used at selection or at award.",
    "Write `stage selection` or `stage award`. Selection decides which bidders are capable; award chooses the best bid.",
    CHALLENGE,
  ),
  assesses: help(
    "The requirements, questions or principles this criterion scores.",
    "Write their names, as in `assesses R1, Q1`. Each criterion should trace back to something the specification or tender asks for.",
    CHALLENGE,
  ),
  "social-value": help(
    "Marks this criterion as scoring social value.",
    "Exploring the New World asks for social value to be linked objectively to the contract. Make the criterion assess something the contract requires.",
    CHALLENGE_SV,
  ),
  "targets none": help(
    "The specification sets no targets for providers.",
    "Plymouth's tender did not specify outputs or outcomes, and its specification said measures were for learning. Writing `targets none` says the same plainly.",
    PLYMOUTH_TENDER, PLYMOUTH_LEARNING,
  ),
  because: help(
    "The reason for the choice, in quotes.",
    "Write the reasoning after `because`, so that legal and procurement colleagues and bidders can follow it. Exploring the New World asks commissioners to understand what is possible within the rules and to explain it.",
    PROCUREMENT,
  ),
  after: help(
    "How long after the start the review point falls.",
    "Write a length of time, as in `review-point after 18 months`. Partners tend to begin with a scope big enough to be a genuine test, and widen it once the approach has been tried.",
    EMBEDDING,
  ),
};
