import { describe, expect, it } from 'vitest';
import { DateScalar, isDay, parseDay } from '../../src/kernel/graphql/scalars';

describe('the Date scalar', () => {
  it('reads a day that exists and refuses one that does not', () => {
    expect(parseDay('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDay('0099-03-01')?.getUTCFullYear()).toBe(99);
    for (const bad of ['2023-02-30', '0000-01-01', '2023-13-01', '2023-1-01', ' 2023-01-01', '2023-01-01T00:00']) {
      expect(parseDay(bad), bad).toBeNull();
    }
  });

  it('remembers valid days only: an invalid text is refused every time it is asked', () => {
    for (let i = 0; i < 3; i++) {
      expect(isDay('2023-02-28')).toBe(true);
      expect(isDay('2023-02-30')).toBe(false);
    }
  });

  it('serializes text days and Dates, and refuses anything else', () => {
    expect(DateScalar.serialize('2021-06-30')).toBe('2021-06-30');
    expect(DateScalar.serialize(new Date(Date.UTC(2021, 5, 30)))).toBe('2021-06-30');
    expect(() => DateScalar.serialize('2021-06-31')).toThrow(/cannot represent/);
    expect(() => DateScalar.serialize(new Date(Number.NaN))).toThrow(/cannot represent/);
    expect(() => DateScalar.serialize(20210630)).toThrow(/cannot represent/);
  });

  it('keeps its memory bounded', () => {
    let refused = 0;
    for (let day = 0; day < 25_000; day++) {
      if (!isDay(new Date(Date.UTC(1900, 0, 1) + day * 86_400_000).toISOString().slice(0, 10))) refused++;
    }
    expect(refused).toBe(0);
    expect(isDay('1900-01-01')).toBe(true);
  });
});
