import { type Access, Grant, type RecordScope } from './levels';
import { ACTIVITIES } from './table/activities';
import { ASSISTANCE } from './table/assistance';
import { AUDIT } from './table/audit';
import { BODIES } from './table/bodies';
import { COMMON } from './table/common';
import { COORDINATION } from './table/coordination';
import { PARTICIPATION } from './table/participation';
import { PROJECTS } from './table/projects';
import type { PolicyPart, TypePolicy } from './table/shared';
import { UNIVERSALIZATION } from './table/universalization';

export type { About, PolicyPart, TypePolicy } from './table/shared';

/** Which fact of `About` each grant looks at. */
export const GRANT_FACT: Record<Grant, keyof RecordScope> = {
  [Grant.OWN_STATE]: 'state',
  [Grant.COORDINATED_REGION]: 'region',
  [Grant.CHAMPION_REGION]: 'region',
  [Grant.OWN_ORGANISATION]: 'organisation',
  [Grant.AUTHOR]: 'author',
};

/** The parts, in the order the table lists them. */
const PARTS: readonly PolicyPart[] = [COMMON, PARTICIPATION, BODIES, UNIVERSALIZATION, ACTIVITIES, ASSISTANCE, PROJECTS, AUDIT, COORDINATION];

/** The parts' entries as one record: a name two parts give is an error, never a silent override. */
function merged<T>(what: string, records: readonly (Record<string, T> | undefined)[]): Record<string, T> {
  const into: Record<string, T> = {};
  for (const record of records) {
    for (const [name, entry] of Object.entries(record ?? {})) {
      if (name in into) throw new Error(`The policy table names the ${what} ${name} twice (src/access/policy/table/).`);
      into[name] = entry;
    }
  }
  return into;
}

/**
 * THE policy table: the one source of truth for who may read what. Every field of every
 * object type in the schema has an entry; the field rules (field-rules.ts), the record scopes in SQL,
 * the schema descriptions and the policy-matrix test are all derived from it. A field without
 * an entry fails the start (and so `npm test`); an entry for a field that no longer exists too.
 *
 * It is written in parts, one per domain (./table/<domain>.ts; the accesses they share in
 * ./table/shared.ts), merged here into the one table: a name two parts give fails the start.
 */
export const POLICY: Record<string, TypePolicy> = merged('type', [
  {
    Query: { fields: merged('Query field', PARTS.map((part) => part.query)) },
    Mutation: { fields: merged('Mutation field', PARTS.map((part) => part.mutation)) },
  },
  ...PARTS.map((part) => part.types),
]);

export function fieldAccess(typeName: string, field: string): Access | undefined {
  return POLICY[typeName]?.fields[field];
}

/**
 * What each field of a filter or order input filters or orders by, as `Type.field`: filtering,
 * sorting or counting by a fact needs the right to read it (no side channels), and the records a
 * RESTRICTED filter matched are in the access log (`filter:<name>`). Every field of every input
 * type a query field takes has an entry (checked at start, as fields are).
 */
export const FILTERS: Record<string, Record<string, `${string}.${string}` | Access>> = merged(
  'filter input',
  PARTS.map((part) => part.filters),
);

/** What filtering (or ordering) by one field of a filter input needs: the access of the field it filters by. */
export function filterAccess(input: string, field: string): Access | undefined {
  const by = FILTERS[input]?.[field];
  if (typeof by !== 'string') return by;
  const [type, name] = by.split('.') as [string, string];
  return fieldAccess(type, name);
}
