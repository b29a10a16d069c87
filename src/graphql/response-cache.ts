import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type DocumentNode, getNamedType, type GraphQLSchema, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Viewer } from '../auth/viewer';
import type { HubContext } from './context';

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
export interface RestrictedRead {
  recordType: string;
  recordId: string;
  fields: string[];
}

export interface Answer {
  data?: Record<string, unknown> | null;
  /** The RESTRICTED reads the answer holds, logged again whenever it is served. */
  reads?: RestrictedRead[];
}

export interface ResponseCache {
  get(key: string): Promise<Answer | undefined>;
  /** `json`: the answer already serialised, when the caller has it (a 230 kB answer costs ~2 ms to serialise). */
  set(key: string, answer: Answer, json?: string): Promise<void>;
  generation(): Promise<number>;
  /** Called after every committed write. */
  invalidate(): Promise<void>;
  close(): Promise<void>;
}

const TTL_SECONDS = 300;
/** The in-process cache's bound, in bytes of JSON (a W1 answer is ~230 kB). */
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
    async set(key, answer, json) {
      const size = (json ?? JSON.stringify(answer)).length;
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
 * only while no instance has written since, and a hit needs no transfer or parse of the answer.
 */
export function redisCache(redis: Redis, namespace: string, log: Logger): ResponseCache {
  const GENERATION = `att-hub:${namespace}:generation`;
  const local = memoryCache();
  return {
    async get(key) {
      const near = await local.get(key);
      if (near) return near;
      const raw = await redis.get(`att-hub:${namespace}:${key}`).catch(() => null);
      if (!raw) return undefined;
      const answer = JSON.parse(raw) as Answer;
      await local.set(key, answer, raw);
      return answer;
    },
    async set(key, answer) {
      const json = JSON.stringify(answer);
      await local.set(key, answer, json);
      await redis.set(`att-hub:${namespace}:${key}`, json, 'EX', TTL_SECONDS).catch(() => undefined);
    },
    async generation() {
      return Number((await redis.get(GENERATION).catch(() => null)) ?? 0);
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
export function viewerKey(viewer: Viewer): string {
  return JSON.stringify(
    Object.entries(viewer)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => [name, value instanceof Set ? [...value].sort() : value]),
  );
}

/**
 * Types whose records change without a write moving the generation on: the audit trail grows
 * with every RESTRICTED read. An operation that reaches one (or its connection) is never cached.
 */
const UNCACHEABLE = /^AuditEvent/;

function reachesUncacheable(schema: GraphQLSchema, document: DocumentNode, seen: WeakMap<DocumentNode, boolean>): boolean {
  let reaches = seen.get(document);
  if (reaches === undefined) {
    reaches = false;
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field() {
          const type = typeInfo.getType();
          if (type && UNCACHEABLE.test(getNamedType(type).name)) reaches = true;
        },
      }),
    );
    seen.set(document, reaches);
  }
  return reaches;
}

/** `Cache-Control: no-cache` asks for a fresh answer (it still refreshes the cache); `no-store` also keeps it out. */
function cacheDirectives(header: string | undefined): { read: boolean; write: boolean } {
  const value = header?.toLowerCase() ?? '';
  return { read: !/no-cache|no-store/.test(value), write: !/no-store/.test(value) };
}

export function responseCachePlugin(cache: ResponseCache, schema: GraphQLSchema): ApolloServerPlugin<HubContext> {
  // Apollo keeps parsed documents, so the same query text gives the same DocumentNode.
  const uncacheable = new WeakMap<DocumentNode, boolean>();
  return {
    async requestDidStart({ contextValue, request }) {
      const directives = cacheDirectives(request.http?.headers.get('cache-control'));
      let key: string | undefined;
      let reads: RestrictedRead[] = [];
      return {
        async responseForOperation({ operation, operationName, document }) {
          if (operation.operation !== 'query' || reachesUncacheable(schema, document, uncacheable)) return null;
          const viewer = contextValue.viewer.subject === null ? 'anonymous' : viewerKey(contextValue.viewer);
          const generation = await cache.generation();
          key = `${generation}:${createHash('sha256')
            .update(JSON.stringify([viewer, request.query, request.variables ?? {}, operationName ?? null, contextValue.today]))
            .digest('base64url')}`;
          if (!directives.read) return null;
          const answer = await cache.get(key);
          if (!answer) return null;
          key = undefined;
          // Served again, so read again: the access log gets these entries before the answer leaves.
          for (const read of answer.reads ?? []) {
            contextValue.restrictedReads.set(`${read.recordType}:${read.recordId}`, { ...read, fields: new Set(read.fields) });
          }
          contextValue.log.debug('response cache hit');
          return { http: { status: undefined, headers: new HeaderMap([['x-cache', 'hit']]) }, body: { kind: 'single', singleResult: { data: answer.data } } };
        },
        async executionDidStart() {
          return {
            async executionDidEnd() {
              reads = [...contextValue.restrictedReads.values()].map((r) => ({ ...r, fields: [...r.fields] }));
            },
          };
        },
        async willSendResponse({ response }) {
          if (!key || !directives.write || response.body.kind !== 'single' || response.body.singleResult.errors?.length) return;
          const { data } = response.body.singleResult;
          await cache.set(key, reads.length ? { data, reads } : { data });
        },
      };
    },
  };
}
