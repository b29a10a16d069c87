import { createHash } from 'node:crypto';
import { type GraphQLSchema, printSchema } from 'graphql';
import type { RestrictedRead } from '../access/audit/audit-trail';
import type { Viewer } from '../access/auth/viewer';
import type { RedisLink } from '../kernel/db/redis';
import type { StatementCount } from '../kernel/db/statement-count';
import { POLICY } from '../access/policy/policy-table';
import { BoundedMap } from '../kernel/bounded-map';

/**
 * A cache of whole answers to queries, keyed by the data generation (db/data-generation.ts): a
 * token in PostgreSQL that every committed write replaces in its own transaction, read before an
 * answer is looked up or made. So a write is visible in the next read on every instance, and an
 * answer is never served under a generation it was not made in, whatever Redis does.
 *
 * Answers are kept in this process (bounded) and, with REDIS_URL, in Redis too, where the other
 * instances find them; Redis is only a store of copies (a Redis away or emptied costs fresh
 * answers, nothing more). Redis keys also name the database (its identity, not its URL) and what
 * the answers were built under (the printed schema and the policy table), so hubs of other
 * databases or of another policy never meet each other's answers.
 *
 * Anonymous answers are shared by the public. A signed-in viewer's answers are its own: the key
 * holds everything the policy reads of the viewer, as built afresh for this request from its
 * token and the office holdings valid today, so rights themselves are never cached. The
 * RESTRICTED fields an answer holds are kept with it and logged again at every hit.
 */
export interface Answer {
  /** The response body as sent (JSON), kept as bytes: a hit is written out as it is. */
  body: Buffer;
  /** The operation's name, for the access log. */
  operation: string;
  /** The RESTRICTED reads the answer holds, logged again whenever it is served. */
  reads?: RestrictedRead[];
}

export interface ResponseCache {
  /** The data generation now; an answer is keyed by the one read before it was looked up or made. */
  generation(statements?: StatementCount): Promise<string>;
  get(key: string): Promise<Answer | undefined>;
  /**
   * Whether an answer under `key` is kept here, unexpired, and (with Redis) its copy reached Redis:
   * then a fresh answer under the same key (Cache-Control: no-cache) need not be kept again.
   */
  holds(key: string): boolean;
  set(key: string, answer: Answer): Promise<void>;
  close(): void;
}

const TTL_SECONDS = 300;
/** The in-process cache's bound, in bytes of answers (a W1 answer is ~230 kB). */
const MAX_MEMORY_BYTES = 32 * 1024 * 1024;

/**
 * `generation` reads the data generation; `redis` and `prefix` (the database's identity and what
 * the answers were built under, see `builtUnder`) share the answers with the other instances.
 * In Redis an answer is one line of JSON (its operation and reads), then the body.
 */
export function responseCache(options: {
  generation: (statements?: StatementCount) => Promise<string>;
  redis?: RedisLink;
  prefix?: string;
  maxBytes?: number;
}): ResponseCache {
  const { redis, prefix = '' } = options;
  // `shared`: the answer is in Redis too (read from there, or a write there was answered).
  const local = new BoundedMap<{ answer: Answer; shared: boolean }>(options.maxBytes ?? MAX_MEMORY_BYTES, (kept) => kept.answer.body.length, TTL_SECONDS * 1000);
  let seen: string | undefined;
  return {
    async generation(statements) {
      const token = await options.generation(statements);
      // The copies kept here are of an earlier state: no key will name them again.
      if (token !== seen) local.clear();
      seen = token;
      return token;
    },
    async get(key) {
      const near = local.get(key)?.answer;
      if (near || !redis) return near;
      const raw = await redis.run((r) => r.getBuffer(`${prefix}${key}`));
      const newline = raw?.indexOf(0x0a) ?? -1;
      if (!raw || newline < 0) return undefined;
      const answer: Answer = { ...(JSON.parse(raw.subarray(0, newline).toString()) as Omit<Answer, 'body'>), body: raw.subarray(newline + 1) };
      local.set(key, { answer, shared: true });
      return answer;
    },
    holds(key) {
      const kept = local.peek(key);
      return !!kept && (kept.shared || !redis);
    },
    async set(key, answer) {
      const kept = { answer, shared: false };
      local.set(key, kept);
      if (!redis) return;
      // JSON.stringify writes no raw newline, so the first one ends the head.
      const head = Buffer.from(`${JSON.stringify({ operation: answer.operation, reads: answer.reads })}\n`);
      kept.shared = (await redis.run((r) => r.set(`${prefix}${key}`, Buffer.concat([head, answer.body]), 'EX', TTL_SECONDS))) === 'OK';
    },
    close() {
      local.clear();
    },
  };
}

/**
 * What answers are built under: the printed schema and the policy table. A deploy that changes
 * either (a field reclassified) never meets the answers of the one before, in Redis or elsewhere.
 */
export function builtUnder(schema: GraphQLSchema): string {
  return createHash('sha256').update(printSchema(schema)).update('\0').update(JSON.stringify(POLICY)).digest('hex').slice(0, 16);
}

/** Everything the policy reads of a viewer, in a stable form: viewers alike in all of it get the same answers. */
function viewerKey(viewer: Viewer): string {
  return JSON.stringify(
    Object.entries(viewer)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => [name, value instanceof Set ? [...value].sort() : value]),
  );
}

/** What an answer is keyed by: the data's generation, the viewer, the operation as sent, and the day. */
export function answerKey(
  generation: string,
  viewer: Viewer,
  request: { query: string; variables?: unknown; operationName?: string | null },
  day: string,
): string {
  const who = viewer.subject === null ? 'anonymous' : viewerKey(viewer);
  const what = JSON.stringify([who, request.query, request.variables ?? {}, request.operationName ?? null, day]);
  return `${generation}:${createHash('sha256').update(what).digest('base64url')}`;
}

/**
 * `Cache-Control: no-cache` asks for a fresh answer (kept in the cache, unless the cache holds the answer under its key
 * already); `no-store` also keeps it out.
 */
export function cacheDirectives(header: string | undefined): { read: boolean; write: boolean } {
  const value = header?.toLowerCase() ?? '';
  return { read: !/no-cache|no-store/.test(value), write: !/no-store/.test(value) };
}
