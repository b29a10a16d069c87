import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import {
  type DocumentNode,
  type FormattedExecutionResult,
  getNamedType,
  type GraphQLSchema,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Logger } from 'pino';
import { logRestrictedReads, operationLabel, type RestrictedRead, restrictedReadsOf } from '../access/audit/audit-trail';
import type { Viewer } from '../access/auth/viewer';
import { statementsSoFar } from '../kernel/db/statement-count';
import { requestIds } from '../kernel/http/request-context';
import type { HubContext } from '../context';
import { POLICY } from '../access/policy/policy-table';
import type { PersistedQueries } from './persisted-queries';
import { type Answer, answerKey, cacheDirectives, type ResponseCache } from './response-cache';

/**
 * Whole answers kept in the response cache and served again. Apollo keeps them (the plugin:
 * the answer as it leaves, cost included); a repeated POST is answered by the HTTP front door,
 * before Express's router and Apollo (the handler: no context, no pipeline, the bytes as they
 * were sent). Requests the front door does not take (GET, other media types) are answered from
 * the cache by the plugin.
 */

/**
 * Types whose records change without a write moving the generation on, as the policy table marks
 * them (`records.growsOnRead`: the audit trail grows with every RESTRICTED read, and its table
 * moves no generation, see db/data-generation.ts), with the connections and edges that hold them.
 * An operation that reaches one, or reads fields of one (`node(id:)`), is never cached.
 */
export function uncacheableTypes(schema: GraphQLSchema): Set<string> {
  const types = new Set(Object.entries(POLICY).filter(([, p]) => p.records?.growsOnRead).map(([name]) => name));
  // A type that holds one of them as its `node` (an edge), or holds such a type as its `edges` (a connection).
  for (const holder of ['node', 'edges']) {
    for (const type of Object.values(schema.getTypeMap())) {
      const field = isObjectType(type) ? type.getFields()[holder] : undefined;
      if (field && types.has(getNamedType(field.type).name)) types.add(type.name);
    }
  }
  return types;
}

const uncacheableBySchema = new WeakMap<GraphQLSchema, Set<string>>();

function reachesUncacheable(schema: GraphQLSchema, document: DocumentNode, seen: WeakMap<DocumentNode, boolean>): boolean {
  let reaches = seen.get(document);
  if (reaches === undefined) {
    reaches = false;
    let uncacheable = uncacheableBySchema.get(schema);
    if (!uncacheable) uncacheableBySchema.set(schema, (uncacheable = uncacheableTypes(schema)));
    const UNCACHEABLE = uncacheable;
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          const parent = typeInfo.getParentType();
          if ((type && UNCACHEABLE.has(getNamedType(type).name)) || (parent && UNCACHEABLE.has(parent.name))) reaches = true;
        },
      }),
    );
    seen.set(document, reaches);
  }
  return reaches;
}

/**
 * The text of the answers kept, by their `data`, for Apollo to send as it is (`stringifyResult`):
 * a fresh answer is serialised once, not once for the cache and once for the client (W1: 230 kB).
 */
const keptTexts = new WeakMap<object, { extensions: unknown; text: string }>();

/** Apollo's `stringifyResult`: the text kept for this answer if it is the same answer, else as Apollo writes it. */
export function stringifyResult(result: FormattedExecutionResult): string {
  const kept = result.data && !result.errors ? keptTexts.get(result.data) : undefined;
  return kept && kept.extensions === result.extensions ? kept.text : `${JSON.stringify(result)}\n`;
}

/** The longest a request waits for the same answer being made by another. */
const MAX_WAIT_MS = 10_000;

/**
 * Keeps the answers to queries. It must come after the plugin that adds `extensions.cost`:
 * Apollo starts every willSendResponse in plugin order, and the cost is set before that
 * plugin's first await, so the answer kept is the answer sent.
 */
export function cachedAnswersPlugin(cache: ResponseCache, schema: GraphQLSchema): ApolloServerPlugin<HubContext> {
  // Apollo keeps parsed documents, so the same query text gives the same DocumentNode.
  const uncacheable = new WeakMap<DocumentNode, boolean>();
  // Answers being made, by key: the same question asked again meanwhile waits for this answer
  // rather than making it too (a dashboard opened by many at once, or polled, after a write).
  const inMaking = new Map<string, Promise<void>>();
  return {
    async requestDidStart({ contextValue, request }) {
      const directives = cacheDirectives(request.http?.headers.get('cache-control'));
      let key: string | undefined;
      let reads: RestrictedRead[] = [];
      let made: (() => void) | undefined;
      const settle = () => {
        made?.();
        made = undefined;
      };
      return {
        async responseForOperation({ operation, document, source }) {
          // No operation (an unknown operationName): nothing to cache; execution explains.
          if (operation?.operation !== 'query' || reachesUncacheable(schema, document, uncacheable)) return null;
          // Without the generation (the database away) there is no key: the answer is made fresh, or fails.
          const generation = await cache.generation().catch(() => undefined);
          if (generation === undefined) return null;
          // The query as run: `source` is also the text of a persisted query sent by its hash alone.
          const { variables, operationName } = request;
          key = answerKey(generation, contextValue.viewer, { query: source, variables, operationName }, contextValue.today);
          if (!directives.read) return null;
          let answer = await cache.get(key);
          const making = inMaking.get(key);
          if (!answer && making) {
            // Bounded: a lost answer must not hold anyone for long.
            let timer: NodeJS.Timeout | undefined;
            await Promise.race([making, new Promise<void>((resolve) => (timer = setTimeout(resolve, MAX_WAIT_MS)))]);
            clearTimeout(timer);
            answer = await cache.get(key);
          } else if (!answer) {
            const mine = key;
            let resolve!: () => void;
            inMaking.set(mine, new Promise<void>((r) => (resolve = r)));
            made = () => {
              inMaking.delete(mine);
              resolve();
            };
          }
          if (!answer) return null;
          key = undefined;
          // Served again, so read again: the access log gets these entries before the answer leaves.
          for (const { recordType, recordIds, fields } of answer.reads ?? []) {
            for (const recordId of recordIds) {
              contextValue.restrictedReads.set(`${recordType}:${recordId}`, { recordType, recordId, fields: new Set(fields) });
            }
          }
          const { data } = JSON.parse(answer.body.toString()) as { data: Record<string, unknown> };
          return { http: { status: undefined, headers: new HeaderMap([['x-cache', 'hit']]) }, body: { kind: 'single', singleResult: { data } } };
        },
        async executionDidStart() {
          return {
            async executionDidEnd() {
              reads = restrictedReadsOf(contextValue);
            },
          };
        },
        async willSendResponse({ response, operation }) {
          try {
            if (!key || !directives.write || response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
            // As Apollo writes it: data, then extensions, then a newline.
            const { data, extensions } = response.body.singleResult;
            const text = `${JSON.stringify({ data, extensions })}\n`;
            if (data) keptTexts.set(data, { extensions, text });
            const body = Buffer.from(text);
            await cache.set(key, { body, operation: operationLabel(operation), ...(reads.length ? { reads } : {}) });
          } finally {
            // Those waiting look again: they find the answer, or (after an error) make their own.
            settle();
          }
        },
        async didEncounterErrors() {
          settle();
        },
      };
    },
  };
}

const MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];
/** Smaller answers are sent as they are: compressing them saves less than it costs. */
const MIN_GZIP_BYTES = 4096;
const gzip = promisify(zlib.gzip);

/**
 * Answers a POSTed query the cache holds for this viewer, at the front door (front-door.ts): the
 * viewer is built (and kept for Apollo, should the cache miss), its RESTRICTED reads logged, the
 * bytes sent. A persisted query (its hash alone, or with its text) is looked up and registered as
 * Apollo would. Anything else, and any failure, goes on to Apollo, which answers or explains.
 */
export function cachedAnswers(
  cache: ResponseCache,
  persisted: PersistedQueries,
  em: EntityManager,
  viewerOf: (req: Request, res: Response) => Promise<{ viewer: Viewer; day: string }>,
) {
  // Each kept answer is compressed once, for the clients that accept gzip (browsers do): writing
  // a 230 kB answer to the socket was a quarter of a cached hit's time (profiled); gzipped it is ~25 kB.
  const gzipped = new WeakMap<Answer, Promise<Buffer>>();
  const gzipOf = (answer: Answer) => {
    let bytes = gzipped.get(answer);
    if (!bytes) gzipped.set(answer, (bytes = gzip(answer.body)));
    return bytes;
  };
  return async (req: Request, res: Response, next: NextFunction) => {
    const body = req.body as Parameters<PersistedQueries['queryOf']>[0] & { variables?: unknown; operationName?: unknown };
    // The front door calls this for POSTs only.
    const mediaType = req.accepts(MEDIA_TYPES);
    if (!mediaType || typeof body !== 'object' || body === null || !cacheDirectives(req.header('cache-control')).read) return next();
    try {
      const asked = persisted.queryOf(body);
      const query = typeof asked === 'object' ? await asked : asked;
      if (query === undefined) return next();
      const { viewer, day } = await viewerOf(req, res);
      const request = { query, variables: body.variables, operationName: body.operationName as string | undefined };
      const answer = await cache.get(answerKey(await cache.generation(), viewer, request, day));
      if (!answer) return next();
      await logRestrictedReads(em, { actor: viewer.subject, ...requestIds(res), operation: answer.operation }, answer.reads ?? []);
      persisted.served(body);
      const compress = answer.body.length >= MIN_GZIP_BYTES && req.acceptsEncodings(['identity', 'gzip']) === 'gzip';
      const bytes = compress ? await gzipOf(answer) : answer.body;
      res.status(200);
      res.setHeader('content-type', `${mediaType}; charset=utf-8`);
      if (compress) res.setHeader('content-encoding', 'gzip');
      res.vary('Accept-Encoding');
      res.setHeader('x-cache', 'hit');
      res.setHeader('x-sql-statements', String(statementsSoFar() ?? 0));
      res.end(bytes);
    } catch (error) {
      // Apollo meets the same failure (an invalid token, the database down) and answers it properly.
      (res.locals.log as Logger).debug({ err: error }, 'cached answer not served');
      next();
    }
  };
}
