import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { AccessContext } from '../access-context';
import { fromGlobalId } from '../../kernel/graphql/node';
import { type UserError, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { UUID } from '../../kernel/db/stable-id';
import type { VersionedRecord } from '../../kernel/db/versioned-record';
import { canAccess } from '../policy/access';
import type { RecordScope } from '../policy/levels';
import { POLICY } from '../policy/policy-table';
import { writeScope } from '../policy/scope-of';
import { diff, recordChange } from './audit-trail';

/**
 * The one way the hub changes a record people edit: the viewer's right is checked against the
 * record itself, the change and its audit entry share one transaction, and a stale version is a
 * CONFLICT that overwrites nothing.
 */
export interface WriteResult<E> {
  record: E | null;
  userErrors: UserError[];
}

const failed = <E>(...userErrors: UserError[]): WriteResult<E> => ({ record: null, userErrors });

/** May the viewer run this mutation on a record about `scope`? (The policy table's Mutation entry.) */
export function mayWrite(ctx: AccessContext, mutation: string, scope: RecordScope): boolean {
  const access = POLICY.Mutation?.fields[mutation];
  return !!access && canAccess(ctx.viewer, access, scope);
}

interface CreateOptions<E> {
  mutation: string;
  recordType: string;
  /**
   * The record to be, as far as its type's `about` (policy table) reads it, e.g. `{ state }`: the
   * write scope is derived from it as from a stored record. Omitted for a type that is about nothing.
   */
  about?: object;
  /** Input field blamed when the viewer may not write here. */
  field: string;
  forbidden: string;
  snapshot: (record: E) => Record<string, unknown>;
}

export async function createAudited<E extends VersionedRecord>(
  ctx: AccessContext,
  options: CreateOptions<E> & {
    /** Builds the record with `tx.create`, or returns the userErrors that prevent it (e.g. DUPLICATE). */
    build: (tx: EntityManager) => Promise<E | UserError[]>;
  },
): Promise<WriteResult<E>> {
  const { records, userErrors } = await createAuditedMany(ctx, {
    ...options,
    build: async (tx) => {
      const built = await options.build(tx);
      return Array.isArray(built) ? { userErrors: built } : { records: [built] };
    },
  });
  return { record: records[0] ?? null, userErrors };
}

/**
 * Creates several records in one transaction, each with its own audit entry: all of them are
 * written, or none (an import's batch). The viewer's right is checked once, for `scope`.
 */
export async function createAuditedMany<E extends VersionedRecord>(
  ctx: AccessContext,
  options: CreateOptions<E> & {
    build: (tx: EntityManager) => Promise<{ records: E[] } | { userErrors: UserError[] }>;
  },
): Promise<{ records: E[]; userErrors: UserError[] }> {
  if (!mayWrite(ctx, options.mutation, await writeScope(options.recordType, options.about ?? {}, ctx.em))) {
    return { records: [], userErrors: [userError(UserErrorCode.FORBIDDEN, options.field, options.forbidden)] };
  }
  const result = await ctx.em.transactional(async (tx) => {
    const built = await options.build(tx);
    if ('userErrors' in built) return { records: [], userErrors: built.userErrors };
    for (const record of built.records) {
      await recordChange(tx, ctx, {
        action: 'create',
        recordType: options.recordType,
        recordId: record.id,
        changes: diff({}, options.snapshot(record)),
      });
    }
    await tx.flush();
    return { records: built.records, userErrors: [] };
  });
  return result;
}

export async function updateAudited<E extends VersionedRecord>(
  ctx: AccessContext,
  options: {
    mutation: string;
    entity: EntityClass<E>;
    recordType: string;
    globalId: string;
    version: number;
    /** Applies the change, or returns why it cannot be made (e.g. a transition not allowed). */
    apply: (record: E) => UserError[] | void;
    snapshot: (record: E) => Record<string, unknown>;
    /** Relations `apply` changes too, loaded in the same transaction. */
    populate?: string[];
  },
): Promise<WriteResult<E>> {
  // A record the viewer may not see answers exactly like one that does not exist.
  const notFound = failed<E>(userError(UserErrorCode.NOT_FOUND, 'id', `No such ${options.recordType}.`));
  const ref = fromGlobalId(options.globalId);
  if (ref?.typeName !== options.recordType || !UUID.test(ref.key)) return notFound;
  try {
    const result = await ctx.em.transactional(async (tx): Promise<WriteResult<E>> => {
      // The request's record scope applies here too.
      const record = await tx.findOne(options.entity, { id: ref.key } as never, { populate: (options.populate ?? []) as never });
      if (!record) return notFound;
      // What the record is about, as the policy table says; read through `tx` (another connection would wait for the transaction).
      if (!mayWrite(ctx, options.mutation, await writeScope(options.recordType, record, tx))) {
        return failed<E>(userError(UserErrorCode.FORBIDDEN, 'id', `You may not change this ${options.recordType}.`));
      }
      if (record.version !== options.version) {
        return failed<E>(
          userError(UserErrorCode.CONFLICT, 'version', `The record is at version ${record.version}; reload it and try again.`),
        );
      }
      const before = options.snapshot(record);
      const refused = options.apply(record);
      if (refused?.length) return failed<E>(...refused);
      const changes = diff(before, options.snapshot(record));
      if (Object.keys(changes).length) {
        await recordChange(tx, ctx, { action: 'update', recordType: options.recordType, recordId: record.id, changes });
      }
      await tx.flush();
      return { record, userErrors: [] };
    });
    return result;
  } catch (error) {
    // Another writer committed the same version between our read and our write.
    if (error instanceof OptimisticLockError) {
      return failed(userError(UserErrorCode.CONFLICT, 'version', 'The record changed meanwhile; reload it and try again.'));
    }
    throw error;
  }
}
