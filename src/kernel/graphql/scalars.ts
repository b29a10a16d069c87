import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What a day must look like, in the words every refusal uses. */
export const DAY_FORMAT = 'a calendar day, YYYY-MM-DD, from 0001-01-01 to 9999-12-31';

/**
 * The one reading of a calendar day the hub accepts, from a GraphQL `Date` and from a URL alike:
 * `YYYY-MM-DD`, a day that exists (no 2023-02-30, no year 0, which PostgreSQL has not either),
 * as a Date at UTC midnight; null for anything else.
 */
export function parseDay(text: string): Date | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC maps years below 100 to 19xx: set the year itself.
  date.setUTCFullYear(year, month - 1, day);
  const valid = year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

/** The day a parsed `Date` argument names, as `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Days already found valid: a large answer serializes the same few thousand days again and again
 * (a date column read as text), and `parseDay` builds a Date for each. Bounded: emptied when full.
 */
const validDays = new Set<string>();
const MAX_VALID_DAYS = 20_000;

/** Whether the text is a day `parseDay` accepts, remembered. */
export function isDay(text: string): boolean {
  if (validDays.has(text)) return true;
  if (!parseDay(text)) return false;
  if (validDays.size >= MAX_VALID_DAYS) validDays.clear();
  validDays.add(text);
  return true;
}

function dayOrError(value: unknown): Date {
  const date = typeof value === 'string' ? parseDay(value) : null;
  if (!date) throw new GraphQLError(`Date must be ${DAY_FORMAT} (got ${JSON.stringify(value)?.slice(0, 40)}).`);
  return date;
}

/** `Date`: a calendar day, `YYYY-MM-DD` (RFC 3339 full-date); read with `parseDay`, given to resolvers as a Date at UTC midnight. */
export const DateScalar = new GraphQLScalarType<Date, string>({
  name: 'Date',
  description:
    'A date string, such as 2007-12-03, compliant with the `full-date` format outlined in section 5.6 of the RFC 3339 ' +
    'profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar; ' +
    'from 0001-01-01 to 9999-12-31.',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return isoDay(value);
    if (typeof value === 'string' && isDay(value)) return value;
    throw new GraphQLError(`Date cannot represent ${JSON.stringify(value)}.`);
  },
  parseValue: dayOrError,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(`Date must be ${DAY_FORMAT}.`, { nodes: ast });
    try {
      return dayOrError(ast.value);
    } catch (error) {
      throw new GraphQLError((error as Error).message, { nodes: ast });
    }
  },
  extensions: { codegenScalarType: 'Date | string', jsonSchema: { type: 'string', format: 'date' } },
});
