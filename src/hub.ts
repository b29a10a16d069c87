import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from 'pino';
import { serveStatic } from 'ruru/static';
import type { HubConfig } from './kernel/config';
import { openDatabase, type Database } from './kernel/db/database';
import { SEEDING } from './seeds';
import { authenticator, verifiedSubject } from './access/auth/authenticate';
import { buildViewer } from './domains/bodies/viewer-rights';
import type { Viewer } from './access/auth/viewer';
import { createTokenVerifier } from './access/auth/tokens';
import { createContext, type HubContext, today } from './context';
import { compiledGateway } from './performance/compiled-execution';
import { formatError, isDatabaseUnavailable, unavailable } from './kernel/graphql/errors';
import { answerFromCache, answersPlugin, stringifyResult } from './performance/cached-answers';
import { inputTextPlugin } from './kernel/graphql/input-text';
import { connectionArgumentsPlugin } from './kernel/graphql/connection-arguments';
import { PersistedQueries } from './performance/persisted-queries';
import { quietAsyncContexts } from './performance/quiet-async-context';
import { builtUnder, responseCache } from './performance/response-cache';
import { databaseIdentity, generationReader } from './kernel/db/data-generation';
import { admission, ticketOf } from './kernel/http/admission';
import { mountSteps, type Step } from './kernel/http/chain';
import { postgresCounts, RateCounter, rateLimit, redisCounts } from './kernel/http/rate-limit';
import { requestContext, requestIds } from './kernel/http/request-context';
import { corsAllowList, securityHeaders, crossSiteRequests } from './kernel/http/security';
import { graphiqlPage } from './kernel/http/graphiql';
import { buildHubSchema } from './schema';
import { exportsRouter } from './domains/exports/exports.router';
import { importsRouter } from './domains/activities/activity-import.http';
import { dashboardRouter } from './domains/web/dashboard';
import { demoTokenRouter } from './domains/web/demo-tokens';
import { markStart } from './kernel/start-phases';

export interface Hub {
  database: Database;
  httpServer: http.Server;
  /** Starts listening; resolves with the URL of the GraphQL endpoint. */
  listen(): Promise<string>;
  /** Drains requests in flight, then closes the database and releases the data folder. */
  close(): Promise<void>;
}

const GRAPHIQL_ASSETS = '/graphiql/';
/** Larger bodies are refused before parsing; the biggest legitimate operation is far smaller. */
const MAX_BODY_BYTES = 256 * 1024;

/** Express's last resort (e.g. a malformed or oversized JSON body): a clear error, no stack. */
function lastResort(error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction): void {
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) (res.locals.log as Logger | undefined)?.error({ err: error }, 'unhandled error');
  const message =
    error.type === 'entity.too.large'
      ? `The request body is larger than ${MAX_BODY_BYTES / 1024}kb.`
      : status === 500
        ? 'Internal server error.'
        : 'The request body is not valid JSON.';
  res.status(status).json({
    errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }],
  });
}

/**
 * The one list of steps every request takes before it is answered (chain.ts): Express mounts it,
 * and a cached answer is served by its last step, so no answer skips a step added here.
 */
export function requestSteps(
  config: Pick<HubConfig, 'nodeEnv' | 'corsOrigins' | 'graphiql'>,
  log: Logger,
  hub: { limiter: RequestHandler; admission: RequestHandler; cached: RequestHandler },
): Step[] {
  const page = graphiqlPage('/graphql', GRAPHIQL_ASSETS);
  const graphiql: RequestHandler = (req, res, next) => {
    // Browsers navigating here get GraphiQL; GET queries from clients go on to Apollo.
    if (req.method === 'GET' && req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
      res.type('html').send(page);
      return;
    }
    next();
  };
  return [
    { handler: securityHeaders(config.nodeEnv === 'production') },
    { handler: corsAllowList(config.corsOrigins) },
    { handler: requestContext(log) },
    ...(config.graphiql ? [{ path: '/graphql', handler: graphiql }] : []),
    { path: '/graphql', handler: hub.limiter },
    { path: '/graphql', handler: hub.admission },
    // The hub's CSRF rule (security.ts), before the body is read: urql's default GET passes it.
    { path: '/graphql', handler: crossSiteRequests() },
    { path: '/graphql', handler: express.json({ limit: MAX_BODY_BYTES }) },
    // An import's file is its body, streamed (activity-import.http.ts): the same first steps, no body parser.
    { path: '/imports', handler: hub.limiter },
    { path: '/imports', handler: hub.admission },
    { path: '/imports', handler: crossSiteRequests() },
    // Last: what the cache holds is answered here, after every step above (cached-answers.ts).
    { path: '/graphql', handler: hub.cached },
  ];
}

/** config → database → schema → HTTP: the whole hub, ready to listen. */
export async function createHub(config: HubConfig, log: Logger): Promise<Hub> {
  const database = await openDatabase(config, log, SEEDING);
  try {
    markStart('database');
    const schema = await buildHubSchema();
    markStart('schema');
    // Keys in Redis name the database by its identity (not its URL), and answers what they were built under.
    const namespace = await databaseIdentity(database.orm);
    // ioredis is loaded only when Redis is configured (the embedded hub's start does without it).
    const redis = config.redisUrl ? (await import('./kernel/db/redis.ts')).RedisLink.connect(config.redisUrl, config.redisTimeoutMs, log) : undefined;
    const cache = responseCache({ generation: generationReader(database.orm), redis, prefix: `att-hub:${namespace}:${builtUnder(schema)}:` });
    const persisted = new PersistedQueries(redis);
    const counter = new RateCounter(redis ? redisCounts(redis, namespace) : postgresCounts(database.orm), log);
    const verifier = createTokenVerifier(config.auth);
    const limiter = rateLimit(counter, config.rateLimitPerMinute, (authorization) => verifiedSubject(verifier, authorization));
    const app = express();
    const httpServer = http.createServer();
    app.disable('x-powered-by');
    // An ETag is a hash of every body (a W1 answer is 230 kB); no client revalidates POSTed queries.
    app.set('etag', false);
    app.set('trust proxy', false);

    const apollo = new ApolloServer<HubContext>({
      // The hub's schema, its operations compiled (compiled-execution.ts).
      gateway: compiledGateway(schema),
      // The hub's own CSRF rule runs before Apollo (crossSiteRequests, security.ts): urql's default GET passes it.
      csrfPrevention: false,
      includeStacktraceInErrorResponses: false,
      introspection: config.introspection,
      // "Did you mean …?" names parts of the schema: off wherever introspection is.
      hideSchemaDetailsFromClientErrors: !config.introspection,
      // A document this long is refused before parsing further (token bombs).
      parseOptions: { maxTokens: 5_000 },
      allowBatchedHttpRequests: false,
      // Automatic persisted queries, in the store the cache step shares (persisted-queries.ts).
      persistedQueries: { cache: persisted },
      // An answer the cache keeps is sent as the text it keeps (serialised once).
      stringifyResult,
      // server.ts handles SIGTERM (drain, close the database, release the lock); Apollo's own
      // handlers would race it and leave the stop hanging.
      stopOnTerminationSignals: false,
      formatError: formatError(log, { hideSuggestions: !config.introspection }),
      plugins: [
        // Paging arguments and cursors are checked before anything runs (connection-arguments.ts).
        connectionArgumentsPlugin(schema),
        // Prices each operation, writes the access log of RESTRICTED reads before the answer
        // leaves, and keeps the answer for the cache step (cached-answers.ts): one hook, in that order.
        answersPlugin(cache, schema),
        ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceSeconds * 1000 }),
        ApolloServerPluginLandingPageDisabled(),
        // The hub caches whole answers itself (cached-answers.ts); per-field cache hints only cost time (profiled).
        ApolloServerPluginCacheControlDisabled(),
        // No string the text rule refuses reaches a resolver (input-text.ts).
        inputTextPlugin(),
      ],
    });
    await apollo.start();

    const authenticate = authenticator(verifier, database.orm.em, buildViewer);
    /** The viewer of one request and its day, built once (the cache's handler and Apollo's context share it). */
    const viewerOf = (req: Request, res: Response): Promise<{ viewer: Viewer; day: string }> => {
      res.locals.viewer ??= (async () => {
        const day = today();
        const viewer = await authenticate(req.header('authorization'), day, requestIds(res).statements).catch((error: unknown) => {
          // Without the database no viewer can be built: say so, rather than fail obscurely.
          throw isDatabaseUnavailable(error) ? unavailable() : error;
        });
        return { viewer, day };
      })();
      return res.locals.viewer as Promise<{ viewer: Viewer; day: string }>;
    };

    /** The context of one request: its verified viewer, record scopes and loaders (the exports use it too). */
    const contextFor = async (req: Request, res: Response): Promise<HubContext> => {
      const { viewer, day } = await viewerOf(req, res);
      const context = createContext(database.orm.em, viewer, res.locals.log as Logger, requestIds(res), day);
      // The key the cache step named for this request's answer (cached-answers.ts).
      context.answerKey = res.locals.answerKey as string | undefined;
      context.admission = ticketOf(res);
      return context;
    };

    // No request at work: no flush or transaction of MikroORM's is running (quiet-async-context.ts).
    const admitted = admission(config.maxConcurrentRequests, config.maxConcurrentHeavy, config.maxConcurrentLarge, quietAsyncContexts);
    const steps = requestSteps(config, log, {
      limiter,
      admission: admitted.step,
      cached: answerFromCache({ cache, persisted, schema, em: database.orm.em, viewerOf }),
    });
    mountSteps(app, steps);
    // Without the database nothing is answered (503); without Redis everything still is, from this
    // process's copies and counts, so the hub is degraded but serving (200).
    app.get('/healthz', async (_req, res) => {
      const [up, redisUp] = await Promise.all([database.ping(), redis?.ping()]);
      const status = !up ? 'unavailable' : redisUp === false ? 'degraded' : 'ok';
      const redisState = redisUp === undefined ? 'not configured' : redisUp ? 'up' : 'down';
      res.status(up ? 200 : 503).json({ status, database: up ? 'up' : 'down', redis: redisState });
    });
    // ruru serves GraphiQL's own bundled assets (no CDN); it passes other paths on.
    if (config.graphiql) app.use(serveStatic(GRAPHIQL_ASSETS));
    const graphqlEndpoint = expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await contextFor(req, res);
        // A client gone before its answer: what its request has not committed is rolled back, and the request
        // sends nothing more (RequestTransaction.cancel). After the answer there is nothing left to do.
        // (An export ends each page's transaction itself: src/domains/exports/run.ts.)
        res.once('close', () => void context.transaction.cancel().catch(() => undefined));
        return context;
      },
    });
    app.use('/graphql', graphqlEndpoint);

    app.use(dashboardRouter());
    app.use('/demo', limiter);
    app.use(demoTokenRouter(config));
    // An export is heavy work from its first byte: it waits for a heavy place (src/kernel/http/admission.ts).
    app.use('/exports', limiter, admitted.heavyStep);
    app.use(exportsRouter({ schema, contextFor }));
    app.use(importsRouter({ contextFor }));

    app.use((_req: Request, res: Response) => {
      res.status(404).json({ errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
    });
    app.use(lastResort);
    httpServer.on('request', app);

    let closing: Promise<void> | undefined;
    return {
      database,
      httpServer,
      listen: () =>
        new Promise((resolve, reject) => {
          httpServer.once('error', reject);
          httpServer.listen(config.port, config.host, () => {
            const { port } = httpServer.address() as AddressInfo;
            resolve(`http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}/graphql`);
          });
        }),
      close: () => {
        closing ??= (async () => {
          try {
            // Stops accepting connections and waits for requests in flight (the drain plugin).
            await apollo.stop();
          } finally {
            await counter.close();
            cache.close();
            redis?.close();
            await database.close();
          }
        })();
        return closing;
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
