import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/kernel/config';
import { demoTokenRouter } from '../../src/domains/web/demo-tokens';
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
async function routerOnly(env: Record<string, string>, overrides: Parameters<typeof loadConfig>[1] = {}, host = '127.0.0.1') {
  const app = express().use(demoTokenRouter(loadConfig({ HUB_DATA_DIR: '/nonexistent', ...env }, overrides)));
  const server = app.listen(0, host);
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((r) => server.close(r)),
  };
}

/** A request with the headers a browser page elsewhere would send (fetch() would not let us set Host). */
function rawIssue(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const body = JSON.stringify({ principal: 'secretariat' });
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(body.length), ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** An address of this machine other than loopback, if it has one. */
const externalAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

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

  it('the dashboard\'s own page gets a token; a page elsewhere does not, nor a DNS-rebinding page', async () => {
    const url = `${hub.origin}/demo/token`;
    const host = new URL(hub.origin).host;
    // What the dashboard sends: its own origin, same-origin fetch metadata.
    const own = await rawIssue(url, { origin: hub.origin, 'sec-fetch-site': 'same-origin' });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body)).toHaveProperty('token');
    expect((await rawIssue(url, { host: `localhost:${new URL(hub.origin).port}` })).status).toBe(200);

    const refusals: [Record<string, string>, RegExp][] = [
      // DNS rebinding: the attacker's name resolved to 127.0.0.1, so the browser sends that name.
      [{ host: `rebind.attacker.example:${new URL(hub.origin).port}` }, /addressed to "rebind\.attacker\.example/],
      [{ host: `rebind.attacker.example:${new URL(hub.origin).port}`, origin: `http://rebind.attacker.example:${new URL(hub.origin).port}` }, /addressed to/],
      // A cross-site POST from a page elsewhere.
      [{ origin: 'https://attacker.example', 'sec-fetch-site': 'cross-site' }, /came from "https:\/\/attacker\.example"/],
      [{ origin: 'null' }, /came from "null"/],
      [{ 'sec-fetch-site': 'cross-site' }, /came from a cross-site page/],
      [{ 'sec-fetch-site': 'same-site' }, /came from a same-site page/],
      // Another port of this machine is another origin (another local server's page).
      [{ origin: `http://${host.replace(/:\d+$/, ':1')}` }, /came from/],
    ];
    for (const [headers, message] of refusals) {
      const res = await rawIssue(url, headers);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.body).not.toContain('token"');
      const error = (JSON.parse(res.body) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]!;
      expect(error.extensions.code).toBe('FORBIDDEN');
      expect(error.message).toMatch(message);
    }
    // The list follows the token: a page elsewhere is not offered a picker that cannot work.
    const list = await new Promise<number>((resolve, reject) => {
      http
        .get(`${hub.origin}/demo/principals`, { headers: { host: 'rebind.attacker.example' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    expect(list).toBe(403);
  });

  it.runIf(externalAddress)('is refused to a client on another machine', async () => {
    // Listening on every interface, reached through this machine's own non-loopback address.
    const server = await routerOnly({}, {}, '0.0.0.0');
    try {
      const res = await rawIssue(`http://${externalAddress}:${server.port}/demo/token`, { host: `localhost:${server.port}` });
      expect(res.status).toBe(403);
      expect(res.body).toContain("only to clients on the hub's own machine");
      expect((await rawIssue(`http://127.0.0.1:${server.port}/demo/token`, {})).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('demo principals are on the embedded database only, unless DEMO_PRINCIPALS asks; never in production', async () => {
    const server = 'postgres://postgres@127.0.0.1:5432/att_hub';
    expect(loadConfig({ HUB_DATA_DIR: '/x' }).demoPrincipals).toBe(true);
    expect(loadConfig({ HUB_DATA_DIR: '/x', DATABASE_URL: server }).demoPrincipals).toBe(false);
    expect(loadConfig({ HUB_DATA_DIR: '/x', DATABASE_URL: server, DEMO_PRINCIPALS: 'true' }).demoPrincipals).toBe(true);
    expect(loadConfig({ HUB_DATA_DIR: '/x', DEMO_PRINCIPALS: 'false' }).demoPrincipals).toBe(false);
    const oidc = { AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks', AUTH_ISSUER: 'https://id.example', AUTH_AUDIENCE: 'att-hub' };
    expect(() => loadConfig({ ...oidc, NODE_ENV: 'production', DEMO_PRINCIPALS: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...oidc, NODE_ENV: 'production', DEMO_PRINCIPALS: 'true' })).toThrow(/DEMO_PRINCIPALS cannot be on in production/);
    // A server database without the setting: no demo sign-in (the seeding is tested in server-database.test.ts).
    for (const env of [{ DATABASE_URL: server }, { DEMO_PRINCIPALS: 'false' }] as Record<string, string>[]) {
      const router = await routerOnly(env);
      try {
        expect((await fetch(`${router.origin}/demo/principals`)).status).toBe(404);
        expect((await issue(router.origin, { principal: 'secretariat' })).status).toBe(404);
      } finally {
        await router.close();
      }
    }
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
