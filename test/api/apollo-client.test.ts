import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSubject } from '../../src/domains/bodies/demo-principals';
import { signLocalToken } from '../../src/access/auth/tokens';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

/**
 * Apollo Client (its framework-free core, no React) against the hub: a query, a mutation with
 * userErrors, paging across an insert, and its InMemoryCache normalising what it reads.
 */
const ComorosStage = graphql(`
  query ApolloComorosStage($iso3: String!) {
    state(iso3: $iso3) {
      id
      iso3
      nationalProcess {
        id
        stage
      }
    }
  }
`);

const CreateDraft = graphql(`
  mutation ApolloCreateDraft($input: CreateActivityInput!) {
    createActivity(input: $input) {
      activity {
        id
        title
        status
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const RenameDraft = graphql(`
  mutation ApolloRenameDraft($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      activity {
        id
        title
        version
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Activities = graphql(`
  query ApolloActivities($first: Int!, $after: String) {
    activities(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          title
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const BodyName = graphql(`
  query ApolloBodyName {
    body(code: WGETI) {
      code
      name
    }
  }
`);

const Bodies = graphql(`
  query ApolloBodies {
    bodies {
      code
      name
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

/**
 * Objects with an `id` (every Node) are normalised as `Type:id` without any set-up. Body, Cycle and
 * Region have no `id`: each is named by its `code`, unique among its kind, so that is their key
 * (without it Apollo keeps a copy of a body inside every answer that holds it, and one answer's
 * fresher name would not reach another's).
 */
const typePolicies = { Body: { keyFields: ['code'] }, Cycle: { keyFields: ['code'] }, Region: { keyFields: ['code'] } };

/** Apollo Client as its docs set it up: an HttpLink to the endpoint (a JSON POST), the bearer token as a header. */
function apollo(token?: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: hub.client.url, headers: token ? { authorization: `Bearer ${token}` } : {} }),
    cache: new InMemoryCache({ typePolicies }),
  });
}

const tokenOf = async (principal: string) => signLocalToken(hub.config.auth, demoSubject(principal));

describe('Apollo Client against the hub', () => {
  it("a query is answered as the token's viewer; a denied field is null with its error at its path", async () => {
    const secretariat = await apollo(await tokenOf('secretariat')).query({ query: ComorosStage, variables: { iso3: 'COM' } });
    expect(secretariat.data?.state?.nationalProcess?.stage).toBe('UNDER_CONSIDERATION');

    const anonymous = await apollo().query({ query: ComorosStage, variables: { iso3: 'COM' }, errorPolicy: 'all' });
    expect(anonymous.data?.state?.iso3).toBe('COM');
    expect(anonymous.data?.state?.nationalProcess).toBeNull();
    expect(CombinedGraphQLErrors.is(anonymous.error)).toBe(true);
    const [denial] = (anonymous.error as CombinedGraphQLErrors).errors;
    expect(denial?.path).toEqual(['state', 'nationalProcess']);
    expect(denial?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a mutation: its userErrors come back as data; a write updates the normalised object every answer shares', async () => {
    const client = apollo(await tokenOf('partner-cso'));
    const backwards = { kind: 'WORKSHOP', title: 'Backwards', startDate: '2026-10-14', endDate: '2026-10-13' } as const;
    const refused = await client.mutate({ mutation: CreateDraft, variables: { input: backwards } });
    expect(refused.error).toBeUndefined();
    expect(refused.data?.createActivity.activity).toBeNull();
    expect(refused.data?.createActivity.userErrors).toEqual([{ __typename: 'UserError', field: ['input', 'endDate'], code: 'INVALID' }]);

    const created = await client.mutate({ mutation: CreateDraft, variables: { input: { kind: 'WORKSHOP', title: 'Written through Apollo' } } });
    const draft = created.data!.createActivity.activity!;
    expect(draft).toMatchObject({ title: 'Written through Apollo', status: 'DRAFT' });
    const list = await client.query({ query: Activities, variables: { first: 200 } });
    expect(list.data?.activities.edges.some((e) => e.node.id === draft.id)).toBe(true);
    // One entry per activity, named by its id; the rename reaches the list already read, with no request.
    expect(client.cache.extract() as Record<string, unknown>).toHaveProperty([`Activity:${draft.id}`]);
    const renamed = await client.mutate({ mutation: RenameDraft, variables: { input: { id: draft.id, version: draft.version!, title: 'Renamed through Apollo' } } });
    expect(renamed.data?.updateActivity.userErrors).toEqual([]);
    const cached = client.readQuery({ query: Activities, variables: { first: 200 } });
    expect(cached?.activities.edges.find((e) => e.node.id === draft.id)?.node.title).toBe('Renamed through Apollo');
  });

  it('a body read by two queries is one cache entry, keyed by its code', async () => {
    const client = apollo();
    await client.query({ query: Bodies });
    await client.query({ query: BodyName });
    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    expect(cache['Body:{"code":"WGETI"}']).toMatchObject({ code: 'WGETI' });
    // Both answers hold a reference to that one entry, not copies of the body.
    const ref = { __ref: 'Body:{"code":"WGETI"}' };
    expect(cache.ROOT_QUERY!['body({"code":"WGETI"})']).toEqual(ref);
    expect(cache.ROOT_QUERY!.bodies).toContainEqual(ref);
  });

  it('pages with the keyset cursors: an activity added before the cursor between two pages neither repeats nor skips one', async () => {
    const client = apollo(await tokenOf('partner-cso'));
    // Enough items for two pages of three, whatever ran before.
    for (const n of [1, 2, 3]) await client.mutate({ mutation: CreateDraft, variables: { input: { kind: 'WORKSHOP', title: `Apollo undated workshop ${n}` } } });
    const all = (await client.query({ query: Activities, variables: { first: 200 }, fetchPolicy: 'network-only' })).data!.activities;
    expect(all.totalCount).toBeGreaterThan(6);
    const ids = all.edges.map((e) => e.node.id);
    const first = (await client.query({ query: Activities, variables: { first: 3 }, fetchPolicy: 'network-only' })).data!.activities;
    expect(first.edges.map((e) => e.node.id)).toEqual(ids.slice(0, 3));
    // Newest first: a workshop in 2030 sorts at the top, before the cursor (an offset would repeat the third item).
    const added = await client.mutate({ mutation: CreateDraft, variables: { input: { kind: 'WORKSHOP', title: 'Apollo future workshop', startDate: '2030-02-01' } } });
    const second = (await client.query({ query: Activities, variables: { first: 3, after: first.pageInfo.endCursor }, fetchPolicy: 'network-only' })).data!.activities;
    expect(second.edges.map((e) => e.node.id)).toEqual(ids.slice(3, 6));
    expect(second.totalCount).toBe(all.totalCount + 1);
    const top = (await client.query({ query: Activities, variables: { first: 1 }, fetchPolicy: 'network-only' })).data!.activities;
    expect(top.edges[0]!.node.id).toBe(added.data!.createActivity.activity!.id);
  });
});
