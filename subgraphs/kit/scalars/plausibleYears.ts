/**
 * The years a date of this domain can fall in: the credit system's records start long after
 * 1900, and a year past 2100 is a typing error, not a deadline.
 */
export const PLAUSIBLE_YEARS = { first: 1900, last: 2100 } as const;

export function inPlausibleYears(year: number): boolean {
  return year >= PLAUSIBLE_YEARS.first && year <= PLAUSIBLE_YEARS.last;
}
