import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { RestrictedRead } from '../audit/audit-trail';
import type { Viewer } from '../auth/viewer';

/**
 * A cache of whole answers to queries. Every committed write moves the data generation on, and
 * the generation is part of every key, so a write is visible in the next read. With REDIS_URL the
 * cache and the generation live in Redis, shared by every hub instance; without it, in this
 * process (right for one instance only).
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
  get(key: string): Promise<Answer | undefined>;
  set(key: string, answer: Answer): Promise<void>;
  generation(): Promise<number>;
  /** Called after every committed write. */
  invalidate(): Promise<void>;
  close(): Promise<void>;
}

const TTL_SECONDS = 300;
/** The in-process cache's bound, in bytes of answers (a W1 answer is ~230 kB). */
const MAX_MEMORY_BYTES = 32 * 1024 * 1024;

export function memoryCache(maxBytes = MAX_MEMORY_BYTES): ResponseCache {
  let generation = 0;
  let bytes = 0;
  // A Map iterates in insertion order: re-inserting on every hit makes the first entry the least recently used.
  const entries = new Map<string, { answer: Answer; expires: number; bytes: number }>();
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.bytes;
    entries.delete(key);
  };
  return {
    async get(key) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      drop(key);
      if (hit.expires < Date.now()) return undefined;
      entries.set(key, hit);
      bytes += hit.bytes;
      return hit.answer;
    },
    async set(key, answer) {
      const size = answer.body.length;
      if (size > maxBytes / 4) return;
      drop(key);
      while (bytes + size > maxBytes && entries.size) drop(entries.keys().next().value!);
      entries.set(key, { answer, expires: Date.now() + TTL_SECONDS * 1000, bytes: size });
      bytes += size;
    },
    async generation() {
      return generation;
    },
    async invalidate() {
      generation++;
      entries.clear();
      bytes = 0;
    },
    async close() {
      entries.clear();
      bytes = 0;
    },
  };
}

/**
 * `namespace` keeps hubs of different databases apart on one Redis. Answers are also kept in
 * this process (bounded): a key holds the generation read from Redis, so a copy here is served
 * only while no instance has written since, and a hit needs no transfer of the answer.
 * In Redis an answer is one line of JSON (its operation and reads), then the body.
 */
export function redisCache(redis: Redis, namespace: string, log: Logger): ResponseCache {
  const GENERATION = `att-hub:${namespace}:generation`;
  const local = memoryCache();
  const fetchGeneration = async () => Number((await redis.get(GENERATION).catch(() => null)) ?? 0);
  // Requests that ask in the same turn of the event loop share one GET, sent after all of them
  // asked: each still sees every write committed before it arrived (a shared GET sent earlier
  // might not), and under load a GET serves several requests. Not `grouped` (db/grouped.ts): Redis
  // pipelines GETs on one connection, and waiting for the one in flight was ~15 % slower on W2.
  let next: Promise<number> | undefined;
  return {
    async get(key) {
      const near = await local.get(key);
      if (near) return near;
      const raw = await redis.getBuffer(`att-hub:${namespace}:${key}`).catch(() => null);
      const newline = raw?.indexOf(0x0a) ?? -1;
      if (!raw || newline < 0) return undefined;
      const answer: Answer = { ...(JSON.parse(raw.subarray(0, newline).toString()) as Omit<Answer, 'body'>), body: raw.subarray(newline + 1) };
      await local.set(key, answer);
      return answer;
    },
    async set(key, answer) {
      await local.set(key, answer);
      // JSON.stringify writes no raw newline, so the first one ends the head.
      const head = Buffer.from(`${JSON.stringify({ operation: answer.operation, reads: answer.reads })}\n`);
      await redis.set(`att-hub:${namespace}:${key}`, Buffer.concat([head, answer.body]), 'EX', TTL_SECONDS).catch(() => undefined);
    },
    generation() {
      next ??= new Promise<number>((resolve) =>
        setImmediate(() => {
          next = undefined;
          resolve(fetchGeneration());
        }),
      );
      return next;
    },
    async invalidate() {
      await local.invalidate();
      await redis.incr(GENERATION).catch((err: unknown) => log.error({ err }, 'could not invalidate the response cache'));
    },
    async close() {
      await local.close();
      // The hub owns the Redis connection and closes it.
    },
  };
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
  generation: number,
  viewer: Viewer,
  request: { query?: string; variables?: unknown; operationName?: string | null },
  day: string,
): string {
  const who = viewer.subject === null ? 'anonymous' : viewerKey(viewer);
  const what = JSON.stringify([who, request.query, request.variables ?? {}, request.operationName ?? null, day]);
  return `${generation}:${createHash('sha256').update(what).digest('base64url')}`;
}

/** `Cache-Control: no-cache` asks for a fresh answer (it still refreshes the cache); `no-store` also keeps it out. */
export function cacheDirectives(header: string | undefined): { read: boolean; write: boolean } {
  const value = header?.toLowerCase() ?? '';
  return { read: !/no-cache|no-store/.test(value), write: !/no-store/.test(value) };
}
