import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { signLocalToken } from '../../src/access/auth/tokens';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

/** urql's own client as its docs set it up; only the requests it sends are recorded (its fetch is the global one). */
const Summary = graphql(`
  query UrqlSummary {
    participationSummary {
      total
    }
  }
`);

const ComorosStage = graphql(`
  query UrqlComorosStage($iso3: String!) {
    state(iso3: $iso3) {
      iso3
      nationalProcess {
        stage
      }
    }
  }
`);

const CreateDraft = graphql(`
  mutation UrqlCreateDraft($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        title
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const FirstIds = graphql(`
  query UrqlFirstIds {
    states(first: 100) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

const NodeIds = graphql(`
  query UrqlNodeIds($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);

interface Sent {
  method: string;
  headers: Record<string, string>;
}

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

/** A default urql client (cacheExchange + fetchExchange); `token` goes where urql's docs put it, in fetchOptions. */
function urql(token?: string): { client: Client; sent: Sent[] } {
  const sent: Sent[] = [];
  const client = new Client({
    url: hub.client.url,
    exchanges: [cacheExchange, fetchExchange],
    ...(token ? { fetchOptions: { headers: { authorization: `Bearer ${token}` } } } : {}),
    fetch: (input, init) => {
      sent.push({ method: init?.method ?? 'GET', headers: Object.fromEntries(new Headers(init?.headers).entries()) });
      return fetch(input, init);
    },
  });
  return { client, sent };
}

const tokenOf = async (principal: string) => signLocalToken(hub.config.auth, demoSubject(principal));

describe("urql's default set-up works against the hub", () => {
  it('an anonymous query goes as a GET with no custom header, and is answered', async () => {
    const { client, sent } = urql();
    const res = await client.query(Summary, {}).toPromise();
    expect(res.error).toBeUndefined();
    expect(res.data?.participationSummary.total).toBe(196);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.method).toBe('GET');
    // Nothing that would make a browser preflight it: urql's GET is a simple request.
    expect(Object.keys(sent[0]!.headers)).toEqual(['accept']);
  });

  it("a query with a bearer token (GET) is answered as that viewer's", async () => {
    const secretariat = urql(await tokenOf('secretariat'));
    const res = await secretariat.client.query(ComorosStage, { iso3: 'COM' }).toPromise();
    expect(res.error).toBeUndefined();
    expect(res.data?.state?.nationalProcess?.stage).toBe('UNDER_CONSIDERATION');
    expect(secretariat.sent[0]!.method).toBe('GET');

    const anonymous = await urql().client.query(ComorosStage, { iso3: 'COM' }).toPromise();
    expect(anonymous.data?.state?.nationalProcess).toBeNull();
    expect(anonymous.error?.graphQLErrors[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('a mutation goes as a JSON POST; its userErrors come back', async () => {
    const { client, sent } = urql(await tokenOf('partner-cso'));
    const backwards = { kind: 'WORKSHOP', title: 'Backwards', startDate: '2026-10-14', endDate: '2026-10-13' } as const;
    const refused = await client.mutation(CreateDraft, { input: backwards }).toPromise();
    expect(refused.error).toBeUndefined();
    expect(refused.data?.createActivity.activity).toBeNull();
    expect(refused.data?.createActivity.userErrors).toEqual([{ __typename: 'UserError', field: ['input', 'endDate'], code: 'INVALID' }]);
    const created = await client.mutation(CreateDraft, { input: { kind: 'WORKSHOP', title: 'Written through urql' } }).toPromise();
    expect(created.data?.createActivity.activity).toMatchObject({ title: 'Written through urql', status: 'DRAFT' });
    expect(sent.map((s) => [s.method, s.headers['content-type']])).toEqual([
      ['POST', 'application/json'],
      ['POST', 'application/json'],
    ]);
  });

  it('a query too long for a URL falls back to POST, as urql does by default', async () => {
    const { client, sent } = urql();
    const states = await client.query(FirstIds, {}).toPromise();
    const ids = states.data!.states.edges.map((e) => e.node.id);
    expect(ids).toHaveLength(100);
    const res = await client.query(NodeIds, { ids }).toPromise();
    expect(res.error).toBeUndefined();
    expect(res.data?.nodes.map((n) => n?.id)).toEqual(ids);
    expect(sent.map((s) => s.method)).toEqual(['GET', 'POST']);
  });
});

describe('cross-site request forgery: refused where the browser adds the credential itself', () => {
  const get = (headers: Record<string, string>) =>
    fetch(`${hub.client.url}?query=${encodeURIComponent('{ participationSummary { total } }')}`, { headers });

  it('a simple GET with a cookie, or with Basic credentials, is refused', async () => {
    for (const headers of [{ cookie: 'session=abc' }, { authorization: 'Basic dXNlcjpwYXNz' }] as Record<string, string>[]) {
      const res = await get(headers);
      expect(res.status, JSON.stringify(headers)).toBe(400);
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/cross-site request forgery/);
    }
  });

  it('a simple form POST with a cookie is refused before its body is read', async () => {
    const res = await fetch(hub.client.url, {
      method: 'POST',
      headers: { cookie: 'session=abc', 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { __typename }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/cross-site request forgery/);
  });

  it('the same cookie GET with a preflight header is answered', async () => {
    const res = await get({ cookie: 'session=abc', 'apollo-require-preflight': 'true' });
    expect(res.status).toBe(200);
  });

  it('mutations are never run from a GET', async () => {
    const res = await fetch(`${hub.client.url}?query=${encodeURIComponent('mutation { __typename }')}`);
    expect(res.status).toBe(405);
  });
});
