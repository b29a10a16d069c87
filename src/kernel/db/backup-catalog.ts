import pg from 'pg';

/**
 * What a backup holds and how both ends read the database's catalog. A backup is gzip'd JSON
 * lines: a header (format, the migrations applied, the tables with their columns, the sequences),
 * then for each table a line naming it followed by one line per row (a JSON array of the columns'
 * text forms, null for NULL), and a trailer counting each table's rows, so a cut file is noticed.
 * Text forms read and written under the same settings (ISO dates, UTC) are exact on PostgreSQL 15
 * and 18 alike, so an embedded hub's backup restores into a server and the other way round.
 */
export const BACKUP_FORMAT = 'att-hub-backup';
export const BACKUP_VERSION = 1;

export interface Column {
  name: string;
  type: string;
  /** An identity column: restored with OVERRIDING SYSTEM VALUE. */
  identity: boolean;
}

export interface TableShape {
  table: string;
  columns: Column[];
}

export interface SequenceValue {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: { kind: 'embedded' | 'server'; serverVersion: string };
  /** The migrations applied to the source, in order: the schema the rows belong to. */
  migrations: string[];
  /** Every table, in the order its rows follow (referenced tables first). */
  tables: TableShape[];
  sequences: SequenceValue[];
}

export interface BackupTrailer {
  end: true;
  rows: Record<string, number>;
}

/**
 * Settings for one transaction at either end (SET LOCAL: the embedded database serves every
 * connection from one session, whose settings must not change under the hub). Row security off:
 * a table whose policies would hide rows from this user fails the backup instead of thinning it.
 */
export async function exactTextSettings(client: pg.ClientBase): Promise<void> {
  await client.query(
    `set local datestyle = 'ISO, YMD'; set local timezone = 'UTC'; set local intervalstyle = 'postgres';
     set local extra_float_digits = 3; set local bytea_output = 'hex'; set local row_security = off`,
  );
}

/**
 * The tables of the hub's schema with their columns (generated columns are derived, not kept). A
 * partitioned table is one table (read and loaded through its parent): which months have their
 * partition differs from one database to the next, and the rows land in the right one.
 */
export async function tableShapes(client: pg.ClientBase): Promise<TableShape[]> {
  const { rows } = await client.query<{ table: string; name: string; type: string; identity: boolean }>(
    `select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type, a.attidentity <> '' as identity
       from pg_class c join pg_attribute a on a.attrelid = c.oid
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
        and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by c.relname, a.attnum`,
  );
  const shapes = new Map<string, TableShape>();
  for (const { table, ...column } of rows) {
    if (!shapes.has(table)) shapes.set(table, { table, columns: [] });
    shapes.get(table)!.columns.push(column);
  }
  return inLoadOrder(client, [...shapes.values()]);
}

/** Referenced tables before the tables that refer to them, so rows load with every foreign key checked. */
async function inLoadOrder(client: pg.ClientBase, shapes: TableShape[]): Promise<TableShape[]> {
  const { rows } = await client.query<{ table: string; refers_to: string }>(
    `select (select relname from pg_class where oid = conrelid) as table, (select relname from pg_class where oid = confrelid) as refers_to
       from pg_constraint where contype = 'f' and connamespace = current_schema()::regnamespace and conrelid <> confrelid`,
  );
  const ordered: TableShape[] = [];
  const placed = new Set<string>();
  let pending = shapes;
  while (pending.length) {
    const waitsFor = (s: TableShape) => rows.some((fk) => fk.table === s.table && !placed.has(fk.refers_to) && pending.some((p) => p.table === fk.refers_to));
    const ready = pending.filter((s) => !waitsFor(s));
    if (!ready.length) throw new Error(`The tables ${pending.map((s) => s.table).join(', ')} refer to each other in a cycle: no load order exists.`);
    for (const shape of ready) placed.add(shape.table);
    ordered.push(...ready);
    pending = pending.filter((s) => !placed.has(s.table));
  }
  return ordered;
}

export async function sequenceValues(client: pg.ClientBase): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ name: string }>(
    `select relname as name from pg_class where relnamespace = current_schema()::regnamespace and relkind = 'S' order by relname`,
  );
  const values: SequenceValue[] = [];
  for (const { name } of rows) {
    const { rows: [value] } = await client.query<{ last_value: string; is_called: boolean }>(
      `select last_value, is_called from ${pg.escapeIdentifier(name)}`,
    );
    values.push({ name, lastValue: String(value!.last_value), isCalled: value!.is_called });
  }
  return values;
}

/** The same tables with the same columns, or what differs, for a clear refusal. */
export function shapeDifferences(expected: TableShape[], actual: TableShape[]): string[] {
  const describe = (s: TableShape) => s.columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const found = new Map(actual.map((s) => [s.table, s]));
  const problems: string[] = [];
  for (const shape of expected) {
    const there = found.get(shape.table);
    if (!there) problems.push(`table ${shape.table} is missing`);
    else if (describe(there) !== describe(shape)) problems.push(`table ${shape.table} has (${describe(there)}), the backup (${describe(shape)})`);
    found.delete(shape.table);
  }
  for (const table of found.keys()) problems.push(`table ${table} is not in the backup`);
  return problems;
}
