import express, { type Request, type Response } from 'express';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { HubContext } from '../../context';
import { DAY_FORMAT, isoDay, parseDay } from '../../kernel/graphql/scalars';
import { ACTIVITY_COLUMNS, activityCells, activityJson, activityPages } from './activities';
import { csvRecord } from './csv';
import { participationCells, participationColumns, participationJson, participationPages } from './participation';
import { bearerChallenge, challengeOf } from '../../kernel/graphql/errors';
import { ProjectsIatiExport } from './operations';
import { ticketOf } from '../../kernel/http/admission';
import { ExportQueryError, operationRunner, type RunOperation } from './run';
import { ExportWriter } from './writer';

export interface ExportsDeps {
  /** The hub's executable schema: the policy rules are part of it. */
  schema: GraphQLSchema;
  /** The context the hub builds for a request to /graphql: verified viewer, record scopes, loaders. */
  contextFor: (req: Request, res: Response) => Promise<HubContext>;
}

type Format = 'csv' | 'json';

/** A file of rows, produced a page at a time. */
interface ExportFile<Row> {
  name: string;
  columns: string[];
  pages: AsyncGenerator<Row[]>;
  cells(row: Row): Parameters<typeof csvRecord>[0];
  json(row: Row): unknown;
  /** A row's identity: one already written is skipped (offset pages repeat one if a row is added mid-export). */
  key?(row: Row): string;
  /** Written at the top of the JSON file, before the rows. */
  about: Record<string, unknown>;
}

/**
 * UTF-8's byte-order mark, asked for with `?bom=1`: Excel reads a CSV without it in the machine's
 * legacy code page (Chinese, Arabic and Russian names garbled). Not by default: CSV parsers keep it
 * as part of the first column's name unless told, and no request header says "a spreadsheet" reliably.
 */
const BOM = '\uFEFF';

/** `?bom=1` (CSV only) or `?bom=0` (the default); anything else is the client's mistake: null. */
function bomOf(req: Request, format: Format): boolean | null {
  const asked = req.query.bom;
  if (asked === undefined || asked === '0') return false;
  return asked === '1' && format === 'csv' ? true : null;
}
const BAD_BOM = 'bom must be 1 (a .csv export only) or 0.';

const ACTIVITY_STATUSES = ['PUBLISHED', 'SUBMITTED', 'DRAFT', 'REJECTED'] as const;
/** The errors a client can act on, with the HTTP status /graphql gives them. */
const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, BAD_USER_INPUT: 400, UNAVAILABLE: 503 };

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** The first page is fetched before anything is sent, so a bad token or argument is a clean error answer. */
function sendError(res: Response, error: unknown): void {
  const graphqlError = error instanceof ExportQueryError ? error.errors[0] : error instanceof GraphQLError ? error : undefined;
  const code = graphqlError?.extensions?.code;
  const status = typeof code === 'string' ? STATUS_OF[code] : undefined;
  if (graphqlError && code && status) {
    if (status === 401) res.setHeader('WWW-Authenticate', challengeOf(graphqlError) ?? bearerChallenge());
    res.status(status).json(errorBody(graphqlError.message, String(code)));
    return;
  }
  (res.locals.log as Logger | undefined)?.error({ err: error }, 'export failed');
  res.status(500).json(errorBody('Internal server error.', 'INTERNAL_SERVER_ERROR'));
}

/**
 * Streams `file` as CSV or JSON: headers once the first page is in, then every page as it
 * arrives. A failure after the first byte can no longer change the status: the connection is
 * cut, so a client sees a broken transfer and never takes a truncated file for a whole one.
 */
async function stream<Row>(res: Response, format: Format, file: ExportFile<Row>, bom = false): Promise<void> {
  let first: IteratorResult<Row[]>;
  try {
    first = await file.pages.next();
  } catch (error) {
    sendError(res, error);
    return;
  }
  const day = new Date().toISOString().slice(0, 10);
  res.status(200);
  res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8');
  res.setHeader('Content-Disposition', `attachment; filename="att-${file.name}-${day}.${format}"`);
  // What a viewer may see depends on its token: no shared cache may keep it.
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('Vary', 'Authorization');
  const out = new ExportWriter(res);
  const seen = new Set<string>();
  let count = 0;
  try {
    // JSON: the file's header fields, then "rows": [ … ] written a page at a time.
    await out.write(format === 'csv' ? `${bom ? BOM : ''}${csvRecord(file.columns)}` : `${JSON.stringify({ ...file.about, rows: [] }).slice(0, -2)}\n`);
    for (let page = first; !page.done; page = await file.pages.next()) {
      let chunk = '';
      for (const row of page.value) {
        const key = file.key?.(row);
        if (key !== undefined) {
          if (seen.has(key)) continue;
          seen.add(key);
        }
        chunk += format === 'csv' ? csvRecord(file.cells(row)) : `${count ? ',\n' : ''}${JSON.stringify(file.json(row))}`;
        count++;
      }
      if (out.closed) return;
      await out.write(chunk);
    }
    await out.end(format === 'csv' ? '' : '\n]}\n');
  } catch (error) {
    (res.locals.log as Logger | undefined)?.error({ err: error }, 'export failed while streaming');
    res.destroy(error instanceof Error ? error : undefined);
  }
}

/**
 * Public data as CSV and JSON, and for a signed-in viewer the same within its rights. Every
 * row comes from GraphQL operations run through the hub's schema with the viewer's own
 * context (field rules, record scopes, access log), exactly as a client's queries would.
 *
 *   GET /exports/participation.(csv|json)[?asOf=YYYY-MM-DD]
 *   GET /exports/activities.(csv|json)[?status=PUBLISHED|SUBMITTED|DRAFT|REJECTED|ALL]  (default PUBLISHED)
 *   and on either CSV, `bom=1` for a byte-order mark first (spreadsheets)
 *   GET /exports/projects.iati.xml[?state=ISO3]  (the IATI activity standard, 2.03)
 */
export function exportsRouter({ schema, contextFor }: ExportsDeps): express.Router {
  const router = express.Router();

  const runnerFor = (req: Request, res: Response, name: string): RunOperation =>
    operationRunner(schema, () => contextFor(req, res), `export ${name}`, ticketOf(res));

  for (const format of ['csv', 'json'] as const) {
    router.get(`/exports/participation.${format}`, (req, res) => participation(req, res, format));
    router.get(`/exports/activities.${format}`, (req, res) => activities(req, res, format));
  }

  router.get('/exports/projects.iati.xml', async (req, res) => {
    const state = typeof req.query.state === 'string' ? req.query.state.toUpperCase() : undefined;
    if (req.query.state !== undefined && !/^[A-Z]{3}$/.test(state ?? '')) {
      return void res.status(400).json(errorBody('state must be an ISO 3166-1 alpha-3 code.', 'BAD_USER_INPUT'));
    }
    let xml: string;
    try {
      ({ data: { projectsIati: xml } } = await runnerFor(req, res, 'projects')(ProjectsIatiExport, { filter: state ? { state } : null }));
    } catch (error) {
      return sendError(res, error);
    }
    res.status(200);
    res.setHeader('Content-Type', 'application/xml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="att-projects-${new Date().toISOString().slice(0, 10)}.iati.xml"`);
    // What a viewer may see depends on its token: no shared cache may keep it.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Vary', 'Authorization');
    res.end(xml);
  });

  async function participation(req: Request, res: Response, format: Format): Promise<void> {
    const bom = bomOf(req, format);
    if (bom === null) return void res.status(400).json(errorBody(BAD_BOM, 'BAD_USER_INPUT'));
    const day = req.query.asOf === undefined ? new Date() : typeof req.query.asOf === 'string' ? parseDay(req.query.asOf) : null;
    if (!day) return void res.status(400).json(errorBody(`asOf must be ${DAY_FORMAT}.`, 'BAD_USER_INPUT'));
    const asOf = isoDay(day);
    // Tiers are asked for only with a token: the public export has no such column at all.
    const withTier = !!req.header('authorization');
    await stream(res, format, {
      name: 'participation',
      columns: participationColumns(withTier),
      pages: participationPages(runnerFor(req, res, 'participation'), { asOf, withTier }),
      cells: (s) => participationCells(s, withTier),
      json: (s) => participationJson(s, withTier),
      about: { asOf, source: 'ATT Coordination Hub, participation data (data/SOURCES.md)' },
    }, bom);
  }

  async function activities(req: Request, res: Response, format: Format): Promise<void> {
    const bom = bomOf(req, format);
    if (bom === null) return void res.status(400).json(errorBody(BAD_BOM, 'BAD_USER_INPUT'));
    const wanted = typeof req.query.status === 'string' ? req.query.status.toUpperCase() : 'PUBLISHED';
    if (wanted !== 'ALL' && !(ACTIVITY_STATUSES as readonly string[]).includes(wanted)) {
      return void res.status(400).json(errorBody(`status must be one of ${ACTIVITY_STATUSES.join(', ')} or ALL.`, 'BAD_USER_INPUT'));
    }
    const status = wanted === 'ALL' ? null : (wanted as (typeof ACTIVITY_STATUSES)[number]);
    await stream(res, format, {
      name: 'activities',
      columns: ACTIVITY_COLUMNS,
      pages: activityPages(runnerFor(req, res, 'activities'), status),
      cells: activityCells,
      json: activityJson,
      key: (a) => a.id,
      about: { status: wanted },
    }, bom);
  }
  return router;
}
