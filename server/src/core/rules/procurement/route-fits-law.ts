import { REGIME_NAMES } from "../../law/regime";
import { LAWS, NON_PSR_ROUTES, PSR_PROCESSES, lawSource, longDate } from "../../law/tables";
import type { Rule } from "../rule";
import { regimeOf } from "./facts";

const NATION: Record<string, string> = { england: "England", wales: "Wales", scotland: "Scotland", "northern-ireland": "Northern Ireland" };
const SERVICE: Record<string, string> = { "social-care": "social care", "other-light-touch": "other light-touch services", "health-care": "health care" };

export const routeFitsLaw: Rule = {
  code: "ALY913",
  name: "route-fits-law",
  title: "The route is one the procurement law in force has, for the jurisdiction, the kind of service and the start date",
  severity: "error",
  grounds: "law",
  topic: "Procurement routes and thresholds",
  basis: "direct",
  why:
    "Each procurement law has its own routes. Health care bought in England from 1 January 2024 must follow one of the Provider Selection Regime's five processes, and those processes exist nowhere else. A route the law in force does not have cannot be relied on. Confirm with your legal adviser.",
  rationale:
    "The law is decided by the jurisdiction, the kind of service (`services`) and the date the procurement starts (`procurement starts`, else the term's start, else today). " +
    "In England, relevant authorities buying health care services from 1 January 2024 follow the Health Care Services (Provider Selection Regime) Regulations 2023, whose processes are Direct Award A, B and C, Most Suitable Provider and Competitive (`direct-award-a`, `direct-award-b`, `direct-award-c`, `most-suitable-provider`, `competitive`); " +
    "social care falls outside it unless mixed into a health care contract. Other services in England, and all services in Wales and Northern Ireland, follow the Procurement Act 2023 (the Public Contracts Regulations 2015 for procurements begun before 24 February 2025); Scotland follows the Public Contracts (Scotland) Regulations 2015 and the Procurement Reform (Scotland) Act 2014. " +
    "Grants, framework call-offs, public social partnerships and `route other` are not judged here. Where a linked document says the service kind, its answer is used. The hover on `route` shows what was assumed.",
  guidance: [
    lawSource("psr2023", "the five processes"),
    lawSource("pa2023"),
    lawSource("pcsr2015"),
  ],
  appliesTo: ["agreement", "specification", "tender"],
  example: {
    wrong: 'specification Support "Home care for older people" {\n  jurisdiction scotland\n  services social-care\n  procurement starts 2026-04-01\n  route direct-award-a\n}\n',
    right: 'specification Support "Home care for older people" {\n  jurisdiction scotland\n  services social-care\n  procurement starts 2026-04-01\n  route light-touch\n  process {\n    step "Design conversations with providers" 8 weeks\n    step "Award" 2 weeks\n  }\n}\n',
  },
  check(context) {
    const routes = context.model.clauses("Route");
    if (routes.length === 0) return;
    const regime = regimeOf(context);
    for (const route of routes) {
      const word = route.value.word;
      const isPsr = (PSR_PROCESSES as readonly string[]).includes(word);
      const written = `\`${word}\``;
      let message: string | null = null;
      if (isPsr) {
        if (regime.jurisdiction !== "england") {
          const law = regime.regime ? REGIME_NAMES[regime.regime] : "the law there";
          message = `${capitalised(written)} is a process of England's Provider Selection Regime, which does not apply in ${NATION[regime.jurisdiction]}. Choose a route under ${law}, such as \`light-touch\`.`;
        } else if (regime.services.length > 0 && regime.services[0] !== "health-care") {
          message = `The Provider Selection Regime is for health care, but this contract buys ${SERVICE[regime.services[0]] ?? regime.services[0]}. Choose a route of ${REGIME_NAMES[regime.regime ?? "pa2023"]}, such as \`light-touch\`, or correct \`services\`.`;
        } else if (regime.start < LAWS.psr2023.inForce) {
          message = `The Provider Selection Regime applies to procurements starting from ${longDate(LAWS.psr2023.inForce)}, and this one starts on ${longDate(regime.start)}. Choose a route of the law then in force, such as \`light-touch\`.`;
        }
      } else if (regime.regime === "psr" && (NON_PSR_ROUTES as readonly string[]).includes(word)) {
        message = `Health care bought in England from ${longDate(LAWS.psr2023.inForce)} falls under the Provider Selection Regime, which has no ${written} route. Choose one of its processes, such as \`competitive\` or \`direct-award-a\`.`;
      }
      if (!message) continue;
      context.report({ span: route.value.span, message, data: { regime: regime.regime, jurisdiction: regime.jurisdiction, services: regime.services, start: regime.start } });
    }
  },
};

function capitalised(text: string): string {
  return text.startsWith("`") ? `The route ${text}` : text;
}
