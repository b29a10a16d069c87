import express, { type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { HubContext } from '../../context';
import { bearerChallenge, challengeOf, RequestCancelled } from '../../kernel/graphql/errors';
import { toGlobalId } from '../../kernel/graphql/node';
import { userError, UserErrorCode } from '../../kernel/graphql/user-errors';
import { heavyWork } from '../../kernel/http/admission';
import { mayHaveAccess } from '../../access/policy/access';
import { POLICY } from '../../access/policy/policy-table';
import { readRows } from './activity-content';
import { csvRowsFrom, xlsxBookRows } from './activity-file';
import { importRows } from './activity-import';
import type { ImportActivitiesPayload } from './activity.types';

/**
 * The import's second front door: the file as the request's body, streamed.
 *
 *   POST /imports/activities[?dryRun=true]
 *   Authorization: Bearer <token>
 *   Content-Type: text/csv | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet
 *
 * The same pipeline as the `importActivities` mutation (activity-import.ts): the same checks,
 * row errors, limits, rights and audit, and its answer as the mutation's
 * (`{ "data": { "importActivities": … } }`, each created activity as its id and title). A CSV
 * is parsed as it arrives, so the file never sits whole in memory; an .xlsx is held whole,
 * compressed (its zip's directory, at the end, must be read first).
 */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPES = new Set(['text/csv', 'application/csv', 'text/plain']);

class TooLarge extends Error {}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

const TOO_LARGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; send at most 1,000 rows at a time.`;

/**
 * Answers before the body is read (a refusal): the connection closes after the answer, and what
 * the client still sends is read and dropped, so it gets the answer rather than a broken pipe.
 */
function refuse(req: Request, res: Response, status: number, message: string, code: string): void {
  res.setHeader('Connection', 'close');
  if (status === 401) res.setHeader('WWW-Authenticate', bearerChallenge());
  res.status(status).json(errorBody(message, code));
  req.resume();
}

/** The body as it arrives, refused past `max` bytes. */
async function* bodyOf(req: Request, max: number): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new TooLarge();
    yield chunk;
  }
}

async function whole(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

/** An .xlsx body's rows: the zip whole first (at most MAX_IMPORT_BYTES), then its rows streamed. */
async function* workbookRows(body: AsyncIterable<Buffer>) {
  yield* xlsxBookRows(await whole(body));
}

/** The mutation's answer, as JSON: each created activity as its global id and title. */
function answerOf(payload: ImportActivitiesPayload) {
  return {
    data: {
      importActivities: {
        ...payload,
        created: payload.created.map((a) => ({ id: toGlobalId('Activity', a.id), title: a.title })),
      },
    },
  };
}

export function importsRouter({ contextFor }: { contextFor: (req: Request, res: Response) => Promise<HubContext> }): express.Router {
  const router = express.Router();
  router.post('/imports/activities', async (req, res) => {
    const log = res.locals.log as Logger | undefined;
    // Bearer only, as /graphql: a browser never adds it by itself (no cross-site request can carry it).
    if (!/^Bearer /.test(req.header('authorization') ?? '')) {
      return refuse(req, res, 401, 'Sign in: send "Authorization: Bearer <token>".', 'UNAUTHENTICATED');
    }
    let ctx: HubContext;
    try {
      ctx = await contextFor(req, res);
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
      if (code === 'UNAUTHENTICATED') {
        res.setHeader('WWW-Authenticate', challengeOf(error as GraphQLError) ?? bearerChallenge());
        res.setHeader('Connection', 'close');
        res.status(401).json(errorBody((error as GraphQLError).message, 'UNAUTHENTICATED'));
        return void req.resume();
      }
      log?.error({ err: error }, 'import failed');
      return refuse(req, res, code === 'UNAVAILABLE' ? 503 : 500, 'Internal server error.', code === 'UNAVAILABLE' ? 'UNAVAILABLE' : 'INTERNAL_SERVER_ERROR');
    }
    // The policy's rule for importActivities, as for the mutation.
    if (!mayHaveAccess(ctx.viewer, POLICY.Mutation!.fields.importActivities!)) {
      return ctx.viewer.subject === null
        ? refuse(req, res, 401, 'Sign in to import activities.', 'UNAUTHENTICATED')
        : refuse(req, res, 403, 'You may not import activities.', 'FORBIDDEN');
    }
    const type = req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    const format = type === XLSX_TYPE ? 'XLSX' : type && CSV_TYPES.has(type) ? 'CSV' : null;
    if (!format) {
      return refuse(req, res, 415, `Send the file as text/csv or ${XLSX_TYPE}.`, 'UNSUPPORTED_MEDIA_TYPE');
    }
    const dryRunParam = req.query.dryRun;
    if (dryRunParam !== undefined && !['true', 'false', '1', '0'].includes(String(dryRunParam))) {
      return refuse(req, res, 400, 'dryRun must be true or false.', 'BAD_USER_INPUT');
    }
    const dryRun = dryRunParam === 'true' || dryRunParam === '1';
    if (Number(req.header('content-length')) > MAX_IMPORT_BYTES) return refuse(req, res, 413, TOO_LARGE, 'PAYLOAD_TOO_LARGE');

    // A client gone mid-import: the batch being written is rolled back and the import stops
    // (RequestTransaction.cancel); batches committed before stay, as any unanswered write may.
    res.once('close', () => void ctx.transaction.cancel().catch(() => undefined));
    const empty = { created: [], alreadyImported: 0, newRows: 0, rowErrors: [] };
    try {
      // Heavy work from its first byte: the body is read once this import's turn has come.
      const payload = await heavyWork(ctx.admission, async (): Promise<ImportActivitiesPayload> => {
        const body = bodyOf(req, MAX_IMPORT_BYTES);
        const read = await readRows(() => (format === 'CSV' ? csvRowsFrom(body) : workbookRows(body)));
        if ('error' in read) return { ...empty, userErrors: [userError(UserErrorCode.INVALID, 'content', read.error)] };
        await ctx.transaction.begin();
        return importRows(ctx, read.rows, read.unread, dryRun);
      });
      // Committed before the answer: a row acknowledged is a row kept.
      await ctx.transaction.end();
      if (!req.complete) res.setHeader('Connection', 'close');
      res.status(200).json(answerOf(payload));
      req.resume();
    } catch (error) {
      await ctx.transaction.end().catch(() => undefined);
      if (error instanceof RequestCancelled) return void log?.info(error.message);
      if (error instanceof TooLarge) return refuse(req, res, 413, TOO_LARGE, 'PAYLOAD_TOO_LARGE');
      log?.error({ err: error }, 'import failed');
      if (!res.headersSent) refuse(req, res, 500, 'Internal server error.', 'INTERNAL_SERVER_ERROR');
    }
  });
  return router;
}
