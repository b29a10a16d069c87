import { type EntityClass, type EntityProperty, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '../kernel/db/bound-statement';

/**
 * New records of one entity written in one statement: the rows travel as one JSON parameter and
 * PostgreSQL spreads them (`jsonb_to_recordset`) into the entity's columns.
 *
 * Why: an import's batch went through MikroORM's unit of work, which builds, quotes and sends an
 * INSERT of every column of every record (and tracks each record); for 1,000 rows that was most
 * of the import's time on the hub's one thread (bench/README.md, IMPORT).
 *
 * The invariant (src/performance/README.md): each row names every column the entity persists,
 * no more, no fewer, with the value MikroORM would write (keys of to-one relations, dates as
 * days, instants as ISO text). A row that misses a column or names one the entity does not have
 * is refused here, before anything is sent: a column added to the entity and forgotten by the
 * writer fails at once (and in test/api/activity-import.test.ts, which compares an imported
 * activity's row with one written by createActivity).
 */
export async function insertRows(em: EntityManager, entity: EntityClass<object>, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const { sql, columns } = statementOf(em, entity);
  for (const row of rows) {
    const names = Object.keys(row);
    if (names.length !== columns.length || !columns.every((c) => c in row)) {
      const missing = columns.filter((c) => !(c in row));
      const extra = names.filter((n) => !columns.includes(n));
      throw new Error(`insertRows(${entity.name}): a row must name exactly the entity's columns (missing: ${missing.join(', ') || 'none'}; unknown: ${extra.join(', ') || 'none'})`);
    }
  }
  await executeBound(em, sql, [JSON.stringify(rows)]);
}

/** The persisted columns of an entity, as `insertRows` expects its rows to name them. */
export function persistedColumns(em: EntityManager, entity: EntityClass<object>): string[] {
  return statementOf(em, entity).columns;
}

const statements = new WeakMap<object, { sql: string; columns: string[] }>();

function statementOf(em: EntityManager, entity: EntityClass<object>): { sql: string; columns: string[] } {
  const meta = em.getMetadata().get(entity.name);
  let statement = statements.get(meta);
  if (!statement) {
    const defs = meta.props.flatMap((prop) => columnOf(em, prop));
    const quoted = defs.map((d) => `"${d.name}"`).join(', ');
    statement = {
      columns: defs.map((d) => d.name),
      sql:
        `insert into "${meta.tableName}" (${quoted}) select ${quoted} ` +
        `from jsonb_to_recordset(?::jsonb) as r(${defs.map((d) => `"${d.name}" ${d.type}`).join(', ')})`,
    };
    statements.set(meta, statement);
  }
  return statement;
}

function columnOf(em: EntityManager, prop: EntityProperty): { name: string; type: string }[] {
  if (prop.persist === false || prop.formula) return [];
  if (prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) {
    if (prop.fieldNames?.length !== 1 || prop.columnTypes?.length !== 1) {
      throw new Error(`insertRows: ${prop.name} has ${prop.fieldNames?.length ?? 0} columns; only single-column properties are written`);
    }
    return [{ name: prop.fieldNames[0]!, type: prop.columnTypes[0]! }];
  }
  return [];
}
