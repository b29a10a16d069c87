import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import type { StatesPageQuery } from '../gql/graphql';
import { type GraphQLResponse, startTestHub, type TestHub } from '../support/hub';
import { countStatuses, participationRows, provenanceRows, unNameRows } from '../support/shipped-data';

const Summary = graphql(`
  query Summary($asOf: Date, $region: AttRegion) {
    participationSummary(asOf: $asOf, region: $region) {
      asOf
      region
      statesParties
      signatories
      nonSignatories
      undetermined
      inForce
      inForceUndetermined
      total
      byRegion {
        region
        statesParties
        signatories
        nonSignatories
        undetermined
        total
      }
    }
  }
`);

const StateDetail = graphql(`
  query StateDetail($iso3: String!, $asOf: Date) {
    state(iso3: $iso3) {
      id
      iso3
      iso2
      region
      unMember
      note
      ar: name(lang: AR)
      zh: name(lang: ZH)
      en: name
      fr: name(lang: FR)
      ru: name(lang: RU)
      es: name(lang: ES)
      status(asOf: $asOf)
      possibleStatuses(asOf: $asOf)
      inForce(asOf: $asOf)
      actions {
        id
        kind
        instrument
        basis
        note
        date {
          precision
          date
          year
          earliest
          latest
        }
        sources {
          id
          title
          confidence
        }
      }
    }
  }
`);

const StatesPage = graphql(`
  query StatesPage($first: Int, $after: String, $filter: StateFilter, $orderBy: StateOrder) {
    states(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        node {
          iso3
          name
          region
          status
        }
      }
    }
  }
`);

const NodeLookup = graphql(`
  query NodeLookup($id: ID!) {
    node(id: $id) {
      id
      ... on State {
        iso3
      }
      ... on TreatyAction {
        kind
        state {
          iso3
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

describe('participation summary', () => {
  it('today matches the status column of the shipped data, overall and by region', async () => {
    const { data, errors } = await hub.client.query(Summary, {});
    expect(errors).toBeUndefined();
    const expected = countStatuses();
    const summary = data!.participationSummary;
    expect(summary).toMatchObject({
      statesParties: expected.STATE_PARTY,
      signatories: expected.SIGNATORY,
      nonSignatories: expected.NON_SIGNATORY,
      undetermined: 0,
      total: participationRows.length,
      inForce: expected.STATE_PARTY,
    });
    expect([summary.statesParties, summary.signatories, summary.nonSignatories]).toEqual([118, 25, 53]);
    for (const region of summary.byRegion) {
      const rows = participationRows.filter((r) => r.att_region?.toUpperCase() === region.region);
      const counts = countStatuses(rows);
      expect(region, region.region).toMatchObject({
        statesParties: counts.STATE_PARTY ?? 0,
        signatories: counts.SIGNATORY ?? 0,
        nonSignatories: counts.NON_SIGNATORY ?? 0,
        total: rows.length,
      });
    }
  });

  it('reproduces the 113 States Parties the co-chairs reported after Andorra joined (Dec 2022)', async () => {
    // Seed document, para. 5b: since CSP8, Gabon and Andorra joined, bringing the total to 113.
    const { data } = await hub.client.query(Summary, { asOf: '2023-02-15' });
    const s = data!.participationSummary;
    // 112 are certain; Niue (party, accession date not found) cannot be placed on that day.
    expect(s.statesParties).toBe(112);
    expect(s.undetermined).toBe(1);
    expect(s.statesParties + s.undetermined).toBe(113);
    expect(s.statesParties + s.signatories + s.nonSignatories + s.undetermined).toBe(s.total);

    const beforeAndorra = (await hub.client.query(Summary, { asOf: '2022-12-01' })).data!.participationSummary;
    const beforeGabon = (await hub.client.query(Summary, { asOf: '2022-09-20' })).data!.participationSummary;
    expect(beforeAndorra.statesParties).toBe(s.statesParties - 1);
    expect(beforeGabon.statesParties).toBe(s.statesParties - 2);
  });

  it('counts a state as party from its deposit, and in force only 90 days later', async () => {
    // Andorra: ratification deposited 2 Dec 2022, in force 2 Mar 2023.
    const deposited = (await hub.client.query(StateDetail, { iso3: 'AND', asOf: '2022-12-02' })).data!.state!;
    expect(deposited.status).toBe('STATE_PARTY');
    expect(deposited.inForce).toBe(false);
    const inForce = (await hub.client.query(StateDetail, { iso3: 'AND', asOf: '2023-03-02' })).data!.state!;
    expect(inForce.inForce).toBe(true);
    const signed = (await hub.client.query(StateDetail, { iso3: 'AND', asOf: '2022-12-01' })).data!.state!;
    expect(signed.status).toBe('SIGNATORY');
    const before = (await hub.client.query(StateDetail, { iso3: 'AND', asOf: '2014-12-17' })).data!.state!;
    expect(before.status).toBe('NON_SIGNATORY');
  });

  it('filters by region and by the region argument alike', async () => {
    const { data } = await hub.client.query(Summary, { region: 'AFRICA' });
    const s = data!.participationSummary;
    expect(s.region).toBe('AFRICA');
    expect(s.byRegion.map((r) => r.region)).toEqual(['AFRICA']);
    expect([s.statesParties, s.signatories, s.nonSignatories]).toEqual([31, 10, 13]);
  });

  it('the treaty was in force for no one before 24 December 2014', async () => {
    const { data } = await hub.client.query(Summary, { asOf: '2014-12-23' });
    expect(data!.participationSummary.inForce).toBe(0);
    expect(data!.participationSummary.statesParties).toBeGreaterThan(50);
  });
});

describe('a state', () => {
  it("has the UN's own names in the six UN languages (M49), not everyday ones", async () => {
    const { data } = await hub.client.query(StateDetail, { iso3: 'KOR' });
    const kor = data!.state!;
    expect(kor.en).toBe('Republic of Korea');
    expect(kor.zh).toBe('大韩民国');
    expect(kor.fr).toBe('République de Corée');
    expect(kor.ar).toMatch(/كوريا/);
    expect(kor.ru).toMatch(/Корея/);
    expect(kor.es).toMatch(/Corea/);
    const bol = (await hub.client.query(StateDetail, { iso3: 'BOL' })).data!.state!;
    expect(bol.zh).toBe('多民族玻利维亚国');
    for (const row of participationRows.slice(0, 40)) {
      const state = (await hub.client.query(StateDetail, { iso3: row.iso3! })).data!.state!;
      const un = unNameRows.get(row.iso3!)!;
      expect([state.en, state.fr, state.es, state.ru, state.zh, state.ar]).toEqual(
        [un.name_en, un.name_fr, un.name_es, un.name_ru, un.name_zh, un.name_ar],
      );
    }
  });

  it('lists every treaty action with its precision, bounds and sources', async () => {
    const andorra = (await hub.client.query(StateDetail, { iso3: 'and' })).data!.state!;
    expect(andorra.actions.map((a) => [a.kind, a.date.precision, a.date.date])).toEqual([
      ['SIGNATURE', 'DAY', '2014-12-18'],
      ['CONSENT', 'DAY', '2022-12-02'],
      ['ENTRY_INTO_FORCE', 'DAY', '2023-03-02'],
    ]);
    expect(andorra.actions[1]!.instrument).toBe('RATIFICATION');
    for (const action of andorra.actions) expect(action.sources.length).toBeGreaterThan(0);
    expect(andorra.actions[1]!.sources.map((s) => s.id)).toContain('UNTC_XML_EN');
  });

  it('keeps a year-only deposit as a year, bounded by the date the data was observed', async () => {
    const ecuador = (await hub.client.query(StateDetail, { iso3: 'ECU' })).data!.state!;
    const consent = ecuador.actions.find((a) => a.kind === 'CONSENT')!;
    expect(consent.date).toEqual({ precision: 'YEAR', date: null, year: 2026, earliest: '2026-01-01', latest: '2026-07-24' });
    expect(ecuador.actions.some((a) => a.kind === 'SIGNATURE')).toBe(false);
    const midYear = (await hub.client.query(StateDetail, { iso3: 'ECU', asOf: '2026-03-01' })).data!.state!;
    expect(midYear.status).toBeNull();
    expect(midYear.possibleStatuses).toEqual(['STATE_PARTY', 'NON_SIGNATORY']);
    const before = (await hub.client.query(StateDetail, { iso3: 'ECU', asOf: '2025-12-31' })).data!.state!;
    expect(before.status).toBe('NON_SIGNATORY');
  });

  it('keeps an unknown date unknown: Niue', async () => {
    const niue = (await hub.client.query(StateDetail, { iso3: 'NIU' })).data!.state!;
    expect(niue.unMember).toBe(false);
    expect(niue.status).toBe('STATE_PARTY');
    const consent = niue.actions.find((a) => a.kind === 'CONSENT')!;
    expect(consent.date.precision).toBe('UNKNOWN');
    expect(consent.date.date).toBeNull();
    expect(consent.date.year).toBeNull();
    expect(consent.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['UNTC_COUNT']));
  });

  it('infers a signature from a ratification but never invents its date', async () => {
    // Switzerland ratified; the data has no signature date for it.
    const che = (await hub.client.query(StateDetail, { iso3: 'CHE' })).data!.state!;
    const signature = che.actions.find((a) => a.kind === 'SIGNATURE')!;
    expect(signature.basis).toBe('INFERRED');
    expect(signature.date).toMatchObject({ precision: 'UNKNOWN', date: null, earliest: '2013-06-03' });
    expect(signature.date.latest <= '2014-12-23').toBe(true);
  });

  it('agrees with the data for every state: status, region, UN membership, dates', async () => {
    const { data } = await hub.client.query(StatesPage, { first: 200 });
    const byCode = new Map(data!.states.edges.map((e) => [e.node.iso3, e.node]));
    expect(byCode.size).toBe(participationRows.length);
    for (const row of participationRows) {
      const node = byCode.get(row.iso3!)!;
      expect(node.status, row.iso3).toBe(row.status);
      expect(node.region, row.iso3).toBe(row.att_region!.toUpperCase());
    }
    const gambia = (await hub.client.query(StateDetail, { iso3: 'GMB' })).data!.state!;
    expect(gambia.actions.find((a) => a.kind === 'CONSENT')!.date.year).toBe(Number(provenanceRows.get('GMB')!.untc_year));
  });
});

describe('the states list', () => {
  it('pages through all 196 states without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: GraphQLResponse<StatesPageQuery> = await hub.client.query(StatesPage, {
        first: 50,
        after,
        orderBy: { field: 'CODE', direction: 'ASC' },
      });
      const states = res.data!.states;
      expect(states.totalCount).toBe(196);
      seen.push(...states.edges.map((e) => e.node.iso3));
      after = states.pageInfo.hasNextPage ? (states.pageInfo.endCursor ?? null) : null;
      pages++;
    } while (after);
    expect(pages).toBe(4);
    expect(seen).toEqual(participationRows.map((r) => r.iso3).sort());
  });

  it('filters by region and by status as of a date', async () => {
    const { data } = await hub.client.query(StatesPage, {
      first: 100,
      filter: { region: 'EUROPE', status: 'SIGNATORY', statusAsOf: '2022-12-01' },
    });
    expect(data!.states.edges.map((e) => e.node.iso3)).toContain('AND');
    const { data: later } = await hub.client.query(StatesPage, {
      first: 100,
      filter: { region: 'EUROPE', status: 'SIGNATORY' },
    });
    expect(later!.states.totalCount).toBe(1);
    const undetermined = await hub.client.query(StatesPage, { filter: { statusUndetermined: true, statusAsOf: '2023-02-15' } });
    expect(undetermined.data!.states.edges.map((e) => e.node.iso3)).toEqual(['NIU']);
  });

  it('orders by name, code and consent date', async () => {
    const byName = await hub.client.query(StatesPage, { first: 200, orderBy: { field: 'NAME', direction: 'ASC' } });
    const names = byName.data!.states.edges.map((e) => e.node.name);
    expect(names[0]).toBe('Afghanistan');
    // Accents do not send Côte d’Ivoire or Türkiye to the end.
    expect(names.indexOf('Côte d’Ivoire')).toBeLessThan(names.indexOf('Croatia'));
    expect(names.indexOf('Türkiye')).toBeLessThan(names.indexOf('Turkmenistan'));
    const byConsent = await hub.client.query(StatesPage, {
      first: 200,
      filter: { status: 'STATE_PARTY' },
      orderBy: { field: 'CONSENT_DATE', direction: 'ASC' },
    });
    const order = byConsent.data!.states.edges.map((e) => e.node.iso3);
    const dated = participationRows
      .filter((r) => r.consent_date)
      .sort((a, b) => a.consent_date!.localeCompare(b.consent_date!) || a.iso3!.localeCompare(b.iso3!))
      .map((r) => r.iso3);
    expect(order.filter((code) => dated.includes(code))).toEqual(dated);
    // Niue's deposit date is unknown: it goes last.
    expect(order.at(-1)).toBe('NIU');
    const desc = await hub.client.query(StatesPage, { first: 1, orderBy: { field: 'CODE', direction: 'DESC' } });
    expect(desc.data!.states.edges[0]!.node.iso3).toBe('ZWE');
  });
});

describe('global IDs', () => {
  it('node(id:) returns states and treaty actions by their ids', async () => {
    const com = (await hub.client.query(StateDetail, { iso3: 'COM' })).data!.state!;
    const node = await hub.client.query(NodeLookup, { id: com.id });
    expect(node.data!.node).toMatchObject({ id: com.id, iso3: 'COM' });
    const action = com.actions[0]!;
    const actionNode = await hub.client.query(NodeLookup, { id: action.id });
    expect(actionNode.data!.node).toMatchObject({ kind: 'SIGNATURE', state: { iso3: 'COM' } });
  });

  it('an unknown or malformed id is null, not an error', async () => {
    for (const id of ['U3RhdGU6WFhY', 'not-an-id', 'RmFrZTox', '']) {
      const res = await hub.client.query(NodeLookup, { id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.node).toBeNull();
    }
  });
});
