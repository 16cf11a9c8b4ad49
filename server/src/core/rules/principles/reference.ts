// Plymouth's seven Alliance Principles, as the checks recognise them in an agreement's `principles` block:
// by short name (matched without regard to case, with a few names people commonly use) or, as a heuristic
// on the quoted text, by wording that can only mean that element.

import type { DocumentModel } from "../../model";
import type { PrincipleNode } from "../../tree";

export interface ReferencePrinciple {
  /** The letter Plymouth gives the element, a to g. */
  letter: string;
  /** The short name the checks suggest. */
  name: string;
  /** Short names that count as this element. */
  aliases: readonly string[];
  /** The element in plain words, for messages. */
  words: string;
  /** Wording that states the element, whatever the principle's short name. */
  wording: RegExp;
}

export const REFERENCE_PRINCIPLES: readonly ReferencePrinciple[] = [
  { letter: "a", name: "collective-risk", aliases: ["collective-risk", "collective-responsibility"], words: "collective responsibility for all the risks of providing the services", wording: /\bcollective(?:ly)?\s+responsib|\bcollective(?:ly)?\s+(?:carry|hold|bear|own|share)\s+(?:all\s+|every\s+)?(?:of\s+)?(?:the\s+)?risks?\b|\bjoint(?:ly)?\s+(?:responsib|liab)/i },
  { letter: "b", name: "best-for-people", aliases: ["best-for-people", "best-for-service", "best-for-people-using-services"], words: "decisions made on the basis of what is best for the people using services", wording: /\bbest\s+for\s+(?:the\s+)?(?:people|service)/i },
  { letter: "c", name: "unanimous", aliases: ["unanimous", "unanimity", "unanimous-decisions", "consensus"], words: "unanimous decisions, based on principles and values, on all key issues", wording: /\bunanim(?:ous|ously|ity)\b/i },
  { letter: "d", name: "no-fault-no-blame", aliases: ["no-fault-no-blame", "no-blame"], words: "a culture of no fault and no blame between the parties, avoiding disputes and litigation", wording: /\bno[\s-]+fault\b|\bno[\s-]+blame\b/i },
  { letter: "e", name: "open-book", aliases: ["open-book", "open-book-accounting"], words: "open-book accounting and transparency in all matters", wording: /\bopen[\s-]+books?\b/i },
  { letter: "f", name: "best-person", aliases: ["best-person", "best-person-basis"], words: "key roles filled by the best person for them", wording: /\bbest\s+person\b/i },
  { letter: "g", name: "values-and-behaviours", aliases: ["values-and-behaviours", "values-and-behaviors"], words: "acting at all times in line with the alliance's values and behaviours", wording: /\bvalues\s*(?:and|&)\s*behaviou?rs\b/i },
];

export function reference(name: string): ReferencePrinciple {
  return REFERENCE_PRINCIPLES.find((r) => r.name === name)!;
}

/** The agreement's principles that stand for a reference element, by short name or by wording. */
export function principlesFor(model: DocumentModel, element: ReferencePrinciple): PrincipleNode[] {
  return model.principles().filter((p) => element.aliases.includes(p.name.name.toLowerCase()) || element.wording.test(p.text.value));
}
