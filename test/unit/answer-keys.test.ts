import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Viewer } from '../../src/access/auth/viewer';
import { answerKey, cacheDirectives } from '../../src/performance/response-cache';

const query = { query: '{ states(first: 3) { edges { node { iso3 } } } }' };
const signedIn = (overrides: Partial<Viewer> = {}): Viewer => ({ ...ANONYMOUS, subject: 'demo:secretariat', ...overrides }) as Viewer;

describe('answer keys of the response cache', () => {
  it('are equal for the same question, viewer, day and generation', () => {
    expect(answerKey('g1', signedIn(), query, '2026-11-30')).toBe(answerKey('g1', signedIn(), { ...query }, '2026-11-30'));
  });

  it('change with the generation (a write), the day, the variables and the operation name', () => {
    const base = answerKey('g1', ANONYMOUS, query, '2026-11-30');
    expect(answerKey('g2', ANONYMOUS, query, '2026-11-30')).not.toBe(base);
    expect(answerKey('g1', ANONYMOUS, query, '2026-12-01')).not.toBe(base);
    expect(answerKey('g1', ANONYMOUS, { ...query, variables: { n: 1 } }, '2026-11-30')).not.toBe(base);
    expect(answerKey('g1', ANONYMOUS, { ...query, operationName: 'A' }, '2026-11-30')).not.toBe(base);
    expect(answerKey('g1', ANONYMOUS, { query: `${query.query} ` }, '2026-11-30')).not.toBe(base);
  });

  it('name the generation first (the copies of an earlier state are never named again)', () => {
    expect(answerKey('g7', ANONYMOUS, query, '2026-11-30')).toMatch(/^g7:/);
  });

  it('keep a signed-in viewer apart from the public and from a viewer with other rights', () => {
    const anonymous = answerKey('g1', ANONYMOUS, query, '2026-11-30');
    const secretariat = answerKey('g1', signedIn(), query, '2026-11-30');
    expect(secretariat).not.toBe(anonymous);
    // Any difference in what the policy reads of the viewer gives another key.
    expect(answerKey('g1', signedIn({ subject: 'demo:vp-africa' }), query, '2026-11-30')).not.toBe(secretariat);
    const withRegions = signedIn({ coordinatedRegions: new Set(['AFRICA']) } as Partial<Viewer>);
    expect(answerKey('g1', withRegions, query, '2026-11-30')).not.toBe(secretariat);
  });

  it('do not depend on the order of a set in the viewer', () => {
    const a = signedIn({ coordinatedRegions: new Set(['AFRICA', 'ASIA']) } as Partial<Viewer>);
    const b = signedIn({ coordinatedRegions: new Set(['ASIA', 'AFRICA']) } as Partial<Viewer>);
    expect(answerKey('g1', a, query, '2026-11-30')).toBe(answerKey('g1', b, query, '2026-11-30'));
  });
});

describe('Cache-Control directives', () => {
  it('read and write by default; no-cache refreshes; no-store keeps out', () => {
    expect(cacheDirectives(undefined)).toEqual({ read: true, write: true });
    expect(cacheDirectives('max-age=0')).toEqual({ read: true, write: true });
    expect(cacheDirectives('No-Cache')).toEqual({ read: false, write: true });
    expect(cacheDirectives('no-store')).toEqual({ read: false, write: false });
  });
});
