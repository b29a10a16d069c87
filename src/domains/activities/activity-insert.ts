import type { Knex } from '@mikro-orm/postgresql';
import { diff } from '../../access/audit/audit-trail';
import { AuditKind } from '../../access/audit/audit-event.entity';
import { Classification } from '../../access/policy/levels';
import { scopedTable } from '../../access/policy/scoped-sql';
import { timeOrderedUuid } from '../../kernel/db/stable-id';
import type { HubContext } from '../../context';
import { readOnlyRecords } from '../../performance/read-only-records';
import { Activity } from './activity.entity';
import type { ActivityContent } from './activity-content';
import { ActivityStatus } from './enums';

/**
 * New drafts of the viewer's organisation, each with its audit entry, in one statement (issue #18):
 * the idempotency check, the organisation's name, the insert and the audit entries are data-
 * modifying CTEs of one INSERT, sent through the request's transaction (so under its role and
 * row-level security, committed or rolled back with everything else the request did). MikroORM
 * would send four to six statements for it (the check, a savepoint, the organisation, the
 * insert, the audit entry, the release) and compute a change set. The write-side promises and the
 * test that holds each: src/performance/README.md.
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

function draftRow({ content, idempotencyKey }: ActivityDraft): DraftRow {
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
  };
}

const RECORDSET = Object.entries(DRAFT_COLUMNS).map(([name, type]) => `${name} ${type}`).join(', ');
const WRITTEN = Object.keys(DRAFT_COLUMNS).filter((c) => c !== 'changes');

/**
 * The statement, for one viewer (its record scope is part of the text, as `scopedTable` renders it).
 * Exported for the test that holds its plan: the earlier keys are looked up in the index.
 */
export function statementFor(visibleActivities: string): string {
  return `with draft as (select * from jsonb_to_recordset(?::jsonb) as d(${RECORDSET})),
  earlier as (
    select e.* from ${visibleActivities} e
     where e.contributed_by_id = ? and e.idempotency_key = any(?::text[])),
  added as (
    insert into activity (${WRITTEN.join(', ')}, version, created_at, updated_at, organiser_id, organiser_name,
                          organiser_state_iso3, contributed_by_id, status, demo)
    select ${WRITTEN.map((c) => `d.${c}`).join(', ')}, 1, ?, ?, o.id, coalesce(o.name, ?, 'Unknown'), ?, ?, '${ActivityStatus.DRAFT}', false
      from draft d left join organisation o on o.id = ?
     where d.idempotency_key is null or d.idempotency_key not in (select idempotency_key from earlier)
    on conflict (contributed_by_id, idempotency_key) do nothing
    returning *),
  audited as (
    insert into audit_event (at, kind, actor, request_id, client_request_id, action, record_type, record_id, changes)
    select ?, '${AuditKind.CHANGE}', ?, ?, ?, 'create', 'Activity', a.id::text, d.changes from added a join draft d on d.id = a.id)
  select a.*, false as replayed from added a
  union all
  select e.*, true from earlier e`;
}

/**
 * Creates the drafts (all or none: one statement). A draft whose key this person sent before
 * returns that record (`replayed`); a key taken by a record the viewer may no longer see, or by a
 * concurrent request whose record this statement could not yet see, is read again once, and is a
 * `duplicate` if it is still not visible.
 */
export async function insertActivities(ctx: HubContext, organisation: string | null, drafts: ActivityDraft[]): Promise<DraftOutcome[]> {
  await ctx.transaction.begin();
  const trx = ctx.em.getTransactionContext<Knex.Transaction>()!;
  const { viewer } = ctx;
  const rows = drafts.map(draftRow);
  const now = new Date();
  // knex reads every ? as a parameter: one in the scope's rendered values (uuids and names of levels) is escaped.
  const visible = scopedTable(ctx.em, viewer, Activity).replace(/\?/g, '\\?');
  const { rows: written } = (await trx.raw(statementFor(visible), [
    JSON.stringify(rows),
    viewer.personId,
    // The keys as an array, not a subquery of the draft: so PostgreSQL looks each one up in the
    // (contributed_by_id, idempotency_key) index instead of reading every record of this person.
    rows.flatMap((row) => (row.idempotency_key == null ? [] : [row.idempotency_key as string])),
    now,
    now,
    viewer.name ?? null,
    viewer.ownStates.size ? [...viewer.ownStates][0]! : null,
    viewer.personId,
    organisation,
    now,
    viewer.subject,
    ctx.requestId,
    ctx.clientRequestId,
  ])) as { rows: (Record<string, unknown> & { replayed: boolean })[] };
  const records = readOnlyRecords(ctx.em, Activity, written);
  const byId = new Map<string, { record: Activity; replayed: boolean }>();
  const byKey = new Map<string, { record: Activity; replayed: boolean }>();
  records.forEach((record, i) => {
    const outcome = { record, replayed: written[i]!.replayed };
    if (!outcome.replayed) byId.set(record.id, outcome);
    if (record.idempotencyKey != null) byKey.set(record.idempotencyKey, outcome);
  });
  const missing = rows.filter((row) => !byId.has(row.id as string) && !byKey.has(row.idempotency_key as string));
  if (missing.length && viewer.personId) {
    // Keys another request of this person committed while this statement ran: its record, read again.
    const { rows: again } = (await trx.raw(
      `select e.* from ${visible} e where e.contributed_by_id = ? and e.idempotency_key = any(?)`,
      [viewer.personId, missing.map((row) => row.idempotency_key as string)],
    )) as { rows: Record<string, unknown>[] };
    for (const record of readOnlyRecords(ctx.em, Activity, again)) byKey.set(record.idempotencyKey!, { record, replayed: true });
  }
  return rows.map((row) => byId.get(row.id as string) ?? byKey.get(row.idempotency_key as string) ?? { duplicate: true });
}
