import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type OfficeRights, SYSTEM, viewerOf } from '../../src/access/auth/viewer';
import { canAccess, describeAccess, heldGrants, holdingAllowing, loggedRead, mayHaveAccess } from '../../src/access/policy/access';
import { type Access, Classification, Grant } from '../../src/access/policy/levels';

/** One office's rights; nothing but what is given. */
const office = (holding: string, rights: Partial<Omit<OfficeRights, 'holding'>> = {}): OfficeRights => ({
  holding,
  level: Classification.PARTNER,
  secretariat: false,
  ownStates: new Set(),
  coordinatedRegions: new Set(),
  championRegions: new Set(),
  ...rights,
});
const person = { subject: 'sub', personId: 'p-1', name: 'A. Person', organisation: 'org-1' };

const ABOUT_STATE: Access = { level: Classification.RESTRICTED, grants: [Grant.OWN_STATE, Grant.COORDINATED_REGION] };
const SECRETARIAT_ONLY: Access = { level: Classification.RESTRICTED, secretariatOnly: true };

describe('a viewer is the union of the offices held today', () => {
  it('takes the highest level, every scope, and the person and holdings as standings, in a stable order', () => {
    const contact = office('h-2', { ownStates: new Set(['GHA']) });
    const vp = office('h-1', { level: Classification.TREATY_BODY, coordinatedRegions: new Set(['AFRICA']) });
    const viewer = viewerOf(person, [contact, vp]);
    expect(viewer.level).toBe(Classification.TREATY_BODY);
    expect([...viewer.ownStates]).toEqual(['GHA']);
    expect([...viewer.coordinatedRegions]).toEqual(['AFRICA']);
    expect([...viewer.organisations]).toEqual(['org-1']);
    expect([...viewer.standings]).toEqual(['p-1', 'h-1', 'h-2']);
    expect(viewer.offices.map((o) => o.holding)).toEqual(['h-1', 'h-2']);
    expect(viewerOf(person, [vp, contact])).toEqual(viewer);
  });

  it('is a PARTNER of its own organisation when it holds no office', () => {
    const viewer = viewerOf({ ...person, organisation: null }, []);
    expect(viewer.level).toBe(Classification.PARTNER);
    expect(viewer.secretariat).toBe(false);
    expect(viewer.organisations.size).toBe(0);
    expect([...viewer.standings]).toEqual(['p-1']);
  });
});

describe('access decisions', () => {
  const contact = viewerOf(person, [office('h-c', { ownStates: new Set(['GHA']) })]);
  const vp = viewerOf(person, [office('h-v', { level: Classification.TREATY_BODY, coordinatedRegions: new Set(['AFRICA']) })]);
  const president = viewerOf(person, [office('h-p', { level: Classification.RESTRICTED })]);
  const secretariat = viewerOf(person, [office('h-s', { level: Classification.RESTRICTED, secretariat: true })]);

  it('open by level, whatever the record', () => {
    expect(canAccess(ANONYMOUS, { level: Classification.PUBLIC })).toBe(true);
    expect(canAccess(ANONYMOUS, { level: Classification.PARTNER })).toBe(false);
    expect(canAccess(contact, { level: Classification.PARTNER })).toBe(true);
    expect(canAccess(vp, { level: Classification.RESTRICTED })).toBe(false);
    expect(canAccess(president, ABOUT_STATE, { state: 'NGA' })).toBe(true);
  });

  it('open by a scoped grant only about a record in that scope', () => {
    expect(canAccess(contact, ABOUT_STATE, { state: 'GHA', region: 'AFRICA' })).toBe(true);
    expect(canAccess(contact, ABOUT_STATE, { state: 'NGA', region: 'AFRICA' })).toBe(false);
    expect(canAccess(vp, ABOUT_STATE, { state: 'NGA', region: 'AFRICA' })).toBe(true);
    expect(canAccess(vp, ABOUT_STATE, { state: 'FRA', region: 'EUROPE' })).toBe(false);
    // No record, no scope: a grant opens nothing.
    expect(canAccess(contact, ABOUT_STATE)).toBe(false);
    expect(canAccess(contact, { level: Classification.RESTRICTED, grants: [Grant.AUTHOR] }, { author: 'h-c' })).toBe(true);
    expect(canAccess(contact, { level: Classification.RESTRICTED, grants: [Grant.AUTHOR] }, { author: 'h-other' })).toBe(false);
  });

  it('keep the Secretariat-only to the Secretariat, whatever the level', () => {
    expect(canAccess(president, SECRETARIAT_ONLY)).toBe(false);
    expect(canAccess(secretariat, SECRETARIAT_ONLY)).toBe(true);
    expect(canAccess(SYSTEM, SECRETARIAT_ONLY)).toBe(true);
  });

  it('tell which grants a viewer holds at all, and whether some record could be open to it', () => {
    expect(heldGrants(ANONYMOUS)).toEqual([]);
    expect(heldGrants(contact)).toEqual([Grant.OWN_STATE, Grant.OWN_ORGANISATION, Grant.AUTHOR]);
    expect(mayHaveAccess(contact, ABOUT_STATE)).toBe(true);
    expect(mayHaveAccess(ANONYMOUS, ABOUT_STATE)).toBe(false);
    expect(mayHaveAccess(vp, { level: Classification.RESTRICTED, grants: [Grant.OWN_STATE] })).toBe(false);
  });

  it('name the office whose rights alone allow a record (what a record is made under)', () => {
    const both = viewerOf(person, [office('h-c', { ownStates: new Set(['GHA']) }), office('h-v', { coordinatedRegions: new Set(['AFRICA']) })]);
    expect(holdingAllowing(both, ABOUT_STATE, { state: 'GHA', region: 'AFRICA' })).toBe('h-c');
    expect(holdingAllowing(both, ABOUT_STATE, { state: 'NGA', region: 'AFRICA' })).toBe('h-v');
    expect(holdingAllowing(both, ABOUT_STATE, { state: 'FRA', region: 'EUROPE' })).toBeNull();
  });

  it('log RESTRICTED reads but the audit trail, and describe each access in the schema', () => {
    expect(loggedRead(ABOUT_STATE)).toBe(true);
    expect(loggedRead({ ...SECRETARIAT_ONLY, notLogged: true })).toBe(false);
    expect(loggedRead({ level: Classification.TREATY_BODY })).toBe(false);
    expect(loggedRead(undefined)).toBe(false);
    expect(describeAccess({ level: Classification.PUBLIC })).toBe('Classification: PUBLIC.');
    expect(describeAccess(ABOUT_STATE)).toBe(
      "Classification: RESTRICTED (also: the state's own national point of contact; the Vice-President coordinating the state's region).",
    );
    expect(describeAccess(SECRETARIAT_ONLY)).toBe('Classification: RESTRICTED (the Secretariat only).');
  });
});
