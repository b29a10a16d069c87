import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';
import { participationRows } from '../support/shipped-data';

/** Facts that say how far they reach (issue #16 §5): the data set's compiled date, the Secretariat's count, corrections. */
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/dataset.json'), 'utf8')) as { statusObservedBy: string };
const bases = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../data/counting-bases.json'), 'utf8')) as Record<string, { states: number; leavesOut: string[] }>;

const DataSet = graphql(`
  query FactsDataSet {
    participationDataSet {
      name
      compiledOn
      compiledOnBasis
      files
      secretariatStates
      secretariatBasisNote
      sources {
        id
      }
    }
  }
`);

const Reach = graphql(`
  query FactsReach($asOf: Date, $basis: CountBasis) {
    participationSummary(asOf: $asOf, basis: $basis) {
      asOf
      basis
      leftOut
      certainty
      certaintyNote
      statesParties
      signatories
      nonSignatories
      undetermined
      total
      byRegion {
        region
        nonSignatories
        total
      }
    }
    state(iso3: "VAT") {
      status(asOf: $asOf)
      statusCertainty(asOf: $asOf)
    }
  }
`);

const ActionOf = graphql(`
  query FactsActionOf($iso3: String!) {
    state(iso3: $iso3) {
      status
      factHistory {
        version
        source
        reason
        correctedBy
        before {
          date {
            precision
            date
            year
          }
          basis
          note
        }
        after {
          date {
            precision
            date
          }
          basis
        }
        action {
          kind
        }
      }
      actions {
        id
        kind
        version
        basis
        date {
          precision
          date
          earliest
          latest
        }
        history {
          version
          reason
        }
      }
    }
  }
`);

const Correct = graphql(`
  mutation FactsCorrect($input: CorrectTreatyActionInput!) {
    correctTreatyAction(input: $input) {
      treatyAction {
        id
        version
        basis
        date {
          precision
          date
          earliest
          latest
        }
      }
      correction {
        version
        source
        before {
          date {
            precision
          }
        }
        after {
          date {
            precision
            date
          }
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const StatusOn = graphql(`
  query FactsStatusOn($iso3: String!, $asOf: Date) {
    state(iso3: $iso3) {
      status(asOf: $asOf)
    }
  }
`);

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.stop());

describe('the data set says how far it reaches', () => {
  it('exposes its compiled date, files and sources', async () => {
    const { data, errors } = await hub.client.query(DataSet);
    expect(errors).toBeUndefined();
    expect(data?.participationDataSet.compiledOn).toBe(manifest.statusObservedBy);
    expect(data?.participationDataSet.compiledOnBasis).toMatch(/118 States Parties/);
    expect(data?.participationDataSet.files).toContain('att-participation.csv');
    expect(data?.participationDataSet.sources.length).toBeGreaterThan(40);
    expect(data?.participationDataSet.secretariatStates).toBe(195);
  });

  it('marks a day after the compiled date as last known, in the summary and per state', async () => {
    const after = await hub.client.query(Reach, { asOf: '2030-01-01' });
    expect(after.errors).toBeUndefined();
    expect(after.data?.participationSummary.certainty).toBe('LAST_KNOWN');
    expect(after.data?.participationSummary.certaintyNote).toContain(manifest.statusObservedBy);
    expect(after.data?.state?.statusCertainty).toBe('LAST_KNOWN');
    const within = await hub.client.query(Reach, { asOf: manifest.statusObservedBy });
    expect(within.data?.participationSummary.certainty).toBe('CERTAIN');
    expect(within.data?.state?.statusCertainty).toBe('CERTAIN');
    // Today (the hub's clock is after the compiled date) is last known too, by default.
    const today = await hub.client.query(Reach, {});
    expect(today.data?.participationSummary.certainty).toBe(today.data!.participationSummary.asOf > manifest.statusObservedBy ? 'LAST_KNOWN' : 'CERTAIN');
  });
});

describe("the ATT Secretariat's count of 195", () => {
  it('differs from the hub by the Holy See alone, which has not joined', async () => {
    const day = manifest.statusObservedBy;
    const hubCount = await hub.client.query(Reach, { asOf: day });
    const secretariat = await hub.client.query(Reach, { asOf: day, basis: 'ATT_SECRETARIAT' });
    const h = hubCount.data!.participationSummary;
    const s = secretariat.data!.participationSummary;
    expect(h.total).toBe(participationRows.length);
    expect(s.total).toBe(bases.ATT_SECRETARIAT!.states);
    expect(s.leftOut).toEqual(['VAT']);
    expect(h.leftOut).toEqual([]);
    expect(hubCount.data?.state?.status).toBe('NON_SIGNATORY');
    expect(s.nonSignatories).toBe(h.nonSignatories - 1);
    expect([s.statesParties, s.signatories, s.undetermined]).toEqual([h.statesParties, h.signatories, h.undetermined]);
    expect(s.byRegion.find((r) => r.region === 'EUROPE')!.total).toBe(h.byRegion.find((r) => r.region === 'EUROPE')!.total - 1);
  });
});

describe('the Secretariat corrects a treaty action', () => {
  it('keeps what the hub said before, who changed it and why', async () => {
    // Gambia's deposit is known only to the year in the data ("acceded September 2024 (day not found)").
    const before = await hub.client.query(ActionOf, { iso3: 'GMB' });
    const consent = before.data!.state!.actions.find((a) => a.kind === 'CONSENT')!;
    expect(consent.date.precision).toBe('YEAR');
    expect(consent.history).toEqual([]);
    const onDay = await hub.client.query(StatusOn, { iso3: 'GMB', asOf: '2024-09-20' });
    expect(onDay.data?.state?.status).toBeNull();

    const secretariat = await hub.as('secretariat');
    const input = {
      id: consent.id, version: consent.version, date: '2024-09-15',
      source: 'Test fixture: a day within the sourced month, not a fact', reason: 'The data had only the year.',
    };
    // Nobody but the Secretariat may correct; nothing is written.
    for (const who of ['csp-president', 'vp-africa', 'focal-point-com']) {
      const refused = await (await hub.as(who)).query(Correct, { input });
      expect(refused.data?.correctTreatyAction?.treatyAction ?? null, who).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code ?? refused.data?.correctTreatyAction.userErrors[0]?.code, who).toMatch(/FORBIDDEN/);
    }
    const anonymous = await hub.client.query(Correct, { input });
    expect(anonymous.data?.correctTreatyAction?.treatyAction ?? null).toBeNull();

    const done = await secretariat.query(Correct, { input });
    expect(done.errors).toBeUndefined();
    expect(done.data?.correctTreatyAction.userErrors).toEqual([]);
    expect(done.data?.correctTreatyAction.treatyAction?.date).toEqual({ precision: 'DAY', date: '2024-09-15', earliest: '2024-09-15', latest: '2024-09-15' });
    expect(done.data?.correctTreatyAction.treatyAction?.version).toBe(consent.version + 1);
    expect(done.data?.correctTreatyAction.correction?.before.date.precision).toBe('YEAR');

    // The status follows at once; the history says what the hub said before.
    expect((await hub.client.query(StatusOn, { iso3: 'GMB', asOf: '2024-09-20' })).data?.state?.status).toBe('STATE_PARTY');
    expect((await hub.client.query(StatusOn, { iso3: 'GMB', asOf: '2024-09-14' })).data?.state?.status).toBe('NON_SIGNATORY');
    const publicView = await hub.client.query(ActionOf, { iso3: 'GMB' });
    const [entry] = publicView.data!.state!.factHistory;
    expect(entry).toMatchObject({ version: consent.version + 1, source: input.source, reason: input.reason, action: { kind: 'CONSENT' } });
    expect(entry!.before.date).toEqual({ precision: 'YEAR', date: null, year: 2024 });
    expect(entry!.after.date).toEqual({ precision: 'DAY', date: '2024-09-15' });
    // Who recorded it is the Secretariat's to know.
    expect(entry!.correctedBy).toBeNull();
    expect(publicView.errors?.[0]?.path).toContain('correctedBy');
    const own = await secretariat.query(ActionOf, { iso3: 'GMB' });
    expect(own.data!.state!.factHistory[0]!.correctedBy).toMatch(/Secretariat/);
    expect(own.data!.state!.actions.find((a) => a.kind === 'CONSENT')!.history).toHaveLength(1);

    // A stale version is a CONFLICT and writes nothing.
    const stale = await secretariat.query(Correct, { input: { ...input, date: '2024-09-16' } });
    expect(stale.data?.correctTreatyAction.userErrors[0]?.code).toBe('CONFLICT');
    expect((await hub.client.query(ActionOf, { iso3: 'GMB' })).data!.state!.factHistory).toHaveLength(1);
  });

  it('refuses a bad correction with userErrors, writing nothing', async () => {
    const secretariat = await hub.as('secretariat');
    const { data } = await hub.client.query(ActionOf, { iso3: 'AGO' });
    const signature = data!.state!.actions.find((a) => a.kind === 'SIGNATURE')!;
    const base = { id: signature.id, version: signature.version, source: 'Test', reason: 'Test' };
    const cases: [Record<string, unknown>, string][] = [
      [{ date: '2016-01-01' }, 'date'],
      [{ date: '2013-09-24', year: 2013 }, 'date'],
      [{ instrument: 'RATIFICATION' }, 'instrument'],
      [{ date: '2013-09-24', source: ' ' }, 'source'],
      [{ date: '2013-09-24', reason: '' }, 'reason'],
      [{ id: 'nope' }, 'id'],
    ];
    for (const [change, field] of cases) {
      const res = await secretariat.query(Correct, { input: { ...base, ...change } as never });
      expect(res.errors, JSON.stringify(change)).toBeUndefined();
      expect(res.data?.correctTreatyAction.userErrors[0]?.field, JSON.stringify(change)).toContain(field);
    }
    const after = await hub.client.query(ActionOf, { iso3: 'AGO' });
    expect(after.data!.state!.factHistory).toEqual([]);
    expect(after.data!.state!.actions.find((a) => a.kind === 'SIGNATURE')!.version).toBe(signature.version);
  });
});

const Contradictions = graphql(`
  query FactsContradictions($state: String) {
    contradictions(state: $state) {
      kind
      state {
        iso3
      }
      recordType
      recordId
      says
      but
      source
      since
    }
  }
`);

const UsaTier = graphql(`
  query FactsUsaTier {
    state(iso3: "USA") {
      status
      declarations {
        kind
        declared
        statement
        source
      }
      currentPriority {
        tier
        rationale
        source
        contradictions {
          kind
        }
      }
    }
    gambia: state(iso3: "GMB") {
      nationalProcess {
        stage
        nextStep
        contradiction {
          kind
          but
        }
      }
    }
  }
`);

const AssessTier = graphql(`
  mutation FactsAssessTier($input: AssessPriorityInput!) {
    assessPriority(input: $input) {
      priorityAssessment {
        tier
      }
      userErrors {
        code
      }
    }
  }
`);

describe('contradictions are caught, never rewritten', () => {
  it("flags Gambia's national process: a State Party since 2024 whose process still says ratification is imminent", async () => {
    const secretariat = await hub.as('secretariat');
    const { data, errors } = await secretariat.query(Contradictions, {});
    expect(errors).toBeUndefined();
    const gambia = data!.contradictions!.find((c) => c.state.iso3 === 'GMB');
    expect(gambia).toMatchObject({ kind: 'PROCESS_AFTER_JOINING', recordType: 'NationalProcess' });
    expect(gambia!.says).toMatch(/imminent/);
    expect(gambia!.source).toMatch(/GMB/);
    // Comoros, a signatory, is not flagged: its process is still under way.
    expect(data!.contradictions!.some((c) => c.state.iso3 === 'COM')).toBe(false);
    // Flagged, not rewritten: the process still says what Gambia told the meeting; its readers see the flag.
    const vp = await (await hub.as('vp-africa')).query(UsaTier);
    expect(vp.data?.gambia?.nationalProcess?.stage).toBe('DOMESTIC_REVIEW');
    expect(vp.data?.gambia?.nationalProcess?.contradiction?.kind).toBe('PROCESS_AFTER_JOINING');
  });

  it('the tier rule accounts for the United States declaration, and a tier 1 set against it is flagged', async () => {
    const secretariat = await hub.as('secretariat');
    const before = await secretariat.query(UsaTier);
    const usa = before.data!.state!;
    expect(usa.status).toBe('SIGNATORY');
    expect(usa.declarations).toEqual([expect.objectContaining({ kind: 'NOT_INTENDING_TO_BECOME_PARTY', declared: '2019-04' })]);
    expect(usa.declarations[0]!.source).toMatch(/Arms Control Association/);
    // The stepwise rule, applied with the declaration: not tier 1, and the rationale cites it.
    expect(usa.currentPriority?.tier).toBe('TIER_3_OTHER');
    expect(usa.currentPriority?.source).toMatch(/Arms Control Association/);
    expect(usa.currentPriority?.contradictions).toEqual([]);
    // A hub whose record still puts the United States in tier 1 (as the seed once did) is caught.
    const set = await secretariat.query(AssessTier, { input: { stateIso3: 'USA', tier: 'TIER_1_SIGNATORY', rationale: 'A signatory that has shown political commitment.', source: 'Test' } });
    expect(set.data?.assessPriority.userErrors).toEqual([]);
    const after = await secretariat.query(Contradictions, { state: 'USA' });
    expect(after.data?.contradictions).toEqual([expect.objectContaining({ kind: 'TIER_1_AFTER_DECLARATION', recordType: 'PriorityAssessment' })]);
    expect(after.data!.contradictions![0]!.but).toMatch(/2019-04/);
    expect((await secretariat.query(UsaTier)).data?.state?.currentPriority?.contradictions).toEqual([{ kind: 'TIER_1_AFTER_DECLARATION' }]);
  });

  it('is the Secretariat\'s list: every other viewer is refused', async () => {
    for (const who of [null, 'csp-president', 'vp-africa', 'focal-point-com', 'partner-cso']) {
      const client = who ? await hub.as(who) : hub.client;
      const res = await client.query(Contradictions, {});
      expect(res.data?.contradictions ?? null, String(who)).toBeNull();
      expect(res.errors?.[0]?.extensions?.code, String(who)).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});

const DemoMatch = graphql(`
  query FactsDemoMatch {
    needs(first: 50) {
      edges {
        node {
          demo
          matches {
            demo
            note
          }
        }
      }
    }
  }
`);

describe('every type that can hold demo records says so', () => {
  it('has demo: Boolean! wherever an entity keeps a demo mark', async () => {
    const res = await hub.client.post(JSON.stringify({ query: '{ __schema { types { name fields { name type { kind ofType { name } } } } } }' }));
    const types = (res.data as unknown as { __schema: { types: { name: string; fields: { name: string; type: { kind: string; ofType: { name: string } | null } }[] | null }[] } }).__schema.types;
    const byName = new Map(types.map((t) => [t.name, t]));
    const withDemo = Object.values(hub.hub.database.orm.getMetadata().getAll()).filter((m) => !m.abstract && m.properties.demo).map((m) => m.className);
    expect(withDemo).toEqual(expect.arrayContaining(['AssistanceMatch', 'AssistanceNeed', 'AssistanceOffer', 'Engagement', 'Person', 'OfficeHolding']));
    // The projects' entity also answers as the Voluntary Trust Fund's and the Sponsorship Programme's types.
    const names = [...withDemo, 'VtfProject', 'SponsorshipAward'];
    const wrong = names.filter((n) => {
      const demo = byName.get(n)?.fields?.find((f) => f.name === 'demo');
      return !demo || demo.type.kind !== 'NON_NULL' || demo.type.ofType?.name !== 'Boolean';
    });
    expect(wrong).toEqual([]);
  });

  it('marks the demo match as demo, as its need', async () => {
    const { data, errors } = await (await hub.as('secretariat')).query(DemoMatch);
    expect(errors).toBeUndefined();
    const matches = data!.needs!.edges.flatMap((e) => (e.node.matches ?? []).map((m) => ({ ...m, needDemo: e.node.demo })));
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.demo).toBe(m.needDemo);
    expect(matches.find((m) => m.note === 'Demo match.')?.demo).toBe(true);
  });
});
