import type { Knex } from '@mikro-orm/postgresql';
import { diff } from '../../access/audit/audit-trail';
import { enterRequestRole } from '../../access/policy/row-security';
import { groupedByKey } from '../../kernel/db/grouped';
import { countShared } from '../../kernel/db/statement-count';
import { AuditKind } from '../../access/audit/audit-event.entity';
import { Classification } from '../../access/policy/levels';
import { scopedTable } from '../../access/policy/scoped-sql';
import { timeOrderedUuid } from '../../kernel/db/stable-id';
import type { HubContext } from '../../context';
import { readOnlyRecords } from '../../performance/read-only-records';
import { preparedStatement, runPrepared } from '../../kernel/db/prepared';
import { Activity } from './activity.entity';
import type { ActivityContent } from './activity-content';
import { ActivityStatus } from './enums';

/**
 * New drafts of the viewer's organisation, each with its audit entry, in one statement (issue #18):
 * the organisation's name, the insert and the audit entries are data-modifying CTEs of one
 * INSERT, prepared on each connection (src/kernel/db/prepared.ts) and sent through the request's
 * transaction (so under its role and row-level security, committed or rolled back with everything
 * else the request did). MikroORM would send four to six statements for it (the check, a
 * savepoint, the organisation, the insert, the audit entry, the release) and compute a change
 * set. The write-side promises and the test that holds each: src/performance/README.md.
 */

/** A draft to create: checked content, and its idempotency key if any. */
export interface ActivityDraft {
  content: ActivityContent;
  idempotencyKey: string | null;
}

/** Per draft, in order: the record created (or, for a key sent before, the one it made), or `duplicate`. */
export type DraftOutcome = { record: Activity; replayed: boolean } | { duplicate: true };

/** The columns written from each draft, and their types in the statement's recordset. */
const DRAFT_COLUMNS = {
  id: 'uuid',
  kind: 'text',
  title: 'text',
  description: 'text',
  start_date: 'date',
  end_date: 'date',
  place: 'text',
  target_states: 'text[]',
  target_regions: 'text[]',
  languages: 'text[]',
  outcome: 'text',
  classification: 'text',
  source: 'text',
  idempotency_key: 'text',
  changes: 'jsonb',
  // The request that wrote it, for its audit entry (one statement may write several requests' drafts).
  request_id: 'text',
  client_request_id: 'text',
} as const;

type DraftRow = Record<keyof typeof DRAFT_COLUMNS, unknown>;

/** What the record will hold, as `activitySnapshot` reads a stored one (the audit entry's changes). */
function snapshotOf(content: ActivityContent): Record<string, unknown> {
  return {
    kind: content.kind, title: content.title, description: content.description ?? null, startDate: content.startDate ?? null,
    endDate: content.endDate ?? null, place: content.place ?? null, targetStates: content.targetStates ?? [],
    targetRegions: content.targetRegions ?? [], languages: content.languages ?? [], outcome: content.outcome ?? null,
    classification: content.classification ?? Classification.PUBLIC, status: ActivityStatus.DRAFT, rejectionReason: null,
    source: content.source ?? null,
  };
}

function draftRow({ content, idempotencyKey }: ActivityDraft, ctx: HubContext): DraftRow {
  const snapshot = snapshotOf(content);
  return {
    // Time-ordered: a batch's index entries land together (see timeOrderedUuid).
    id: timeOrderedUuid(),
    kind: snapshot.kind,
    title: snapshot.title,
    description: snapshot.description,
    start_date: snapshot.startDate,
    end_date: snapshot.endDate,
    place: snapshot.place,
    target_states: snapshot.targetStates,
    target_regions: snapshot.targetRegions,
    languages: snapshot.languages,
    outcome: snapshot.outcome,
    classification: snapshot.classification,
    source: snapshot.source,
    idempotency_key: idempotencyKey,
    changes: diff({}, snapshot),
    request_id: ctx.requestId,
    client_request_id: ctx.clientRequestId,
  };
}

const RECORDSET = Object.entries(DRAFT_COLUMNS).map(([name, type]) => `${name} ${type}`).join(', ');
const WRITTEN = Object.keys(DRAFT_COLUMNS).filter((c) => !['changes', 'request_id', 'client_request_id'].includes(c));
/** Every column of a record, named (a prepared statement's result must not change shape: prepared.ts). */
export const ACTIVITY_COLUMNS = [
  ...WRITTEN, 'version', 'created_at', 'updated_at', 'organiser_id', 'organiser_name', 'organiser_state_iso3',
  'contributed_by_id', 'status', 'rejection_reason', 'demo',
];

/**
 * The write, one text for every viewer (prepared: src/kernel/db/prepared.ts). A key this person
 * used before is not inserted again (the unique index on (contributed_by_id, idempotency_key)
 * arbitrates, whoever committed it and whenever); its record is read afterwards by `EARLIER`,
 * within the viewer's scope. That check is not part of this statement: its plan depends on the
 * writer's history, and a generic plan made on a small table read every record of the writer.
 */
export const INSERT_DRAFTS = preparedStatement(
  'insert_activity_drafts',
  `with draft as (select * from jsonb_to_recordset(?::jsonb) as d(${RECORDSET})),
  added as (
    insert into activity (${WRITTEN.join(', ')}, version, created_at, updated_at, organiser_id, organiser_name,
                          organiser_state_iso3, contributed_by_id, status, demo)
    select ${WRITTEN.map((c) => `d.${c}`).join(', ')}, 1, ?::timestamptz, ?::timestamptz, o.id, coalesce(o.name, ?, 'Unknown'), ?, ?::uuid, '${ActivityStatus.DRAFT}', false
      from draft d left join organisation o on o.id = ?::uuid
    on conflict (contributed_by_id, idempotency_key) do nothing
    returning ${ACTIVITY_COLUMNS.join(', ')}),
  audited as (
    insert into audit_event (at, kind, actor, request_id, client_request_id, action, record_type, record_id, changes)
    select ?::timestamptz, '${AuditKind.CHANGE}', ?, d.request_id, d.client_request_id, 'create', 'Activity', a.id::text, d.changes
      from added a join draft d on d.id = a.id)
  select * from added`,
);

/**
 * The records of keys this person sent before, as far as the viewer may see them (its scope is
 * part of the text: not prepared). Exported for the test that holds its plan: the keys are looked
 * up in the index.
 */
export function earlierStatementFor(visibleActivities: string): string {
  return `select ${ACTIVITY_COLUMNS.map((c) => `e.${c}`).join(', ')} from ${visibleActivities} e
   where e.contributed_by_id = ? and e.idempotency_key = any(?::text[])`;
}

/**
 * Creates the drafts (all or none: one statement). A draft whose key this person sent before
 * returns that record (`replayed`): a key taken by a record the viewer may no longer see is a
 * `duplicate`. Two statements for a replay, one for a new record.
 */
export async function insertActivities(
  ctx: HubContext,
  organisation: string | null,
  drafts: ActivityDraft[],
  options?: { lastWrite?: boolean },
): Promise<DraftOutcome[]> {
  await ctx.transaction.begin();
  const rows = drafts.map((draft) => draftRow(draft, ctx));
  // createActivity: its COMMIT may travel with the statement (RequestTransaction.lastWrite), and
  // then the statement may carry other requests' drafts too (writeTogether).
  const written = options?.lastWrite && ctx.transaction.lastWrite() && ctx.transaction.idle()
    ? await writeTogether(ctx, organisation, rows)
    : await writeDrafts(ctx, organisation, rows);
  const trx = ctx.em.getTransactionContext<Knex.Transaction>()!;
  const { viewer } = ctx;
  const byId = new Map<string, { record: Activity; replayed: boolean }>();
  for (const record of readOnlyRecords(ctx.em, Activity, written)) byId.set(record.id, { record, replayed: false });
  const byKey = new Map<string, { record: Activity; replayed: boolean }>();
  const earlierKeys = rows.flatMap((row) => (byId.has(row.id as string) || row.idempotency_key == null ? [] : [row.idempotency_key as string]));
  if (earlierKeys.length && viewer.personId) {
    // Keys sent before (by an earlier request, a concurrent one, or earlier in this batch): their records.
    // knex reads every ? as a parameter: one in the scope's rendered values (uuids and names of levels) is escaped.
    const visible = scopedTable(ctx.em, viewer, Activity).replace(/\?/g, '\\?');
    const { rows: earlier } = (await trx.raw(earlierStatementFor(visible), [viewer.personId, earlierKeys])) as { rows: Record<string, unknown>[] };
    for (const record of readOnlyRecords(ctx.em, Activity, earlier)) byKey.set(record.idempotencyKey!, { record, replayed: true });
  }
  return rows.map((row) => byId.get(row.id as string) ?? byKey.get(row.idempotency_key as string) ?? { duplicate: true });
}

/** Writes the rows through the request's transaction: the records inserted. */
async function writeDrafts(ctx: HubContext, organisation: string | null, rows: DraftRow[]): Promise<Record<string, unknown>[]> {
  const trx = ctx.em.getTransactionContext<Knex.Transaction>()!;
  const { viewer } = ctx;
  const now = new Date();
  const { rows: written } = await runPrepared<{ rows: Record<string, unknown>[] }>(trx, INSERT_DRAFTS, [
    JSON.stringify(rows),
    now,
    now,
    viewer.name ?? null,
    viewer.ownStates.size ? [...viewer.ownStates][0]! : null,
    viewer.personId,
    organisation,
    now,
    viewer.subject,
  ]);
  return written;
}

/** One request's drafts, waiting to be written with others' of the same writer. */
interface Waiting {
  ctx: HubContext;
  organisation: string | null;
  rows: DraftRow[];
}

/** A shared statement failed: which draft failed it, each request learns by writing alone. */
class SharedWriteFailed extends Error {}

const MAX_REQUESTS_PER_WRITE = 32;
/** Per database, the writes waiting by writer (role, settings and every value of the statement taken from the viewer). */
const writers = new WeakMap<Knex, (writer: string, waiting: Waiting) => Promise<Record<string, unknown>[]>>();

/**
 * Group commit (issue #18). Requests of one writer whose write is their last statement (its COMMIT
 * travels with it) and their first (their transaction holds nothing open, so none waits for
 * another: on the embedded database an open transaction holds the one session), arriving while
 * another such write is in flight, are written by the next one statement, through the first
 * request's transaction, and committed with it. That transaction has its connection already: a
 * group never waits for one, so requests holding the pool's connections cannot wait for each other.
 *
 * A writer is everything the statement takes from the viewer: the role and settings row-level
 * security reads (`enterRequestRole`), the organisation, the person, the name, the state and the
 * actor. A statement never carries two writers' drafts, so it runs exactly as each request's own
 * would. Each request is answered once the COMMIT is, with its records (each audit entry carries
 * its own request's ids). If the shared statement fails, nothing of it stays (one statement,
 * rolled back whole) and each request writes its drafts alone: one bad draft fails only its own.
 */
async function writeTogether(ctx: HubContext, organisation: string | null, rows: DraftRow[]): Promise<Record<string, unknown>[]> {
  const { viewer } = ctx;
  const knex = ctx.em.getConnection().getKnex();
  const writer = JSON.stringify([enterRequestRole(viewer), organisation, viewer.name ?? null, [...viewer.ownStates][0] ?? null, viewer.personId, viewer.subject]);
  let write = writers.get(knex);
  if (!write) writers.set(knex, (write = groupedByKey((_writer, group: Waiting[]) => writeWaiting(group), { max: MAX_REQUESTS_PER_WRITE })));
  try {
    const ids = new Set(rows.map((row) => row.id));
    return (await write(writer, { ctx, organisation, rows })).filter((record) => ids.has(record.id));
  } catch (error) {
    if (!(error instanceof SharedWriteFailed)) throw error;
    // Its client may have gone meanwhile: then this refuses (RequestCancelled).
    await ctx.transaction.begin();
    ctx.transaction.lastWrite();
    return writeDrafts(ctx, organisation, rows);
  }
}

async function writeWaiting(group: Waiting[]): Promise<Record<string, unknown>[]> {
  const [first, ...others] = group;
  try {
    return await writeDrafts(first!.ctx, first!.organisation, group.flatMap((waiting) => waiting.rows));
  } catch (error) {
    throw others.length ? new SharedWriteFailed('A shared write failed', { cause: error }) : error;
  } finally {
    // The statement was each request's (the first's transaction counts it for the first).
    for (const waiting of others) countShared(waiting.ctx.statements);
  }
}
