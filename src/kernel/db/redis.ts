import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** After a failure, Redis is left alone this long; then one call tries it again. */
const RETRY_MS = 5_000;

/**
 * Redis, bounded. The hub answers without Redis (it holds copies of answers, shared rate counts
 * and persisted queries, never the truth), so no request may wait for it long: every call is
 * bounded, and after a failure Redis is bypassed (a circuit breaker) until one call, a few seconds
 * later, finds it back. A stalled Redis (kill -STOP) then costs one bounded wait per few seconds,
 * a Redis gone none: its connection reports the loss at once.
 */
export class RedisLink {
  private downUntil = 0;
  private probing = false;
  private reported = false;
  private closed = false;

  constructor(
    readonly redis: Redis,
    private readonly log: Logger,
    /** The longest one call may take (REDIS_TIMEOUT_MS): beyond it the call counts as failed. */
    private readonly timeoutMs: number,
    private readonly retryMs = RETRY_MS,
  ) {
    redis.on('error', (err: Error) => this.failed(err));
    redis.on('close', () => this.failed(new Error('connection closed')));
    // A new connection is ready: try it at once rather than after the pause.
    redis.on('ready', () => {
      if (this.downUntil) this.downUntil = Date.now();
    });
  }

  static connect(url: string, timeoutMs: number, log: Logger): RedisLink {
    const redis = new Redis(url, {
      // Fail at once while disconnected, and bound what is sent: the breaker decides when to try again.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: timeoutMs,
      connectTimeout: 1_000,
      // Reconnects in the background, at most a second apart.
      retryStrategy: (times) => Math.min(times * 100, 1_000),
    });
    return new RedisLink(redis, log, timeoutMs);
  }

  /** Whether calls go to Redis now (false while it is bypassed after a failure). */
  get up(): boolean {
    return this.downUntil === 0;
  }

  /** Runs `call` unless Redis is bypassed; `undefined` when bypassed, failed or slower than the bound. */
  async run<T>(call: (redis: Redis) => Promise<T>): Promise<T | undefined> {
    let probe = false;
    if (this.downUntil) {
      if (this.probing || Date.now() < this.downUntil) return undefined;
      this.probing = probe = true;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      const bound = new Promise<never>((_, reject) => {
        // After the I/O of this turn of the event loop: a reply that came while this process was
        // busy is taken, so the bound measures Redis, not this process's own delays.
        timer = setTimeout(() => setImmediate(() => reject(new Error(`no answer within ${this.timeoutMs} ms`))), this.timeoutMs);
      });
      const value = await Promise.race([call(this.redis), bound]);
      if (this.downUntil) {
        this.downUntil = 0;
        this.reported = false;
        this.log.info('Redis available again');
      }
      return value;
    } catch (error) {
      this.failed(error);
      return undefined;
    } finally {
      clearTimeout(timer);
      if (probe) this.probing = false;
    }
  }

  /** Whether Redis answers now (for /healthz): a bounded PING, or false while it is bypassed. */
  async ping(): Promise<boolean> {
    return (await this.run((redis) => redis.ping())) === 'PONG';
  }

  close(): void {
    this.closed = true;
    this.redis.disconnect();
  }

  private failed(error: unknown): void {
    if (this.closed) return;
    this.downUntil = Date.now() + this.retryMs;
    if (!this.reported) this.log.warn({ err: error }, 'Redis unavailable: going around it (cache copies, rate counts and persisted queries stay in this process)');
    this.reported = true;
  }
}
