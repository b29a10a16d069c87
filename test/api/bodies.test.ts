import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/kernel/db/csv';
import { fromGlobalId } from '../../src/kernel/graphql/node';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';
import { unNameRows } from '../support/shipped-data';

/** The shipped record, read straight from its files: the oracle the answers are checked against. */
const cyclesCsv = parseCsv(fs.readFileSync(path.resolve(__dirname, '../../data/att-institutions/cycles.csv'), 'utf8'));

const Cycles = graphql(`
  query BodyCycles {
    cycles {
      code
      number
      conferenceFrom
      conferenceTo
      place
      president {
        person {
          name
        }
        representingState {
          iso3
        }
        validFrom
        validTo
        startBasis
        endBasis
        note
        demo
      }
    }
  }
`);

const Bodies = graphql(`
  query Bodies {
    bodies {
      code
      name
      mandate
      parent {
        code
      }
      subBodies {
        code
      }
      mandateDocument {
        symbol
      }
    }
  }
`);

const OneBody = graphql(`
  query OneBody($code: BodyCode!, $asOf: Date) {
    body(code: $code) {
      code
      establishedBy {
        code
      }
      officeHoldings {
        id
        office
        cycle
        person {
          name
        }
        representingState {
          iso3
        }
        validFrom
        validTo
        startBasis
        endBasis
        note
        demo
      }
      current: officeHoldings(asOf: $asOf) {
        id
        version
        office
        person {
          id
          name
        }
        demo
      }
      meetings {
        title
        date
        endDate
      }
      documents {
        symbol
      }
      agenda {
        id
        version
        description
        ownerOffice
        status
      }
    }
  }
`);

const NamesOrdered = graphql(`
  query NamesOrdered($language: Language!) {
    states(first: 200, orderBy: { field: NAME, direction: ASC, language: $language }) {
      edges {
        node {
          iso3
          name(lang: $language)
        }
      }
    }
  }
`);

const WhoAmI = graphql(`
  query BodiesWhoAmI {
    viewer {
      level
    }
  }
`);

const Appoint = graphql(`
  mutation Appoint($input: AppointOfficeHolderInput!) {
    appointOfficeHolder(input: $input) {
      officeHolding {
        id
        version
        body
        office
        validFrom
        startBasis
        person {
          name
        }
        representingState {
          iso3
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

const EndHolding = graphql(`
  mutation EndHolding($input: EndOfficeHoldingInput!) {
    endOfficeHolding(input: $input) {
      officeHolding {
        id
        version
        validTo
        endBasis
        endSource
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Csp9Proposals = graphql(`
  query Csp9Proposals {
    decisions(decidedBy: "CSP9") {
      id
      version
      text
      outcome
      outcomeSource
      status
      followUps {
        id
        version
        ownerBody
        status
      }
    }
  }
`);

const RecordOutcome = graphql(`
  mutation RecordOutcome($input: RecordDecisionOutcomeInput!) {
    recordDecisionOutcome(input: $input) {
      decision {
        id
        version
        outcome
        outcomeSource
        status
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const CloseFollowUp = graphql(`
  mutation CloseFollowUp($input: UpdateFollowUpActionInput!) {
    updateFollowUpAction(input: $input) {
      followUpAction {
        status
        ownerBody
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const AddCycle = graphql(`
  mutation AddCycle($input: AddCycleInput!) {
    addCycle(input: $input) {
      cycle {
        code
        number
        recordedByHub
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const AddMeeting = graphql(`
  mutation AddMeeting($input: AddMeetingInput!) {
    addMeeting(input: $input) {
      meeting {
        title
        cycle {
          code
        }
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const RegisterDocument = graphql(`
  mutation RegisterDocument($input: RegisterDocumentInput!) {
    registerDocument(input: $input) {
      document {
        symbol
        body
      }
      userErrors {
        field
        code
      }
    }
  }
`);

const Changes = graphql(`
  query BodyChanges($recordType: String!) {
    auditEvents(first: 50, filter: { kind: CHANGE, recordType: $recordType }) {
      edges {
        node {
          actor
          action
          recordId
          changes
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

const today = new Date().toISOString().slice(0, 10);
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
const dayAfter = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('the cycles, CSP1 to CSP12', () => {
  it('has every conference with its sourced dates, place and President', async () => {
    const { data } = await hub.client.query(Cycles);
    const cycles = new Map(data!.cycles.map((c) => [c.code, c]));
    expect(cyclesCsv.map((r) => r.cycle)).toEqual(['CSP1', 'CSP2', 'CSP3', 'CSP4', 'CSP5', 'CSP6', 'CSP7', 'CSP8', 'CSP9', 'CSP10', 'CSP11', 'CSP12']);
    for (const row of cyclesCsv) {
      const cycle = cycles.get(row.cycle!)!;
      expect(cycle, row.cycle).toMatchObject({ conferenceFrom: row.start_date, conferenceTo: row.end_date });
      expect(cycle.place).toContain(row.city!);
      expect(cycle.president?.representingState?.iso3, row.cycle).toBe(row.president_state);
      expect(cycle.president?.demo).toBe(false);
    }
    expect(cycles.get('CSP1')!.place).toBe('Cancún, Mexico');
    expect(cycles.get('CSP10')!.president?.person?.name).toBe('Răzvan Rusu');
  });

  it("names Germany's Ambassador as CSP8 President, on the source document, and says the other sources do not", async () => {
    const { data } = await hub.client.query(Cycles);
    const csp8 = data!.cycles.find((c) => c.code === 'CSP8')!.president!;
    expect(csp8).toMatchObject({
      person: { name: 'Ambassador Thomas GÖBEL' },
      representingState: { iso3: 'DEU' },
      // From the close of CSP7 to the close of CSP8 (Rule 9).
      validFrom: '2021-09-03',
      validTo: '2022-08-26',
      startBasis: 'DERIVED',
      endBasis: 'DERIVED',
    });
    expect(csp8.note).toMatch(/NOT CONFIRMED/);
  });

  it("starts the CSP9 President's term at the close of CSP8, derived by the rules of procedure", async () => {
    const { data } = await hub.client.query(Cycles);
    const csp8 = data!.cycles.find((c) => c.code === 'CSP8')!;
    const csp9 = data!.cycles.find((c) => c.code === 'CSP9')!.president!;
    expect(csp9.validFrom).toBe(csp8.conferenceTo);
    expect(csp9).toMatchObject({ person: { name: 'Ambassador Seong-mee YOON' }, startBasis: 'DERIVED', validTo: '2023-08-25' });
    // Before CSP8 closed, she was not President.
    const before = await hub.client.query(OneBody, { code: 'CSP', asOf: '2022-08-01' });
    expect(before.data!.body!.current.filter((h) => !h.demo && h.office === 'PRESIDENT').map((h) => h.person?.name)).toEqual(['Ambassador Thomas GÖBEL']);
  });
});

describe('the bodies', () => {
  it('lists every body with its mandate and place among the others', async () => {
    const { data } = await hub.client.query(Bodies);
    const codes = data!.bodies.map((b) => b.code);
    for (const code of ['CSP', 'MANAGEMENT_COMMITTEE', 'WGTU', 'WGETI', 'WGTR', 'VTF_SELECTION_COMMITTEE', 'DIVERSION_INFORMATION_EXCHANGE_FORUM', 'SECRETARIAT']) {
      expect(codes).toContain(code);
    }
    expect(codes[0]).toBe('CSP');
    const wgeti = data!.bodies.find((b) => b.code === 'WGETI')!;
    expect(wgeti.subBodies.map((b) => b.code)).toEqual(['WGETI_SWG_ARTICLE_5', 'WGETI_SWG_ARTICLES_6_7', 'WGETI_SWG_ARTICLE_9', 'WGETI_SWG_ARTICLE_11']);
    expect(data!.bodies.find((b) => b.code === 'MANAGEMENT_COMMITTEE')!.mandateDocument?.symbol).toBe('ATT/CSP1/CONF/4');
    expect(data!.bodies.find((b) => b.code === 'WGTU')!.mandate).toBeTruthy();
  });

  it('keeps an office no source fills unknown, and an end no source gives out of today', async () => {
    const mc = (await hub.client.query(OneBody, { code: 'MANAGEMENT_COMMITTEE', asOf: today })).data!.body!;
    const chair = mc.officeHoldings.find((h) => h.office === 'CHAIR')!;
    expect(chair).toMatchObject({ person: null, representingState: null, validFrom: null, startBasis: 'UNKNOWN', endBasis: 'UNKNOWN' });
    expect(chair.note).toMatch(/NOT FOUND/);
    expect(mc.current).toEqual([]);
    // The first head of the Secretariat: a sourced start, an end no source gives: not presented as today's head.
    const sec = (await hub.client.query(OneBody, { code: 'SECRETARIAT', asOf: today })).data!.body!;
    expect(sec.officeHoldings.find((h) => h.office === 'HEAD')).toMatchObject({ validFrom: '2015-12-01', startBasis: 'SOURCED', validTo: null, endBasis: 'UNKNOWN' });
    expect(sec.current.filter((h) => !h.demo)).toEqual([]);
  });

  it("lists the committees' members as states, their terms derived from the appointing conference, and none of them current today", async () => {
    const close = (code: string) => cyclesCsv.find((c) => c.cycle === code)!.end_date!;
    // The sourced appointments (data/att-institutions/evidence_notes.md): appointing conference, the conference two years on, the states.
    const appointed = {
      VTF_SELECTION_COMMITTEE: [
        ['CSP4', 'CSP6', ['AUS', 'CHL', 'FIN', 'DEU', 'JPN', 'MDG', 'MUS', 'MEX', 'NZL', 'NOR', 'ZAF', 'SWE', 'CHE', 'NLD', 'GBR']],
        ['CSP6', 'CSP8', ['ALB', 'AUS', 'CAN', 'FIN', 'DEU', 'JPN', 'MDG', 'MEX', 'NZL', 'KOR', 'ZAF', 'SWE', 'CHE', 'NLD', 'GBR']],
      ],
      MANAGEMENT_COMMITTEE: [
        ['CSP1', 'CSP3', ['CIV', 'CZE', 'FRA', 'JAM', 'JPN', 'NGA']],
        ['CSP9', 'CSP11', ['BFA', 'CHN', 'LVA', 'PAN', 'GBR']],
      ],
    } as const;
    for (const code of Object.keys(appointed) as (keyof typeof appointed)[]) {
      const groups = appointed[code];
      const body = (await hub.client.query(OneBody, { code, asOf: today })).data!.body!;
      const members = body.officeHoldings.filter((h) => h.office === 'MEMBER' && !h.demo);
      for (const [cycle, until, states] of groups) {
        const term = members.filter((h) => h.cycle === cycle);
        expect(term.map((h) => h.representingState?.iso3).sort()).toEqual([...states].sort());
        for (const h of term) {
          expect(h).toMatchObject({ person: null, validFrom: close(cycle), validTo: close(until), startBasis: 'DERIVED', endBasis: 'DERIVED' });
          expect(h.note).toMatch(new RegExp(`closes? of ${cycle}\\b`));
        }
        // Mid-term, exactly that appointment's members are current; the day after its end, none of them is.
        const midTerm = new Date((Date.parse(close(cycle)) + Date.parse(close(until))) / 2).toISOString().slice(0, 10);
        const then = (await hub.client.query(OneBody, { code, asOf: midTerm })).data!.body!.current;
        const currentIds = new Set(then.map((h) => h.id));
        expect(members.filter((h) => currentIds.has(h.id)).map((h) => h.cycle)).toEqual(states.map(() => cycle));
        const after = (await hub.client.query(OneBody, { code, asOf: dayAfter(close(until)) })).data!.body!.current;
        expect(after.filter((h) => term.some((t) => t.id === h.id))).toEqual([]);
      }
      expect(body.current.filter((h) => h.office === 'MEMBER' && !h.demo)).toEqual([]);
    }
    // The ROK on the Management Committee in 2021–2022: years only, so the days stay unknown and the term is not current.
    const mc = (await hub.client.query(OneBody, { code: 'MANAGEMENT_COMMITTEE', asOf: today })).data!.body!;
    const kor = mc.officeHoldings.find((h) => h.office === 'MEMBER' && h.representingState?.iso3 === 'KOR')!;
    expect(kor).toMatchObject({ cycle: null, validFrom: null, validTo: null, startBasis: 'UNKNOWN', endBasis: 'UNKNOWN' });
    expect(kor.note).toMatch(/2021 only.*2022 only/);
  });

  it('lists office holdings newest first, meetings and documents, and marks demo holders', async () => {
    const csp = (await hub.client.query(OneBody, { code: 'CSP', asOf: today })).data!.body!;
    const presidents = csp.officeHoldings.filter((h) => h.office === 'PRESIDENT' && !h.demo).map((h) => h.cycle);
    expect(presidents.slice(0, 3)).toEqual(['CSP12', 'CSP11', 'CSP10']);
    expect(csp.current.every((h) => h.demo)).toBe(true);
    expect(csp.meetings[0]).toMatchObject({ date: '2026-08-24', endDate: '2026-08-28' });
    expect(csp.documents.map((d) => d.symbol)).toContain('ATT/CSP9/2023/SEC/773/Conf.FinRep.Rev2');
    const swg = (await hub.client.query(OneBody, { code: 'WGETI_SWG_ARTICLES_6_7' })).data!.body!;
    expect(swg.officeHoldings.map((h) => h.person?.name)).toEqual(expect.arrayContaining(['Daniel Nord', 'Ulf Lindell']));
  });
});

describe("states' names in the six UN languages", () => {
  it.each(['ZH', 'AR', 'FR'] as const)("orders by the UN's %s names with that language's collation", async (language) => {
    const { data } = await hub.client.query(NamesOrdered, { language });
    const names = data!.states.edges.map((e) => e.node.name);
    const lang = language.toLowerCase();
    const expected = [...unNameRows.values()].map((r) => r[`name_${lang}`]!).sort(new Intl.Collator(lang, { sensitivity: 'base', numeric: true }).compare);
    expect(names).toEqual(expected);
  });

  it('gives the UN names in Arabic and Chinese', async () => {
    const { data } = await hub.client.query(NamesOrdered, { language: 'ZH' });
    const zh = new Map(data!.states.edges.map((e) => [e.node.iso3, e.node.name]));
    expect(zh.get('BOL')).toBe('多民族玻利维亚国');
    expect(zh.get('NLD')).toBe('荷兰王国');
    const ar = new Map((await hub.client.query(NamesOrdered, { language: 'AR' })).data!.states.edges.map((e) => [e.node.iso3, e.node.name]));
    expect(ar.get('SWZ')).toBe('إسواتيني');
    expect(ar.get('NLD')).toBe('هولندا (مملكة _)');
  });
});

describe('the Secretariat keeps the record current', () => {
  it('appoints a new WGTU co-chair and ends the old term: the old holder loses its rights after the last day', async () => {
    const secretariat = await hub.as('secretariat');
    const former = await hub.as('wgtu-cochair');
    expect((await former.query(WhoAmI)).data!.viewer.level).toBe('RESTRICTED');

    const wgtu = (await hub.client.query(OneBody, { code: 'WGTU', asOf: today })).data!.body!;
    const old = wgtu.current.find((h) => h.person?.name === 'Demo WGTU co-chair')!;
    expect(old.demo).toBe(true);

    const appointed = await secretariat.query(Appoint, {
      input: { body: 'WGTU', office: 'CO_CHAIR', personName: 'Test appointee (created by this test)', representingState: 'zaf', cycle: 'CSP12', validFrom: today, source: 'Test: letter of the CSP12 President' },
    });
    expect(appointed.data!.appointOfficeHolder.userErrors).toEqual([]);
    expect(appointed.data!.appointOfficeHolder.officeHolding).toMatchObject({ body: 'WGTU', office: 'CO_CHAIR', validFrom: today, startBasis: 'SOURCED', representingState: { iso3: 'ZAF' } });

    // The term ended yesterday: today the former co-chair holds no office's rights.
    const ended = await secretariat.query(EndHolding, { input: { id: old.id, version: old.version!, validTo: dayBefore(today), source: 'Test: end of term' } });
    expect(ended.data!.endOfficeHolding.userErrors).toEqual([]);
    expect(ended.data!.endOfficeHolding.officeHolding).toMatchObject({ validTo: dayBefore(today), endBasis: 'SOURCED', endSource: 'Test: end of term' });
    expect((await former.query(WhoAmI)).data!.viewer.level).toBe('PARTNER');

    const now = (await hub.client.query(OneBody, { code: 'WGTU', asOf: today })).data!.body!;
    expect(now.current.map((h) => h.person?.name)).toContain('Test appointee (created by this test)');
    expect(now.current.map((h) => h.id)).not.toContain(old.id);

    // Ending it twice is refused; so is a stale version.
    const again = await secretariat.query(EndHolding, { input: { id: old.id, version: ended.data!.endOfficeHolding.officeHolding!.version!, validTo: today, source: 'again' } });
    expect(again.data!.endOfficeHolding.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    const stale = await secretariat.query(EndHolding, { input: { id: appointed.data!.appointOfficeHolder.officeHolding!.id, version: 99, validTo: today, source: 'x' } });
    expect(stale.data!.endOfficeHolding.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);

    const trail = (await secretariat.query(Changes, { recordType: 'OfficeHolding' })).data!.auditEvents!.edges.map((e) => e.node);
    expect(trail).toEqual(expect.arrayContaining([
      expect.objectContaining({ actor: 'demo:secretariat', action: 'create', recordId: fromGlobalId(appointed.data!.appointOfficeHolder.officeHolding!.id)?.key }),
      expect.objectContaining({ actor: 'demo:secretariat', action: 'update', recordId: fromGlobalId(old.id)?.key, changes: expect.objectContaining({ validTo: { from: null, to: dayBefore(today) } }) }),
    ]));
  });

  it("records CSP9's outcome for a decision and closes its follow-up, which leaves the owner's agenda", async () => {
    const secretariat = await hub.as('secretariat');
    const { data } = await hub.client.query(Csp9Proposals);
    const regional = data!.decisions.find((d) => /regional coordinators/.test(d.text))!;
    expect(regional.outcome).toBe('NOT_RECORDED');
    const followUp = regional.followUps[0]!;
    expect(followUp.ownerBody).toBe('SECRETARIAT');
    const agenda = (await hub.client.query(OneBody, { code: 'SECRETARIAT' })).data!.body!.agenda;
    expect(agenda.map((a) => a.id)).toContain(followUp.id);

    const recorded = await secretariat.query(RecordOutcome, {
      input: { id: regional.id, version: regional.version!, outcome: 'ENDORSED', source: 'Test: CSP9 final report' },
    });
    expect(recorded.data!.recordDecisionOutcome.userErrors).toEqual([]);
    expect(recorded.data!.recordDecisionOutcome.decision).toMatchObject({ outcome: 'ENDORSED', outcomeSource: 'Test: CSP9 final report', status: 'TAKEN' });

    const closed = await secretariat.query(CloseFollowUp, { input: { id: followUp.id, version: followUp.version!, status: 'DONE' } });
    expect(closed.data!.updateFollowUpAction.userErrors).toEqual([]);
    const after = (await hub.client.query(OneBody, { code: 'SECRETARIAT' })).data!.body!.agenda;
    expect(after.map((a) => a.id)).not.toContain(followUp.id);

    const trail = (await secretariat.query(Changes, { recordType: 'Decision' })).data!.auditEvents!.edges.map((e) => e.node);
    expect(trail.find((t) => t.recordId === fromGlobalId(regional.id)?.key)?.changes).toMatchObject({ outcome: { from: 'NOT_RECORDED', to: 'ENDORSED' } });
  });

  it('adds a cycle, its meeting and a document by symbol', async () => {
    const secretariat = await hub.as('secretariat');
    const cycle = await secretariat.query(AddCycle, { input: { code: 'CSP13', source: 'Test: decision of CSP12' } });
    expect(cycle.data!.addCycle).toMatchObject({ cycle: { code: 'CSP13', number: 13, recordedByHub: true }, userErrors: [] });
    const meeting = await secretariat.query(AddMeeting, { input: { body: 'WGTU', cycle: 'CSP13', title: 'WGTU meeting (test)', date: '2027-02-10', source: 'Test' } });
    expect(meeting.data!.addMeeting).toMatchObject({ meeting: { cycle: { code: 'CSP13' } }, userErrors: [] });
    const doc = await secretariat.query(RegisterDocument, { input: { symbol: 'ATT/CSP13.WGTU/2027/CHAIR/999/Test', body: 'WGTU', cycle: 'CSP13', languages: ['en', 'zh'], source: 'Test' } });
    expect(doc.data!.registerDocument).toMatchObject({ document: { symbol: 'ATT/CSP13.WGTU/2027/CHAIR/999/Test' }, userErrors: [] });
    const wgtu = (await hub.client.query(OneBody, { code: 'WGTU' })).data!.body!;
    expect(wgtu.meetings[0]?.title).toBe('WGTU meeting (test)');
    expect(wgtu.documents.map((d) => d.symbol)).toContain('ATT/CSP13.WGTU/2027/CHAIR/999/Test');
    const trail = (await secretariat.query(Changes, { recordType: 'Cycle' })).data!.auditEvents!.edges.map((e) => e.node);
    expect(trail).toEqual([expect.objectContaining({ action: 'create', recordId: 'CSP13' })]);
  });

  it('answers bad input with userErrors and writes nothing', async () => {
    const secretariat = await hub.as('secretariat');
    const noSource = await secretariat.query(Appoint, { input: { body: 'WGTU', office: 'CO_CHAIR', personName: 'X', validFrom: today, source: ' ' } });
    expect(noSource.data!.appointOfficeHolder.userErrors.map((e) => e.field.join('.'))).toEqual(['input.source']);
    const backwards = await secretariat.query(Appoint, { input: { body: 'WGTU', office: 'CO_CHAIR', personName: 'X', validFrom: today, validTo: '2020-01-01', source: 's' } });
    expect(backwards.data!.appointOfficeHolder.userErrors.map((e) => e.field.join('.'))).toEqual(['input.validTo']);
    const nobody = await secretariat.query(Appoint, { input: { body: 'WGTU', office: 'CO_CHAIR', validFrom: today, source: 's' } });
    expect(nobody.data!.appointOfficeHolder.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    const noCycle = await secretariat.query(Appoint, { input: { body: 'WGTU', office: 'CO_CHAIR', personName: 'X', cycle: 'CSP99', validFrom: today, source: 's' } });
    expect(noCycle.data!.appointOfficeHolder.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const noState = await secretariat.query(Appoint, { input: { body: 'WGTU', office: 'CO_CHAIR', personName: 'X', representingState: 'XXX', validFrom: today, source: 's' } });
    expect(noState.data!.appointOfficeHolder.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const { data } = await hub.client.query(Csp9Proposals);
    const d = data!.decisions.find((x) => x.outcome === 'NOT_RECORDED')!;
    const notRecorded = await secretariat.query(RecordOutcome, { input: { id: d.id, version: d.version!, outcome: 'NOT_RECORDED', source: 's' } });
    expect(notRecorded.data!.recordDecisionOutcome.userErrors.map((e) => e.field.join('.'))).toEqual(['input.outcome']);
    const wrongId = await secretariat.query(RecordOutcome, { input: { id: 'nonsense', version: 1, outcome: 'NOTED', source: 's' } });
    expect(wrongId.data!.recordDecisionOutcome.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    expect((await secretariat.query(AddCycle, { input: { code: 'CSP12', source: 's' } })).data!.addCycle.userErrors.map((e) => e.code)).toEqual(['DUPLICATE']);
    expect((await secretariat.query(AddCycle, { input: { code: 'thirteen', source: 's' } })).data!.addCycle.userErrors.map((e) => e.code)).toEqual(['INVALID']);
    const badSymbol = await secretariat.query(RegisterDocument, { input: { symbol: 'not a symbol', source: 's', languages: ['de'] } });
    expect(badSymbol.data!.registerDocument.userErrors.map((e) => e.field.join('.')).sort()).toEqual(['input.languages', 'input.symbol']);
    const badMeeting = await secretariat.query(AddMeeting, { input: { body: 'WGTR', title: 'x', date: '2027-01-02', endDate: '2027-01-01', source: 's' } });
    expect(badMeeting.data!.addMeeting.userErrors.map((e) => e.field.join('.'))).toEqual(['input.endDate']);
    const still = (await hub.client.query(OneBody, { code: 'WGTU', asOf: today })).data!.body!.current.map((h) => h.person?.name);
    expect(still).not.toContain('X');
  });

  it.each([
    ['anonymous', null],
    ['a partner', 'partner-cso'],
    ['the CSP President', 'csp-president'],
    ['a WGETI chair', 'wgeti-chair'],
  ])('refuses %s', async (_who, principal) => {
    const client = principal ? await hub.as(principal) : hub.client;
    const appoint = await client.query(Appoint, { input: { body: 'WGETI', office: 'CHAIR', personName: 'Intruder', validFrom: today, source: 's' } });
    expect(appoint.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect(appoint.data?.appointOfficeHolder ?? null).toBeNull();
    const cycle = await client.query(AddCycle, { input: { code: 'CSP14', source: 's' } });
    expect(cycle.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    const wgeti = (await hub.client.query(OneBody, { code: 'WGETI', asOf: today })).data!.body!;
    expect(wgeti.current.map((h) => h.person?.name)).not.toContain('Intruder');
  });
});
