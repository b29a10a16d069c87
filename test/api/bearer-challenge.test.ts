import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { signLocalToken } from '../../src/access/auth/tokens';
import { startTestHub, type TestHub } from '../support/hub';

/** RFC 6750 §3: every 401 names the Bearer scheme; a refused token says invalid_token and why. */
const REALM = 'Bearer realm="ATT Coordination Hub"';
const INVALID = /^Bearer realm="ATT Coordination Hub", error="invalid_token", error_description="([\x20\x21\x23-\x5b\x5d-\x7e]+)"$/;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const query = '{ viewer { signedIn } }';
const post = (authorization?: string) =>
  fetch(hub.client.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query }),
  });
const get = (authorization?: string) =>
  fetch(`${hub.client.url}?query=${encodeURIComponent(query)}`, { headers: authorization ? { authorization } : {} });

describe('WWW-Authenticate on every 401', () => {
  it('no credential: answered as the public, no challenge', async () => {
    for (const res of [await post(), await get()]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('www-authenticate')).toBeNull();
    }
  });

  it('a bad token, by POST or GET: invalid_token with a description, and the GraphQL error beside it', async () => {
    const subject = demoSubject('secretariat');
    const cases: [string, string, RegExp][] = [
      ['expired', `Bearer ${await signLocalToken(hub.config.auth, subject, { expiresIn: Math.floor(Date.now() / 1000) - 60 })}`, /expired/],
      ['wrong signature', `Bearer ${await signLocalToken(hub.config.auth, subject, { secret: new Uint8Array(32).fill(7) })}`, /./],
      ['unknown subject', `Bearer ${await signLocalToken(hub.config.auth, 'demo:nobody')}`, /./],
      ['malformed', 'Bearer not a token!', /malformed/],
    ];
    for (const [label, authorization, described] of cases) {
      for (const res of [await post(authorization), await get(authorization)]) {
        expect(res.status, label).toBe(401);
        const challenge = res.headers.get('www-authenticate') ?? '';
        expect(challenge, label).toMatch(INVALID);
        expect(INVALID.exec(challenge)![1], label).toMatch(described);
        const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
        expect(body.errors[0]!.extensions, label).toEqual({ code: 'UNAUTHENTICATED' });
      }
    }
  });

  it('another scheme (Basic): the challenge names Bearer only, without an error code', async () => {
    const res = await post('Basic c2VjcmV0YXJpYXQ6eA==');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe(REALM);
  });

  it('the exports challenge the same way', async () => {
    const refused = await fetch(`${hub.origin}/exports/participation.csv`, { headers: { authorization: 'Bearer nonsense' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(INVALID);
  });
});
