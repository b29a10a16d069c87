import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { BoundedMap } from '../../kernel/bounded-map';
import type { Viewer } from '../auth/viewer';
import { POLICY } from './policy-table';
import { graphqlTypeOf, visibilityCondition } from './record-scopes';

/**
 * The one sanctioned way for raw SQL to read a record-scoped table: `from ${scopedTable(em, viewer,
 * Activity)} a` reads only the rows the viewer may see, by the same condition as the ORM's filter
 * (and, underneath, PostgreSQL's row-level security). A raw statement naming a scoped table
 * itself fails test/unit/raw-sql-scopes.test.ts.
 */
const rendered = new WeakMap<Viewer, Map<string, string>>();

/**
 * The SQL by entity and condition, across requests: a viewer is built anew for every request, and
 * rendering the condition through MikroORM's query builder was 8 % of the hub's CPU on W4 (profiled).
 * The text is a function of the entity and the condition alone (src/performance/README.md).
 */
const byCondition = new BoundedMap<string>(4_000_000, (sql) => sql.length);

/** The scope's SQL for a condition, as MikroORM renders it (uncached: the test compares with it). */
export function renderScope(em: EntityManager, entity: EntityClass<object>, condition: Record<string, unknown>): string {
  return Object.keys(condition).length
    ? `(${em.createQueryBuilder(entity, 'v').select('v.*').where(condition).getKnexQuery().toQuery()})`
    : `"${em.getMetadata().get(entity.name).tableName}"`;
}

export function scopedTable(em: EntityManager, viewer: Viewer, entity: EntityClass<object>): string {
  let byEntity = rendered.get(viewer);
  if (!byEntity) rendered.set(viewer, (byEntity = new Map()));
  let sql = byEntity.get(entity.name);
  if (sql === undefined) {
    const typeName = graphqlTypeOf(entity);
    if (!POLICY[typeName]?.records) throw new Error(`${entity.name} is not record-scoped: read it as any other table`);
    const condition = visibilityCondition(typeName, viewer);
    const key = `${entity.name}\0${JSON.stringify(condition)}`;
    sql = byCondition.get(key);
    if (sql === undefined) byCondition.set(key, (sql = renderScope(em, entity, condition)));
    byEntity.set(entity.name, sql);
  }
  return sql;
}

/**
 * The properties a record of a type must be read with, whatever is selected: its key and every
 * property its scope and its record policy look at (so `scopeOf` never meets one missing).
 */
export function scopeProperties(typeName: string): string[] {
  const type = POLICY[typeName];
  const records = type?.records;
  const paths = [
    'id',
    ...Object.values(type?.about ?? {}),
    records?.classifiedBy,
    ...Object.keys(records?.visibleWhen ?? {}),
    ...Object.keys(records?.authorWhen ?? {}),
  ];
  return [...new Set(paths.filter((p): p is string => !!p).map((p) => p.split('.')[0]!))];
}
