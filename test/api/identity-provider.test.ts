import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CryptoKey, exportJWK, exportSPKI, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BodyCode, OfficeKind } from '../../src/domains/bodies/enums';
import { OfficeHolding } from '../../src/domains/bodies/office-holding.entity';
import { Person } from '../../src/domains/bodies/person.entity';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { HubClient, startTestHub, type TestHub } from '../support/hub';

/**
 * The identity-provider path end to end: a JWKS served by the test (as a provider publishes its
 * keys), tokens signed with the provider's private keys, a person registered under the
 * provider's subject, and a hub configured with AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE.
 */
const ISSUER = 'https://idp.example.test/';
const AUDIENCE = 'att-hub';
const SUBJECT = 'idp|2f6c1e4a-wgeti-chair';
/** AUTH_KEY_CACHE_SECONDS of the hub under test: a withdrawn key must stop working within it. */
const KEY_CACHE_MS = 2_000;

type Key = { kid: string; alg: 'RS256' | 'ES256'; privateKey: CryptoKey; jwk: JWK; pem: string };
async function providerKey(kid: string, alg: Key['alg']): Promise<Key> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' }, pem: await exportSPKI(publicKey) };
}

/** The provider's JWKS endpoint: the keys it publishes now, how often it was asked, and whether it answers. */
const provider = { keys: [] as Key[], fetches: 0, down: false };
const jwksServer = http.createServer((_req, res) => {
  provider.fetches++;
  if (provider.down) return void res.writeHead(503).end();
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: provider.keys.map((k) => k.jwk) }));
});

const now = () => Math.floor(Date.now() / 1000);
function sign(key: Key, claims: { sub?: string; iss?: string; aud?: string; iat?: number; nbf?: number; exp?: number | null } = {}): Promise<string> {
  const { sub = SUBJECT, iss = ISSUER, aud = AUDIENCE, iat = now(), nbf, exp = now() + 600 } = claims;
  const jwt = new SignJWT({}).setProtectedHeader({ alg: key.alg, kid: key.kid }).setSubject(sub).setIssuer(iss).setAudience(aud).setIssuedAt(iat);
  if (nbf !== undefined) jwt.setNotBefore(nbf);
  if (exp !== null) jwt.setExpirationTime(exp);
  return jwt.sign(key.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const whoAmI = JSON.stringify({ query: '{ viewer { signedIn level name } }' });

let hub: TestHub;
let rsa: Key;
let ec: Key;
const ask = (token: string) => new HubClient(hub.client.url, token).post(whoAmI);

beforeAll(async () => {
  [rsa, ec] = await Promise.all([providerKey('rsa-2026-01', 'RS256'), providerKey('ec-2026-01', 'ES256')]);
  provider.keys = [rsa, ec];
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  hub = await startTestHub({
    AUTH_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_KEY_CACHE_SECONDS: String(KEY_CACHE_MS / 1000),
  });
  // A person known to the hub by the provider's subject, holding an office (as demo principals are registered).
  const em = hub.hub.database.orm.em.fork();
  await em.transactional(async (tx) => {
    const person = await tx.upsert(Person, { id: stableUuid('person:idp-test'), subject: SUBJECT, name: 'Test WGETI chair (identity provider)', demo: true });
    await tx.upsert(OfficeHolding, {
      id: stableUuid('holding:idp-test'),
      person,
      body: BodyCode.WGETI,
      office: OfficeKind.CHAIR,
      region: null,
      representingState: null,
      validFrom: '2025-01-01',
      validTo: null,
      source: 'Test record',
      demo: true,
      // An upsert runs no creation hook: a versioned record's times are given.
      createdAt: new Date(),
      updatedAt: new Date(),
    });
  });
});
afterAll(async () => {
  await hub?.stop();
  await new Promise((resolve) => jwksServer.close(resolve));
});

function expectRefused(res: Awaited<ReturnType<typeof ask>>, label: string, message: RegExp): void {
  expect(res.status, label).toBe(401);
  expect(res.data, label).toBeUndefined();
  expect(res.errors?.[0]?.extensions?.code, label).toBe('UNAUTHENTICATED');
  expect(res.errors?.[0]?.message, label).toMatch(message);
}

describe('tokens of the identity provider', () => {
  it('a token the provider signed (RS256 or ES256) for a registered person is that person, with the rights of its office', async () => {
    for (const key of [rsa, ec]) {
      const res = await ask(await sign(key));
      expect(res.errors, key.alg).toBeUndefined();
      expect(res.data, key.alg).toEqual({ viewer: { signedIn: true, level: 'TREATY_BODY', name: 'Test WGETI chair (identity provider)' } });
    }
    // Clocks differ a little: issued half a minute "ahead" is accepted.
    expect((await ask(await sign(rsa, { iat: now() + 30, nbf: now() + 30 }))).data).toMatchObject({ viewer: { signedIn: true } });
  });

  it('refused: an unknown kid, a key the provider never had, HS256 signed with its public key (key confusion), alg none', async () => {
    const rogue = await providerKey('rogue-key', 'RS256');
    expectRefused(await ask(await sign(rogue)), 'unknown kid', /key the identity provider does not publish/);
    // The provider's kid, another private key: the signature does not verify.
    expectRefused(await ask(await sign({ ...rogue, kid: rsa.kid })), 'wrong key', /could not be verified/);

    const payload = { sub: SUBJECT, iss: ISSUER, aud: AUDIENCE, iat: now(), exp: now() + 600 };
    for (const [label, secret] of [
      ['the PEM of the public key', rsa.pem],
      ['the JWK of the public key', JSON.stringify(rsa.jwk)],
      ['its modulus', Buffer.from(rsa.jwk.n!, 'base64url').toString('latin1')],
    ] as const) {
      const confused = await new SignJWT(payload).setProtectedHeader({ alg: 'HS256', kid: rsa.kid }).sign(Buffer.from(secret, 'latin1'));
      expectRefused(await ask(confused), `HS256 with ${label}`, /algorithm not accepted here/);
    }
    for (const alg of ['none', 'None', 'NONE']) {
      expectRefused(await ask(`${b64({ alg, kid: rsa.kid })}.${b64(payload)}.`), `alg ${alg}`, /algorithm not accepted here|could not be verified/);
    }
  });

  it('refused: another issuer or audience, no expiry, expired, issued or valid only in the future beyond the clock skew, an unknown person', async () => {
    const cases: [string, Promise<string>, RegExp][] = [
      ['issuer', sign(rsa, { iss: 'https://evil.example.test/' }), /iss claim is not accepted/],
      ['audience', sign(rsa, { aud: 'another-service' }), /aud claim is not accepted/],
      ['no exp', sign(rsa, { exp: null }), /no expiry \(exp claim\)/],
      ['expired', sign(rsa, { iat: now() - 600, exp: now() - 1 }), /expired/],
      ['iat in the future', sign(rsa, { iat: now() + 300 }), /issued in the future/],
      ['nbf in the future', sign(rsa, { nbf: now() + 300 }), /not valid yet/],
      ['unknown person', sign(rsa, { sub: 'idp|nobody' }), /not registered|unknown|not known/i],
    ];
    for (const [label, token, message] of cases) expectRefused(await ask(await token), label, message);
  });
});

describe("the provider's keys", () => {
  it('are fetched once and kept; a key withdrawn from the JWKS stops being accepted within AUTH_KEY_CACHE_SECONDS; a key added is picked up', async () => {
    const extra = await providerKey('rsa-2026-02', 'RS256');
    provider.keys = [rsa, ec];
    const token = await sign(rsa);
    expect((await ask(token)).status).toBe(200);
    // Kept: the provider is asked again only once the keys are AUTH_KEY_CACHE_SECONDS old, however many requests come.
    const before = provider.fetches;
    const started = Date.now();
    for (let i = 0; i < 20; i++) expect((await ask(i % 2 ? token : await sign(ec))).status).toBe(200);
    expect(provider.fetches - before).toBeLessThanOrEqual(1 + Math.floor((Date.now() - started) / KEY_CACHE_MS));

    // Withdrawn: a token signed with the key is accepted no later than KEY_CACHE_MS after the withdrawal,
    // whether the hub had verified it before (`token`) or not (a new one each time).
    provider.keys = [ec, extra];
    const withdrawnAt = Date.now();
    const answers: { sentAt: number; status: number; message?: string }[] = [];
    for (;;) {
      for (const t of [token, await sign(rsa)]) {
        const sentAt = Date.now();
        const res = await ask(t);
        answers.push({ sentAt, status: res.status, message: res.errors?.[0]?.message });
      }
      const lastTwo = answers.slice(-2);
      if (lastTwo.every((a) => a.status === 401)) break;
      expect(Date.now() - withdrawnAt, 'still accepted long after the withdrawal').toBeLessThan(KEY_CACHE_MS + 30_000);
      await new Promise((r) => setTimeout(r, 100));
    }
    const lateAcceptances = answers.filter((a) => a.status === 200 && a.sentAt >= withdrawnAt + KEY_CACHE_MS);
    expect(lateAcceptances).toEqual([]);
    expect(answers.at(-1)!.message).toMatch(/key the identity provider does not publish/);
    // The hub asked the provider again to learn of the withdrawal.
    expect(provider.fetches).toBeGreaterThan(before);
    // And once refused, it stays refused.
    expect((await ask(token)).status).toBe(401);

    // Added: a token with the new key is accepted (an unknown kid makes the hub fetch the keys again).
    const fresh = await sign(extra);
    let accepted = false;
    for (const deadline = Date.now() + KEY_CACHE_MS + 30_000; !accepted && Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      accepted = (await ask(fresh)).status === 200;
    }
    expect(accepted).toBe(true);
  });

  it('tokens with unknown kids do not make the hub hammer the provider: at most one fetch per cooldown', async () => {
    const rogue = await providerKey('rogue-flood', 'RS256');
    const tokens = await Promise.all(Array.from({ length: 20 }, () => sign(rogue)));
    const before = provider.fetches;
    const started = Date.now();
    const answers = await Promise.all(tokens.map((t) => ask(t)));
    const elapsed = Date.now() - started;
    expect(answers.every((a) => a.status === 401)).toBe(true);
    // The cooldown is min(30 s, AUTH_KEY_CACHE_SECONDS); one fetch may also be due to the keys' age.
    expect(provider.fetches - before).toBeLessThanOrEqual(2 + Math.floor(elapsed / KEY_CACHE_MS) * 2);
  });

  it('the provider unreachable: a token not verified lately is answered 503 UNAVAILABLE (never 500, never anonymous); it works again once the provider is back', async () => {
    provider.keys = [rsa, ec];
    provider.down = true;
    try {
      // Once the kept keys are older than AUTH_KEY_CACHE_SECONDS, a new token needs them again.
      await new Promise((r) => setTimeout(r, KEY_CACHE_MS + 200));
      const res = await ask(await sign(ec));
      expect(res.status).toBe(503);
      expect(res.data).toBeUndefined();
      expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
      expect(res.errors?.[0]?.message).toMatch(/identity provider's keys cannot be fetched/);
    } finally {
      provider.down = false;
    }
    expect((await ask(await sign(ec))).status).toBe(200);
  });
});
