import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { LOCAL_TOKEN_MAX_SECONDS, localSecret, signLocalToken } from '../../src/access/auth/tokens';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '../../src/kernel/config';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { toGlobalId } from '../../src/kernel/graphql/node';
import { graphql } from '../gql';
import { HubClient, startTestHub, type TestHub } from '../support/hub';

const ComorosProcess = graphql(`
  query ComorosProcess {
    state(iso3: "COM") {
      iso3
      nationalProcess {
        stage
      }
    }
  }
`);

const ProcessesList = graphql(`
  query ProcessesList($filter: NationalProcessFilter) {
    nationalProcesses(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          stage
          state {
            iso3
          }
        }
      }
    }
  }
`);

const ProcessNode = graphql(`
  query ProcessNode($id: ID!) {
    node(id: $id) {
      id
      ... on NationalProcess {
        stage
        obstacles
      }
    }
  }
`);

const StatesByTier = graphql(`
  query StatesByTier($tier: PriorityTier) {
    states(first: 200, filter: { priorityTier: $tier }) {
      totalCount
      edges {
        node {
          iso3
          region
        }
      }
    }
  }
`);

const WhoAmI = graphql(`
  query WhoAmI {
    viewer {
      signedIn
      name
      level
      coordinatedRegions
      ownStates {
        iso3
      }
    }
  }
`);

const processId = (iso3: string) => toGlobalId('NationalProcess', stableUuid(`national-process:${iso3}`));

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

describe('restricted facts reach only those entitled', () => {
  it('anonymous: nationalProcess is null and the public is asked to sign in; the rest of the state is there', async () => {
    const res = await hub.client.query(ComorosProcess);
    expect(res.status).toBe(200);
    expect(res.data?.state).toEqual({ iso3: 'COM', nationalProcess: null });
    expect(res.errors).toEqual([
      expect.objectContaining({ path: ['state', 'nationalProcess'], message: 'Sign in to read this field.', extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
  });

  it.each(['secretariat', 'csp-president', 'wgtu-cochair', 'vp-africa', 'focal-point-com'])('%s reads the stage', async (who) => {
    const res = await (await hub.as(who)).query(ComorosProcess);
    expect(res.errors).toBeUndefined();
    expect(res.data?.state?.nationalProcess?.stage).toBe('UNDER_CONSIDERATION');
  });

  it.each(['wgeti-chair', 'partner-cso', 'partner-industry', 'former-cochair'])('%s is denied', async (who) => {
    const res = await (await hub.as(who)).query(ComorosProcess);
    expect(res.data?.state?.nationalProcess).toBeNull();
    expect(res.errors?.[0]).toMatchObject({ message: 'You may not read this field.', extensions: { code: 'FORBIDDEN' } });
  });

  it('a term that has ended grants nothing: the former co-chair reads as a partner', async () => {
    const res = await (await hub.as('former-cochair')).query(WhoAmI);
    expect(res.data?.viewer).toMatchObject({ signedIn: true, level: 'PARTNER' });
    const cochair = await (await hub.as('wgtu-cochair')).query(WhoAmI);
    expect(cochair.data?.viewer.level).toBe('RESTRICTED');
  });

  it('scoped grants: the VP reads its region, the contact its own state, nothing beyond', async () => {
    const vp = await (await hub.as('vp-africa')).query(WhoAmI);
    expect(vp.data?.viewer).toMatchObject({ level: 'TREATY_BODY', coordinatedRegions: ['AFRICA'] });
    const contact = await (await hub.as('focal-point-com')).query(WhoAmI);
    expect(contact.data?.viewer.ownStates).toEqual([{ iso3: 'COM' }]);

    const gambiaForContact = await (await hub.as('focal-point-com')).query(ProcessNode, { id: processId('GMB') });
    expect(gambiaForContact.data?.node).toBeNull();
    const gambiaForVp = await (await hub.as('vp-africa')).query(ProcessNode, { id: processId('GMB') });
    expect(gambiaForVp.data?.node).toMatchObject({ stage: 'DOMESTIC_REVIEW' });
  });
});

describe('no side channels', () => {
  it('lists and totalCount hold only the records in scope, counted in the database', async () => {
    const all = await (await hub.as('secretariat')).query(ProcessesList, {});
    expect(all.data?.nationalProcesses?.totalCount).toBe(2);
    const region = await (await hub.as('vp-africa')).query(ProcessesList, {});
    expect(region.data?.nationalProcesses?.totalCount).toBe(2);
    const own = await (await hub.as('focal-point-com')).query(ProcessesList, {});
    expect(own.data?.nationalProcesses?.totalCount).toBe(1);
    expect(own.data?.nationalProcesses?.edges.map((e) => e.node.state?.iso3)).toEqual(['COM']);
  });

  it('filtering by a restricted field: forbidden without the right, confined to scope with a scoped right', async () => {
    const anonymous = await hub.client.query(StatesByTier, { tier: 'TIER_1_SIGNATORY' });
    // `states` is non-null, so the error nulls the whole answer: nothing of the list leaks.
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors?.[0]?.message).toBe('Sign in to filter by priorityTier.');
    const chair = await (await hub.as('wgeti-chair')).query(StatesByTier, { tier: 'TIER_1_SIGNATORY' });
    expect(chair.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(chair.errors?.[0]?.message).toBe('You may not filter by priorityTier.');

    const all = await (await hub.as('secretariat')).query(StatesByTier, { tier: 'TIER_1_SIGNATORY' });
    // The 25 signatories of the data less the United States, which declared it does not intend to become a party (tier 3).
    expect(all.data?.states?.totalCount).toBe(24);
    const africa = await (await hub.as('vp-africa')).query(StatesByTier, { tier: 'TIER_1_SIGNATORY' });
    expect(africa.data?.states?.totalCount).toBe(10);
    expect(new Set(africa.data?.states?.edges.map((e) => e.node.region))).toEqual(new Set(['AFRICA']));
    const own = await (await hub.as('focal-point-com')).query(StatesByTier, { tier: 'TIER_1_SIGNATORY' });
    expect(own.data?.states?.edges.map((e) => e.node.iso3)).toEqual(['COM']);
  });

  it('a hidden record answers exactly as one that does not exist, by node(id:) and by mutation', async () => {
    const contact = await hub.as('focal-point-com');
    const hidden = await contact.query(ProcessNode, { id: processId('GMB') });
    const missing = await contact.query(ProcessNode, { id: toGlobalId('NationalProcess', stableUuid('no such record')) });
    expect(hidden).toMatchObject({ status: 200, data: { node: null } });
    expect(hidden.errors).toEqual(missing.errors);
    expect(hidden.data).toEqual(missing.data);

    const update = (id: string) =>
      contact.post(
        JSON.stringify({
          query: 'mutation($id: ID!) { updateNationalProcess(input: { id: $id, version: 1, stage: DEPOSITED }) { userErrors { field message code } } }',
          variables: { id },
        }),
      );
    const onHidden = await update(processId('GMB'));
    const onMissing = await update(toGlobalId('NationalProcess', stableUuid('no such record')));
    expect(onHidden.data).toEqual(onMissing.data);
    expect(JSON.stringify(onHidden)).not.toMatch(/GMB|Gambia|DOMESTIC_REVIEW/);
  });

  it('aliases, fragments on the Node interface and nested paths are checked like the plain field', async () => {
    const query = `{
      a: state(iso3: "COM") { p: nationalProcess { s: stage } }
      b: node(id: "${toGlobalId('State', 'COM')}") { ... on State { nationalProcess { ... on NationalProcess { obstacles } } } }
      c: node(id: "${processId('COM')}") { id ... on Node { ... on NationalProcess { nextStep } } }
      d: states(first: 200, filter: { region: AFRICA }) { edges { node { iso3 currentPriority { tier } } } }
    }`;
    const res = await hub.client.post(JSON.stringify({ query }));
    const data = res.data as unknown as Record<string, unknown> & { d: { edges: { node: { currentPriority: unknown } }[] } };
    expect(data.a).toEqual({ p: null });
    expect(data.b).toEqual({ nationalProcess: null });
    expect(data.c).toBeNull();
    expect(data.d.edges.every((e) => e.node.currentPriority === null)).toBe(true);
    expect(res.errors?.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
    expect(JSON.stringify(res.errors)).not.toMatch(/UNDER_CONSIDERATION|conditions|TIER_1/);
  });

  it('the audit trail is for the Secretariat only', async () => {
    const query = JSON.stringify({ query: '{ auditEvents(first: 5) { totalCount } }' });
    for (const who of ['csp-president', 'wgtu-cochair', 'vp-africa']) {
      const res = await (await hub.as(who)).post(query);
      expect(res.data, who).toEqual({ auditEvents: null });
      expect(res.errors?.[0]?.extensions?.code, who).toBe('FORBIDDEN');
    }
    const secretariat = await (await hub.as('secretariat')).post(query);
    expect(secretariat.errors).toBeUndefined();
  });
});

describe('tokens', () => {
  const whoAmI = JSON.stringify({ query: '{ viewer { signedIn level } }' });

  it('no token is the public; a valid one is the person', async () => {
    expect((await hub.client.post(whoAmI)).data).toEqual({ viewer: { signedIn: false, level: 'PUBLIC' } });
    expect((await (await hub.as('secretariat')).post(whoAmI)).data).toEqual({ viewer: { signedIn: true, level: 'RESTRICTED' } });
  });

  it('expired, wrongly addressed, wrongly signed, unknown or malformed: UNAUTHENTICATED, never anonymous', async () => {
    const subject = demoSubject('secretariat');
    const cases: [string, string][] = [
      ['expired', await signLocalToken(hub.config.auth, subject, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
      ['wrong audience', await signLocalToken(hub.config.auth, subject, { audience: 'another-service' })],
      ['wrong signature', await signLocalToken(hub.config.auth, subject, { secret: new Uint8Array(32).fill(7) })],
      ['unknown subject', await signLocalToken(hub.config.auth, 'demo:nobody')],
      ['not a JWT', 'not-a-token'],
    ];
    for (const [label, token] of cases) {
      const res = await new HubClient(hub.client.url, token).post(whoAmI);
      expect(res.status, label).toBe(401);
      expect(res.data, label).toBeUndefined();
      expect(res.errors?.[0]?.extensions?.code, label).toBe('UNAUTHENTICATED');
    }
    const basic = await hub.client.post(whoAmI, { authorization: 'Basic c2VjcmV0YXJpYXQ6eA==' });
    expect(basic.status).toBe(401);
    expect(basic.errors?.[0]?.message).toMatch(/Bearer/);
  });

  it('a token must expire, within 12 hours of its issue, and not be issued in the future (beyond a minute of clock skew)', async () => {
    const subject = demoSubject('secretariat');
    const secret = localSecret(hub.config.auth.kind === 'local' ? hub.config.auth.secretFile : '');
    const now = Math.floor(Date.now() / 1000);
    const token = (claims: { iat?: number; nbf?: number; exp?: number | null }) => {
      const jwt = new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuer(LOCAL_ISSUER).setAudience(LOCAL_AUDIENCE);
      if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
      if (claims.nbf !== undefined) jwt.setNotBefore(claims.nbf);
      if (claims.exp !== null) jwt.setExpirationTime(claims.exp ?? now + 3600);
      return jwt.sign(secret);
    };
    const refused: [string, Promise<string>, RegExp][] = [
      ['no exp', token({ iat: now, exp: null }), /^The token has no expiry \(exp claim\)/],
      ['no iat', token({}), /^The token has no iat claim\.$/],
      ['valid for 13 hours', token({ iat: now, exp: now + 13 * 3600 }), /^The token is valid for more than 12 hours; ask for a new one\.$/],
      ['issued 5 minutes ahead', token({ iat: now + 300, exp: now + 3600 }), /^The token was issued in the future/],
      ['valid only from 5 minutes ahead', token({ iat: now, nbf: now + 300 }), /^The token is not valid yet/],
    ];
    for (const [label, jwt, message] of refused) {
      const res = await new HubClient(hub.client.url, await jwt).post(whoAmI);
      expect(res.status, label).toBe(401);
      expect(res.errors?.[0]?.extensions?.code, label).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message, label).toMatch(message);
    }
    // Within the clock skew, and at the longest lifetime: accepted.
    for (const jwt of [token({ iat: now + 30, nbf: now + 30 }), token({ iat: now, exp: now + 12 * 3600 })]) {
      expect((await new HubClient(hub.client.url, await jwt).post(whoAmI)).data).toEqual({ viewer: { signedIn: true, level: 'RESTRICTED' } });
    }
  });

  it('`npm run token` issues a token within the lifetime the hub accepts', async () => {
    // Not spawnSync: the hub under test runs in this process and must go on answering meanwhile.
    const run = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'scripts/token.ts', 'secretariat'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { ...process.env, HUB_DATA_DIR: path.dirname(hub.config.auth.kind === 'local' ? hub.config.auth.secretFile : '') },
      encoding: 'utf8',
    });
    const printed = run.stdout.trim();
    const claims = decodeJwt(printed);
    expect(claims.exp! - claims.iat!).toBeGreaterThan(0);
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(LOCAL_TOKEN_MAX_SECONDS);
    expect((await new HubClient(hub.client.url, printed).post(whoAmI)).data).toEqual({ viewer: { signedIn: true, level: 'RESTRICTED' } });
  });

  it('a token accepted a moment ago is refused once it expires', async () => {
    // The hub keeps tokens it has verified; it must not keep them past their expiry.
    const expiresAt = Math.floor(Date.now() / 1000) + 2;
    const client = new HubClient(hub.client.url, await signLocalToken(hub.config.auth, demoSubject('secretariat'), { expiresIn: expiresAt }));
    expect((await client.post(whoAmI)).data).toEqual({ viewer: { signedIn: true, level: 'RESTRICTED' } });
    await new Promise((resolve) => setTimeout(resolve, expiresAt * 1000 - Date.now() + 100));
    const late = await client.post(whoAmI);
    expect(late.status).toBe(401);
    expect(late.errors?.[0]?.message).toMatch(/expired/);
  });
});
