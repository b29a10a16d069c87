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

/** RESTRICTED fields read of records of one type: one READ entry. */
export interface RestrictedRead {
  recordType: string;
  recordIds: string[];
  fields: string[];
}

/** The request's reads as READ entries: one per record type and set of fields, listing the records. */
export function restrictedReadsOf(ctx: HubContext): RestrictedRead[] {
  const entries = new Map<string, RestrictedRead>();
  for (const { recordType, recordId, fields } of ctx.restrictedReads.values()) {
    const sorted = [...fields].sort();
    const key = `${recordType}:${sorted.join(',')}`;
    const entry = entries.get(key) ?? { recordType, recordIds: [], fields: sorted };
    entry.recordIds.push(recordId);
    entries.set(key, entry);
  }
  return [...entries.values()];
}

/** Writes the request's READ entries (in one statement). */
export async function flushRestrictedReads(ctx: HubContext, operation: string): Promise<void> {
  if (!ctx.restrictedReads.size) return;
  const reads = restrictedReadsOf(ctx);
  ctx.restrictedReads.clear();
  await logRestrictedReads(ctx.em, { actor: ctx.viewer.subject, requestId: ctx.requestId, operation }, reads);
}

/** The statement's parameter, kept per list of reads: an answer served again from the cache has the same list. */
const parameterOf = new WeakMap<readonly RestrictedRead[], string>();

/** Writes READ entries in one statement; also for an answer served again from the response cache. */
export async function logRestrictedReads(
  em: EntityManager,
  by: { actor: string | null; requestId: string; operation: string },
  reads: readonly RestrictedRead[],
): Promise<void> {
  if (!reads.length) return;
  let parameter = parameterOf.get(reads);
  if (parameter === undefined) {
    parameter = JSON.stringify(reads.map((r) => ({ record_type: r.recordType, record_ids: r.recordIds, fields: r.fields })));
    parameterOf.set(reads, parameter);
  }
  await em
    .getConnection()
    .getKnex()
    .raw(
      `insert into audit_event (at, kind, actor, request_id, action, record_type, record_ids, fields)
       select ?::timestamptz, 'READ', ?, ?, ?, r.record_type, r.record_ids, r.fields
         from jsonb_to_recordset(?::jsonb) as r(record_type text, record_ids text[], fields text[])`,
      [new Date().toISOString(), by.actor, by.requestId, by.operation, parameter],
    );
}
