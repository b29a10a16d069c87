import { describe, expect, it, vi } from 'vitest';
import type { RedisLink } from '../../src/kernel/db/redis';
import { BoundedMap } from '../../src/kernel/bounded-map';
import { responseCache } from '../../src/performance/response-cache';

const answer = (text: string) => ({ body: Buffer.from(text), operation: 'W1' });

/** A Redis link whose writes are answered `reply` (undefined: Redis away, as RedisLink.run reports it). */
function redisAnswering(reply: () => string | undefined) {
  const writes: string[] = [];
  const link = {
    run: async (call: (r: { set: (key: string) => Promise<string | undefined> }) => Promise<unknown>) =>
      call({ set: async (key) => (writes.push(key), reply()) }),
  } as unknown as RedisLink;
  return { link, writes };
}

describe('the response cache holds an answer once kept (a fresh read of it is not kept again)', () => {
  it('without Redis: held once set, not under another key, not once the generation moved on', async () => {
    let generation = 'g1';
    const cache = responseCache({ generation: async () => generation });
    await cache.generation();
    expect(cache.holds('g1:k')).toBe(false);
    await cache.set('g1:k', answer('{"data":1}'));
    expect(cache.holds('g1:k')).toBe(true);
    expect(cache.holds('g1:other')).toBe(false);
    generation = 'g2';
    await cache.generation();
    expect(cache.holds('g1:k')).toBe(false);
  });

  it('with Redis: held only once Redis took its copy; a copy Redis did not take is written again', async () => {
    let up = false;
    const { link, writes } = redisAnswering(() => (up ? 'OK' : undefined));
    const cache = responseCache({ generation: async () => 'g', redis: link, prefix: 'p:' });
    await cache.set('g:k', answer('{"data":1}'));
    expect(writes).toEqual(['p:g:k']);
    // Redis was away: the other instances have no copy, so the next fresh answer is written again.
    expect(cache.holds('g:k')).toBe(false);
    up = true;
    await cache.set('g:k', answer('{"data":1}'));
    expect(writes).toEqual(['p:g:k', 'p:g:k']);
    expect(cache.holds('g:k')).toBe(true);
  });
});

describe('BoundedMap.peek', () => {
  it('reads an unexpired value without making it the most recently used', () => {
    vi.useFakeTimers();
    try {
      const map = new BoundedMap<string>(4, () => 1, 1000);
      for (const key of ['a', 'b', 'c', 'd']) map.set(key, key);
      expect(map.peek('a')).toBe('a');
      // 'a' is still the least recently used: the next value drops it, not 'b' (get would have kept it).
      map.set('e', 'e');
      expect(map.peek('a')).toBeUndefined();
      expect(map.peek('b')).toBe('b');
      vi.advanceTimersByTime(1001);
      expect(map.peek('b')).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
