import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { uncounted } from '../db/statement-count';

/**
 * Per-viewer rate limits in fixed one-minute windows, counted where every hub instance sees the
 * same count: Redis when REDIS_URL is set, else a PostgreSQL table. A viewer is its bearer token
 * (hashed) or, without one, its address. The count is reported in RateLimit-* headers; past the
 * limit the answer is 429 with Retry-After.
 */
export interface RateCounter {
  /** Adds one to the key's window and returns the new count. */
  hit(key: string, window: number): Promise<number>;
}

const WINDOW_SECONDS = 60;

export function redisCounter(redis: Redis, namespace: string): RateCounter {
  return {
    async hit(key, window) {
      const name = `att-hub:${namespace}:rate:${key}:${window}`;
      const [[, count]] = (await redis.multi().incr(name).expire(name, WINDOW_SECONDS * 2).exec()) as [[null, number]];
      return count;
    },
  };
}

export function postgresCounter(orm: MikroORM): RateCounter {
  return {
    async hit(key, window) {
      const [row] = await orm.em.getConnection().execute<{ hits: number }[]>(
        `insert into rate_limit_window (viewer_key, window_start, hits) values (?, to_timestamp(?), 1)
         on conflict (viewer_key, window_start) do update set hits = rate_limit_window.hits + 1
         returning hits`,
        [key, window * WINDOW_SECONDS],
      );
      // Old windows are cleared now and then, not on every request.
      if (Math.random() < 0.001) {
        void orm.em.getConnection().execute(`delete from rate_limit_window where window_start < now() - interval '10 minutes'`).catch(() => undefined);
      }
      return row?.hits ?? 1;
    },
  };
}

export function rateLimit(counter: RateCounter, perMinute: number, log: Logger) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (perMinute <= 0) return next();
    const authorization = req.header('authorization');
    const viewer = authorization
      ? `token:${createHash('sha256').update(authorization).digest('base64url').slice(0, 22)}`
      : `ip:${req.socket.remoteAddress ?? 'unknown'}`;
    const now = Math.floor(Date.now() / 1000);
    const window = Math.floor(now / WINDOW_SECONDS);
    let hits: number;
    try {
      hits = await uncounted(() => counter.hit(viewer, window));
    } catch (err) {
      // A limit we cannot count is not enforced: better than refusing everyone.
      log.warn({ err }, 'rate limit store unavailable');
      return next();
    }
    const reset = (window + 1) * WINDOW_SECONDS - now;
    res.setHeader('RateLimit-Limit', String(perMinute));
    res.setHeader('RateLimit-Remaining', String(Math.max(perMinute - hits, 0)));
    res.setHeader('RateLimit-Reset', String(reset));
    if (hits > perMinute) {
      res.setHeader('Retry-After', String(reset));
      res.status(429).json({
        errors: [{ message: `Too many requests: at most ${perMinute} a minute. Try again in ${reset} s.`, extensions: { code: 'RATE_LIMITED' } }],
      });
      return;
    }
    next();
  };
}
