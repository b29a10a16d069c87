import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { startTestHub, type TestHub } from '../support/hub';

const Meetings = graphql(`
  query WgtuMeetings {
    meetings(body: WGTU, cycle: "CSP9") {
      id
      title
      date
      ordinal
      livestreamed
      reportedAt
      cycle {
        code
      }
      reportedIn {
        title
        issuedOn
      }
      points {
        label
        speaker
        text
        textZh
        states {
          iso3
        }
      }
    }
  }
`);

const Elements = graphql(`
  query ProposalElements {
    proposalElements {
      label
      key
      title
      titleZh: title(lang: ZH)
      situation
      rationale
      implementation
      resources
      recommendation
      recommendationZh: recommendation(lang: ZH)
      recommendationFr: recommendation(lang: FR)
    }
  }
`);

const Csp9Decisions = graphql(`
  query Csp9Decisions {
    decisions(decidedBy: "CSP9") {
      reference
      kind
      status
      outcome
      outcomeNote
      text
      document {
        title
      }
      followUps {
        owner
        status
      }
    }
    document(symbol: "ATT/CSP8.WGTU/2022/CHAIR/735/Conf.Rep") {
      title
      cycle {
        code
      }
      note
    }
  }
`);

const OpenFollowUps = graphql(`
  query OpenFollowUps {
    followUpActions(filter: { open: true, decidedBy: "CSP9" }) {
      id
      version
      description
      owner
      status
      notes
      dueInCycle {
        code
      }
      decision {
        reference
      }
    }
  }
`);

const UpdateFollowUp = graphql(`
  mutation UpdateFollowUp($input: UpdateFollowUpActionInput!) {
    updateFollowUpAction(input: $input) {
      followUpAction {
        status
        completedOn
        notes
        version
      }
      userErrors {
        code
        field
      }
    }
  }
`);

const Holdings = graphql(`
  query Holdings($asOf: Date, $cycle: String, $body: BodyCode) {
    officeHoldings(asOf: $asOf, cycle: $cycle, body: $body) {
      body
      office
      cycle
      validFrom
      validTo
      demo
      source
      person {
        name
      }
      representingState {
        iso3
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

describe('the source document in the hub', () => {
  it('has the two WGTU meetings of the CSP9 cycle with the points discussed, in both languages', async () => {
    const { data } = await hub.client.query(Meetings);
    const [second, first] = data!.meetings;
    expect([first?.date, second?.date]).toEqual(['2023-02-15', '2023-05-10']);
    expect(first).toMatchObject({ ordinal: 1, livestreamed: true, reportedAt: 'para. 5', cycle: { code: 'CSP9' } });
    expect(first?.reportedIn?.issuedOn).toBe('2023-07-21');
    expect(first?.points.map((p) => p.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    const d = first!.points[3]!;
    expect(d.states.map((s) => s.iso3)).toEqual(['GMB', 'COM']);
    expect(d.text).toMatch(/Gambia informed the meeting/);
    expect(d.textZh).toMatch(/冈比亚向会议汇报说/);
    expect(first?.points[1]?.text).toMatch(/113/);
    expect(second?.points).toHaveLength(5);
  });

  it('has the six elements of the proposal, each with its five parts', async () => {
    const { data } = await hub.client.query(Elements);
    const elements = data!.proposalElements;
    expect(elements.map((e) => e.label)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(elements[1]).toMatchObject({ key: expect.stringMatching(/step/), titleZh: '步法' });
    expect(elements[1]!.situation).toMatch(/signator/i);
    for (const e of elements) {
      for (const part of [e.title, e.situation, e.rationale, e.implementation, e.resources, e.recommendation, e.recommendationZh]) {
        expect(part, e.key).toBeTruthy();
      }
      expect(e.recommendationFr).toBeNull();
    }
  });

  it('has the decisions put to CSP9 with their follow-up, and the documents it cites', async () => {
    const { data } = await hub.client.query(Csp9Decisions);
    // The draft report's proposals; CSP9's final report is a document of its own (data/att-institutions).
    const proposals = data!.decisions.filter((d) => /Draft report of the Co-chairs/.test(d.document.title ?? ''));
    const kinds = proposals.map((d) => d.kind);
    expect(kinds.filter((k) => k === 'ADOPT')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'ENDORSE')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'TAKE_NOTE')).toHaveLength(2);
    expect(proposals.every((d) => d.status === 'PROPOSED')).toBe(true);
    // Proposed is not decided: no outcome is recorded, and the hub says why.
    expect(proposals.every((d) => d.outcome === 'NOT_RECORDED' && /NOT FOUND/.test(d.outcomeNote ?? ''))).toBe(true);
    const regional = proposals.find((d) => /regional coordinators/.test(d.text));
    expect(regional?.followUps).toEqual([{ owner: 'ATT Secretariat', status: 'OPEN' }]);
    expect(data!.document).toMatchObject({ cycle: { code: 'CSP8' } });
  });

  it('knows who held which office in the CSP9 cycle, and that those terms have ended', async () => {
    const cycle = await hub.client.query(Holdings, { cycle: 'CSP9' });
    const rows = cycle.data!.officeHoldings.map((h) => [h.person?.name, h.body, h.office, h.representingState?.iso3, h.validFrom]);
    expect(rows).toEqual(
      expect.arrayContaining([
        // Her term runs from the close of CSP8 (Rule 9), as the data derives it.
        ['Ambassador Seong-mee YOON', 'CSP', 'PRESIDENT', 'KOR', '2022-08-26'],
        ['Ambassador Seong-mee YOON', 'WGTU', 'CO_CHAIR', 'KOR', null],
        ['Ambassador Thomas GÖBEL', 'WGTU', 'CO_CHAIR', 'DEU', '2022-11-24'],
      ]),
    );
    const inMarch2023 = await hub.client.query(Holdings, { asOf: '2023-03-01', body: 'WGTU' });
    expect(inMarch2023.data!.officeHoldings.filter((h) => !h.demo).map((h) => h.representingState?.iso3).sort()).toEqual(['DEU', 'KOR']);
    const beforeAppointment = await hub.client.query(Holdings, { asOf: '2022-11-23', body: 'WGTU' });
    expect(beforeAppointment.data!.officeHoldings.filter((h) => !h.demo).map((h) => h.representingState?.iso3)).toEqual(['KOR']);
    const today = await hub.client.query(Holdings, { body: 'WGTU' });
    expect(today.data!.officeHoldings.every((h) => h.demo)).toBe(true);
  });
});

describe("the President's open follow-up actions of CSP9's decisions", () => {
  it('lists what is still open, and closes one with an audited change', async () => {
    const president = await hub.as('csp-president');
    const open = await president.query(OpenFollowUps);
    const actions = open.data!.followUpActions;
    expect(actions).toHaveLength(6);
    expect(actions.filter((a) => a.owner === 'ATT Secretariat' && a.dueInCycle?.code === 'CSP10')).toHaveLength(4);

    const target = actions.find((a) => a.owner === 'WGTU co-chairs')!;
    const chair = await (await hub.as('wgeti-chair')).query(UpdateFollowUp, { input: { id: target.id, version: target.version!, status: 'DONE' } });
    expect(chair.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const done = await president.query(UpdateFollowUp, {
      input: { id: target.id, version: target.version!, status: 'DONE', notes: 'Industry role discussed at the WGTU in the CSP10 cycle.' },
    });
    expect(done.data?.updateFollowUpAction.userErrors).toEqual([]);
    expect(done.data?.updateFollowUpAction.followUpAction).toMatchObject({ status: 'DONE', completedOn: new Date().toISOString().slice(0, 10) });
    expect((await president.query(OpenFollowUps)).data!.followUpActions).toHaveLength(5);

    // Progress notes are for the treaty bodies: the public sees the action, not the notes.
    const publicView = await hub.client.query(OpenFollowUps);
    expect(publicView.data!.followUpActions).toHaveLength(5);
    expect(publicView.data!.followUpActions.every((a) => a.notes === null)).toBe(true);
    expect(publicView.errors?.every((e) => e.extensions?.code === 'UNAUTHENTICATED')).toBe(true);
  });
});
