import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
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

export function scopedTable(em: EntityManager, viewer: Viewer, entity: EntityClass<object>): string {
  let byEntity = rendered.get(viewer);
  if (!byEntity) rendered.set(viewer, (byEntity = new Map()));
  let sql = byEntity.get(entity.name);
  if (sql === undefined) {
    const typeName = graphqlTypeOf(entity);
    if (!POLICY[typeName]?.records) throw new Error(`${entity.name} is not record-scoped: read it as any other table`);
    const meta = em.getMetadata().get(entity.name);
    const condition = visibilityCondition(typeName, viewer);
    sql = Object.keys(condition).length
      ? `(${em.createQueryBuilder(entity, 'v').select('v.*').where(condition).getKnexQuery().toQuery()})`
      : `"${meta.tableName}"`;
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
