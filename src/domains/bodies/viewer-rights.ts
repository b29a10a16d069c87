import type { EntityManager } from '@mikro-orm/postgresql';
import { type OfficeRights, UnknownSubjectError, type Viewer, viewerOf } from '../../access/auth/viewer';
import { Classification } from '../../access/policy/levels';
import { preparedStatement, runPrepared } from '../../kernel/db/prepared';
import { readOnlyRecords } from '../../performance/read-only-records';
import { BodyCode, OfficeKind } from './enums';
import { OfficeHolding } from './office-holding.entity';

/*
 * Which office gives which rights, in the bodies' own words (docs/access.md): the access layer
 * combines them into the viewer (viewerOf) and knows no body or office.
 */

const SUBSIDIARY_BODIES = new Set([
  BodyCode.WGETI,
  BodyCode.WGTR,
  BodyCode.VTF_SELECTION_COMMITTEE,
  BodyCode.MANAGEMENT_COMMITTEE,
]);

/** The rights one office gives its holder (from the columns VIEWER reads: add one there before reading it here). */
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

/**
 * One statement on every signed-in request, prepared (prepared.ts): the person and the office
 * holdings valid on `today`, read as read-only records (nothing here is written, and this runs
 * before every answer). Only the columns `rightsOf` reads: the others of a holding read as null.
 * The validity test is `heldOn` (office-holding.entity.ts) written in SQL: change both together.
 */
const VIEWER = preparedStatement(
  'viewer',
  `select p.id as viewer_person_id, p.name as viewer_name, p.organisation_id as viewer_organisation_id,
          h.id, h.body, h.office, h.region, h.representing_state_iso3
     from person p
     left join office_holding h on h.person_id = p.id
      and (h.valid_from is null or h.valid_from <= ?::date)
      and ((h.valid_to is null and h.end_basis is distinct from 'UNKNOWN') or h.valid_to >= ?::date)
    where p.subject = ?::text`,
);

export async function buildViewer(em: EntityManager, subject: string, today: string): Promise<Viewer> {
  const { rows } = await runPrepared<{ rows: Record<string, unknown>[] }>(em.getKnex(), VIEWER, [today, today, subject]);
  const person = rows[0];
  if (!person) throw new UnknownSubjectError('This account is not registered with the hub.');
  const holdings = readOnlyRecords(em, OfficeHolding, rows.filter((row) => row.id !== null));
  const organisation = (person.viewer_organisation_id as string | null) ?? null;
  return viewerOf(
    { subject, personId: person.viewer_person_id as string, name: person.viewer_name as string, organisation },
    holdings.map(rightsOf),
  );
}
