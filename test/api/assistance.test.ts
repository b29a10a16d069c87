import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const StateNeed = graphql(`
  mutation StateNeed($input: StateNeedInput!) {
    stateNeed(input: $input) {
      need {
        id
        kind
        status
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Suggestions = graphql(`
  query Suggestions($needId: ID!) {
    matchSuggestions(needId: $needId) {
      score
      reasons
      offer {
        id
        providerName
      }
    }
  }
`);

const Propose = graphql(`
  mutation ProposeMatch($input: ProposeMatchInput!) {
    proposeMatch(input: $input) {
      match {
        id
        version
        status
        need {
          status
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const UpdateMatch = graphql(`
  mutation UpdateMatch($input: UpdateMatchInput!) {
    updateMatch(input: $input) {
      match {
        status
        need {
          status
        }
      }
      userErrors {
        code
      }
    }
  }
`);

const Offer = graphql(`
  mutation Offer($input: OfferAssistanceInput!) {
    offerAssistance(input: $input) {
      offer {
        providerName
        kinds
        regions
      }
      userErrors {
        code
      }
    }
  }
`);

const OpenNeeds = graphql(`
  query OpenNeeds($region: AttRegion) {
    needs(first: 50, filter: { region: $region, status: OPEN }) {
      totalCount
      edges {
        node {
          id
          kind
          description
          state {
            iso3
          }
        }
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

describe('needs, offers and matches', () => {
  it("a state's contact states its own needs and no other state's", async () => {
    const contact = await hub.as('focal-point-com');
    const own = await contact.query(StateNeed, {
      input: { stateIso3: 'COM', kind: 'TRAINING', description: 'Training for the national control authority.', statedBy: 'National point of contact' },
    });
    expect(own.data?.stateNeed.need).toMatchObject({ kind: 'TRAINING', status: 'OPEN' });
    const other = await contact.query(StateNeed, {
      input: { stateIso3: 'MDG', kind: 'LEGAL', description: 'x', statedBy: 'National point of contact' },
    });
    expect(other.data?.stateNeed.userErrors[0]?.code).toBe('FORBIDDEN');
  });

  it('the Secretariat gets ranked offers for a need, matches one, and the need follows the match', async () => {
    const secretariat = await hub.as('secretariat');
    const needs = await secretariat.query(OpenNeeds, { region: 'AFRICA' });
    const gambia = needs.data!.needs!.edges.find((e) => e.node.state?.iso3 === 'GMB' && e.node.kind === 'TRAINING')!.node;
    const suggestions = await secretariat.query(Suggestions, { needId: gambia.id });
    const first = suggestions.data!.matchSuggestions![0]!;
    expect(first.offer.providerName).toBe('Demo Civil Society Network');
    expect(first.reasons).toEqual(['offers training assistance', 'covers AFRICA']);
    expect(first.score).toBe(5);

    const proposed = await secretariat.query(Propose, { input: { needId: gambia.id, offerId: first.offer.id } });
    expect(proposed.data?.proposeMatch.match).toMatchObject({ status: 'PROPOSED', need: { status: 'MATCHED' } });
    const again = await secretariat.query(Propose, { input: { needId: gambia.id, offerId: first.offer.id } });
    expect(again.data?.proposeMatch.userErrors[0]?.code).toBe('DUPLICATE');
    // Once matched, the offer is no longer suggested for this need.
    const after = await secretariat.query(Suggestions, { needId: gambia.id });
    expect(after.data!.matchSuggestions!.map((s) => s.offer.id)).not.toContain(first.offer.id);

    const match = proposed.data!.proposeMatch.match!;
    const completed = await secretariat.query(UpdateMatch, { input: { id: match.id, version: match.version!, status: 'COMPLETED' } });
    expect(completed.data?.updateMatch.match).toMatchObject({ status: 'COMPLETED', need: { status: 'MET' } });

    const vp = await hub.as('vp-africa');
    const notVp = await vp.query(Propose, { input: { needId: gambia.id, offerId: first.offer.id } });
    expect(notVp.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('partners offer assistance; offers are for signed-in viewers; needs for the treaty bodies and the state', async () => {
    const industry = await hub.as('partner-industry');
    const offered = await industry.query(Offer, { input: { kinds: ['TECHNICAL', 'TRAINING'], regions: ['ASIA'], description: 'Compliance workshops.' } });
    expect(offered.data?.offerAssistance.offer).toEqual({ providerName: 'Demo Defence Industry Association', kinds: ['TECHNICAL', 'TRAINING'], regions: ['ASIA'] });
    const anonymous = await hub.client.post(JSON.stringify({ query: '{ offers { providerName } }' }));
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const partnerNeeds = await industry.query(OpenNeeds, {});
    expect(partnerNeeds.data?.needs).toBeNull();
    const chair = await (await hub.as('wgeti-chair')).query(OpenNeeds, {});
    expect(chair.data!.needs!.totalCount).toBeGreaterThan(0);
    const contact = await (await hub.as('focal-point-com')).query(OpenNeeds, {});
    expect(new Set(contact.data!.needs!.edges.map((e) => e.node.state?.iso3))).toEqual(new Set(['COM']));
  });
});
