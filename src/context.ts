import { type EntityManager, TransactionEventBroadcaster, wrap } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { type ActivityLoaders, createActivityLoaders } from './domains/activities/loaders';
import { type AssistanceLoaders, createAssistanceLoaders } from './domains/assistance/loaders';
import type { Viewer } from './access/auth/viewer';
import type { AccessContext } from './access/access-context';
import type { RequestIds } from './kernel/http/request-context';
import { createMeetingLoaders, type MeetingLoaders } from './domains/meetings/loaders';
import { AnswerBudget } from './performance/answer-limit';
import { EntityLoaders } from './kernel/graphql/entity-loaders';
import { createParticipationLoaders, type ParticipationLoaders } from './domains/participation/loaders';
import { State } from './domains/participation/state.entity';
import { VISIBILITY, type VisibilityParams } from './access/policy/record-scopes';
import { createUniversalizationLoaders, type UniversalizationLoaders } from './domains/universalization/loaders';
import { enterRequestRole } from './access/policy/row-security';
import { beginWith, type BegunTransaction } from './kernel/db/begin-with';
import type { AdmissionTicket } from './kernel/http/admission';
import { countTransaction, type StatementCount } from './kernel/db/statement-count';
import { keyNameIn } from './access/policy/scope-of';
import { RequestCancelled } from './kernel/graphql/errors';

/** What every resolver of one request shares: its viewer, its own EntityManager, loaders and logger. */
export interface HubContext extends AccessContext {
  participation: ParticipationLoaders;
  universalization: UniversalizationLoaders;
  activities: ActivityLoaders;
  meetings: MeetingLoaders;
  assistance: AssistanceLoaders;
  /** Records by primary key, batched per request. */
  byId: EntityLoaders;
  /** What the answer holds so far, against its limit (answer-limit.ts). */
  answer: AnswerBudget;
  /** The key this request's answer is kept under in the response cache, if it is kept (cached-answers.ts). */
  answerKey?: string;
  /** The request's place in admission's lanes, for heavy work (admission.ts); none outside a request. */
  admission?: AdmissionTicket;
  /** The request's one transaction, under the request role (see `requestTransaction`). */
  transaction: RequestTransaction;
}

/**
 * The transaction every statement of a request runs in, under the role that owns nothing and
 * cannot bypass row-level security, with the viewer's rights set for it (row-security.ts): a
 * resolver or raw query that forgot its scope still reads only what PostgreSQL lets this viewer
 * see. Begun when the operation executes (not for an answer served from the cache), and ended
 * before the answer is sent: committed (writes are savepoints inside it), or rolled back if it
 * cannot be. While it is open it is the request's only connection: nothing of the request may
 * query through another EntityManager (the embedded database would wait for itself).
 */
export interface RequestTransaction {
  /**
   * Begins it (idempotent; nothing is sent until its first statement). `soleMutation`: the
   * operation is one mutation field, so its last write may carry the COMMIT (`lastWrite`).
   */
  begin(options?: { soleMutation?: boolean }): Promise<void>;
  /**
   * Says the request's next statement is its last write. When the operation is one mutation field
   * and nothing waits to be flushed, the COMMIT travels with that statement (begin-with.ts): the
   * write is committed, or rolled back whole, in one round trip, before the answer can be sent; a
   * statement after it (a read for the answer) runs in a new transaction, under the same role and
   * settings. Otherwise nothing changes: the COMMIT is sent when the request ends. Returns whether
   * the COMMIT travels with the next statement.
   */
  lastWrite(): boolean;
  /**
   * Whether the request holds nothing open in PostgreSQL: its transaction sent nothing yet, or
   * nothing since its last write carried the COMMIT (begin-with.ts). Its next statement may then go
   * through another request's transaction of the same role and settings (group commit) without
   * either waiting for the other.
   */
  idle(): boolean;
  /**
   * Commits (idempotent); throws if the commit fails, after rolling back. After a query
   * (`readOnly`), the records it read are let go without a flush: a query writes nothing, and
   * comparing every record read with its snapshot cost a large answer 3 ms.
   */
  end(options?: { readOnly?: boolean }): Promise<void>;
  /**
   * Commits what the request wrote so far and begins again (heavy work between its steps: an
   * import's batches stay one transaction each, and on the embedded database, which serves one
   * transaction at a time, small requests get their turn in between).
   */
  step(): Promise<void>;
  /**
   * Commits what the request wrote so far; the next `begin` starts anew. For a wait that must not
   * hold the database (a heavy place, taken while another request's heavy work needs the database).
   */
  pause(): Promise<void>;
  /**
   * Rolls back what the request wrote since its last commit; the next `begin` starts anew. For a
   * statement the database refused (an import's batch, then written in halves).
   */
  rollback(): Promise<void>;
  /**
   * The request's client went away before its answer: what the request wrote and has not committed
   * is rolled back (a write whose COMMIT was already on its way stays, as any unanswered write may),
   * and it takes no more statements. `begin` then throws `RequestCancelled`, and the rolled-back
   * transaction stays the request's EntityManager's, so a statement sent through it fails (knex
   * refuses a completed transaction) instead of running on another connection outside the
   * request role. After the answer (`end` has run) there is nothing left to roll back.
   */
  cancel(): Promise<void>;
}

export function requestTransaction(em: EntityManager, viewer: Viewer, statements?: StatementCount): RequestTransaction {
  let state: 'none' | 'open' | 'ended' = 'none';
  let cancelled = false;
  let opening: Promise<void> | undefined;
  let begun: BegunTransaction | undefined;
  let soleMutation = false;
  return {
    lastWrite() {
      // Only one field writes, so committing its write early splits nothing the operation does.
      if (!(state === 'open' && soleMutation && begun && nothingToFlush(em))) return false;
      begun.commitWithNext();
      return true;
    },
    idle() {
      return state !== 'open' || !begun || begun.idle();
    },
    async pause() {
      if (state !== 'open') return;
      await this.end();
      state = 'none';
      opening = undefined;
    },
    async step() {
      if (state !== 'open') return;
      await this.pause();
      await this.begin();
    },
    async cancel() {
      // Also while a step is between its commit and its next begin: that begin refuses.
      cancelled = true;
      if (opening) await opening.catch(() => undefined);
      if (state !== 'open') return;
      state = 'ended';
      // Not em.rollback(): it would let go of the transaction, and a statement sent afterwards
      // would take a connection of its own, as the hub's owner role.
      em.clear();
      await em.getConnection('write').rollback(em.getTransactionContext()!, new TransactionEventBroadcaster(em));
    },
    async rollback() {
      if (opening) await opening.catch(() => undefined);
      if (state !== 'open') return;
      state = 'none';
      opening = undefined;
      await em.rollback();
    },
    begin(options) {
      if (cancelled) return Promise.reject(new RequestCancelled());
      if (options?.soleMutation) soleMutation = true;
      opening ??= (async () => {
        // BEGIN, the request role and the viewer's settings: sent with the first statement (begin-with.ts).
        begun = await beginWith(em.getConnection().getKnex(), enterRequestRole(viewer));
        countTransaction(begun.trx, statements);
        em.setTransactionContext(begun.trx);
        state = 'open';
      })();
      return opening;
    },
    async end(options) {
      if (opening) await opening.catch(() => undefined);
      if (state !== 'open') return;
      state = 'ended';
      try {
        if (options?.readOnly || nothingToFlush(em)) {
          // em.commit() without its flush: a flush (even of nothing) enters MikroORM's async
          // contexts, which turns Node's promise hooks on (quiet-async-context.ts). A mutation that
          // wrote only through its own statements (createActivity, imports) has nothing to flush.
          em.clear();
          await em.getConnection('write').commit(em.getTransactionContext()!, new TransactionEventBroadcaster(em));
          em.resetTransactionContext();
        } else {
          await em.commit();
        }
      } catch (error) {
        await em.rollback().catch(() => undefined);
        throw error;
      }
    },
  };
}

/**
 * Whether a flush would have nothing to do: nothing is queued to be persisted or removed, and
 * every record tracked is a reference never loaded nor touched (a to-one relation's key), which
 * MikroORM's change-set computation passes over too. Only then may a mutation's commit skip the
 * flush: a loaded record may have been changed, and only the flush's comparison knows.
 */
export function nothingToFlush(em: EntityManager): boolean {
  const uow = em.getUnitOfWork();
  if (uow.getPersistStack().size || uow.getRemoveStack().size || uow.getOrphanRemoveStack().size) return false;
  for (const tracked of uow.getIdentityMap()) {
    const record = wrap(tracked, true);
    if (record.isInitialized() || record.isTouched()) return false;
  }
  return true;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A fork of `em` that sees only what `viewer` may see. */
export function viewerEntityManager(em: EntityManager, viewer: Viewer): EntityManager {
  const forked = em.fork();
  forked.setFilterParams(VISIBILITY, { viewer } satisfies VisibilityParams);
  return forked;
}

export function createContext(
  em: EntityManager,
  viewer: Viewer,
  log: Logger,
  ids: RequestIds,
  day = today(),
): HubContext {
  const forked = viewerEntityManager(em, viewer);
  const participation = createParticipationLoaders(forked, day);
  const byId = new EntityLoaders(forked);
  const keyName = keyNameIn(forked);
  return {
    requestId: ids.requestId,
    clientRequestId: ids.clientRequestId,
    statements: ids.statements,
    viewer,
    em: forked,
    log,
    today: day,
    participation,
    universalization: createUniversalizationLoaders(forked, viewer),
    activities: createActivityLoaders(forked, viewer),
    meetings: createMeetingLoaders(forked),
    assistance: createAssistanceLoaders(forked),
    byId,
    // A state through the participation loader, which the lists of states have filled already.
    loadReference: (reference) =>
      reference instanceof State
        ? participation.state.load(reference.iso3)
        : byId.load(reference.constructor as new () => object, (reference as Record<string, unknown>)[keyName(reference)] as string),
    restrictedReads: new Map(),
    answer: new AnswerBudget(),
    transaction: requestTransaction(forked, viewer, ids.statements),
  };
}
