import type { EntityManager } from '@mikro-orm/postgresql';
import { BodyCode, OfficeKind } from './enums';
import { OfficeHolding } from './office-holding.entity';
import { Person } from './person.entity';
import { stableUuid } from '../../kernel/db/stable-id';
import { Organisation, OrganisationKind } from '../organisations/organisation.entity';
import { AttRegion } from '../participation/enums';
import { State } from '../participation/state.entity';

/**
 * Demo principals for the embedded default: invented people, marked as demo records, seeded
 * only outside production. `npm run token -- <principal>` signs a token for one of them.
 */
export interface DemoPrincipal {
  principal: string;
  name: string;
  sees: string;
  holding?: {
    body: BodyCode | null;
    office: OfficeKind;
    region?: AttRegion;
    state?: string;
    validFrom: string;
    validTo?: string;
  };
  organisation?: { name: string; kind: OrganisationKind };
}

export const DEMO_SUBJECT_PREFIX = 'demo:';

export const DEMO_PRINCIPALS: readonly DemoPrincipal[] = [
  {
    principal: 'secretariat',
    name: 'Demo Secretariat officer',
    sees: 'everything, including RESTRICTED facts and the audit trail',
    holding: { body: BodyCode.SECRETARIAT, office: OfficeKind.STAFF, validFrom: '2015-01-01' },
  },
  {
    principal: 'csp-president',
    name: 'Demo CSP President',
    sees: 'RESTRICTED facts about every state',
    holding: { body: BodyCode.CSP, office: OfficeKind.PRESIDENT, validFrom: '2025-08-29' },
  },
  {
    principal: 'wgtu-cochair',
    name: 'Demo WGTU co-chair',
    sees: 'RESTRICTED facts about every state',
    holding: { body: BodyCode.WGTU, office: OfficeKind.CO_CHAIR, validFrom: '2025-08-29' },
  },
  {
    principal: 'vp-africa',
    name: 'Demo CSP Vice-President (regional coordinator for Africa)',
    sees: 'TREATY_BODY facts, and RESTRICTED facts about the states of Africa',
    holding: { body: BodyCode.CSP, office: OfficeKind.VICE_PRESIDENT, region: AttRegion.AFRICA, validFrom: '2025-08-29' },
  },
  {
    principal: 'wgeti-chair',
    name: 'Demo WGETI chair',
    sees: 'TREATY_BODY facts (no RESTRICTED ones)',
    holding: { body: BodyCode.WGETI, office: OfficeKind.CHAIR, validFrom: '2025-08-29' },
  },
  {
    principal: 'focal-point-com',
    name: 'Demo national point of contact of Comoros',
    sees: 'PARTNER facts, and RESTRICTED facts about Comoros',
    holding: { body: null, office: OfficeKind.NATIONAL_POINT_OF_CONTACT, state: 'COM', validFrom: '2020-01-01' },
  },
  {
    principal: 'partner-cso',
    name: 'Demo civil society staff member',
    sees: "PARTNER facts, and its organisation's own unpublished contributions",
    organisation: { name: 'Demo Civil Society Network', kind: OrganisationKind.CIVIL_SOCIETY },
  },
  {
    principal: 'partner-industry',
    name: 'Demo industry association staff member',
    sees: "PARTNER facts, and its organisation's own unpublished contributions",
    organisation: { name: 'Demo Defence Industry Association', kind: OrganisationKind.INDUSTRY },
  },
  {
    principal: 'champion-africa',
    name: 'Demo regional champion for Africa (a State Party volunteering)',
    sees: 'TREATY_BODY facts; records contacts with African states and reads its own reports',
    holding: { body: BodyCode.WGTU, office: OfficeKind.REGIONAL_CHAMPION, region: AttRegion.AFRICA, state: 'GHA', validFrom: '2025-08-29' },
  },
  {
    principal: 'former-cochair',
    name: 'Demo former WGTU co-chair (term ended with CSP9)',
    sees: 'PARTNER facts only: the co-chair term ended on 25 Aug 2023',
    holding: { body: BodyCode.WGTU, office: OfficeKind.CO_CHAIR, validFrom: '2022-11-24', validTo: '2023-08-25' },
  },
];

export const demoSubject = (principal: string): string => `${DEMO_SUBJECT_PREFIX}${principal}`;

/** Idempotent: stable ids, upserted. */
export async function seedDemoPrincipals(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    for (const demo of DEMO_PRINCIPALS) {
      const organisation = demo.organisation
        ? await tx.upsert(Organisation, {
            id: stableUuid(`organisation:${demo.organisation.name}`),
            name: demo.organisation.name,
            kind: demo.organisation.kind,
            demo: true,
          })
        : null;
      const person = await tx.upsert(Person, {
        id: stableUuid(`person:${demo.principal}`),
        subject: demoSubject(demo.principal),
        name: demo.name,
        organisation,
        demo: true,
      });
      if (demo.holding) {
        const h = demo.holding;
        await tx.upsert(OfficeHolding, {
          id: stableUuid(`holding:${demo.principal}`),
          person,
          body: h.body,
          office: h.office,
          region: h.region ?? null,
          representingState: h.state ? tx.getReference(State, h.state) : null,
          validFrom: h.validFrom,
          validTo: h.validTo ?? null,
          source: 'Demo record',
          demo: true,
          version: 1,
          createdAt: new Date(),
          updatedAt: new Date(),
        }, { onConflictFields: ['id'], onConflictExcludeFields: ['version', 'createdAt'] as never });
      }
    }
  });
}
