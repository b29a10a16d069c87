import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Viewer } from '../../src/access/auth/viewer';
import { ormOptions } from '../../src/kernel/db/orm';
import { ormMapping } from '../../src/orm-mapping';
import { buildContractSchema } from '../../src/schema';
import { Classification, Grant } from '../../src/access/policy/levels';
import { POLICY, type TypePolicy } from '../../src/access/policy/policy-table';
import { checkRecordScopes, RecordScopeError, VISIBILITY, visibilityCondition, type FilterDef } from '../../src/access/policy/record-scopes';
import { scopeOfRecord, ScopeNotLoadedError } from '../../src/access/policy/scope-of';
import { scopeProperties } from '../../src/access/policy/scoped-sql';
import { reachedThroughProblems } from '../../src/access/policy/field-rules';

/** The table with one type's entry replaced: what a careless edit looks like. */
const withType = (name: string, entry: TypePolicy): Record<string, TypePolicy> => ({ ...POLICY, [name]: entry });

describe('every record scope is derived from the policy table, and the start refuses what is missing', () => {
  let orm: MikroORM;
  let filters: Record<string, FilterDef>;
  beforeAll(async () => {
    // Metadata only: no database is needed to check the table against the entities.
    orm = await MikroORM.init({ ...ormOptions({ host: '127.0.0.1', port: 1, poolMax: 1 }, ormMapping()), connect: false });
    filters = orm.config.get('filters') as Record<string, FilterDef>;
  });
  afterAll(() => orm.close(true));

  it("the hub's own table, entities and filters pass, every scoped entity under the one derived filter", () => {
    expect(() => checkRecordScopes(orm.getMetadata(), filters)).not.toThrow();
    expect(new Set(filters[VISIBILITY]!.entity)).toEqual(
      new Set(['Activity', 'Engagement', 'NationalProcess', 'PriorityAssessment', 'AssistanceNeed', 'AssistanceOffer', 'AssistanceMatch', 'AssistanceProject', 'AuditEvent']),
    );
  });

  it('refuses a record-scoped type whose `about` has no path for a grant it uses', () => {
    const { about: _about, ...rest } = POLICY.NationalProcess!;
    const policy = withType('NationalProcess', { ...rest, about: { state: 'state' } });
    expect(() => checkRecordScopes(orm.getMetadata(), filters, policy)).toThrow(RecordScopeError);
    expect(() => checkRecordScopes(orm.getMetadata(), filters, policy)).toThrow(
      /NationalProcess grants COORDINATED_REGION on its records but its `about` has no region path/,
    );
  });

  it('refuses a path that names no property of the entity', () => {
    const policy = withType('Engagement', { ...POLICY.Engagement!, about: { ...POLICY.Engagement!.about, author: 'writtenBy' } });
    expect(() => checkRecordScopes(orm.getMetadata(), filters, policy)).toThrow(/Engagement: about.author 'writtenBy' names no property writtenBy/);
  });

  it('refuses an entity of a scoped type that the derived filter does not cover', () => {
    const partial = { [VISIBILITY]: { ...filters[VISIBILITY]!, entity: filters[VISIBILITY]!.entity!.filter((e) => e !== 'Engagement') } };
    expect(() => checkRecordScopes(orm.getMetadata(), partial)).toThrow(/entity Engagement \(type Engagement\) has a record policy but no visibility filter/);
  });

  it('refuses a newly scoped type (records added to a public type) until its entity and paths follow', () => {
    const policy = withType('Decision', { ...POLICY.Decision!, records: { level: Classification.TREATY_BODY, grants: [Grant.OWN_STATE] } });
    const problems = () => checkRecordScopes(orm.getMetadata(), filters, policy);
    expect(problems).toThrow(/entity Decision \(type Decision\) has a record policy but no visibility filter/);
    expect(problems).toThrow(/Decision grants OWN_STATE on its records but its `about` has no state path/);
  });

  it('refuses a record policy for a type no entity is', () => {
    const policy = withType('MatchSuggestion', { ...POLICY.MatchSuggestion!, records: { level: Classification.PARTNER } });
    expect(() => checkRecordScopes(orm.getMetadata(), filters, policy)).toThrow(/type MatchSuggestion has a record policy but no entity/);
  });

  it('refuses a `reachedThrough` marker that names no field, or one that does not lead to the type', async () => {
    const schema = await buildContractSchema();
    expect(reachedThroughProblems(schema)).toEqual([]);
    expect(reachedThroughProblems(schema, withType('MatchSuggestion', { ...POLICY.MatchSuggestion!, reachedThrough: 'Query.suggestions' }))).toEqual([
      'type MatchSuggestion is reached through Query.suggestions, which names no field',
    ]);
    expect(reachedThroughProblems(schema, withType('MatchSuggestion', { ...POLICY.MatchSuggestion!, reachedThrough: 'Query.offers' }))).toEqual([
      'type MatchSuggestion is reached through Query.offers, which does not lead to it',
    ]);
  });
});

describe('scopes derived from `about`', () => {
  const keyName = (record: object) => ('iso3' in record ? 'iso3' : 'id');
  class StateRef {
    constructor(
      readonly iso3: string,
      readonly region?: string,
    ) {}
  }

  it('reads a scope along the paths, loading a reference that holds only its key', async () => {
    const loaded: string[] = [];
    const load = async (ref: object) => {
      loaded.push((ref as StateRef).iso3);
      return new StateRef((ref as StateRef).iso3, 'AFRICA');
    };
    const scope = await scopeOfRecord('NationalProcess', { state: new StateRef('NGA') }, { load, keyName });
    expect(scope).toEqual({ state: 'NGA', region: 'AFRICA' });
    expect(loaded).toEqual(['NGA']);
  });

  it('an activity made for an organisation is not its contributor’s (authorWhen)', async () => {
    const load = async () => null;
    expect(await scopeOfRecord('Activity', { organiser: { id: 'org' }, contributedBy: { id: 'p1' } }, { load, keyName })).toEqual({
      organisation: 'org',
    });
    expect(await scopeOfRecord('Activity', { organiser: null, contributedBy: { id: 'p1' } }, { load, keyName })).toEqual({ author: 'p1' });
  });

  it('answers at once, without a promise, when the record holds all it is about', async () => {
    let loads = 0;
    const load = async (ref: object) => (loads++, new StateRef((ref as StateRef).iso3, 'AFRICA'));
    const scope = scopeOfRecord('Activity', { organiser: { id: 'org' }, contributedBy: { id: 'p1' } }, { load, keyName });
    expect(scope).not.toBeInstanceOf(Promise);
    expect(scope).toEqual({ organisation: 'org' });
    expect(loads).toBe(0);
    const loading = scopeOfRecord('NationalProcess', { state: new StateRef('NGA') }, { load, keyName });
    expect(loading).toBeInstanceOf(Promise);
    expect(await loading).toEqual({ state: 'NGA', region: 'AFRICA' });
    expect(loads).toBe(1);
  });

  it('fails loudly, never "about nothing", when a record was loaded without what its scope needs', async () => {
    const load = async () => null;
    await expect(scopeOfRecord('Activity', { organiser: null }, { load, keyName })).rejects.toThrow(ScopeNotLoadedError);
  });

  it('raw reads take the properties the policy looks at (POLICY_PROPERTIES, derived)', () => {
    expect(scopeProperties('Activity').sort()).toEqual(['classification', 'contributedBy', 'id', 'organiser', 'status']);
  });

  it('a viewer with no grant meets a condition no row meets; a grant held opens its path', () => {
    expect(visibilityCondition('NationalProcess', ANONYMOUS)).toEqual({ id: null });
    const vp: Viewer = { ...ANONYMOUS, subject: 'vp', level: Classification.PARTNER, coordinatedRegions: new Set(['AFRICA']) as Viewer['coordinatedRegions'] };
    expect(visibilityCondition('NationalProcess', vp)).toEqual({ $or: [{ state: { region: { $in: ['AFRICA'] } } }] });
  });
});
