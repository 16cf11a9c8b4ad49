import { source } from "../../guidance/sources";
import type { Rule } from "../rule";
import { andList, cap, dataSharingOf, detailsOf, measureLabel } from "./measures";

export const dataSharing: Rule = {
  code: "ALY809",
  name: "data-sharing-agreement",
  title: "Data is shared between parties without a data-sharing agreement",
  severity: "warning",
  grounds: "departure",
  topic: "Learning, data and measures",
  basis: "direct",
  why:
    "Sharing data about people between organisations goes more smoothly under an agreed basis. Without one, partners hold back for fear of breaking data protection law, and learning across the alliance stalls.",
  rationale:
    "Collaborative Providers found City Ambition Network struggling to get data on people from other services with no formal data sharing " +
    "agreements in place, and data protection law had only raised fear of risk. It is reported once for the agreement, when a measure's data " +
    "is `shared-by` two or more parties and the learning section names no `data-sharing` arrangement.",
  guidance: [{ id: "R8.9", ...source("CP", "Section 2, Changing the system: use evidence (City Ambition Network)", "no formal data sharing agreements in place") }],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n      shared-by PCC, Shekinah\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n      shared-by PCC, Shekinah\n    }\n    review quarterly by Board\n    data-sharing "Information sharing agreement signed by every party"\n  }\n}\n',
  },
  check(context) {
    if (dataSharingOf(context.model).length > 0) return;
    const shared = context.model.measures().flatMap((measure) =>
      detailsOf(measure, "shared-by")
        .filter((d) => new Set(d.names.map((n) => n.name)).size >= 2)
        .map((detail) => ({ measure, detail })),
    );
    if (shared.length === 0) return;
    const [first, ...rest] = shared;
    const parties = [...new Set(first.detail.names.map((n) => n.name))];
    context.report({
      span: first.detail.keyword,
      message: `${cap(measureLabel(first.measure))} is shared by ${andList(parties.map((p) => `\`${p}\``))}, but no data-sharing arrangement is named. Name the agreement that covers it with \`data-sharing\`.`,
      related: rest.map((s) => ({ span: s.detail.keyword, message: `${cap(measureLabel(s.measure))} is shared too` })),
      data: { measure: first.measure.name.name, parties },
    });
  },
};
