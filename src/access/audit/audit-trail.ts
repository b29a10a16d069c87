import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { OperationDefinitionNode } from 'graphql';
import type { AccessContext } from '../access-context';
import { grouped } from '../../kernel/db/grouped';
import { countShared, type StatementCount } from '../../kernel/db/statement-count';
import { AuditKind } from './audit-event.entity';

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
export async function recordChange(
  tx: EntityManager,
  ctx: AccessContext,
  entry: { action: 'create' | 'update' | 'delete'; recordType: string; recordId: string; changes: Changes },
): Promise<void> {
  // Inserted without RETURNING, in the write's transaction: the request role may add to the audit
  // trail, but only the Secretariat's viewer may read it back (row-level security), and RETURNING reads.
  await tx.execute(
    `insert into audit_event (at, kind, actor, request_id, client_request_id, action, record_type, record_id, changes)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)`,
    [
      new Date(),
      AuditKind.CHANGE,
      ctx.viewer.subject,
      ctx.requestId,
      ctx.clientRequestId,
      entry.action,
      entry.recordType,
      entry.recordId,
      JSON.stringify(entry.changes),
    ],
  );
}

/** Notes that the viewer read RESTRICTED fields of a record; written once the response is ready. */
export function noteRestrictedRead(ctx: AccessContext, recordType: string, recordId: string, field: string): void {
  const key = `${recordType}:${recordId}`;
  const entry = ctx.restrictedReads.get(key) ?? { recordType, recordId, fields: new Set<string>() };
  entry.fields.add(field);
  ctx.restrictedReads.set(key, entry);
}

/**
 * Notes RESTRICTED facts about records that leave in the answer without a field of theirs being
 * read: a list's records (`listed`), those a count counted (`count`), those a RESTRICTED filter
 * matched (`filter:<field>`), or a state's facts shown in an aggregate (under the field they come from).
 */
export function noteRevealed(ctx: AccessContext, recordType: string, recordIds: Iterable<string>, facts: readonly string[]): void {
  for (const recordId of recordIds) for (const fact of facts) noteRestrictedRead(ctx, recordType, recordId, fact);
}

/** RESTRICTED fields read of records of one type: one READ entry. */
export interface RestrictedRead {
  recordType: string;
  recordIds: string[];
  fields: string[];
}

/** The request's reads as READ entries: one per record type and set of fields, listing the records. */
export function restrictedReadsOf(ctx: AccessContext): RestrictedRead[] {
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

/**
 * The operation a READ entry names: the one the hub ran, as the document it resolved names it,
 * or 'anonymous query' (never the client's `operationName` as sent).
 */
export function operationLabel(operation: OperationDefinitionNode | null | undefined): string {
  return operation?.name?.value ?? `anonymous ${operation?.operation ?? 'operation'}`;
}

/** Who read, in which request, through which operation: what every READ entry of a request shares. */
export interface Reader {
  actor: string | null;
  requestId: string;
  clientRequestId: string | null;
  operation: string;
  /** The request's statement count: the shared insert is counted for it too. */
  statements?: StatementCount;
}

/** The reader a request's context names, through `operation`. */
export function readerOf(ctx: AccessContext, operation: string): Reader {
  return { actor: ctx.viewer.subject, requestId: ctx.requestId, clientRequestId: ctx.clientRequestId, operation, statements: ctx.statements };
}

/** Writes the request's READ entries (in one statement). */
export async function flushRestrictedReads(ctx: AccessContext, operation: string): Promise<void> {
  if (!ctx.restrictedReads.size) return;
  const reads = restrictedReadsOf(ctx);
  ctx.restrictedReads.clear();
  await logRestrictedReads(ctx.em, readerOf(ctx, operation), reads);
}

/** The statement's parameter, kept per list of reads: an answer served again from the cache has the same list. */
const parameterOf = new WeakMap<readonly RestrictedRead[], string>();

/** One request's READ entries, ready to be written: `reads` is their JSON. */
interface PendingReads extends Reader {
  at: string;
  reads: string;
}

/**
 * The writer of each database's access log. Requests whose entries are ready while an insert is
 * in flight are written together by the next (group commit): one statement and one commit for
 * all of them, each request still answered only once its own entries are committed.
 */
const writers = new WeakMap<Knex, (pending: PendingReads) => Promise<void>>();
const MAX_REQUESTS_PER_INSERT = 64;

function writerOf(knex: Knex): (pending: PendingReads) => Promise<void> {
  let writer = writers.get(knex);
  if (!writer) {
    writer = grouped(
      async (group: PendingReads[]) => {
        // Built as text: each request's reads are JSON already (and kept for the answer's next hit).
        const parameter = `[${group
          .map(
            ({ at, actor, requestId, clientRequestId, operation, reads }) =>
              `{"at":${JSON.stringify(at)},"actor":${JSON.stringify(actor)},"request_id":${JSON.stringify(requestId)},` +
              `"client_request_id":${JSON.stringify(clientRequestId)},"action":${JSON.stringify(operation)},"reads":${reads}}`,
          )
          .join(',')}]`;
        // The statement is every request's in the group: each counts it (countShared), no request alone.
        await knex.raw(
          `insert into audit_event (at, kind, actor, request_id, client_request_id, action, record_type, record_ids, fields)
           select e.at, 'READ', e.actor, e.request_id, e.client_request_id, e.action, r.record_type, r.record_ids, r.fields
             from jsonb_to_recordset(?::jsonb)
               as e(at timestamptz, actor text, request_id text, client_request_id text, action text, reads jsonb)
             cross join lateral jsonb_to_recordset(e.reads) as r(record_type text, record_ids text[], fields text[])`,
          [parameter],
        );
      },
      { max: MAX_REQUESTS_PER_INSERT },
    );
    writers.set(knex, writer);
  }
  return writer;
}

/**
 * Writes one request's READ entries, also for an answer served again from the response cache.
 * It resolves once they are committed, possibly in one insert with other requests' entries.
 */
export async function logRestrictedReads(
  em: EntityManager,
  by: Reader,
  reads: readonly RestrictedRead[],
): Promise<void> {
  if (!reads.length) return;
  let parameter = parameterOf.get(reads);
  if (parameter === undefined) {
    parameter = JSON.stringify(reads.map((r) => ({ record_type: r.recordType, record_ids: r.recordIds, fields: r.fields })));
    parameterOf.set(reads, parameter);
  }
  countShared(by.statements);
  await writerOf(em.getConnection().getKnex())({ at: new Date().toISOString(), ...by, reads: parameter });
}
