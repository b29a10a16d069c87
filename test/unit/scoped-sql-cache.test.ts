import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../src/kernel/db/orm';
import { ormMapping } from '../../src/orm-mapping';
import { ANONYMOUS, type Viewer } from '../../src/access/auth/viewer';
import { Classification } from '../../src/access/policy/levels';
import { graphqlTypeOf, visibilityCondition } from '../../src/access/policy/record-scopes';
import { renderScope, scopedTable } from '../../src/access/policy/scoped-sql';
import { viewerEntityManager } from '../../src/context';
import { Activity } from '../../src/domains/activities/activity.entity';
import { Engagement } from '../../src/domains/universalization/engagement.entity';

/**
 * scopedTable keeps the SQL it renders by entity and condition, across requests (src/performance/README.md):
 * the text must be a function of those alone, so every viewer gets exactly what MikroORM renders for its own
 * rights, whichever viewer rendered it first.
 */
const viewer = (rights: Partial<Viewer>): Viewer => ({ ...ANONYMOUS, subject: 'someone', ...rights });

const VIEWERS: Viewer[] = [
  ANONYMOUS,
  viewer({ personId: '00000000-0000-4000-8000-000000000001', organisations: new Set(['00000000-0000-4000-8000-00000000000a']), standings: new Set(['p1']) }),
  viewer({ personId: '00000000-0000-4000-8000-000000000002', organisations: new Set(['00000000-0000-4000-8000-00000000000b']), standings: new Set(['p2']) }),
  viewer({ level: Classification.TREATY_BODY, ownStates: new Set(['COM']), coordinatedRegions: new Set(['Africa']), standings: new Set(['h1']) }),
  viewer({ level: Classification.RESTRICTED, ownStates: new Set(['KHM']), standings: new Set(['h2']) }),
  viewer({ level: Classification.RESTRICTED, secretariat: true }),
];

describe('scopedTable, kept by condition', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init({ ...ormOptions({ host: '127.0.0.1', port: 1, poolMax: 1 }, ormMapping()), connect: false });
  });
  afterAll(() => orm.close(true));

  it('gives each viewer what MikroORM renders for its own rights, in any order', () => {
    for (const order of [VIEWERS, [...VIEWERS].reverse()]) {
      for (const entity of [Activity, Engagement]) {
        for (const rights of order) {
          // A new viewer object each time, as each request builds its own.
          const fresh = { ...rights };
          const em = viewerEntityManager(orm.em, fresh);
          const expected = renderScope(viewerEntityManager(orm.em, fresh), entity, visibilityCondition(graphqlTypeOf(entity), fresh));
          expect(scopedTable(em, fresh, entity)).toBe(expected);
        }
      }
    }
  });

  it('does not give one viewer another viewer’s scope', () => {
    const [, first, second] = VIEWERS;
    const a = scopedTable(viewerEntityManager(orm.em, first!), { ...first! }, Activity);
    const b = scopedTable(viewerEntityManager(orm.em, second!), { ...second! }, Activity);
    expect(a).not.toBe(b);
    expect(a).toContain('00000000-0000-4000-8000-00000000000a');
    expect(b).toContain('00000000-0000-4000-8000-00000000000b');
    expect(b).not.toContain('00000000-0000-4000-8000-00000000000a');
  });
});
