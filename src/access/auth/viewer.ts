import type { EntityManager } from '@mikro-orm/postgresql';
import { BodyCode, OfficeKind } from '../../domains/bodies/enums';
import { OfficeHolding } from '../../domains/bodies/office-holding.entity';
import { readOnlyRecords } from '../../performance/read-only-records';
import type { AttRegion } from '../../domains/participation/enums';
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
  /**
   * What the AUTHOR grant matches (policy-table.ts): the office holdings valid today, and the
   * person's own account. A record made under an office is its author's only while that term runs.
   */
  standings: ReadonlySet<string>;
  /** What each office held today gives on its own, by holding (the rights above are their union). */
  offices: readonly OfficeRights[];
}

/** The rights one office holding gives its holder. */
export interface OfficeRights {
  holding: string;
  level: Classification;
  secretariat: boolean;
  ownStates: ReadonlySet<string>;
  coordinatedRegions: ReadonlySet<AttRegion>;
  championRegions: ReadonlySet<AttRegion>;
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
  standings: new Set<string>(),
  offices: [],
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

/** The rights one office gives its holder. */
function rightsOf(holding: OfficeHolding): OfficeRights {
  const { body, office, region, representingState } = holding;
  return {
    holding: holding.id,
    level: levelOf(holding),
    secretariat: body === BodyCode.SECRETARIAT,
    ownStates: new Set(office === OfficeKind.NATIONAL_POINT_OF_CONTACT && representingState ? [representingState.iso3] : []),
    coordinatedRegions: new Set(office === OfficeKind.VICE_PRESIDENT && body === BodyCode.CSP && region ? [region] : []),
    championRegions: new Set(office === OfficeKind.REGIONAL_CHAMPION && region ? [region] : []),
  };
}

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
        and (h.valid_from is null or h.valid_from <= ?::date)
        and ((h.valid_to is null and h.end_basis is distinct from 'UNKNOWN') or h.valid_to >= ?::date)
      where p.subject = ?`,
    [today, today, subject],
  );
  const person = rows[0];
  if (!person) throw new UnknownSubjectError('This account is not registered with the hub.');
  const holdings = readOnlyRecords(em, OfficeHolding, rows.filter((row) => row.id !== null));
  // In a stable order: the viewer is part of the response cache's key.
  const offices = holdings.map(rightsOf).sort((a, b) => a.holding.localeCompare(b.holding));
  const personId = person.viewer_person_id as string;
  return {
    subject,
    personId,
    name: person.viewer_name as string,
    level: offices.reduce<Classification>((level, o) => (RANK[o.level] > RANK[level] ? o.level : level), Classification.PARTNER),
    secretariat: offices.some((o) => o.secretariat),
    ownStates: new Set(offices.flatMap((o) => [...o.ownStates])),
    coordinatedRegions: new Set(offices.flatMap((o) => [...o.coordinatedRegions])),
    championRegions: new Set(offices.flatMap((o) => [...o.championRegions])),
    organisations: new Set(person.viewer_organisation_id ? [person.viewer_organisation_id as string] : []),
    standings: new Set([personId, ...offices.map((o) => o.holding)]),
    offices,
  };
}
