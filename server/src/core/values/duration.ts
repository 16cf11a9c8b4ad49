// Lengths of time as the grammar reads them.

/** The problem with a length of time, or null: it must be at least one of its unit. */
export function durationError(amount: number, singularUnit: string, written: string): string | null {
  return amount === 0 ? `A length of time must be at least one, for example \`1 ${singularUnit}\`; \`${written}\` is no time at all.` : null;
}
