import { ConstraintViolationException } from '@mikro-orm/core';
import type { HubContext } from '../../context';
import { userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { smallRequestsAround, yieldToSmallRequests } from '../../kernel/http/admission';
import { mayWrite } from '../../access/audit/audited-write';
import { writeScope } from '../../access/policy/scope-of';
import { Activity } from './activity.entity';
import { type ActivityContent, checkContent, type ImportRow, type UnreadRow } from './activity-content';
import { type DraftOutcome, insertActivities } from './activity-insert';
import { knownStates, organisationOf } from './activity.resolver';
import type { ImportActivitiesPayload, ImportRowError } from './activity.types';

/**
 * The import's one pipeline, behind its two front doors (the `importActivities` mutation and
 * `POST /imports/activities`): rows read from a file are checked, the good ones not imported
 * before are written in batches, each batch one transaction with its audit entries.
 */

/**
 * Rows written per transaction while nothing else asks: one statement each, createActivity's
 * (`insertActivities`: the rows with their audit entries). Transactions of 50 rows through
 * MikroORM (one statement per audit entry) imported ~215 rows/s; see bench/README.md (IMPORT)
 * for the batch sizes measured.
 */
export const IMPORT_BATCH_ROWS = 1000;
/**
 * Rows per transaction while small requests are being answered: a batch is a stretch of the
 * database's work (on the embedded database, of the hub's one thread) that a small request may
 * have to wait out (W5, IMPORT's W2 during four imports).
 */
export const IMPORT_BATCH_ROWS_SHARED = 100;
/** Rows checked between two chances for small requests to go first. */
const CHECK_STEP_ROWS = 100;

type GoodRow = ImportRow & { content: ActivityContent };

export async function importRows(ctx: HubContext, rows: ImportRow[], unread: UnreadRow[], dryRun: boolean): Promise<ImportActivitiesPayload> {
  const states = await knownStates(ctx, rows.map((r) => r.raw));
  // The checks read no database: outside the transaction, so the embedded database (one
  // transaction at a time) serves small requests while they run and while they step aside.
  await ctx.transaction.pause();
  const rowErrors: ImportRowError[] = [...unread];
  const good: GoodRow[] = [];
  for (const [i, row] of rows.entries()) {
    if (i % CHECK_STEP_ROWS === CHECK_STEP_ROWS - 1) await yieldToSmallRequests(ctx.admission);
    const { content, problems } = checkContent(row.raw, states, { required: true });
    for (const p of problems) rowErrors.push({ line: row.line, field: p.field, message: p.message });
    if (!problems.length) good.push({ ...row, content });
  }

  await ctx.transaction.begin();
  const organisationId = organisationOf(ctx);
  // The right to contribute, once for the whole import (the viewer does not change within a request).
  const may = mayWrite(ctx, 'createActivity', await writeScope('Activity', { organiser: organisationId, contributedBy: ctx.viewer.personId }, ctx.em));
  const seen = await importedKeys(ctx, good.map((r) => r.key));
  let alreadyImported = 0;
  const fresh = good.filter((row) => {
    if (seen.has(row.key)) {
      alreadyImported++;
      return false;
    }
    seen.add(row.key);
    return true;
  });
  const forbidden = [userError(UserErrorCode.FORBIDDEN, 'title', 'You may not record activities.')];
  rowErrors.sort((a, b) => a.line - b.line);
  if (dryRun) return { created: [], alreadyImported, newRows: may ? fresh.length : 0, rowErrors, userErrors: may ? [] : forbidden };
  if (!may) return { created: [], alreadyImported, newRows: 0, rowErrors, userErrors: forbidden };

  const created: Activity[] = [];
  const refused: ImportRowError[] = [];
  /**
   * Writes rows in a transaction of their own, each with its audit entry, as createActivity
   * writes one (`insertActivities`: one statement). A key another import of the same rows used
   * since `importedKeys` read them comes back as that import's record, or as a duplicate: imported already.
   */
  const store = async (batch: GoodRow[]): Promise<void> => {
    let outcomes: DraftOutcome[];
    try {
      outcomes = await insertActivities(ctx, organisationId, batch.map((r) => ({ content: r.content, idempotencyKey: r.key })));
    } catch (error) {
      // The batch's one statement failed: its transaction, which holds nothing else, is rolled back.
      await ctx.transaction.rollback();
      if (!(error instanceof Error && refusal(ctx, error))) throw error;
      // A row the database refuses: found by halving the batch, reported; the others are written.
      if (batch.length === 1) {
        refused.push({ line: batch[0]!.line, field: null, message: 'The database refused this row; nothing of it was stored.' });
        return;
      }
      const half = Math.ceil(batch.length / 2);
      await store(batch.slice(0, half));
      await store(batch.slice(half));
      return;
    }
    await ctx.transaction.pause();
    for (const outcome of outcomes) {
      if ('record' in outcome && !outcome.replayed) created.push(outcome.record);
      else alreadyImported++;
    }
  };
  for (let at = 0; at < fresh.length; ) {
    // Each batch committed on its own, and no transaction held while stepping aside: on the
    // embedded database an open one would keep the small requests waiting for it.
    await ctx.transaction.pause();
    await yieldToSmallRequests(ctx.admission);
    const size = smallRequestsAround(ctx.admission) ? IMPORT_BATCH_ROWS_SHARED : IMPORT_BATCH_ROWS;
    await store(fresh.slice(at, at + size));
    at += size;
  }
  if (refused.length) {
    rowErrors.push(...refused);
    rowErrors.sort((a, b) => a.line - b.line);
  }
  return { created, alreadyImported, newRows: created.length, rowErrors, userErrors: [] };
}

/** Whether the database refused a row (a constraint), as MikroORM classifies its errors. */
function refusal(ctx: HubContext, error: Error): boolean {
  return ctx.em.getPlatform().getExceptionConverter().convertException(error) instanceof ConstraintViolationException;
}

/**
 * Which of these keys the viewer has used already. Keys are the contributor's own (the person's),
 * as for createActivity; its earlier rows count even where it may no longer see them (another
 * organisation's): a key is used once.
 */
async function importedKeys(ctx: HubContext, keys: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let at = 0; at < keys.length; at += 10_000) {
    const earlier = await ctx.em.find(
      Activity,
      { contributedBy: ctx.viewer.personId, idempotencyKey: { $in: keys.slice(at, at + 10_000) } },
      { fields: ['idempotencyKey'], filters: false },
    );
    for (const a of earlier) found.add(a.idempotencyKey!);
  }
  return found;
}

