import { createHash } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { grouped } from '../db/grouped';
import type { RedisLink } from '../db/redis';

/**
 * Per-viewer rate limits in fixed one-minute windows, counted where every hub instance sees the
 * same count: Redis when REDIS_URL is set, else a PostgreSQL table. A viewer is the subject its
 * token proves (every text of a token, every token of a person, counts as one), or its address
 * when it sends no token or one that proves nothing. The count is reported in RateLimit-* headers;
 * past the limit the answer is 429 with Retry-After.
 *
 * Why not rate-limiter-flexible (its Redis and PostgreSQL stores): each of its `consume` calls is
 * a round trip to the store, so every request would wait for Redis, or write a row in PostgreSQL
 * (on the embedded database, one more write per request through the one connection every request
 * shares). Measured (rate-limiter-flexible 11.4.0, 16 callers, the machine loaded): its Redis
 * `consume` took 40–56 µs of CPU and ~0.6 ms of waiting per request, a count in memory under 1 µs.
 * Here a request waits for the store only on a viewer's first request of the minute in this
 * process; the rest are counted in memory and sent in one batch every 100 ms.
 */
export interface SharedCounts {
  /** Adds each window's new hits to the shared counts; returns the totals by `countKey`. */
  add(hits: { viewer: string; window: number; hits: number }[]): Promise<Map<string, number>>;
  /** Drops windows long past (called now and then). */
  prune(): Promise<void>;
}

const WINDOW_SECONDS = 60;
/** How often this process adds its hits to the shared counts. */
const FLUSH_MS = 100;

const countKey = (viewer: string, window: number) => `${viewer}|${window}`;

export function redisCounts(link: RedisLink, namespace: string): SharedCounts {
  const name = (viewer: string, window: number) => `att-hub:${namespace}:rate:${viewer}:${window}`;
  return {
    async add(hits) {
      const results = await link.run((redis) => {
        const multi = redis.multi();
        for (const h of hits) multi.incrby(name(h.viewer, h.window), h.hits).expire(name(h.viewer, h.window), WINDOW_SECONDS * 2);
        return multi.exec();
      });
      // Kept in the process and sent again later (RateCounter).
      if (!results) throw new Error('Redis unavailable');
      return new Map(hits.map((h, i) => [countKey(h.viewer, h.window), Number(results[2 * i]?.[1] ?? h.hits)]));
    },
    async prune() {
      // Redis expires the windows itself.
    },
  };
}

export function postgresCounts(orm: MikroORM): SharedCounts {
  return {
    async add(hits) {
      const rows = await orm.em.getConnection().execute<{ viewer_key: string; w: string; hits: number }[]>(
        `insert into rate_limit_window (viewer_key, window_start, hits)
           select h.viewer, to_timestamp(h.w * ${WINDOW_SECONDS}), h.hits
             from jsonb_to_recordset(?::jsonb) as h(viewer text, w bigint, hits int)
         on conflict (viewer_key, window_start) do update set hits = rate_limit_window.hits + excluded.hits
         returning viewer_key, (extract(epoch from window_start)::bigint / ${WINDOW_SECONDS})::text as w, hits`,
        [JSON.stringify(hits.map((h) => ({ viewer: h.viewer, w: h.window, hits: h.hits })))],
      );
      return new Map(rows.map((r) => [countKey(r.viewer_key, Number(r.w)), r.hits]));
    },
    async prune() {
      await orm.em.getConnection().execute(`delete from rate_limit_window where window_start < now() - interval '10 minutes'`);
    },
  };
}

/**
 * Counts hits in this process and adds them to the shared counts in one batch every FLUSH_MS, so
 * a request waits for no round trip, except a viewer's first in a window here, which waits for the
 * batch that carries it and so learns what the other instances counted. A viewer's count is the
 * shared total last seen plus this process's hits since: exact with one instance; with several,
 * each sees the others' hits up to FLUSH_MS late. While the shared store is down the hits stay
 * here and are counted here.
 */
export class RateCounter {
  private readonly windows = new Map<string, { viewer: string; window: number; shared: number; sending: number; pending: number }>();
  private timer: NodeJS.Timeout | undefined;
  private lastPrune = Date.now();
  private storeDown = false;
  /** One batch in flight; callers meanwhile wait for the next, which carries their hits. */
  private readonly sendNext = grouped(() => this.send());

  constructor(
    private readonly store: SharedCounts,
    private readonly log: Logger,
  ) {}

  /** Adds one to the viewer's window; returns its count so far. */
  hit(viewer: string, window: number): number | Promise<number> {
    const key = countKey(viewer, window);
    let counts = this.windows.get(key);
    const first = !counts;
    if (!counts) this.windows.set(key, (counts = { viewer, window, shared: 0, sending: 0, pending: 0 }));
    counts.pending++;
    const total = (c: typeof counts) => c.shared + c.sending + c.pending;
    if (first) return this.flush().then(() => total(counts));
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS).unref();
    return total(counts);
  }

  /** Sends the hits counted so far (in a batch that starts after this call). */
  flush(): Promise<void> {
    return this.sendNext(undefined);
  }

  private async send(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const current = Math.floor(Date.now() / 1000 / WINDOW_SECONDS);
    const batch = [];
    for (const [key, counts] of this.windows) {
      if (counts.pending) {
        counts.sending = counts.pending;
        counts.pending = 0;
        batch.push(counts);
      } else if (counts.window < current) {
        this.windows.delete(key);
      }
    }
    if (!batch.length) return;
    try {
      const totals = await this.store.add(batch.map((c) => ({ viewer: c.viewer, window: c.window, hits: c.sending })));
      for (const c of batch) c.shared = totals.get(countKey(c.viewer, c.window)) ?? c.shared + c.sending;
      if (this.storeDown) this.log.info('rate limit store available again');
      this.storeDown = false;
      if (Date.now() - this.lastPrune > WINDOW_SECONDS * 1000) {
        this.lastPrune = Date.now();
        await this.store.prune();
      }
    } catch (err) {
      // Kept here and counted here; the next batch tries again.
      if (!this.storeDown) this.log.warn({ err }, 'rate limit store unavailable; counting in this process');
      this.storeDown = true;
      for (const c of batch) c.pending += c.sending;
    } finally {
      for (const c of batch) c.sending = 0;
      if (batch.some((c) => c.pending)) this.timer ??= setTimeout(() => void this.flush(), FLUSH_MS).unref();
    }
  }

  /** Sends what is left and stops the timer. */
  async close(): Promise<void> {
    await this.flush();
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * The limit, before anything else a request costs. `subjectOf` verifies the token (a verified
 * token is kept a while, so this is cheap) and resolves `null` for none; a token it refuses
 * counts on the address, as no token does.
 */
export function rateLimit(counter: RateCounter, perMinute: number, subjectOf: (authorization: string | undefined) => Promise<string | null>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (perMinute <= 0) return next();
    try {
      const authorization = req.header('authorization');
      // No token, no await: the public's requests (most of them) take no extra turn.
      const subject = authorization ? await subjectOf(authorization).catch(() => null) : null;
      const viewer =
        subject === null
          ? `address:${req.socket.remoteAddress ?? 'unknown'}`
          : `subject:${createHash('sha256').update(subject).digest('base64url').slice(0, 22)}`;
      const now = Math.floor(Date.now() / 1000);
      const window = Math.floor(now / WINDOW_SECONDS);
      const counted = counter.hit(viewer, window);
      const hits = typeof counted === 'number' ? counted : await counted;
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
    } catch (error) {
      return next(error);
    }
    next();
  };
}
