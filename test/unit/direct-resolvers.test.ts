import type { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getMetadataStorage } from 'type-graphql';
import { checkNothingSkipped, callFieldResolversDirectly, DirectResolverError } from '../../src/performance/direct-resolvers';
import { buildContractSchema, buildHubSchema } from '../../src/schema';

type Storage = Parameters<typeof checkNothingSkipped>[1];
class Somewhere {}
const none = (): NonNullable<Storage> => ({
  fieldResolvers: [],
  objectTypes: [],
  middlewares: [],
  resolverMiddlewares: [],
  authorizedFields: [],
  authorizedResolver: [],
});

describe('field resolvers called directly: nothing type-graphql’s wrapper would run is in use', () => {
  it('the hub’s own options and metadata pass', () => {
    expect(() => checkNothingSkipped({ validate: false, emitSchemaFile: false })).not.toThrow();
  });

  it.each([
    ['global middlewares', { globalMiddlewares: [() => undefined] }, /globalMiddlewares/],
    ['a container', { container: { get: () => ({}) } }, /container/],
    ['validation', { validate: true }, /validate/],
    ['a validateFn', { validateFn: () => undefined }, /validateFn/],
    ['an auth checker', { authChecker: () => true }, /authChecker/],
  ])('fails the start with %s', (_what, options, message) => {
    expect(() => checkNothingSkipped(options as never, none())).toThrow(DirectResolverError);
    expect(() => checkNothingSkipped(options as never, none())).toThrow(message);
  });

  it.each([
    ['@UseMiddleware on a field', { middlewares: [{ target: Somewhere, fieldName: 'x', middlewares: [] }] }, /@UseMiddleware on fields: Somewhere.x/],
    ['@UseMiddleware on a class', { resolverMiddlewares: [{ target: Somewhere, middlewares: [] }] }, /@UseMiddleware on classes: Somewhere/],
    ['@Authorized on a field', { authorizedFields: [{ target: Somewhere, fieldName: 'x', roles: [] }] }, /@Authorized fields: Somewhere.x/],
    ['@Authorized on a class', { authorizedResolver: [{ target: Somewhere, roles: [] }] }, /@Authorized classes: Somewhere/],
    [
      'a field resolver with middlewares',
      { fieldResolvers: [{ target: Somewhere, methodName: 'x', middlewares: [() => undefined] }] },
      /field resolver Somewhere.x has middlewares or roles/,
    ],
  ])('fails the start with %s', (_what, metadata, message) => {
    expect(() => checkNothingSkipped({}, { ...none(), ...(metadata as Partial<NonNullable<Storage>>) })).toThrow(message);
  });

  it('reads the metadata type-graphql keeps by default', () => {
    const storage = getMetadataStorage();
    const before = storage.middlewares.length;
    storage.middlewares.push({ target: Somewhere, fieldName: 'x', middlewares: [] } as never);
    try {
      expect(() => checkNothingSkipped({})).toThrow(/@UseMiddleware on fields/);
    } finally {
      storage.middlewares.length = before;
    }
  });

  it('fails if the policy already wraps the schema: replacing its resolvers would drop the rules', async () => {
    const policed = await buildHubSchema();
    expect(() => callFieldResolversDirectly(policed, {})).toThrow(/before the policy is applied/);
  });
});

describe('plain fields read without a resolver (type-graphql’s simpleResolvers, for the hub’s build only)', () => {
  it('the hub’s contract has no resolver on a plain field, type-graphql’s own build keeps one, and the metadata is left as it was', async () => {
    const storage = getMetadataStorage();
    const before = storage.objectTypes.map((type) => type.simpleResolvers);
    const direct = await buildContractSchema('direct');
    const own = await buildContractSchema('typeGraphQL');
    expect(storage.objectTypes.map((type) => type.simpleResolvers)).toEqual(before);
    const field = (schema: GraphQLSchema, type: string, name: string) => (schema.getType(type) as GraphQLObjectType).getFields()[name]!;
    // Properties of the record: State.region, StateEdge.node, Activity.startDate.
    for (const [type, name] of [['State', 'region'], ['StateEdge', 'node'], ['Activity', 'startDate']] as const) {
      expect(field(direct, type, name).resolve).toBeUndefined();
      expect(field(own, type, name).resolve).toBeTypeOf('function');
    }
    // A @FieldResolver keeps its resolver (called directly): State.status, Activity.organiser.
    expect(field(direct, 'State', 'status').resolve).toBeTypeOf('function');
    expect(field(direct, 'Activity', 'organiser').resolve).toBeTypeOf('function');
  });
});
