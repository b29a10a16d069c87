import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import {
  type DocumentNode,
  type FormattedExecutionResult,
  getNamedType,
  getOperationAST,
  GraphQLError,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { Logger } from 'pino';
import { logRestrictedReads, operationLabel, readerOf, restrictedReadsOf } from '../access/audit/audit-trail';
import type { Viewer } from '../access/auth/viewer';
import { BoundedMap } from '../kernel/bounded-map';
import type { HubContext } from '../context';
import { POLICY } from '../access/policy/policy-table';
import { requestIds } from '../kernel/http/request-context';
import { checkOperation, type OperationCost } from './cost';
import { answerSizes } from './large-answers';
import { largeAnswer } from '../kernel/http/admission';
import type { PersistedQueries } from './persisted-queries';
import { answerKey, type ResponseCache } from './response-cache';
import { MEDIA_TYPES, serveHit, whatIsAsked, withheldAnswer } from './serve-hit';

/**
 * Whole answers kept in the response cache and served again. Two halves, one each side of Apollo:
 * - `answerFromCache`, a step of the chain (hub.ts) just before Apollo: it keys the request,
 *   serves a hit (`serveHit`, the only place an answer is served from the cache), and on a miss
 *   names the key the answer is to be kept under (`res.locals.answerKey`, then the context's);
 * - `answersPlugin`, Apollo's plugin: it prices the operation, writes the access log, and keeps
 *   the answer under that key, in that order, in one hook.
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

export function reachesUncacheable(schema: GraphQLSchema, document: DocumentNode): boolean {
  let reaches = false;
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
  return reaches;
}

/**
 * Whether the answer to `query` may be kept: a query (not a mutation) that reaches no uncacheable
 * type. A text that does not parse is not kept (Apollo explains it). Decided once per text.
 */
export function cacheableQuery(schema: GraphQLSchema) {
  // Weighed by the characters of the texts kept as keys.
  const decided = new BoundedMap<{ cacheable: boolean; chars: number }>(4_000_000, (d) => d.chars);
  return (query: string, operationName: string | undefined): boolean => {
    const key = `${operationName ?? ''}\n${query}`;
    const known = decided.get(key);
    if (known) return known.cacheable;
    let cacheable = false;
    try {
      // Apollo's own bound on a document (hub.ts, parseOptions).
      const document = parse(query, { maxTokens: 5_000 });
      cacheable = getOperationAST(document, operationName)?.operation === 'query' && !reachesUncacheable(schema, document);
    } catch {
      // Not a document: not kept (Apollo explains why).
    }
    decided.set(key, { cacheable, chars: key.length });
    return cacheable;
  };
}

/**
 * The text of the answers kept, by their `data`, for Apollo to send as it is (`stringifyResult`):
 * a fresh answer is serialised once, not once for the cache and once for the client (W1: 230 kB).
 *
 * Going around Apollo, the invariant: the text is made in `answersPlugin`'s willSendResponse
 * after its last await, from the very `data` and `extensions` objects of the result, and the
 * hub has no other plugin that changes a result (none other has willSendResponse). Apollo then
 * hands `stringifyResult` a result holding those same two objects (its orderExecutionResultFields
 * copies the references). Should Apollo copy them, the text is not found (and JSON.stringify
 * writes the answer: slower, still right); should anything add to `extensions` after, the check of
 * `extensions` by identity refuses the text. test/http.test.ts checks that a hit's bytes are the
 * fresh answer's bytes, and test/unit/cached-answers.test.ts this function itself.
 */
const keptTexts = new WeakMap<object, { extensions: unknown; text: string }>();

/** Apollo's `stringifyResult`: the text kept for this answer if it is the same answer, else as Apollo writes it. */
export function stringifyResult(result: FormattedExecutionResult): string {
  const kept = result.data && !result.errors ? keptTexts.get(result.data) : undefined;
  return kept && kept.extensions === result.extensions ? kept.text : `${JSON.stringify(result)}\n`;
}

/** The text Apollo writes for a result of data and extensions, kept for `stringifyResult`. */
export function keepText(data: Record<string, unknown> | null | undefined, extensions: Record<string, unknown> | undefined): string {
  // As Apollo writes it: data, then extensions, then a newline.
  const text = `${JSON.stringify({ data, extensions })}\n`;
  if (data) keptTexts.set(data, { extensions, text });
  return text;
}

/** The longest a request waits for the same answer being made by another. */
const MAX_WAIT_MS = 10_000;

/**
 * The chain's cache step. A request the cache may answer (see `whatIsAsked`) is keyed: the query
 * (a persisted query's text looked up by its hash), its variables and operation name, the viewer
 * built for this request (kept for Apollo's context), the day and the data generation. A hit is
 * served here. On a miss the same question being answered for another request is waited for
 * (bounded); then the request goes on to Apollo with the key its answer is kept under. Any
 * failure (an invalid token, the database down) goes on to Apollo too, which meets it again and
 * answers it properly.
 */
export function answerFromCache(options: {
  cache: ResponseCache;
  persisted: PersistedQueries;
  schema: GraphQLSchema;
  em: EntityManager;
  viewerOf: (req: Request, res: Response) => Promise<{ viewer: Viewer; day: string }>;
}): RequestHandler {
  const { cache, persisted, em, viewerOf } = options;
  const cacheable = cacheableQuery(options.schema);
  // Answers being made, by key: the same question asked again meanwhile waits for this answer
  // rather than making it too (a dashboard opened by many at once, or polled, after a write).
  const inMaking = new Map<string, Promise<void>>();
  return async (req: Request, res: Response, next: NextFunction) => {
    const asked = whatIsAsked({
      method: req.method,
      header: (name) => req.header(name),
      mediaType: req.accepts(MEDIA_TYPES),
      body: req.body as unknown,
      query: req.method === 'GET' ? (req.query as Record<string, unknown>) : undefined,
    });
    if (asked.kind === 'pass') return next();
    try {
      const query = await persisted.queryOf(asked.request);
      if (query === undefined) return next();
      const operationName = (asked.request.operationName as string | null | undefined) ?? undefined;
      // A mutation (or a query that is never kept) has no answer to find or keep: no token read, no lookup.
      if (!cacheable(query, operationName)) return next();
      const { viewer, day } = await viewerOf(req, res);
      const key = answerKey(await cache.generation(requestIds(res).statements), viewer, { query, variables: asked.request.variables, operationName }, day);
      if (asked.read) {
        let answer = await cache.get(key);
        const making = inMaking.get(key);
        if (!answer && making) {
          // Bounded: a lost answer must not hold anyone for long.
          let timer: NodeJS.Timeout | undefined;
          await Promise.race([making, new Promise<void>((resolve) => (timer = setTimeout(resolve, MAX_WAIT_MS)))]);
          clearTimeout(timer);
          answer = await cache.get(key);
        }
        if (answer) {
          persisted.served(asked.request);
          return await serveHit(answer, { req, res, em, viewer, mediaType: asked.mediaType });
        }
      }
      if (!asked.write) return next();
      res.locals.answerKey = key;
      if (asked.read && !inMaking.has(key)) {
        let made!: () => void;
        inMaking.set(key, new Promise<void>((resolve) => (made = resolve)));
        // Once this request is over, whatever became of it, those waiting look again: they find
        // the answer (kept before it was sent), or make their own.
        res.once('close', () => {
          inMaking.delete(key);
          made();
        });
      }
    } catch (error) {
      if (res.headersSent) throw error;
      (res.locals.log as Logger).debug({ err: error }, 'not answered from the cache');
    }
    next();
  };
}

/**
 * Apollo's side: every operation is priced before it runs (too deep, too costly, or with too many
 * aliases or directives, it never executes); as the answer leaves, one hook adds the cost to it,
 * writes the access log of its RESTRICTED reads (a read that cannot be logged is not answered),
 * and keeps it under the key the cache step named. One hook, in that order: the answer kept is the
 * answer sent, whatever order Apollo runs other plugins' hooks in.
 */
export function answersPlugin(cache: ResponseCache, schema: GraphQLSchema): ApolloServerPlugin<HubContext> {
  const sizes = answerSizes(schema);
  return {
    async requestDidStart() {
      let cost: OperationCost | undefined;
      /** What this query's answer size is kept by (large-answers.ts), once it is priced. */
      let sizeKey: string | undefined;
      return {
        async didResolveOperation({ document, operationName, request, operation, contextValue }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('This hub offers queries and mutations, not subscriptions.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const checked = checkOperation(schema, document, operationName, request.variables ?? {});
          cost = checked.cost;
          if (checked.error) throw checked.error;
          // A query whose last answer was large waits for a large place (holding no place meanwhile).
          if (operation?.operation === 'query') {
            sizeKey = sizes.keyOf(contextValue.viewer.subject ?? '', document, operationName, request.variables ?? {});
            if (sizes.wasLarge(document, sizeKey)) await largeAnswer(contextValue.admission);
          }
        },
        // The operation's statements run in the request's transaction, under the request role (the second wall).
        async executionDidStart({ contextValue, operation }) {
          await contextValue.transaction.begin({ soleMutation: isSoleMutation(operation) });
        },
        async willSendResponse({ contextValue, operation, response, document }) {
          if (sizeKey !== undefined && document) sizes.note(document, sizeKey, contextValue.answer.values);
          const single = response.body.kind === 'single' ? response.body.singleResult : undefined;
          if (cost && single) single.extensions = { ...single.extensions, cost };
          const reads = restrictedReadsOf(contextValue);
          contextValue.restrictedReads.clear();
          const label = operationLabel(operation);
          try {
            // Committed before the answer leaves (a write the commit lost must not be reported as made),
            // and before the access log is written through another connection.
            await contextValue.transaction.end({ readOnly: operation?.operation === 'query' });
            await logRestrictedReads(contextValue.em, readerOf(contextValue, label), reads);
          } catch (error) {
            contextValue.log.warn({ err: error }, 'could not commit the request or log restricted reads; answer withheld');
            const { status, body } = withheldAnswer(error);
            response.http.status = status;
            response.body = { kind: 'single', singleResult: body };
            return;
          }
          response.http.headers.set('x-sql-statements', String(contextValue.statements?.statements ?? 0));
          const key = contextValue.answerKey;
          if (!key || !single || single.errors?.length) return;
          // Made after the last await above (see keptTexts): nothing changes the result after this.
          const text = keepText(single.data, single.extensions);
          // An answer already kept under this key is this answer: the key holds everything it depends on
          // (the invariant every hit is served on). A fresh read of it (no-cache) is not kept again.
          if (!cache.holds(key)) await cache.set(key, { body: Buffer.from(text), operation: label, ...(reads.length ? { reads } : {}) });
        },
      };
    },
  };
}

/** One mutation field at the root (no fragment, no second field): its last write may carry the COMMIT. */
export function isSoleMutation(operation: OperationDefinitionNode | undefined): boolean {
  const [only, ...more] = operation?.operation === 'mutation' ? operation.selectionSet.selections : [];
  return only?.kind === Kind.FIELD && !more.length;
}
