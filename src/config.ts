import path from 'node:path';

/** Every setting the hub reads, validated once at start. The README lists them. */
export interface HubConfig {
  nodeEnv: 'production' | 'development' | 'test';
  port: number;
  host: string;
  /** Real PostgreSQL server; when absent the hub runs the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** Folder of the embedded database (and of its lock); unused with DATABASE_URL. */
  dataDir: string;
  /** Upper bound of the database connection pool. */
  dbPoolMax: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Serve GraphiQL on GET /graphql for browsers. */
  graphiql: boolean;
  /** Seconds SIGTERM waits for requests in flight before closing anyway. */
  shutdownGraceSeconds: number;
}

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

  const logLevel = (env.LOG_LEVEL ?? 'info') as HubConfig['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);

  const config: HubConfig = {
    nodeEnv,
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST || '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.HUB_DATA_DIR || '.data'),
    dbPoolMax: int('DB_POOL_MAX', 8, 1, 100),
    logLevel,
    graphiql: bool('GRAPHIQL', nodeEnv !== 'production'),
    shutdownGraceSeconds: int('SHUTDOWN_GRACE_SECONDS', 10, 0, 600),
    ...overrides,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}
