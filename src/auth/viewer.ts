import type { EntityManager } from '@mikro-orm/postgresql';
import { BodyCode, OfficeKind } from '../bodies/enums';
import { OfficeHolding } from '../bodies/office-holding.entity';
import { readOnlyRecords } from '../db/read-only-records';
import type { AttRegion } from '../participation/enums';
import { Classification, RANK } from '../policy/levels';

/**
 * Who is asking, built per request from the verified token and the office holdings valid on
 * that day. Never cached across requests: a term that ended yesterday grants nothing today.
 */
export interface Viewer {
  /** The token's subject; null for the anonymous public. */
  subject: string | null;
  personId: string | null;
  name: string | null;
  level: Classification;
  secretariat: boolean;
  ownStates: ReadonlySet<string>;
  coordinatedRegions: ReadonlySet<AttRegion>;
  /** Regions this viewer serves as a regional champion. */
  championRegions: ReadonlySet<AttRegion>;
  organisations: ReadonlySet<string>;
}

export const ANONYMOUS: Viewer = Object.freeze({
  subject: null,
  personId: null,
  name: null,
  level: Classification.PUBLIC,
  secretariat: false,
  ownStates: new Set<string>(),
  coordinatedRegions: new Set<AttRegion>(),
  championRegions: new Set<AttRegion>(),
  organisations: new Set<string>(),
});

/** The hub itself, loading shipped and demo data at start: sees every record. */
export const SYSTEM: Viewer = Object.freeze({
  ...ANONYMOUS,
  subject: 'system',
  name: 'ATT Coordination Hub',
  level: Classification.RESTRICTED,
  secretariat: true,
});

const SUBSIDIARY_BODIES = new Set([
  BodyCode.WGETI,
  BodyCode.WGTR,
  BodyCode.VTF_SELECTION_COMMITTEE,
  BodyCode.MANAGEMENT_COMMITTEE,
]);

/** The level one office gives its holder. */
function levelOf(holding: OfficeHolding): Classification {
  const { body, office } = holding;
  if (body === BodyCode.SECRETARIAT) return Classification.RESTRICTED;
  if (body === BodyCode.CSP && office === OfficeKind.PRESIDENT) return Classification.RESTRICTED;
  if (body === BodyCode.WGTU && office === OfficeKind.CO_CHAIR) return Classification.RESTRICTED;
  if (body === BodyCode.CSP && office === OfficeKind.VICE_PRESIDENT) return Classification.TREATY_BODY;
  if (office === OfficeKind.REGIONAL_CHAMPION) return Classification.TREATY_BODY;
  if (body && SUBSIDIARY_BODIES.has(body) && (office === OfficeKind.CHAIR || office === OfficeKind.CO_CHAIR)) {
    return Classification.TREATY_BODY;
  }
  return Classification.PARTNER;
}

export class UnknownSubjectError extends Error {}

/**
 * One statement on every signed-in request: the person and the office holdings valid on `today`,
 * read as read-only records (nothing here is written, and this runs before every answer). The
 * validity test is `heldOn` (office-holding.entity.ts) written in SQL: change both together.
 */
export async function buildViewer(em: EntityManager, subject: string, today: string): Promise<Viewer> {
  const rows: Record<string, unknown>[] = await em.execute(
    `select p.id as viewer_person_id, p.name as viewer_name, p.organisation_id as viewer_organisation_id, h.*
       from person p
       left join office_holding h on h.person_id = p.id
        and (h.valid_from is null or h.valid_from <= ?::date) and (h.valid_to is null or h.valid_to >= ?::date)
      where p.subject = ?`,
    [today, today, subject],
  );
  const person = rows[0];
  if (!person) throw new UnknownSubjectError('This account is not registered with the hub.');
  const holdings = readOnlyRecords(em, OfficeHolding, rows.filter((row) => row.id !== null));
  let level = Classification.PARTNER;
  const ownStates = new Set<string>();
  const coordinatedRegions = new Set<AttRegion>();
  const championRegions = new Set<AttRegion>();
  for (const holding of holdings) {
    const given = levelOf(holding);
    if (RANK[given] > RANK[level]) level = given;
    if (holding.office === OfficeKind.NATIONAL_POINT_OF_CONTACT && holding.representingState) {
      ownStates.add(holding.representingState.iso3);
    }
    if (holding.office === OfficeKind.VICE_PRESIDENT && holding.body === BodyCode.CSP && holding.region) {
      coordinatedRegions.add(holding.region);
    }
    if (holding.office === OfficeKind.REGIONAL_CHAMPION && holding.region) championRegions.add(holding.region);
  }
  return {
    subject,
    personId: person.viewer_person_id as string,
    name: person.viewer_name as string,
    level,
    secretariat: holdings.some((h) => h.body === BodyCode.SECRETARIAT),
    ownStates,
    coordinatedRegions,
    championRegions,
    organisations: new Set(person.viewer_organisation_id ? [person.viewer_organisation_id as string] : []),
  };
}
