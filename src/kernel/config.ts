import path from 'node:path';

/** Every setting the hub reads, validated once at start. The README lists them. */
export interface HubConfig {
  nodeEnv: 'production' | 'development' | 'test';
  port: number;
  host: string;
  /** Real PostgreSQL server; when absent the hub runs the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Create DATABASE_URL's database when it does not exist (otherwise the hub refuses to start). */
  createDatabase: boolean;
  /**
   * Seed the demo principals (and the demo records that go with them) and offer demo sign-in:
   * by default on the embedded database only, never in production.
   */
  demoPrincipals: boolean;
  /** Folder of the embedded database (and of its lock); unused with DATABASE_URL. */
  dataDir: string;
  /** Upper bound of the database connection pool. */
  dbPoolMax: number;
  /** GraphQL requests worked on at once; the others queue (see src/kernel/http/admission.ts). */
  maxConcurrentRequests: number;
  /** Of those, how many may be heavy work (imports, exports), so the rest stay for small requests. */
  maxConcurrentHeavy: number;
  /** Of those, how many may build a large answer (thousands of values), so that each costs less (admission.ts). */
  maxConcurrentLarge: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Serve GraphiQL on GET /graphql for browsers. */
  graphiql: boolean;
  /** Seconds SIGTERM waits for requests in flight before closing anyway. */
  shutdownGraceSeconds: number;
  /** Verification of bearer tokens: an OpenID Connect provider, or the local demo signer. */
  auth: AuthConfig;
  /** Copies of answers, rate counts and persisted queries shared by the hub instances. */
  redisUrl: string | undefined;
  /** Longest a call to Redis may take before the hub goes around Redis for a while. */
  redisTimeoutMs: number;
  /** Browser origins allowed to call the API (CORS). */
  corsOrigins: string[];
  /** Requests per viewer and minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  /** Schema introspection (off in production unless asked for). */
  introspection: boolean;
  /** Longest a single SQL statement may run. */
  statementTimeoutMs: number;
}

export type AuthConfig = (
  | { kind: 'oidc'; jwksUrl: string; issuer: string; audience: string }
  /** Not in production: tokens signed with a secret kept in the data folder (`npm run token`). */
  | { kind: 'local'; secretFile: string; issuer: string; audience: string }
) & {
  /** Longest a key withdrawn from the provider's JWKS is still accepted: the keys and each verified token are kept this long at most. */
  keyCacheSeconds: number;
};

export const LOCAL_ISSUER = 'att-hub-local';
export const LOCAL_AUDIENCE = 'att-hub';

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function loadConfig(env: Env = process.env, overrides: Partial<HubConfig> = {}): HubConfig {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}")`);
    return fallback;
  };

  const rawEnv = env.NODE_ENV ?? 'development';
  let nodeEnv: HubConfig['nodeEnv'] = 'development';
  if (rawEnv === 'production' || rawEnv === 'development' || rawEnv === 'test') nodeEnv = rawEnv;
  else problems.push(`NODE_ENV must be production, development or test (got "${rawEnv}")`);

  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }

  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) problems.push('REDIS_URL must be a redis:// or rediss:// URL');

  for (const origin of (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean)) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) problems.push(`CORS_ORIGINS: "${origin}" is not an origin like https://example.org`);
  }

  const logLevel = (env.LOG_LEVEL ?? 'info') as HubConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const dataDir = path.resolve(env.HUB_DATA_DIR || '.data');
  const keyCacheSeconds = int('AUTH_KEY_CACHE_SECONDS', 60, 1, 3600);
  let auth: AuthConfig;
  if (env.AUTH_JWKS_URL) {
    if (!/^https?:\/\//.test(env.AUTH_JWKS_URL)) problems.push('AUTH_JWKS_URL must be an http(s) URL');
    if (!env.AUTH_ISSUER) problems.push('AUTH_ISSUER is required with AUTH_JWKS_URL');
    if (!env.AUTH_AUDIENCE) problems.push('AUTH_AUDIENCE is required with AUTH_JWKS_URL');
    auth = { kind: 'oidc', jwksUrl: env.AUTH_JWKS_URL, issuer: env.AUTH_ISSUER ?? '', audience: env.AUTH_AUDIENCE ?? '', keyCacheSeconds };
  } else {
    if (nodeEnv === 'production') {
      problems.push('AUTH_JWKS_URL, AUTH_ISSUER and AUTH_AUDIENCE are required in production (demo tokens are not)');
    }
    auth = { kind: 'local', secretFile: path.join(dataDir, 'auth-secret'), issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, keyCacheSeconds };
  }

  const demoPrincipals = bool('DEMO_PRINCIPALS', !databaseUrl && nodeEnv !== 'production');
  if (demoPrincipals && nodeEnv === 'production') problems.push('DEMO_PRINCIPALS cannot be on in production');
  const maxConcurrentRequests = int('MAX_CONCURRENT_REQUESTS', 8, 1, 1000);
  // Heavy work leaves at least one place to small requests (unless there is only one place).
  // One at a time by default: heavy work shares the hub's one thread with everyone, and a second
  // import at once doubled a small query's wait for ~15 % more imported rows a second (measured).
  const heavyRoom = Math.max(1, maxConcurrentRequests - 1);

  const config: HubConfig = {
    nodeEnv,
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    createDatabase: bool('CREATE_DATABASE', false),
    demoPrincipals,
    dataDir,
    dbPoolMax: int('DB_POOL_MAX', 8, 1, 100),
    maxConcurrentRequests,
    maxConcurrentHeavy: int('MAX_CONCURRENT_HEAVY', 1, 1, heavyRoom),
    // Two large answers built at once: each costs less CPU than with eight (measured, bench/README.md).
    maxConcurrentLarge: int('MAX_CONCURRENT_LARGE', 2, 1, maxConcurrentRequests),
    logLevel,
    graphiql: bool('GRAPHIQL', nodeEnv !== 'production'),
    shutdownGraceSeconds: int('SHUTDOWN_GRACE_SECONDS', 10, 0, 600),
    auth,
    redisUrl,
    redisTimeoutMs: int('REDIS_TIMEOUT_MS', 50, 1, 10_000),
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    rateLimitPerMinute: int('RATE_LIMIT_PER_MINUTE', 1200, 0, 1_000_000),
    introspection: bool('INTROSPECTION', nodeEnv !== 'production'),
    statementTimeoutMs: int('STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000),
    ...overrides,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
