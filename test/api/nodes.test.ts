import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableUuid } from '../../src/kernel/db/stable-id';
import { toGlobalId } from '../../src/kernel/graphql/node';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const Nodes = graphql(`
  query Nodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on State {
        iso3
      }
      ... on NationalProcess {
        stage
      }
    }
  }
`);

const NodeOne = graphql(`
  query NodeOne($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const FirstStateIds = graphql(`
  query FirstStateIds {
    states(first: 2) {
      edges {
        node {
          id
          iso3
        }
      }
    }
  }
`);

const comorosProcess = toGlobalId('NationalProcess', stableUuid('national-process:COM'));
const unknownProcess = toGlobalId('NationalProcess', stableUuid('national-process:XXX'));
const unknownType = toGlobalId('Nothing', 'x');

let hub: TestHub;
let states: { id: string; iso3: string }[];
beforeAll(async () => {
  hub = await startTestHub();
  states = (await hub.client.query(FirstStateIds)).data!.states.edges.map((e) => e.node);
});
afterAll(async () => {
  await hub?.stop();
});

describe('nodes(ids:) answers each id as node(id:) does', () => {
  it('in the order asked, duplicates included', async () => {
    const [a, b] = states;
    const res = await hub.client.query(Nodes, { ids: [b!.id, a!.id, b!.id] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes).toEqual([
      { id: b!.id, iso3: b!.iso3 },
      { id: a!.id, iso3: a!.iso3 },
      { id: b!.id, iso3: b!.iso3 },
    ]);
  });

  it('a hidden record and an unknown one read alike: null, no error naming either', async () => {
    const ids = [states[0]!.id, comorosProcess, unknownProcess, unknownType, 'not a global id', ''];
    const anonymous = await hub.client.query(Nodes, { ids });
    const partner = await (await hub.as('partner-cso')).query(Nodes, { ids });
    for (const res of [anonymous, partner]) {
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data?.nodes).toEqual([{ id: states[0]!.id, iso3: states[0]!.iso3 }, null, null, null, null, null]);
    }
    // The same as node(id:) answers for each.
    for (const id of ids) {
      const one = await hub.client.query(NodeOne, { id });
      expect(one.data?.node ?? null, id).toEqual(id === states[0]!.id ? { id } : null);
    }
  });

  it('the Secretariat reads the national process it may see', async () => {
    const res = await (await hub.as('secretariat')).query(Nodes, { ids: [comorosProcess, unknownProcess] });
    expect(res.errors).toBeUndefined();
    expect(res.data?.nodes).toEqual([{ id: comorosProcess, stage: 'UNDER_CONSIDERATION' }, null]);
  });

  it('at most 100 ids; more is BAD_USER_INPUT, and the price follows the ids asked', async () => {
    const few = await hub.client.query(Nodes, { ids: [states[0]!.id] });
    const many = await hub.client.query(Nodes, { ids: Array.from({ length: 100 }, () => states[0]!.id) });
    expect(many.errors).toBeUndefined();
    expect(many.data?.nodes).toHaveLength(100);
    const price = (res: { extensions?: { cost?: { cost: number } } }) => res.extensions?.cost?.cost ?? 0;
    expect(price(few as never)).toBeLessThan(price(many as never));
    const tooMany = await hub.client.query(Nodes, { ids: Array.from({ length: 101 }, () => states[0]!.id) });
    expect(tooMany.data?.nodes ?? null).toBeNull();
    expect(tooMany.errors?.[0]).toMatchObject({ message: 'ids may hold at most 100 IDs.', extensions: { code: 'BAD_USER_INPUT' } });
  });
});
