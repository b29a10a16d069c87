import type { MetadataStorage, Options } from '@mikro-orm/core';

/** A filter as the ORM's settings take it. */
export type FilterDef = NonNullable<Options['filters']>[string];
import { getMetadataStorage } from 'type-graphql';
import type { Viewer } from '../auth/viewer';
import { canAccess } from './access';
import { Classification, Grant, RANK } from './levels';
import { GRANT_FACT, POLICY, type TypePolicy } from './policy-table';

/** The filter parameters every request sets on its EntityManager. */
export interface VisibilityParams {
  viewer: Viewer;
}

export const VISIBILITY = 'visibility';

/** A condition on a path like "state.region", as MikroORM nests it. */
function at(path: string, condition: unknown): Record<string, unknown> {
  return path
    .split('.')
    .reverse()
    .reduce<unknown>((inner, key) => ({ [key]: inner }), condition) as Record<string, unknown>;
}

/** The record policy of a type, or an error: every caller asks about a type it knows is scoped. */
function recordsOf(typeName: string, policy: Record<string, TypePolicy> = POLICY) {
  const records = policy[typeName]?.records;
  if (!records) throw new Error(`No record policy for ${typeName}`);
  return records;
}

/** The path each grant of a type's record policy looks at (undefined: the table names none; the start refuses that). */
export function grantPath(typeName: string, grant: Grant, policy: Record<string, TypePolicy> = POLICY): string | undefined {
  return policy[typeName]?.about?.[GRANT_FACT[grant]];
}

/** The records of a type a viewer may see, as a MikroORM condition (also for hand-built queries). */
export function visibilityCondition(typeName: string, viewer: Viewer): Record<string, unknown> {
  const records = recordsOf(typeName);
  if (canAccess(viewer, records)) return {};
  const or: Record<string, unknown>[] = [];
  const granted = new Set(records.grants ?? []);
  const held: Partial<Record<Grant, ReadonlySet<string>>> = {
    [Grant.OWN_STATE]: viewer.ownStates,
    [Grant.COORDINATED_REGION]: viewer.coordinatedRegions,
    [Grant.OWN_ORGANISATION]: viewer.organisations,
  };
  for (const grant of [Grant.OWN_STATE, Grant.COORDINATED_REGION, Grant.OWN_ORGANISATION]) {
    const path = grantPath(typeName, grant);
    const values = held[grant]!;
    if (granted.has(grant) && path && values.size) or.push(at(path, { $in: [...values] }));
  }
  // Records that carry their own classification: those at or below the viewer's level
  // (and, where the type says so, only in the states open to all, e.g. published).
  if (records.classifiedBy) {
    const levels = Object.values(Classification).filter((l) => RANK[l] <= RANK[viewer.level]);
    or.push({ ...(records.visibleWhen ?? {}), ...at(records.classifiedBy, { $in: levels }) });
  }
  const author = grantPath(typeName, Grant.AUTHOR);
  if (granted.has(Grant.AUTHOR) && author && viewer.standings.size) {
    or.push({ ...(records.authorWhen ?? {}), ...at(author, { $in: [...viewer.standings] }) });
  }
  // Nothing granted: a condition no row meets.
  // (Not `id in ()`: MikroORM renders that into join conditions as invalid SQL.)
  return or.length ? { $or: or } : { id: null };
}

/**
 * The GraphQL type each entity class is, by its type-graphql `@ObjectType` (the class's own name
 * where it is none): what ties an entity to its entry in the policy table.
 */
export function graphqlTypeOf(entity: { name: string }): string {
  const objectType = getMetadataStorage().objectTypes.find((t) => t.target === entity);
  return objectType?.name ?? entity.name;
}

/** The entities whose GraphQL type has a record policy, by entity name: the record-scoped tables. */
export function scopedEntities(
  entities: readonly { name: string }[],
  policy: Record<string, TypePolicy> = POLICY,
): Map<string, string> {
  const scoped = new Map<string, string>();
  for (const entity of entities) {
    const typeName = graphqlTypeOf(entity);
    if (policy[typeName]?.records) scoped.set(entity.name, typeName);
  }
  return scoped;
}

/**
 * The record scopes as one MikroORM filter, on by default, for every entity of a record-scoped
 * type (registered in the ORM's settings: no entity declares its own). Every query of such an
 * entity returns only the records the request's viewer may see, in SQL, lists and counts alike.
 * A query without a viewer fails (MikroORM refuses a filter without its parameters).
 */
export function visibilityFilters(entities: readonly { name: string }[]): Record<string, FilterDef> {
  const scoped = scopedEntities(entities);
  return {
    [VISIBILITY]: {
      name: VISIBILITY,
      default: true,
      entity: [...scoped.keys()],
      cond: (params: Partial<VisibilityParams>, _type: unknown, _em: unknown, _options: unknown, entityName?: unknown) => {
        const name = typeof entityName === 'string' ? entityName : (entityName as { name: string } | undefined)?.name;
        const typeName = name && scoped.get(name);
        if (!typeName) throw new Error(`The ${VISIBILITY} filter applied to ${name}, which has no record policy`);
        if (!params.viewer) throw new Error(`No viewer for the ${VISIBILITY} filter of ${typeName}`);
        return visibilityCondition(typeName, params.viewer);
      },
    },
  };
}

export class RecordScopeError extends Error {}

/**
 * What the start refuses (the ORM's metadata against the table): a record-scoped type without
 * a path for a grant it uses, a path that names no property, and an entity of a scoped type the
 * visibility filter does not cover (or that declares filters of its own).
 */
export function checkRecordScopes(
  metadata: MetadataStorage,
  filters: Record<string, FilterDef>,
  policy: Record<string, TypePolicy> = POLICY,
): void {
  const problems: string[] = [];
  const covered = new Set(filters[VISIBILITY]?.entity ?? []);
  const entityOfType = new Map<string, string>();
  for (const meta of Object.values(metadata.getAll())) {
    if (!meta.class || meta.embeddable || meta.abstract) continue;
    const typeName = graphqlTypeOf(meta.class);
    const records = policy[typeName]?.records;
    if (!records) continue;
    entityOfType.set(typeName, meta.className);
    if (!covered.has(meta.className) || filters[VISIBILITY]?.default !== true) {
      problems.push(`entity ${meta.className} (type ${typeName}) has a record policy but no ${VISIBILITY} filter derived from it`);
    }
    for (const name of Object.keys(meta.filters ?? {})) {
      problems.push(`entity ${meta.className} declares its own filter ${name}: record scopes come from the policy table alone`);
    }
    for (const grant of records.grants ?? []) {
      const path = grantPath(typeName, grant, policy);
      if (!path) {
        problems.push(`type ${typeName} grants ${grant} on its records but its \`about\` has no ${GRANT_FACT[grant]} path`);
        continue;
      }
      const broken = brokenPath(metadata, meta.className, path);
      if (broken) problems.push(`type ${typeName}: about.${GRANT_FACT[grant]} '${path}' ${broken}`);
    }
    for (const path of [records.classifiedBy, ...Object.keys(records.visibleWhen ?? {}), ...Object.keys(records.authorWhen ?? {})]) {
      const broken = path && brokenPath(metadata, meta.className, path);
      if (broken) problems.push(`type ${typeName}: '${path}' ${broken}`);
    }
  }
  for (const [typeName, type] of Object.entries(policy)) {
    if (type.records && !entityOfType.has(typeName)) problems.push(`type ${typeName} has a record policy but no entity`);
  }
  if (problems.length) throw new RecordScopeError(`The record scopes do not match the policy table:\n  - ${problems.join('\n  - ')}`);
}

/** Why a property path does not lead anywhere in the entity, or null when it does. */
function brokenPath(metadata: MetadataStorage, entityName: string, path: string): string | null {
  let meta = metadata.find(entityName);
  const segments = path.split('.');
  for (const [i, segment] of segments.entries()) {
    const prop = meta?.properties[segment as never] as { kind: string; type: string } | undefined;
    if (!meta || !prop) return `names no property ${segment} of ${meta?.className ?? entityName}`;
    if (i < segments.length - 1) {
      if (prop.kind !== 'm:1' && prop.kind !== '1:1') return `goes through ${segment}, which is not a to-one relation`;
      meta = metadata.find(prop.type);
    }
  }
  return null;
}
