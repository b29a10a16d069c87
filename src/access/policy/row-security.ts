import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import { escapeLiteral } from 'pg';
import type { Viewer } from '../auth/viewer';
import { Classification, Grant } from './levels';
import { POLICY, type TypePolicy } from './policy-table';
import { grantPath, scopedEntities } from './record-scopes';
import { PARTITIONED_TABLES } from '../audit/access-log-partitions';

/**
 * The second wall: PostgreSQL's row-level security on every record-scoped table, rendered from
 * the policy table and the ORM's metadata (the same `about` paths and record policies as the
 * ORM's filter). Requests run under REQUEST_ROLE, which owns nothing and cannot bypass it, with
 * the viewer's rights in transaction-local settings (`requestSettings`). Migrations store the SQL
 * rendered when they were written; at start `checkRowSecurity` compares the database with what
 * the table renders now, and a difference stops the start.
 */
export const REQUEST_ROLE = 'hub_request';

/** The settings a request's transaction carries, and the viewer's fact each holds. */
export const SETTINGS = {
  level: 'hub.viewer_level',
  secretariat: 'hub.secretariat',
  states: 'hub.states',
  regions: 'hub.regions',
  organisations: 'hub.organisations',
  standings: 'hub.standings',
} as const;

/** A PostgreSQL array literal (as text) of the values. */
function arrayLiteral(values: Iterable<string>): string {
  return `{${[...values].map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** The viewer's rights as the settings of its transaction (values, by setting name). */
export function requestSettings(viewer: Viewer): Record<string, string> {
  return {
    [SETTINGS.level]: viewer.level,
    [SETTINGS.secretariat]: viewer.secretariat ? 'on' : 'off',
    [SETTINGS.states]: arrayLiteral(viewer.ownStates),
    [SETTINGS.regions]: arrayLiteral(viewer.coordinatedRegions),
    [SETTINGS.organisations]: arrayLiteral(viewer.organisations),
    [SETTINGS.standings]: arrayLiteral(viewer.standings),
  };
}

/**
 * The statement that enters the request's role and sets the viewer's rights, all local to the
 * transaction (`set_config(..., true)` is `SET LOCAL`). It travels with the transaction's BEGIN,
 * in one simple query (src/kernel/db/begin-with.ts), which takes no parameters: every value is
 * quoted by pg's `escapeLiteral`.
 */
export function enterRequestRole(viewer: Viewer): string {
  let entered = enteredBy.get(viewer);
  if (entered === undefined) {
    const settings = Object.entries({ role: REQUEST_ROLE, ...requestSettings(viewer) });
    entered = `select ${settings.map(([name, value]) => `set_config(${escapeLiteral(name)}, ${escapeLiteral(value)}, true)`).join(', ')}`;
    enteredBy.set(viewer, entered);
  }
  return entered;
}

/** Per viewer (built per request, never changed after): its transactions and its group writes' key read it. */
const enteredBy = new WeakMap<Viewer, string>();

/** A setting read once per statement (an init plan), '' (reset) read as unset. */
const setting = (name: string) => `(select nullif(current_setting('${name}', true), ''))`;
const quote = (value: string) => `'${value.replace(/'/g, "''")}'`;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const LEVELS = `array[${Object.values(Classification).map(quote).join(', ')}]::text[]`;
const rankOf = (expr: string) => `array_position(${LEVELS}, ${expr})`;
const VIEWER_RANK = rankOf(`${setting(SETTINGS.level)}::text`);

const GRANT_SETTING: Partial<Record<Grant, string>> = {
  [Grant.OWN_STATE]: SETTINGS.states,
  [Grant.COORDINATED_REGION]: SETTINGS.regions,
  [Grant.OWN_ORGANISATION]: SETTINGS.organisations,
  [Grant.AUTHOR]: SETTINGS.standings,
};

interface Column {
  sql: string;
  type: string;
}

/**
 * A condition on the property at `path` of the row `ref` (an entity's table or alias): the path's
 * relations become `exists (select 1 from <table> … where <key> = <foreign key> and …)`.
 */
function onPath(metadata: MetadataStorage, meta: EntityMetadata, ref: string, path: string, test: (column: Column) => string, depth = 1): string {
  const [name, ...rest] = path.split('.') as [string, ...string[]];
  const prop = meta.properties[name as never] as { fieldNames: string[]; columnTypes: string[]; type: string; kind: string } | undefined;
  if (!prop) throw new Error(`${meta.className} has no property ${name}`);
  const column = `${ref}.${ident(prop.fieldNames[0]!)}`;
  if (!rest.length) return test({ sql: column, type: prop.columnTypes[0]! });
  const target = metadata.find(prop.type)!;
  const alias = `s${depth}`;
  const key = target.properties[target.primaryKeys[0] as never] as { fieldNames: string[] };
  return (
    `exists (select 1 from ${ident(target.tableName)} ${alias} where ${alias}.${ident(key.fieldNames[0]!)} = ${column}` +
    ` and ${onPath(metadata, target, alias, rest.join('.'), test, depth + 1)})`
  );
}

/** A JavaScript value of a `visibleWhen`/`authorWhen` condition, compared in SQL. */
const equals = (value: unknown) => (column: Column) =>
  value === null ? `${column.sql} is null` : `${column.sql} = ${quote(String(value))}`;

/** Who may read the rows of one record-scoped type, as an SQL condition on its table. */
export function readCondition(metadata: MetadataStorage, entityName: string, typeName: string, policy: Record<string, TypePolicy> = POLICY): string {
  const records = policy[typeName]!.records!;
  const meta = metadata.find(entityName)!;
  const table = ident(meta.tableName);
  const or: string[] = [
    records.secretariatOnly ? `${setting(SETTINGS.secretariat)} = 'on'` : `${VIEWER_RANK} >= ${Object.values(Classification).indexOf(records.level) + 1}`,
  ];
  for (const grant of records.grants ?? []) {
    const name = GRANT_SETTING[grant];
    const path = grantPath(typeName, grant, policy);
    if (!name || !path) continue; // CHAMPION_REGION is a right to write, never to read
    const held = (column: Column) => `${column.sql} = any(${setting(name)}::${column.type}[])`;
    const when = grant === Grant.AUTHOR ? Object.entries(records.authorWhen ?? {}) : [];
    or.push([onPath(metadata, meta, table, path, held), ...when.map(([p, v]) => onPath(metadata, meta, table, p, equals(v)))].join(' and '));
  }
  if (records.classifiedBy) {
    const open = (column: Column) => `${rankOf(`${column.sql}::text`)} <= ${VIEWER_RANK}`;
    const when = Object.entries(records.visibleWhen ?? {});
    or.push([onPath(metadata, meta, table, records.classifiedBy, open), ...when.map(([p, v]) => onPath(metadata, meta, table, p, equals(v)))].join(' and '));
  }
  return or.map((c) => `(${c})`).join(' or ');
}

export interface TablePolicies {
  table: string;
  /** Policy name -> the statement creating it. */
  policies: Record<string, string>;
}

/**
 * The policies of every record-scoped table: the request's role reads (and so updates and
 * deletes) only what the record policy lets its viewer see; what it may write is the
 * application's decision (each mutation's own access), so inserts and the new versions of rows
 * are not restricted here. The owner is named so that a non-superuser owner keeps its access
 * under FORCE (superusers bypass row-level security anyway).
 */
export function rowSecurityPolicies(metadata: MetadataStorage, entities: readonly { name: string }[], policy: Record<string, TypePolicy> = POLICY): TablePolicies[] {
  return [...scopedEntities(entities, policy)].map(([entityName, typeName]) => {
    const table = ident(metadata.find(entityName)!.tableName);
    const read = readCondition(metadata, entityName, typeName, policy);
    return {
      table: metadata.find(entityName)!.tableName,
      policies: {
        hub_read: `create policy hub_read on ${table} for select to ${REQUEST_ROLE} using (${read})`,
        hub_insert: `create policy hub_insert on ${table} for insert to ${REQUEST_ROLE} with check (true)`,
        hub_update: `create policy hub_update on ${table} for update to ${REQUEST_ROLE} using (${read}) with check (true)`,
        hub_delete: `create policy hub_delete on ${table} for delete to ${REQUEST_ROLE} using (${read})`,
        hub_owner: `create policy hub_owner on ${table} for all to current_user using (true) with check (true)`,
      },
    };
  });
}

/**
 * The statements that (re)create the policies: what a migration stores. A partitioned table's
 * partitions then take the same (`hub_partitions_follow`, Migration20261130100117): a partition
 * read directly, not through its parent, is checked against its own policies. Without
 * `partitions`, the tables' own statements only (the start's check compares the partitions apart).
 */
export function rowSecurityStatements(tables: TablePolicies[], { partitions = true } = {}): string[] {
  return tables.flatMap(({ table, policies }) => [
    `alter table ${ident(table)} enable row level security`,
    `alter table ${ident(table)} force row level security`,
    ...Object.keys(policies).map((name) => `drop policy if exists ${name} on ${ident(table)}`),
    ...Object.values(policies),
    ...(partitions && PARTITIONED_TABLES.includes(table) ? [`select hub_partitions_follow(${quote(ident(table))})`] : []),
  ]);
}

/** The role requests run under, and what it may do: everything the hub's requests do, no more. */
export const REQUEST_ROLE_STATEMENTS = [
  `do $$ begin
     create role ${REQUEST_ROLE} nologin nosuperuser nocreatedb nocreaterole noinherit nobypassrls;
   exception when duplicate_object then null;
   end $$`,
  // The connecting user (the owner) may enter it: SET ROLE needs membership (a superuser has it anyway).
  `do $$ begin
     if not (select rolsuper from pg_roles where rolname = current_user) then
       execute format('grant %I to %I', '${REQUEST_ROLE}', current_user);
     end if;
   end $$`,
  `grant usage on schema public to ${REQUEST_ROLE}`,
  `grant select, insert, update, delete on all tables in schema public to ${REQUEST_ROLE}`,
  `grant usage, select on all sequences in schema public to ${REQUEST_ROLE}`,
  `grant execute on all functions in schema public to ${REQUEST_ROLE}`,
  `alter default privileges in schema public grant select, insert, update, delete on tables to ${REQUEST_ROLE}`,
  `alter default privileges in schema public grant usage, select on sequences to ${REQUEST_ROLE}`,
  // Which migrations ran is the owner's; the audit trail is appended to, never changed.
  `revoke all on mikro_orm_migrations from ${REQUEST_ROLE}`,
  `revoke update, delete on audit_event from ${REQUEST_ROLE}`,
];

/**
 * The statements of the preamble that no migration holds yet (given the migrations' texts, as
 * scripts/row-security-migration.ts writes them): the role, its grants and the default
 * privileges outlive each migration, so each statement is written once, and again only if it
 * changes (a changed statement is a new one). The default privileges cover the tables later
 * migrations create, as long as the same owner runs them (docs/development.md).
 */
export function missingPreamble(migrationTexts: readonly string[]): string[] {
  return REQUEST_ROLE_STATEMENTS.filter((statement) => !migrationTexts.some((text) => text.includes(JSON.stringify(statement))));
}
