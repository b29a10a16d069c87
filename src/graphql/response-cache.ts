import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { HubContext } from './context';

/**
 * A shared cache of answers to anonymous, public queries. Every committed write moves the data
 * generation on, and the generation is part of every key, so a write is visible in the next
 * read. With REDIS_URL the cache and the generation live in Redis, shared by every hub
 * instance; without it, in this process (right for one instance only).
 */
type Answer = { data?: Record<string, unknown> | null };

export interface ResponseCache {
  get(key: string): Promise<Answer | undefined>;
  set(key: string, answer: Answer): Promise<void>;
  generation(): Promise<number>;
  /** Called after every committed write. */
  invalidate(): Promise<void>;
  close(): Promise<void>;
}

const TTL_SECONDS = 300;
const MAX_ENTRIES = 2_000;

export function memoryCache(): ResponseCache {
  let generation = 0;
  const entries = new Map<string, { answer: Answer; expires: number }>();
  return {
    async get(key) {
      const hit = entries.get(key);
      if (!hit || hit.expires < Date.now()) return undefined;
      return hit.answer;
    },
    async set(key, answer) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, { answer, expires: Date.now() + TTL_SECONDS * 1000 });
    },
    async generation() {
      return generation;
    },
    async invalidate() {
      generation++;
      entries.clear();
    },
    async close() {
      entries.clear();
    },
  };
}

/** `namespace` keeps hubs of different databases apart on one Redis. */
export function redisCache(redis: Redis, namespace: string, log: Logger): ResponseCache {
  const GENERATION = `att-hub:${namespace}:generation`;
  return {
    async get(key) {
      const raw = await redis.get(`att-hub:${namespace}:${key}`).catch(() => null);
      return raw ? (JSON.parse(raw) as Answer) : undefined;
    },
    async set(key, answer) {
      await redis.set(`att-hub:${namespace}:${key}`, JSON.stringify(answer), 'EX', TTL_SECONDS).catch(() => undefined);
    },
    async generation() {
      return Number((await redis.get(GENERATION).catch(() => null)) ?? 0);
    },
    async invalidate() {
      await redis.incr(GENERATION).catch((err: unknown) => log.error({ err }, 'could not invalidate the response cache'));
    },
    async close() {
      // The hub owns the Redis connection and closes it.
    },
  };
}

/** Anonymous queries only: a signed-in viewer's answer depends on its rights, and is never cached. */
export function responseCachePlugin(cache: ResponseCache): ApolloServerPlugin<HubContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.viewer.subject !== null) return {};
      let key: string | undefined;
      return {
        async responseForOperation({ request, operation, operationName }) {
          if (operation.operation !== 'query') return null;
          const generation = await cache.generation();
          key = `${generation}:${createHash('sha256')
            .update(JSON.stringify([request.query, request.variables ?? {}, operationName ?? null, contextValue.today]))
            .digest('base64url')}`;
          const answer = await cache.get(key);
          if (!answer) return null;
          key = undefined;
          contextValue.log.debug('response cache hit');
          return { http: { status: undefined, headers: new HeaderMap([['x-cache', 'hit']]) }, body: { kind: 'single', singleResult: answer } };
        },
        async willSendResponse({ response }) {
          if (!key || response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const { data } = response.body.singleResult;
          await cache.set(key, { data });
        },
      };
    },
  };
}
