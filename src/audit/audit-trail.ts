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

/** Writes the request's READ entries in one statement (one row per record read). */
export async function flushRestrictedReads(ctx: HubContext, operation: string): Promise<void> {
  if (!ctx.restrictedReads.size) return;
  const at = new Date().toISOString();
  const rows = [...ctx.restrictedReads.values()].map(({ recordType, recordId, fields }) => ({
    record_type: recordType,
    record_id: recordId,
    fields: [...fields].sort(),
  }));
  ctx.restrictedReads.clear();
  // Bound as one JSON parameter: a page of 200 states makes a few hundred rows.
  await ctx.em
    .getConnection()
    .getKnex()
    .raw(
      `insert into audit_event (at, kind, actor, request_id, action, record_type, record_id, fields)
       select ?::timestamptz, 'READ', ?, ?, ?, r.record_type, r.record_id, array(select jsonb_array_elements_text(r.fields))
         from jsonb_to_recordset(?::jsonb) as r(record_type text, record_id text, fields jsonb)`,
      [at, ctx.viewer.subject, ctx.requestId, operation, JSON.stringify(rows)],
    );
}
