import { MikroORM } from '@mikro-orm/postgresql';
import { buildSchema, execute, type GraphQLResolveInfo, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Activity } from '../../src/domains/activities/activity.entity';
import { ormOptions } from '../../src/kernel/db/orm';
import { selectedFields, selectedFieldsUnder } from '../../src/kernel/graphql/selection';
import { ormMapping } from '../../src/orm-mapping';
import { columnsFor } from '../../src/performance/read-only-records';

const schema = buildSchema(`
  type Entry { state: String, tier: Int, stage: String }
  type Tier { tier: Int, entries: [Entry] }
  type Query { tiers: [Tier] }
`);

/** The resolve info of `Query.tiers` for a document. */
function infoOf(document: string): GraphQLResolveInfo {
  let info: GraphQLResolveInfo | undefined;
  const result = execute({
    schema,
    document: parse(document),
    fieldResolver: (source, _args, _ctx, i) => {
      if (i.fieldName === 'tiers') info = i;
      return (source as Record<string, unknown> | undefined)?.[i.fieldName] ?? null;
    },
    rootValue: {},
  });
  expect(result).not.toBeInstanceOf(Promise);
  return info!;
}

describe('the fields a query selects', () => {
  it('of the value a resolver returns: through fragments and inline fragments, @skip included, never __typename', () => {
    const info = infoOf(`
      query { tiers { __typename tier ...More entries @skip(if: true) { state } } }
      fragment More on Tier { ... on Tier { entries { stage } } }`);
    expect([...selectedFields(info)].sort()).toEqual(['entries', 'tier']);
    expect(selectedFields(info)).toBe(selectedFields(info));
  });

  it('under a path: every selection of it merged; null when it is not selected', () => {
    const info = infoOf(`
      query { tiers { entries { state } ...E } }
      fragment E on Tier { entries { __typename ... on Entry { tier } } }`);
    expect([...selectedFieldsUnder(info, ['entries'])!].sort()).toEqual(['state', 'tier']);
    expect(selectedFieldsUnder(infoOf('{ tiers { tier } }'), ['entries'])).toBeNull();
  });
});

describe('the columns a list reads (columnsFor)', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await MikroORM.init({ ...ormOptions({ host: '127.0.0.1', port: 1, poolMax: 1 }, ormMapping()), connect: false });
  });
  afterAll(() => orm.close(true));

  it('are the columns of the selected properties and of those always read, sorted, each once', () => {
    const em = orm.em.fork();
    expect(columnsFor(em, Activity, ['title', 'organiser', 'title'], ['id', 'startDate'])).toEqual(['id', 'organiser_id', 'start_date', 'title']);
  });

  it('are every column (null) when a selected field is not a property of the entity', () => {
    expect(columnsFor(orm.em.fork(), Activity, ['title', 'targetRegionsComputedElsewhere'], ['id'])).toBeNull();
    expect(columnsFor(orm.em.fork(), Activity, [], ['notAProperty'])).toBeNull();
  });
});
