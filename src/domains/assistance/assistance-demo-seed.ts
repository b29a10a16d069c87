import type { EntityManager } from '@mikro-orm/postgresql';
import { stableUuid } from '../../kernel/db/stable-id';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity';
import { AttRegion } from '../participation/enums';
import { State } from '../participation/state.entity';
import { Classification } from '../../access/policy/levels';
import { FundingMechanism, ProjectModeration, SupportKind } from '../projects/enums';
import { AssistanceProject } from '../projects/project.entity';
import { AssistanceMatch, AssistanceNeed, AssistanceOffer } from './assistance.entity';
import { AssistanceKind } from './enums';

/**
 * Invented assistance records for the demo (outside production only), each marked `demo`: the
 * shipped data has no needs, offers, VTF projects or sponsorship awards per state.
 */
export async function seedAssistanceDemo(em: EntityManager): Promise<void> {
  const ignore = { onConflictFields: ['id'] as never, onConflictAction: 'ignore' as const };
  const stamp = () => ({ version: 1, createdAt: new Date(), updatedAt: new Date(), demo: true });
  await em.transactional(async (tx) => {
    const legal = await tx.upsert(Organisation, {
      id: stableUuid('organisation:Demo Legal Assistance Network'), name: 'Demo Legal Assistance Network', kind: OrganisationKind.ACADEMIA, demo: true,
    });
    const needs = [
      ['COM', AssistanceKind.LEGAL, 'Demo: review of national legislation against the Treaty before ratification.'],
      ['GMB', AssistanceKind.TRAINING, 'Demo: training of customs and licensing officers.'],
      ['AGO', AssistanceKind.TRANSLATION, 'Demo: the universalization toolkit in Portuguese.'],
      ['ZWE', AssistanceKind.INSTITUTIONAL, 'Demo: setting up a national control authority.'],
    ] as const;
    for (const [iso3, kind, description] of needs) {
      await tx.upsert(AssistanceNeed, {
        id: stableUuid(`demo-need:${iso3}:${kind}`), state: tx.getReference(State, iso3), kind, description,
        statedBy: 'Demo record', statedOn: '2026-06-01', ...stamp(),
      }, ignore);
    }
    const offers = [
      ['legal', legal.id, 'Demo Legal Assistance Network', [AssistanceKind.LEGAL], [], 'Demo: legislative drafting support, any region.'],
      ['cso', stableUuid('organisation:Demo Civil Society Network'), 'Demo Civil Society Network', [AssistanceKind.TRAINING, AssistanceKind.OUTREACH], [AttRegion.AFRICA], 'Demo: trainings and parliamentary outreach in Africa.'],
      ['industry', stableUuid('organisation:Demo Defence Industry Association'), 'Demo Defence Industry Association', [AssistanceKind.TECHNICAL], [], 'Demo: technical briefings on export control compliance.'],
    ] as const;
    for (const [key, org, name, kinds, regions, description] of offers) {
      await tx.upsert(AssistanceOffer, {
        id: stableUuid(`demo-offer:${key}`), providerOrganisation: tx.getReference(Organisation, org), providerState: null,
        providerName: name, kinds: [...kinds], regions: [...regions], description, availableUntil: null, ...stamp(),
      }, ignore);
    }
    await tx.upsert(AssistanceMatch, {
      id: stableUuid('demo-match:COM:legal'), need: tx.getReference(AssistanceNeed, stableUuid(`demo-need:COM:${AssistanceKind.LEGAL}`)),
      offer: tx.getReference(AssistanceOffer, stableUuid('demo-offer:legal')), matchedOn: '2026-07-01', note: 'Demo match.',
      demo: true, version: 1, createdAt: new Date(), updatedAt: new Date(),
    }, ignore);
    // Voluntary Trust Fund projects and a Sponsorship Programme award: assistance projects of their mechanism.
    const project = { organisationIds: [], beneficiaryRegions: [], classification: Classification.PUBLIC, moderation: ProjectModeration.PUBLISHED, sources: ['Demo record'], ...stamp() };
    for (const [iso3, title, year] of [['GMB', 'Demo project: national control list', 2024], ['COM', 'Demo project: ratification roadmap', 2025]] as const) {
      await tx.upsert(AssistanceProject, {
        id: stableUuid(`demo-vtf:${iso3}:${year}`), mechanism: FundingMechanism.ATT_VTF, title, beneficiaryStates: [iso3],
        periodFrom: String(year), starts: `${year}-01-01`, kinds: [], statusNote: 'demo', ...project,
      }, ignore);
    }
    await tx.upsert(AssistanceProject, {
      id: stableUuid('demo-sponsorship:COM:CSP11'), mechanism: FundingMechanism.ATT_SPONSORSHIP, title: 'Demo: sponsorship to attend CSP11',
      beneficiaryStates: ['COM'], kinds: [SupportKind.PARTICIPATION], meeting: 'CSP11', delegates: 1, periodFrom: '2025', starts: '2025-01-01', ...project,
    }, ignore);
  });
}
