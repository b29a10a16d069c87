import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../../context';
import { userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { heavyWork } from '../../kernel/http/admission';
import { type ImportFileFormat, importRowsAtMost, MAX_IMPORT_ROWS, readImport } from './activity-content';
import { PayloadShare } from '../../kernel/graphql/field-cost';
import { IMPORT_BATCH_ROWS, importRows } from './activity-import';
import { ImportActivitiesInput, ImportActivitiesPayload } from './activity.types';

/** Larger files are refused before any row is read. */
const MAX_IMPORT_CHARS = 1_000_000;

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
      `Rows are written up to ${IMPORT_BATCH_ROWS} to a transaction, each with its audit entry; a row the database refuses ` +
      'comes back as a row error and the others are written. A file can also be sent as it is, as the body of ' +
      'POST /imports/activities (the same pipeline; see docs/clients.md).',
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
    return heavyWork(ctx.admission, async () => {
      // Reading the file needs no database: the transaction begins after it.
      const read = await readImport(input.format, input.content);
      if ('error' in read) return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'content', read.error)] };
      await ctx.transaction.begin();
      return importRows(ctx, read.rows, read.unread, input.dryRun === true);
    });
  }
}
