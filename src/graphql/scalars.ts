import { GraphQLDate } from 'graphql-scalars';

/** `Date`: a calendar day, `YYYY-MM-DD` (RFC 3339 full-date). */
export const DateScalar = GraphQLDate;

/** The day a parsed `Date` argument names, as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
