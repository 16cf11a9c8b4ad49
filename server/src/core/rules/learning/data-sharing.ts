import { cite } from "../../guidance/sources";
import type { Rule } from "../rule";
import { andList, cap, dataSharingOf, detailsOf, measureLabel } from "./measures";

export const dataSharing: Rule = {
  code: "ALY809",
  name: "data-sharing-agreement",
  title: "Data is shared between parties without a data-sharing agreement",
  severity: "warning",
  topic: "Learning, data and measures",
  basis: "direct",
  rationale:
    "Sharing data about people between organisations needs a formal agreement. Glasgow's City Ambition Network shared insight across its frontline team but struggled to get data from other services because no data-sharing agreements were in place, and data protection law has made partners warier still (Collaborate CIC and CCPS, Collaborative Providers, Section 2, 'Use evidence'). A measure whose data is `shared-by` two or more parties needs a `data-sharing` clause in the `learning` block.",
  guidance: [
    { id: "R8.9", cite: cite("CP", "Section 2, Changing the system: use evidence (City Ambition Network)") },
    { id: "F13", cite: cite("CP", "Future priorities, THREE") },
  ],
  appliesTo: ["agreement"],
  example: {
    wrong:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n      shared-by PCC, Shekinah\n    }\n    review quarterly by Board\n  }\n}\n',
    right:
      'agreement Example {\n  parties {\n    PCC commissioner "Plymouth City Council"\n    Shekinah provider "Shekinah"\n  }\n  body Board {\n    members all\n  }\n  learning {\n    measure Goals "People achieving their own goals" used for learning {\n      source "Support plans"\n      sense-maker Board\n      shared-by PCC, Shekinah\n    }\n    review quarterly by Board\n    data-sharing "Information sharing agreement signed by every party"\n  }\n}\n',
  },
  check(context) {
    if (dataSharingOf(context.model).length > 0) return;
    for (const measure of context.model.measures()) {
      for (const detail of detailsOf(measure, "shared-by")) {
        const parties = [...new Set(detail.names.map((n) => n.name))];
        if (parties.length < 2) continue;
        context.report({
          span: detail.keyword,
          message: `${cap(measureLabel(measure))} is shared by ${andList(parties.map((p) => `\`${p}\``))}, but the agreement declares no data-sharing agreement. Add \`data-sharing "…"\` to the \`learning\` block, naming the agreement that covers this data`,
          data: { measure: measure.name.name, parties },
        });
      }
    }
  },
};
