import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { userError, UserErrorCode } from '../graphql/user-errors';
import { Activity } from './activity.entity';
import { checkContent, importRowsAtMost, MAX_IMPORT_ROWS, readImport } from './activity-content';
import { PayloadShare } from '../graphql/field-cost';
import { createActivityRecord, knownStates, organisationOf } from './activity.resolver';
import { ImportActivitiesInput, ImportActivitiesPayload, type ImportRowError } from './activity.types';

/** Larger files are refused before any row is read. */
const MAX_IMPORT_CHARS = 1_000_000;

@Resolver()
export class ActivityImportResolver {
  // What it returns is bounded by the rows the file holds.
  @PayloadShare((args) => {
    const input = args.input as { format?: 'CSV' | 'JSON'; content?: unknown } | undefined;
    return typeof input?.content === 'string' && input.format ? importRowsAtMost(input.format, input.content) / MAX_IMPORT_ROWS : 1;
  })
  @Mutation(() => ImportActivitiesPayload, {
    description:
      'A partner imports many activities at once, as drafts. Every row is checked: good rows are kept, each bad row ' +
      'comes back with its line and reason, and rows imported before (same key, or same content) are not added again.',
  })
  async importActivities(
    @Arg('input', () => ImportActivitiesInput) input: ImportActivitiesInput,
    @Ctx() ctx: HubContext,
  ): Promise<ImportActivitiesPayload> {
    const empty = { created: [], alreadyImported: 0, rowErrors: [] };
    if (input.content.length > MAX_IMPORT_CHARS) {
      return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'content', `At most ${MAX_IMPORT_CHARS} characters at a time.`)] };
    }
    const read = readImport(input.format, input.content);
    if ('error' in read) return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'content', read.error)] };

    const states = await knownStates(ctx, read.rows.map((r) => r.raw));
    const rowErrors: ImportRowError[] = [];
    const good = read.rows.flatMap((row) => {
      const { content, problems } = checkContent(row.raw, states, { required: true });
      for (const p of problems) rowErrors.push({ line: row.line, field: p.field, message: p.message });
      return problems.length ? [] : [{ ...row, content }];
    });

    const organisation = organisationOf(ctx);
    // Keys are the contributor's own (the person's), as for createActivity. Its earlier rows count
    // even where it may no longer see them (another organisation's): a key is used once.
    const earlier = await ctx.em.find(
      Activity,
      { contributedBy: ctx.viewer.personId, idempotencyKey: { $in: good.map((r) => r.key) } },
      { fields: ['idempotencyKey'], filters: false },
    );
    const seen = new Set(earlier.map((a) => a.idempotencyKey));
    let alreadyImported = 0;
    const created: Activity[] = [];
    for (const row of good) {
      if (seen.has(row.key)) {
        alreadyImported++;
        continue;
      }
      seen.add(row.key);
      let written;
      try {
        written = await createActivityRecord(ctx, row.content, organisation, row.key);
      } catch (error) {
        // The same row sent at once by another import of this contributor: that one added it.
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
        alreadyImported++;
        continue;
      }
      const { record, userErrors } = written;
      // Only the right to contribute can fail here, and it fails for every row alike.
      if (!record) return { ...empty, rowErrors, userErrors };
      created.push(record);
    }
    return { created, alreadyImported, rowErrors, userErrors: [] };
  }
}
