import { print } from 'graphql';
import { ClientError, GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { signLocalToken } from '../../src/access/auth/tokens';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

/** graphql-request, the minimal client, as its docs set it up: a query, a mutation with userErrors, paging across an insert. */
const ComorosStage = graphql(`
  query RequestComorosStage($iso3: String!) {
    state(iso3: $iso3) {
      iso3
      nationalProcess {
        stage
      }
    }
  }
`);

const CreateDraft = graphql(`
  mutation RequestCreateDraft($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
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

const Activities = graphql(`
  query RequestActivities($first: Int!, $after: String) {
    activities(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.stop();
});

/** A client with the bearer token in its headers (none: the anonymous public). */
const client = (token?: string) => new GraphQLClient(hub.client.url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
const tokenOf = async (principal: string) => signLocalToken(hub.config.auth, demoSubject(principal));

describe('graphql-request against the hub', () => {
  it("a query is answered as the token's viewer; a denied field is an error at its path, the rest of the answer kept", async () => {
    const secretariat = await client(await tokenOf('secretariat')).request(ComorosStage, { iso3: 'COM' });
    expect(secretariat.state?.nationalProcess?.stage).toBe('UNDER_CONSIDERATION');

    // Its default: any error throws a ClientError that still holds the data.
    const denied = await client()
      .request(ComorosStage, { iso3: 'COM' })
      .catch((e: unknown) => e);
    expect(denied).toBeInstanceOf(ClientError);
    const { response } = denied as ClientError;
    expect((response.data as { state: { iso3: string; nationalProcess: unknown } }).state).toEqual({ iso3: 'COM', nationalProcess: null });
    expect(response.errors?.[0]?.path).toEqual(['state', 'nationalProcess']);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // With errorPolicy "all", the data and the errors both come back.
    const all = await new GraphQLClient(hub.client.url, { errorPolicy: 'all' }).rawRequest<{ state: { nationalProcess: unknown } | null }>(print(ComorosStage), { iso3: 'COM' });
    expect(all.data.state?.nationalProcess).toBeNull();
    expect(all.errors?.[0]?.path).toEqual(['state', 'nationalProcess']);
  });

  it('a refused token is a ClientError with HTTP 401 and UNAUTHENTICATED', async () => {
    const refused = await client('not-a-token')
      .request(ComorosStage, { iso3: 'COM' })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ClientError);
    expect((refused as ClientError).response.status).toBe(401);
    expect((refused as ClientError).response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a mutation: its userErrors come back as data, not as an error', async () => {
    const partner = client(await tokenOf('partner-cso'));
    const refused = await partner.request(CreateDraft, { input: { kind: 'WORKSHOP', title: 'Backwards', startDate: '2026-10-14', endDate: '2026-10-13' } });
    expect(refused.createActivity.activity).toBeNull();
    expect(refused.createActivity.userErrors).toEqual([{ field: ['input', 'endDate'], code: 'INVALID' }]);
    const created = await partner.request(CreateDraft, { input: { kind: 'WORKSHOP', title: 'Written through graphql-request' } });
    expect(created.createActivity.activity).toMatchObject({ title: 'Written through graphql-request', status: 'DRAFT' });
  });

  it('pages with the keyset cursors: an activity added before the cursor between two pages neither repeats nor skips one', async () => {
    const partner = client(await tokenOf('partner-cso'));
    // Enough items for two pages of three, whatever ran before.
    for (const n of [1, 2, 3]) await partner.request(CreateDraft, { input: { kind: 'WORKSHOP', title: `graphql-request undated workshop ${n}` } });
    const all = (await partner.request(Activities, { first: 200 })).activities;
    expect(all.totalCount).toBeGreaterThan(6);
    const ids = all.edges.map((e) => e.node.id);
    const first = (await partner.request(Activities, { first: 3 })).activities;
    expect(first.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 3));
    // Newest first: a workshop in 2030 sorts at the top, before the cursor (an offset would repeat the third item).
    const added = await partner.request(CreateDraft, { input: { kind: 'WORKSHOP', title: 'graphql-request future workshop', startDate: '2030-03-01' } });
    const second = (await partner.request(Activities, { first: 3, after: first.pageInfo.endCursor })).activities;
    expect(second.edges.map((e) => e.node.id)).toEqual(ids.slice(3, 6));
    expect(second.totalCount).toBe(all.totalCount + 1);
    expect((await partner.request(Activities, { first: 1 })).activities.edges[0]!.node.id).toBe(added.createActivity.activity!.id);
  });
});
