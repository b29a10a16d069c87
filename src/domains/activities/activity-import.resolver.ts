import { ConstraintViolationException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../../context';
import { type UserError, userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { heavyWork, smallRequestsAround, yieldToSmallRequests } from '../../kernel/http/admission';
import { Activity } from './activity.entity';
import {
  type ActivityContent,
  checkContent,
  type ImportFileFormat,
  type ImportRow,
  importRowsAtMost,
  MAX_IMPORT_ROWS,
  readImport,
  type UnreadRow,
} from './activity-content';
import { mayWrite } from '../../access/audit/audited-write';
import { writeScope } from '../../access/policy/scope-of';
import { PayloadShare } from '../../kernel/graphql/field-cost';
import { createActivityRecords, knownStates, organisationOf } from './activity.resolver';
import { ImportActivitiesInput, ImportActivitiesPayload, type ImportRowError } from './activity.types';

/** Larger files are refused before any row is read. */
const MAX_IMPORT_CHARS = 1_000_000;

/**
 * Rows written per transaction. One transaction per row cost ~70 ms a row (a 1,000-row import
 * held a place and a connection for over a minute). Batches of 25 to 200 rows imported equally
 * fast, but the work of a batch's flush runs in one go on the hub's only thread (and, on the
 * embedded database, PostgreSQL's too): measured with two imports at once, the event loop's p99
 * delay grew from ~0.15-0.25 s at 25 rows to ~0.4 s at 100 and 200 (a loaded machine, load ~20 on
 * 2 cores; less on a quiet one). 50 keeps both the delay and the transactions per import low.
 */
export const IMPORT_BATCH_ROWS = 50;
/**
 * Rows per transaction while small requests are being answered. W5 (a small query during 8
 * concurrent 1,000-row imports) waited out 50-row flushes; 10-row ones are a fifth of that
 * stretch, for more transactions per import (measured in bench/README.md, 2026-11-30).
 */
export const IMPORT_BATCH_ROWS_SHARED = 10;
/** Rows checked between two chances for small requests to go first. */
const CHECK_STEP_ROWS = 100;

type GoodRow = ImportRow & { content: ActivityContent };

@Resolver()
export class ActivityImportResolver {
  // What it returns is bounded by the rows the file holds.
  @PayloadShare((args) => {
    const input = args.input as { format?: ImportFileFormat; content?: unknown } | undefined;
    return typeof input?.content === 'string' && input.format ? importRowsAtMost(input.format, input.content) / MAX_IMPORT_ROWS : 1;
  })
  @Mutation(() => ImportActivitiesPayload, {
    description:
      'A partner imports many activities at once, as drafts. Every row is checked: good rows are kept, each bad row ' +
      'comes back with its line and reason, and rows imported before (same key, or same content) are not added again. ' +
      'With dryRun, a preview: the same checks and errors, and nothing kept. ' +
      `Rows are written ${IMPORT_BATCH_ROWS} to a transaction, each with its audit entry; a row the database refuses ` +
      'comes back as a row error and the others are written.',
  })
  async importActivities(
    @Arg('input', () => ImportActivitiesInput, { description: 'What to write; see its type.' }) input: ImportActivitiesInput,
    @Ctx() ctx: HubContext,
  ): Promise<ImportActivitiesPayload> {
    const empty = { created: [], alreadyImported: 0, newRows: 0, rowErrors: [] };
    if (input.content.length > MAX_IMPORT_CHARS) {
      return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'content', `At most ${MAX_IMPORT_CHARS} characters at a time.`)] };
    }
    // Seconds of work, reading the file included: it waits for a heavy place, so small requests keep theirs.
    // It waits outside the request's transaction: holding it, it would keep the embedded database
    // (one transaction at a time) from the heavy work it waits for.
    await ctx.transaction.pause();
    return heavyWork(async () => {
      // Reading the file needs no database: the transaction begins after it.
      const read = await readImport(input.format, input.content);
      if ('error' in read) return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'content', read.error)] };
      await ctx.transaction.begin();
      return importRows(ctx, read.rows, read.unread, input.dryRun === true);
    });
  }
}

async function importRows(ctx: HubContext, rows: ImportRow[], unread: UnreadRow[], dryRun: boolean): Promise<ImportActivitiesPayload> {
  const states = await knownStates(ctx, rows.map((r) => r.raw));
  // The checks read no database: outside the transaction, so the embedded database (one
  // transaction at a time) serves small requests while they run and while they step aside.
  await ctx.transaction.pause();
  const rowErrors: ImportRowError[] = [...unread];
  const good: GoodRow[] = [];
  for (const [i, row] of rows.entries()) {
    if (i % CHECK_STEP_ROWS === CHECK_STEP_ROWS - 1) await yieldToSmallRequests();
    const { content, problems } = checkContent(row.raw, states, { required: true });
    for (const p of problems) rowErrors.push({ line: row.line, field: p.field, message: p.message });
    if (!problems.length) good.push({ ...row, content });
  }

  await ctx.transaction.begin();
  const organisation = organisationOf(ctx);
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

  if (dryRun) {
    rowErrors.sort((a, b) => a.line - b.line);
    // The preview says too whether the viewer may contribute at all, as the import's first batch would.
    const may = mayWrite(ctx, 'createActivity', await writeScope('Activity', { organiser: organisation, contributedBy: ctx.viewer.personId }, ctx.em));
    const userErrors = may ? [] : [userError(UserErrorCode.FORBIDDEN, 'title', 'You may not record activities.')];
    return { created: [], alreadyImported, newRows: may ? fresh.length : 0, rowErrors, userErrors };
  }

  const created: Activity[] = [];
  /** Writes rows in one transaction; what stops the whole import (the right to contribute) comes back. */
  const store = async (batch: GoodRow[]): Promise<UserError[]> => {
    try {
      // Each batch in an entity manager of its own: MikroORM looks at every record it manages at
      // each flush, and the import's earlier batches are none of this one's business. It stays in
      // the request's transaction (under the request role): another connection would wait for it.
      const { records, userErrors } = await createActivityRecords(
        { ...ctx, em: ctx.em.fork({ keepTransactionContext: true }) },
        organisation,
        batch.map((r) => ({ content: r.content, idempotencyKey: r.key })),
      );
      created.push(...records);
      return userErrors;
    } catch (error) {
      if (!(error instanceof ConstraintViolationException)) throw error;
      if (error instanceof UniqueConstraintViolationException) {
        // Another import of the same rows committed first: those rows are imported already.
        const now = await importedKeys(ctx, batch.map((r) => r.key));
        const rest = batch.filter((r) => !now.has(r.key));
        if (rest.length < batch.length) {
          alreadyImported += batch.length - rest.length;
          return rest.length ? store(rest) : [];
        }
      }
      // A row the database refuses: found by halving the batch, reported; the others are written.
      if (batch.length === 1) {
        rowErrors.push({ line: batch[0]!.line, field: null, message: 'The database refused this row; nothing of it was stored.' });
        return [];
      }
      const half = Math.ceil(batch.length / 2);
      const refused = await store(batch.slice(0, half));
      return refused.length ? refused : store(batch.slice(half));
    }
  };
  // Only the right to contribute stops an import, and it stops the first batch, before any write.
  let userErrors: UserError[] = [];
  for (let at = 0; at < fresh.length && !userErrors.length; ) {
    // Each batch committed on its own, and no transaction held while stepping aside: on the
    // embedded database an open one would keep the small requests waiting for it.
    await ctx.transaction.pause();
    await yieldToSmallRequests();
    await ctx.transaction.begin();
    const size = smallRequestsAround() ? IMPORT_BATCH_ROWS_SHARED : IMPORT_BATCH_ROWS;
    userErrors = await store(fresh.slice(at, at + size));
    at += size;
  }
  rowErrors.sort((a, b) => a.line - b.line);
  return { created, alreadyImported, newRows: created.length, rowErrors, userErrors };
}

/**
 * Which of these keys the viewer has used already. Keys are the contributor's own (the person's),
 * as for createActivity; its earlier rows count even where it may no longer see them (another
 * organisation's): a key is used once.
 */
async function importedKeys(ctx: HubContext, keys: string[]): Promise<Set<string>> {
  const earlier = await ctx.em.find(
    Activity,
    { contributedBy: ctx.viewer.personId, idempotencyKey: { $in: keys } },
    { fields: ['idempotencyKey'], filters: false },
  );
  return new Set(earlier.map((a) => a.idempotencyKey!));
}
