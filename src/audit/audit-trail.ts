import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../graphql/context';
import { AuditEvent, AuditKind } from './audit-event.entity';

type Changes = Record<string, { from: unknown; to: unknown }>;

/** The field-level difference between two versions of a record (only fields that changed). */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
    }
  }
  return changes;
}

/** Adds a CHANGE entry to the transaction `tx`: it commits or rolls back with the change itself. */
export function recordChange(
  tx: EntityManager,
  ctx: HubContext,
  entry: { action: 'create' | 'update' | 'delete'; recordType: string; recordId: string; changes: Changes },
): void {
  tx.persist(
    tx.create(AuditEvent, {
      kind: AuditKind.CHANGE,
      actor: ctx.viewer.subject,
      requestId: ctx.requestId,
      at: new Date(),
      ...entry,
    }),
  );
}

/** Notes that the viewer read RESTRICTED fields of a record; written once the response is ready. */
export function noteRestrictedRead(ctx: HubContext, recordType: string, recordId: string, field: string): void {
  const key = `${recordType}:${recordId}`;
  const entry = ctx.restrictedReads.get(key) ?? { recordType, recordId, fields: new Set<string>() };
  entry.fields.add(field);
  ctx.restrictedReads.set(key, entry);
}

/** The RESTRICTED fields read of one record. */
export interface RestrictedRead {
  recordType: string;
  recordId: string;
  fields: string[];
}

/** Writes the request's READ entries in one statement (one row per record read). */
export async function flushRestrictedReads(ctx: HubContext, operation: string): Promise<void> {
  if (!ctx.restrictedReads.size) return;
  const reads = [...ctx.restrictedReads.values()].map(({ recordType, recordId, fields }) => ({ recordType, recordId, fields: [...fields] }));
  ctx.restrictedReads.clear();
  await logRestrictedReads(ctx.em, { actor: ctx.viewer.subject, requestId: ctx.requestId, operation }, reads);
}

/** A PostgreSQL text[] literal (what the driver would build from an array, built once here). */
const textArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

/** The statement's three columns as text[] literals, kept per list of reads: an answer served again has the same list. */
const columnsOf = new WeakMap<readonly RestrictedRead[], [string, string, string]>();

/**
 * Writes READ entries in one statement; also for an answer served again from the response cache.
 * Bound as three text arrays (field names hold no comma): for W1's ~220 rows PostgreSQL takes
 * ~30 % less time than with one JSON parameter (pgbench).
 */
export async function logRestrictedReads(
  em: EntityManager,
  by: { actor: string | null; requestId: string; operation: string },
  reads: readonly RestrictedRead[],
): Promise<void> {
  if (!reads.length) return;
  let columns = columnsOf.get(reads);
  if (!columns) {
    columns = [
      textArray(reads.map((r) => r.recordType)),
      textArray(reads.map((r) => r.recordId)),
      textArray(reads.map((r) => [...r.fields].sort().join(','))),
    ];
    columnsOf.set(reads, columns);
  }
  await em
    .getConnection()
    .getKnex()
    .raw(
      `insert into audit_event (at, kind, actor, request_id, action, record_type, record_id, fields)
       select ?::timestamptz, 'READ', ?, ?, ?, r.record_type, r.record_id, string_to_array(r.fields, ',')
         from unnest(?::text[], ?::text[], ?::text[]) as r(record_type, record_id, fields)`,
      [new Date().toISOString(), by.actor, by.requestId, by.operation, ...columns],
    );
}
