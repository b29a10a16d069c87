import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { demoTokenRouter } from '../../src/web/demo-tokens';
import { startTestHub, type TestHub } from '../support/hub';

/** The dashboard's demo sign-in: only where the hub signs its own tokens, and never in production. */
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

const issue = (origin: string, body: unknown) =>
  fetch(`${origin}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** The router alone, on its own server, for configurations a test hub cannot start with. */
async function routerOnly(env: Record<string, string>, overrides: Parameters<typeof loadConfig>[1] = {}) {
  const app = express().use(demoTokenRouter(loadConfig({ HUB_DATA_DIR: '/nonexistent', ...env }, overrides)));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('demo sign-in', () => {
  it('lists the demo principals and issues a token the hub accepts', async () => {
    const list = (await (await fetch(`${hub.origin}/demo/principals`)).json()) as { principals: { principal: string }[] };
    expect(list.principals.map((p) => p.principal)).toContain('vp-africa');
    const res = await issue(hub.origin, { principal: 'vp-africa' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const { token } = (await res.json()) as { token: string };
    const viewer = await fetch(`${hub.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { signedIn coordinatedRegions } }' }),
    });
    expect(await viewer.json()).toEqual({ data: { viewer: { signedIn: true, coordinatedRegions: ['AFRICA'] } }, extensions: expect.anything() });
  });

  it('refuses an unknown principal and anything but JSON', async () => {
    expect((await issue(hub.origin, { principal: 'nobody' })).status).toBe(400);
    const form = await fetch(`${hub.origin}/demo/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'principal=secretariat' });
    expect(form.status).toBe(415);
  });

  it('is not offered with an identity provider, nor in production', async () => {
    const oidc = { AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks', AUTH_ISSUER: 'https://id.example', AUTH_AUDIENCE: 'att-hub' };
    for (const server of [await routerOnly(oidc), await routerOnly({ ...oidc, NODE_ENV: 'production' }), await routerOnly({}, { nodeEnv: 'production' })]) {
      try {
        expect((await fetch(`${server.origin}/demo/principals`)).status).toBe(404);
        const res = await issue(server.origin, { principal: 'secretariat' });
        expect(res.status).toBe(404);
        expect(await res.json()).not.toHaveProperty('token');
      } finally {
        await server.close();
      }
    }
  });
});
