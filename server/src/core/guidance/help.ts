// Help shown on hover and in completion: what each keyword and each fixed choice means, in our own
// words, with the guidance it rests on. Keys are keywords as a person writes them.

export interface Help {
  /** One line: what this is. */
  summary: string;
  /** A short paragraph: what it means for the alliance, and what the guidance says. */
  detail: string;
  /** Report and section, as cited elsewhere. */
  sources: string[];
}

export const KEYWORD_HELP: Record<string, Help> = {};

/** Help for a word chosen from a fixed set, keyed `set:word`, e.g. `decisionMethod:majority`. */
export const CHOICE_HELP: Record<string, Help> = {};
