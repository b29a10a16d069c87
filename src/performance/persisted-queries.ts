import { createHash } from 'node:crypto';
import type { RedisLink } from '../kernel/db/redis';
import { BoundedMap } from '../kernel/bounded-map';

/** Apollo keeps a persisted query under this prefix in the cache it is given (its APQ_CACHE_PREFIX). */
const APOLLO_PREFIX = 'apq:';
/** Queries kept in this process, by characters of their text (the longest allowed is ~256 kB). */
const MAX_CHARS = 4_000_000;
/** How long Redis keeps a registered query; a client that meets PERSISTED_QUERY_NOT_FOUND registers it again. */
const REDIS_TTL_SECONDS = 24 * 3600;

interface PersistedQueryExtension {
  version?: unknown;
  sha256Hash?: unknown;
}

/**
 * Automatic persisted queries, Apollo's protocol: a client sends the SHA-256 of its query
 * (`extensions.persistedQuery`); the hub answers it if it knows the query, or says
 * PERSISTED_QUERY_NOT_FOUND, and the client sends the query with its hash, which registers it.
 *
 * One store serves both ways in: Apollo's pipeline (this is its `persistedQueries.cache`: it
 * registers a query once it has validated and priced it) and the cache step, which looks hashes
 * up here and registers a query whose answer it serves from the cache (a query with a cached
 * answer has been validated). With Redis the store is shared by the instances: a query
 * registered on one is known on all. A query is stored under its own hash, so sharing is safe.
 */
export class PersistedQueries {
  private readonly local = new BoundedMap<string>(MAX_CHARS, (query) => query.length);

  constructor(private readonly redis?: RedisLink) {}

  // Apollo's KeyValueCache<string>; its keys come with APOLLO_PREFIX.
  async get(key: string): Promise<string | undefined> {
    const near = this.local.get(key);
    if (near !== undefined || !this.redis) return near;
    const shared = await this.redis.run((r) => r.get(`att-hub:${key}`));
    if (typeof shared !== 'string') return undefined;
    this.local.set(key, shared);
    return shared;
  }

  async set(key: string, query: string): Promise<void> {
    this.local.set(key, query);
    await this.redis?.run((r) => r.set(`att-hub:${key}`, query, 'EX', REDIS_TTL_SECONDS));
  }

  async delete(key: string): Promise<boolean> {
    await this.redis?.run((r) => r.del(`att-hub:${key}`));
    return this.local.delete(key);
  }

  /**
   * The query a request asks, for the cache step (cached-answers.ts): its text, or the one registered under its
   * hash. `undefined` when Apollo must answer: an unknown hash (PERSISTED_QUERY_NOT_FOUND), a hash
   * that is not the query's (BAD_REQUEST), an unsupported version, or no query at all.
   */
  queryOf(body: { query?: unknown; extensions?: { persistedQuery?: PersistedQueryExtension } }): string | undefined | Promise<string | undefined> {
    const persisted = body.extensions?.persistedQuery;
    if (persisted === undefined) return typeof body.query === 'string' ? body.query : undefined;
    if (persisted?.version !== 1 || typeof persisted.sha256Hash !== 'string') return undefined;
    if (body.query === undefined) return this.get(APOLLO_PREFIX + persisted.sha256Hash);
    if (typeof body.query !== 'string' || sha256(body.query) !== persisted.sha256Hash) return undefined;
    return body.query;
  }

  /** Registers the query of a request the cache step answered (as Apollo would have). */
  served(body: { query?: unknown; extensions?: { persistedQuery?: PersistedQueryExtension } }): void {
    const hash = body.extensions?.persistedQuery?.sha256Hash;
    if (typeof body.query !== 'string' || typeof hash !== 'string' || this.local.get(APOLLO_PREFIX + hash) !== undefined) return;
    void this.set(APOLLO_PREFIX + hash, body.query);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
