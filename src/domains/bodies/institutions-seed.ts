import type { EntityManager } from '@mikro-orm/postgresql';
import { DatasetLoad } from '../../kernel/db/dataset-load.entity';
import { stableUuid } from '../../kernel/db/stable-id';
import { Decision } from '../meetings/decision.entity';
import { DecisionOutcome, DecisionStatus } from '../meetings/enums';
import { Meeting } from '../meetings/meeting.entity';
import { TreatyDocument } from '../meetings/treaty-document.entity';
import { State } from '../participation/state.entity';
import { Body } from './body.entity';
import { Cycle } from './cycle.entity';
import type { InstitutionsDataset } from './institutions-data';
import { OfficeHolding } from './office-holding.entity';
import { Person } from './person.entity';

/** The id the report seed gives the source document (the draft report to CSP9). */
const SOURCE_DOCUMENT = stableUuid('document:csp9-wgtu-draft-report');

/**
 * Loads the shipped record of the institutions in one transaction, once per version of the
 * files (dataset_load `att-institutions`). Runs after the report seed: records the source
 * document made (its cycles, its President's holding) are completed in place, by the same ids;
 * documents the report seed already described are left as they are. A new version of the files
 * updates the records it loaded (including any the Secretariat changed since: the data wins, as
 * for the participation data; the audit trail keeps what was changed).
 */
export async function seedInstitutions(em: EntityManager, data: InstitutionsDataset): Promise<{ loaded: boolean; records: number }> {
  const records = data.bodies.length + data.cycles.length + data.holdings.length + data.documents.length + data.meetings.length + data.decisions.length;
  return em.transactional(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('att-hub:dataset:${data.name}'))`);
    const done = await tx.findOne(DatasetLoad, { name: data.name });
    if (done?.checksum === data.checksum) return { loaded: false, records };
    const now = { createdAt: new Date(), updatedAt: new Date() };
    const merge = (fields: string[]) => ({ onConflictAction: 'merge' as const, onConflictMergeFields: fields as never });

    for (const c of data.cycles) {
      await tx.upsert(Cycle, { ...c, recordedByHub: false }, { onConflictFields: ['code'], ...merge(['conferenceFrom', 'conferenceTo', 'place', 'theme', 'finalReportSymbol', 'source', 'note']) });
    }
    for (const d of data.documents) {
      await tx.upsert(TreatyDocument, {
        id: stableUuid(d.key), symbol: d.symbol, title: d.title, body: d.body, cycle: d.cycle ? tx.getReference(Cycle, d.cycle) : null,
        issuedOn: d.issuedOn, languages: [], note: d.note,
      }, { onConflictFields: ['id'], onConflictAction: 'ignore' });
    }
    for (const b of data.bodies) {
      await tx.upsert(Body, {
        code: b.code, name: b.name, parentCode: b.parentCode, establishedBy: b.establishedBy ? tx.getReference(Cycle, b.establishedBy) : null,
        mandate: b.mandate, mandateDocument: b.mandateSymbol ? await tx.findOne(TreatyDocument, { symbol: b.mandateSymbol }) : null,
        source: b.source, note: b.note,
      }, { onConflictFields: ['code'] });
    }
    for (const h of data.holdings) {
      if (h.person) {
        await tx.upsert(Person, { id: stableUuid(h.person.key), subject: null, name: h.person.name, organisation: null, demo: false }, { onConflictFields: ['id'], onConflictAction: 'ignore' });
      }
      await tx.upsert(OfficeHolding, {
        id: stableUuid(h.key), person: h.person ? tx.getReference(Person, stableUuid(h.person.key)) : null, body: h.body, office: h.office,
        cycle: h.cycle, region: null, representingState: h.state ? tx.getReference(State, h.state) : null, representingOrganisation: null,
        validFrom: h.validFrom, validTo: h.validTo, startBasis: h.startBasis, endBasis: h.endBasis, source: h.source, note: h.note,
        demo: false, version: 1, ...now,
      }, {
        onConflictFields: ['id'],
        ...merge(['person', 'validFrom', 'validTo', 'startBasis', 'endBasis', 'source', 'note']),
      });
    }
    for (const m of data.meetings) {
      await tx.upsert(Meeting, {
        id: stableUuid(m.key), body: m.body, cycle: m.cycle ? tx.getReference(Cycle, m.cycle) : null, ordinal: null, title: m.title,
        date: m.date, endDate: m.endDate, livestreamed: null, reportedIn: null, reportedAt: null, source: m.source,
      }, { onConflictFields: ['id'] });
    }
    for (const d of data.decisions) {
      const taken = d.outcome === DecisionOutcome.ADOPTED || d.outcome === DecisionOutcome.ENDORSED || d.outcome === DecisionOutcome.NOTED;
      await tx.upsert(Decision, {
        id: stableUuid(d.key), document: tx.getReference(TreatyDocument, stableUuid(d.documentKey)), reference: d.reference, kind: d.kind,
        decidedBy: tx.getReference(Cycle, d.cycle), text: d.text, textZh: null,
        status: taken ? DecisionStatus.TAKEN : DecisionStatus.PROPOSED, statusSource: d.outcomeSource,
        outcome: d.outcome, outcomeSource: d.outcomeSource, outcomeNote: d.outcomeNote, version: 1, ...now,
      }, { onConflictFields: ['id'], ...merge(['reference', 'kind', 'text', 'outcome', 'outcomeSource', 'outcomeNote']) });
    }
    if (data.sourceDocumentOutcomeNote) {
      // What the data knows of CSP9's outcome on the draft report's proposals, while none is recorded.
      await tx.nativeUpdate(
        Decision,
        { document: SOURCE_DOCUMENT, outcome: DecisionOutcome.NOT_RECORDED, outcomeNote: null },
        { outcomeNote: data.sourceDocumentOutcomeNote },
      );
    }
    await tx.upsert(DatasetLoad, { name: data.name, checksum: data.checksum, records, loadedAt: new Date() });
    return { loaded: true, records };
  });
}
