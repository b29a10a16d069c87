import { ANONYMOUS, type OfficeRights, type Viewer } from '../auth/viewer';
import { nodeTypeName } from '../../kernel/graphql/node';
import { type Access, Classification, Grant, RANK, type RecordScope } from './levels';
import { POLICY } from './policy-table';

/** Whether the viewer may read (or write) something with this access, about this record. */
export function canAccess(viewer: Viewer, access: Access, scope?: RecordScope): boolean {
  if (byLevel(viewer, access)) return true;
  if (!scope || !access.grants) return false;
  return access.grants.some((grant) => grantApplies(viewer, grant, scope));
}

/** Open to the viewer everywhere: by its level, or as the Secretariat where only it may. */
function byLevel(viewer: Viewer, access: Access): boolean {
  return access.secretariatOnly ? viewer.secretariat : RANK[viewer.level] >= RANK[access.level];
}

function grantApplies(viewer: Viewer, grant: Grant, scope: RecordScope): boolean {
  switch (grant) {
    case Grant.OWN_STATE:
      return !!scope.state && viewer.ownStates.has(scope.state);
    case Grant.COORDINATED_REGION:
      return !!scope.region && viewer.coordinatedRegions.has(scope.region);
    case Grant.OWN_ORGANISATION:
      return !!scope.organisation && viewer.organisations.has(scope.organisation);
    case Grant.AUTHOR:
      return !!scope.author && viewer.standings.has(scope.author);
    case Grant.CHAMPION_REGION:
      return !!scope.region && viewer.championRegions.has(scope.region);
  }
}

/** Whether reading something with this access goes to the access log: RESTRICTED, but for the audit trail itself. */
export function loggedRead(access: Access | undefined): boolean {
  return access?.level === Classification.RESTRICTED && !access.notLogged;
}

/**
 * Whether a record is itself a RESTRICTED fact (its existence included), as the policy table's
 * record policy of its type says: a RESTRICTED type, or a record classified RESTRICTED.
 */
export function restrictedRecord(record: object): boolean {
  const records = POLICY[nodeTypeName(record)]?.records;
  if (!records) return false;
  if (records.classifiedBy) return (record as Record<string, unknown>)[records.classifiedBy] === Classification.RESTRICTED;
  return loggedRead(records);
}

/** Whether some record could be open to the viewer: its level, or a grant it holds at all. */
export function mayHaveAccess(viewer: Viewer, access: Access): boolean {
  if (byLevel(viewer, access)) return true;
  return (access.grants ?? []).some((grant) => heldGrants(viewer).includes(grant));
}

export function heldGrants(viewer: Viewer): Grant[] {
  const held: Grant[] = [];
  if (viewer.ownStates.size) held.push(Grant.OWN_STATE);
  if (viewer.coordinatedRegions.size) held.push(Grant.COORDINATED_REGION);
  if (viewer.organisations.size) held.push(Grant.OWN_ORGANISATION);
  if (viewer.standings.size) held.push(Grant.AUTHOR);
  if (viewer.championRegions.size) held.push(Grant.CHAMPION_REGION);
  return held;
}

/**
 * The office holding whose rights alone allow this access to this record (the first, in the
 * viewer's order), or null when none does: what a record is made under, for the AUTHOR grant.
 */
export function holdingAllowing(viewer: Viewer, access: Access, scope: RecordScope): string | null {
  return viewer.offices.find((office) => canAccess(asViewer(office), access, scope))?.holding ?? null;
}

/** One office's rights as a viewer holding nothing else. */
function asViewer(office: OfficeRights): Viewer {
  return { ...ANONYMOUS, ...office, subject: null };
}

/** How the schema descriptions state a field's classification. */
export function describeAccess(access: Access): string {
  const grants = (access.grants ?? []).map((g) => GRANT_WORDS[g]);
  const also = grants.length ? ` (also: ${grants.join('; ')})` : '';
  if (access.secretariatOnly) return `Classification: RESTRICTED (the Secretariat only${also ? `; also: ${grants.join('; ')}` : ''}).`;
  return `Classification: ${access.level}${also}.`;
}

const GRANT_WORDS: Record<Grant, string> = {
  OWN_STATE: "the state's own national point of contact",
  COORDINATED_REGION: "the Vice-President coordinating the state's region",
  OWN_ORGANISATION: 'the contributing organisation',
  AUTHOR: 'whoever recorded it, while the office (or account) it recorded it under lasts',
  CHAMPION_REGION: 'the regional champions of its region',
};
