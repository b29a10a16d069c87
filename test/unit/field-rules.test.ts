import {
  getNamedType,
  type GraphQLField,
  GraphQLError,
  type GraphQLInputObjectType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  isObjectType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContractSchema, buildHubSchema } from '../../src/schema';
import { isListField } from '../../src/kernel/graphql/field-cost';
import { applyPolicy } from '../../src/access/policy/field-rules';
import { ANONYMOUS, type Viewer } from '../../src/access/auth/viewer';
import { Classification } from '../../src/access/policy/levels';
import { POLICY } from '../../src/access/policy/policy-table';
import { filterArguments, restrictsFilter } from '../../src/access/policy/filters';
import { isTextField, limitAnswers } from '../../src/performance/answer-limit';
import type { AccessContext } from '../../src/access/access-context';

/**
 * The field rules stand in front of every resolver the policy table does not open to everyone:
 * checked field by field on the hub's own schema, with each resolver replaced by a spy, so a
 * field left without its rule (or a rule that lets the anonymous public through) fails here,
 * whatever the policy matrix's queries happen to ask.
 */

const called = new Set<string>();
let fields: { type: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[];

beforeAll(async () => {
  const schema = await buildContractSchema();
  fields = Object.values(schema.getTypeMap())
    .filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field })));
  for (const { type, field } of fields) field.resolve = () => (called.add(`${type.name}.${field.name}`), 'resolved');
  applyPolicy(schema);
  limitAnswers(schema);
});

const errors: unknown[] = [];
function contextOf(viewer: Viewer): AccessContext {
  return {
    viewer,
    em: {},
    log: { error: (entry: unknown) => errors.push(entry) },
    restrictedReads: new Map(),
    loadReference: () => Promise.resolve(null),
  } as unknown as AccessContext;
}

const infoOf = (type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) =>
  ({ parentType: type, fieldName: field.name }) as GraphQLResolveInfo;

/** Open to everyone: PUBLIC, not the Secretariat's alone, and (without arguments) filtering by nothing. */
function openToEveryone(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
  const access = POLICY[type.name]!.fields[field.name]!;
  return access.level === Classification.PUBLIC && !access.secretariatOnly;
}

describe('the field rules', () => {
  it('deny the anonymous public every field not open to everyone, without running its resolver', async () => {
    let closed = 0;
    for (const { type, field } of fields) {
      const key = `${type.name}.${field.name}`;
      called.clear();
      const answer = await field.resolve!({}, {}, contextOf(ANONYMOUS), infoOf(type, field));
      if (openToEveryone(type, field)) {
        expect(called.has(key), key).toBe(true);
      } else {
        closed++;
        expect(called.has(key), key).toBe(false);
        expect(answer, key).toBeInstanceOf(GraphQLError);
        expect((answer as GraphQLError).extensions.code, key).toBe('UNAUTHENTICATED');
      }
    }
    // The hub has hundreds of fields not open to everyone; a schema built without them would pass vacuously.
    expect(closed).toBeGreaterThan(100);
  });

  it('deny a filter by a fact the viewer may not read, on a field that is itself open', async () => {
    const filtered = fields.filter(
      ({ type, field }) => openToEveryone(type, field) && filterArguments(field).some(([, input]) => restrictsFilter(input)),
    );
    expect(filtered.length).toBeGreaterThan(0);
    for (const { type, field } of filtered) {
      for (const [arg, inputName] of filterArguments(field).filter(([, input]) => restrictsFilter(input))) {
        const input = getNamedType(field.args.find((a) => a.name === arg)!.type) as GraphQLInputObjectType;
        let refused = 0;
        for (const name of Object.keys(input.getFields())) {
          called.clear();
          const answer = await field.resolve!({}, { [arg]: { [name]: 'x' } }, contextOf(ANONYMOUS), infoOf(type, field));
          if (called.size) continue; // a filter by a public fact
          refused++;
          expect((answer as GraphQLError).message, `${type.name}.${field.name}(${arg}: ${inputName}.${name})`).toBe(`Sign in to filter by ${name}.`);
        }
        expect(refused, `${type.name}.${field.name}(${arg})`).toBeGreaterThan(0);
      }
    }
  });

  it('let the Secretariat through to every field, each record holding what its scope needs', async () => {
    const secretariat = { ...ANONYMOUS, subject: 'test', level: Classification.RESTRICTED, secretariat: true } as Viewer;
    for (const { type, field } of fields) {
      called.clear();
      errors.length = 0;
      const scoped = !!POLICY[type.name]!.about;
      // A record of a scoped type must hold what its scope needs: a record loaded without it is a bug.
      const parent = scoped ? Object.fromEntries(Object.values(POLICY[type.name]!.about!).map((path) => [path.split('.')[0], null])) : {};
      await field.resolve!(parent, {}, contextOf(secretariat), infoOf(type, field));
      expect(called.has(`${type.name}.${field.name}`), `${type.name}.${field.name}`).toBe(true);
      expect(errors).toEqual([]);
    }
  });

  it('deny, and log the failure, when a record was loaded without what its scope needs', async () => {
    const { type, field } = fields.find(({ type, field }) => type.name === 'State' && field.name === 'nationalProcess')!;
    const secretariat = { ...ANONYMOUS, subject: 'test', level: Classification.RESTRICTED, secretariat: true } as Viewer;
    called.clear();
    errors.length = 0;
    const answer = await field.resolve!({}, {}, contextOf(secretariat), infoOf(type, field));
    expect(called.size).toBe(0);
    expect((answer as GraphQLError).extensions.code).toBe('FORBIDDEN');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field: 'State.nationalProcess' });
  });

  it('leave a field open to everyone without a resolver if it had none (compiled execution reads it inline)', async () => {
    const contract = await buildContractSchema();
    const hub = await buildHubSchema();
    let inline = 0;
    for (const type of Object.values(contract.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || POLICY[type.name]?.records?.classifiedBy) continue;
      for (const field of Object.values(type.getFields())) {
        // The answer's limit wraps every list and every text (answer-limit.ts): not the policy's doing.
        if (field.resolve || !openToEveryone(type, field) || isListField(field) || isTextField(field)) continue;
        inline++;
        expect((hub.getType(type.name) as GraphQLObjectType).getFields()[field.name]!.resolve, `${type.name}.${field.name}`).toBeUndefined();
      }
    }
    expect(inline).toBeGreaterThan(20);
  });

  it('decide a record whose scope needs a reference loaded once it is loaded, and deny if the load fails', async () => {
    const { type, field } = fields.find(({ type, field }) => type.name === 'NationalProcess' && field.name === 'stage')!;
    // As MikroORM leaves it: the state a reference holding only its key, its region to be loaded.
    const record = { id: 'np', state: { iso3: 'KHM' } };
    const vicePresident = (region: string) => ({ ...ANONYMOUS, subject: 'vp', level: Classification.PARTNER, coordinatedRegions: new Set([region]) }) as Viewer;
    const context = (viewer: Viewer, load: () => Promise<object | null>) =>
      ({ ...contextOf(viewer), em: { getMetadata: () => ({ find: () => ({ primaryKeys: ['iso3'] }) }) }, loadReference: load }) as unknown as AccessContext;
    const loaded = () => Promise.resolve({ iso3: 'KHM', region: 'ASIA' });
    const read = (ctx: AccessContext) => {
      called.clear();
      errors.length = 0;
      return field.resolve!(record, {}, ctx, infoOf(type, field));
    };
    expect(await read(context(vicePresident('ASIA'), loaded))).toBe('resolved');
    const elsewhere = await read(context(vicePresident('AFRICA'), loaded));
    expect(called.size).toBe(0);
    expect((elsewhere as GraphQLError).extensions.code).toBe('FORBIDDEN');
    const failing = await read(context(vicePresident('ASIA'), () => Promise.reject(new Error('the database went away'))));
    expect(called.size).toBe(0);
    expect((failing as GraphQLError).extensions.code).toBe('FORBIDDEN');
    expect(errors).toHaveLength(1);
  });
});
