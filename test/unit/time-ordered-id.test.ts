import { describe, expect, it } from 'vitest';
import { timeOrderedUuid, UUID } from '../../src/kernel/db/stable-id';

describe('timeOrderedUuid', () => {
  it('is a version 7 UUID whose first 48 bits are the time, so ids made later sort later', () => {
    const id = timeOrderedUuid(Date.UTC(2026, 10, 30, 10, 0, 0));
    expect(id).toMatch(UUID);
    expect(id[14]).toBe('7');
    expect('89ab').toContain(id[19]);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 30, 10, 0, 0));
    const ids = [1, 2, 3].map((ms) => timeOrderedUuid(Date.UTC(2026, 10, 30) + ms));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs for ids made in the same millisecond', () => {
    const now = Date.now();
    expect(new Set(Array.from({ length: 1000 }, () => timeOrderedUuid(now))).size).toBe(1000);
  });
});
