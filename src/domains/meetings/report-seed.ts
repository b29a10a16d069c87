import type { EntityManager } from '@mikro-orm/postgresql';
import { Cycle } from '../bodies/cycle.entity';
import { BodyCode, OfficeKind, TermBasis } from '../bodies/enums';
import { OfficeHolding } from '../bodies/office-holding.entity';
import { Person } from '../bodies/person.entity';
import { CSP9_REPORT_CITATION, csp9Report, type Text } from './csp9-report';
import { stableUuid } from '../../kernel/db/stable-id';
import { State } from '../participation/state.entity';
import { Decision, FollowUpAction } from './decision.entity';
import { DecisionKind, DecisionOutcome, DecisionStatus, FollowUpStatus } from './enums';
import { MAX_MEETING_POINTS, MAX_POINT_STATES } from './loaders';
import { Meeting, MeetingPoint } from './meeting.entity';
import { ProposalElement } from './proposal-element.entity';
import { TreatyDocument } from './treaty-document.entity';

/**
 * The real records of the source document: the CSP cycles it names, its co-chairs and their
 * offices, the two WGTU meetings and their points, the documents it cites, the decisions it puts
 * to CSP9 with their follow-up, and the six elements of its proposal. Loaded once; a record
 * users have since changed is left as it is.
 */
export async function seedReport(em: EntityManager): Promise<void> {
  const report = csp9Report();
  const cite = (where: string) => `${CSP9_REPORT_CITATION}, ${where}.`;
  const ignore = { onConflictFields: ['id'] as never, onConflictAction: 'ignore' as const };
  const now = () => ({ createdAt: new Date(), updatedAt: new Date(), version: 1 });

  await em.transactional(async (tx) => {
    const conf = report.source.conference;
    const cycles = [
      { code: 'CSP3', number: 3, note: 'Established the WGTU (para. 2).' },
      { code: 'CSP8', number: 8, note: 'Held in August 2022 (para. 1); days not in the source.' },
      { code: 'CSP9', number: 9, conferenceFrom: conf.from, conferenceTo: conf.to, place: conf.place.en, note: 'The CSP9 cycle runs from CSP8 to CSP9.' },
      { code: 'CSP10', number: 10, note: 'The cycle after CSP9 (para. 8(b)); dates not in the source.' },
    ];
    for (const c of cycles) {
      await tx.upsert(Cycle, { conferenceFrom: null, conferenceTo: null, place: null, ...c, source: cite('as noted') }, { onConflictFields: ['code'], onConflictAction: 'ignore' });
    }

    const reportDoc = stableUuid('document:csp9-wgtu-draft-report');
    await tx.upsert(TreatyDocument, {
      id: reportDoc, symbol: null, title: report.source.title.en.replace('\n', ': '), body: BodyCode.WGTU,
      cycle: tx.getReference(Cycle, 'CSP9'), issuedOn: report.source.date, languages: ['en', 'zh'],
      note: 'Original in English; the hub holds the Chinese version (data/source/) and an unofficial English translation.',
    }, ignore);
    for (const d of report.documents) {
      const cycle = /ATT\/CSP(\d+)/.exec(d.symbol)?.[1];
      await tx.upsert(TreatyDocument, {
        id: stableUuid(`document:${d.symbol}`), symbol: d.symbol, title: d.title?.en ?? null, body: BodyCode.WGTU,
        cycle: cycle ? tx.getReference(Cycle, `CSP${cycle}`) : null, issuedOn: null, languages: [],
        note: `Cited in ${d.cited}: ${d.note.en}`,
      }, ignore);
    }

    // The bounds the cost limit prices meetings by (loaders.ts) must hold for the data.
    for (const m of report.meetings) {
      const wide = m.points.find((p) => p.states.length > MAX_POINT_STATES);
      if (m.points.length > MAX_MEETING_POINTS || wide) {
        throw new Error(`Meeting ${m.key} has more points or states than MAX_MEETING_POINTS / MAX_POINT_STATES allow.`);
      }
    }
    for (const m of report.meetings) {
      const meetingId = stableUuid(`meeting:${m.key}`);
      await tx.upsert(Meeting, {
        id: meetingId, body: m.body as BodyCode, cycle: tx.getReference(Cycle, 'CSP9'), ordinal: m.ordinal,
        title: m.heading.en, date: m.date, livestreamed: m.livestreamed,
        reportedIn: tx.getReference(TreatyDocument, reportDoc), reportedAt: `para. ${m.paragraph}`,
      }, ignore);
      for (const p of m.points) {
        await tx.upsert(MeetingPoint, {
          id: stableUuid(`meeting-point:${m.key}:${p.label}`), meeting: tx.getReference(Meeting, meetingId), label: p.label,
          speaker: p.speaker.en, stateCodes: p.states, text: p.en, textZh: p.zh,
        }, ignore);
      }
    }

    for (const e of report.proposal.elements) {
      const texts = Object.fromEntries(
        (['title', 'situation', 'rationale', 'implementation', 'resources', 'recommendation'] as const).map((k) => [k, e[k]]),
      ) as ProposalElement['texts'];
      await tx.upsert(ProposalElement, {
        id: stableUuid(`element:${e.key}`), document: tx.getReference(TreatyDocument, reportDoc), label: e.label, key: e.key, texts,
      }, ignore);
    }

    const proposed = {
      status: DecisionStatus.PROPOSED, statusSource: cite('proposed to CSP9'),
      outcome: DecisionOutcome.NOT_RECORDED, outcomeSource: null, outcomeNote: null,
    };
    const decide = async (key: string, reference: string, kind: DecisionKind, text: Text) => {
      const id = stableUuid(`decision:${key}`);
      await tx.upsert(Decision, {
        id, document: tx.getReference(TreatyDocument, reportDoc), reference, kind, decidedBy: tx.getReference(Cycle, 'CSP9'),
        text: text.en, textZh: text.zh, ...proposed, ...now(),
      }, ignore);
      return id;
    };
    // The owner in the report's words, and the body (and office) that owns it where it is one.
    const OWNERS: Record<string, { ownerBody: BodyCode; ownerOffice: OfficeKind | null }> = {
      'ATT Secretariat': { ownerBody: BodyCode.SECRETARIAT, ownerOffice: null },
      'WGTU co-chairs': { ownerBody: BodyCode.WGTU, ownerOffice: OfficeKind.CO_CHAIR },
    };
    const follow = async (key: string, decision: string, description: string, owner: string, dueInCycle: string | null, source: string) => {
      await tx.upsert(FollowUpAction, {
        id: stableUuid(`follow-up:${key}`), decision: tx.getReference(Decision, decision), description, owner,
        ownerBody: OWNERS[owner]?.ownerBody ?? null, ownerOffice: OWNERS[owner]?.ownerOffice ?? null,
        dueInCycle: dueInCycle ? tx.getReference(Cycle, dueInCycle) : null, dueOn: null, status: FollowUpStatus.OPEN,
        completedOn: null, notes: null, source, ...now(),
      }, ignore);
    };

    for (const r of report.recommendations) {
      const id = await decide(`rec-8${r.label}`, `para. 8(${r.label})`, DecisionKind.ADOPT, r);
      if (r.label === 'b') await follow('rec-8b', id, r.en, 'WGTU co-chairs', 'CSP10', cite('para. 8(b)'));
      if (r.label === 'c') {
        await follow('rec-8c', id, r.en, 'CSP President, WGTU co-chairs, chairs and facilitators of ATT subsidiary bodies, States, civil society', null, cite('para. 8(c)'));
      }
    }
    const { endorse, takeNote } = report.proposal.decisions;
    for (const [i, item] of endorse.items.entries()) {
      const id = await decide(`annex-7-endorse-${i + 1}`, `annex A, para. 7, endorse (${i + 1})`, DecisionKind.ENDORSE, item);
      await follow(`annex-8-endorse-${i + 1}`, id, `Implement during the CSP10 cycle: ${item.en}`, 'ATT Secretariat', 'CSP10', cite('annex A, para. 8'));
    }
    for (const [i, item] of takeNote.items.entries()) {
      await decide(`annex-7-note-${i + 1}`, `annex A, para. 7, take note (${i + 1})`, DecisionKind.TAKE_NOTE, item);
    }

    // The co-chairs the report names, and their offices in the CSP9 cycle.
    for (const p of report.people) {
      const person = stableUuid(`person:${p.key}`);
      await tx.upsert(Person, { id: person, subject: null, name: `${p.title.en} ${p.name}`, organisation: null, demo: false }, ignore);
      for (const role of p.roles.filter((r) => r.cycle === 'CSP9')) {
        await tx.upsert(OfficeHolding, {
          id: stableUuid(`holding:${p.key}:${role.body}:${role.office}:${role.cycle}`), person: tx.getReference(Person, person),
          body: role.body as BodyCode, office: role.office as OfficeKind, cycle: role.cycle, region: null,
          representingState: tx.getReference(State, p.state), representingOrganisation: null,
          validFrom: role.appointedOn ?? null, validTo: conf.to,
          // Appointed on a day the report gives, else from a start it does not; to the close of CSP9, the cycle's end.
          startBasis: role.appointedOn ? TermBasis.SOURCED : TermBasis.UNKNOWN, endBasis: TermBasis.DERIVED, note: null, ...now(),
          source: cite(`paras. ${p.paragraphs.join(', ')}`) + (role.appointedOn ? ` Appointed on ${role.appointedOn} by the CSP9 President.` : ' Term: the CSP9 cycle, to the close of CSP9.'),
          demo: false,
        }, ignore);
      }
    }
  });
}
