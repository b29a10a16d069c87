import { type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, isObjectType } from 'graphql';
import { type BuildSchemaOptions, buildSchemaSync, getMetadataStorage } from 'type-graphql';
import { isPoliced } from '../access/policy/field-rules';

type ParamMetadata = NonNullable<ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']>[number];
type Read = (root: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

/** Argument types whose values reach a resolver as GraphQL gives them (no input class to build). */
const PLAIN_TYPES: unknown[] = [String, Number, Boolean, Date];

/** How a resolver's parameter is read, or null when only type-graphql can build it. */
function readerOf(param: ParamMetadata): Read | null {
  switch (param.kind) {
    case 'root':
      // A property of the root, of a class type-graphql would convert it to: only its wrapper does that.
      if (param.propertyName && typeof param.getType?.() === 'function') return null;
      return param.propertyName ? (root) => (root as Record<string, unknown>)[param.propertyName!] : (root) => root;
    case 'context':
      return param.propertyName ? (_r, _a, context) => (context as Record<string, unknown>)[param.propertyName!] : (_r, _a, context) => context;
    case 'info':
      return (_r, _a, _c, info) => info;
    case 'arg': {
      const type = param.getType();
      // A scalar or an enum arrives as it is; an input class would have to be built (type-graphql does).
      const plain = typeof type !== 'function' || PLAIN_TYPES.includes(type);
      if (!plain || param.validateSettings || param.validateFn) return null;
      return (_r, args) => args[param.name];
    }
    default:
      return null;
  }
}

/**
 * Whether type-graphql would pass this root on as it is: it builds an instance of the parameter's
 * class from any other object (see its convertToType).
 */
function rootAsItIs(param: ParamMetadata): (root: unknown) => boolean {
  const type = param.kind === 'root' && !param.propertyName ? param.getType?.() : undefined;
  // A class: type-graphql passes an instance of it (or a primitive, or nothing) on as it is.
  if (typeof type !== 'function') return () => true;
  return (root) => root === null || typeof root !== 'object' || root instanceof type;
}

export class DirectResolverError extends Error {}

type Storage = Pick<
  ReturnType<typeof getMetadataStorage>,
  'fieldResolvers' | 'objectTypes' | 'middlewares' | 'resolverMiddlewares' | 'authorizedFields' | 'authorizedResolver'
>;

/**
 * What type-graphql's wrapper of a field resolver does that the direct call does not (read in
 * type-graphql 2's resolvers/create.js, helpers.js and BuildContext): run the global middlewares,
 * take the resolver's instance from a container, validate arguments (globally or with a
 * validateFn), run the field's and its resolver class's middlewares (@UseMiddleware) and the auth
 * checker for @Authorized fields and classes. None may be in use: the start fails, naming it.
 * Per parameter, what only type-graphql can build (an input or args class, a validated argument,
 * a custom or pubSub parameter, a root it would convert) keeps type-graphql's wrapper instead.
 */
export function checkNothingSkipped(options: Omit<BuildSchemaOptions, 'resolvers'>, storage: Storage = getMetadataStorage()): void {
  const problems: string[] = [];
  if (options.globalMiddlewares?.length) problems.push('buildSchema has globalMiddlewares');
  if (options.container) problems.push('buildSchema has a container');
  if (options.validate) problems.push('buildSchema validates arguments (validate)');
  if (options.validateFn) problems.push('buildSchema has a validateFn');
  if (options.authChecker) problems.push('buildSchema has an authChecker');
  if (storage.middlewares.length) problems.push(`@UseMiddleware on fields: ${storage.middlewares.map((m) => `${m.target.name}.${m.fieldName}`).join(', ')}`);
  if (storage.resolverMiddlewares.length) problems.push(`@UseMiddleware on classes: ${storage.resolverMiddlewares.map((m) => m.target.name).join(', ')}`);
  if (storage.authorizedFields.length) problems.push(`@Authorized fields: ${storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`).join(', ')}`);
  if (storage.authorizedResolver.length) problems.push(`@Authorized classes: ${storage.authorizedResolver.map((a) => a.target.name).join(', ')}`);
  for (const meta of storage.fieldResolvers) {
    if (meta.middlewares?.length || meta.roles?.length) problems.push(`field resolver ${meta.target.name}.${meta.methodName} has middlewares or roles`);
  }
  if (problems.length) {
    throw new DirectResolverError(
      `Field resolvers are called directly (direct-resolvers.ts), which skips what type-graphql would run:\n  - ${problems.join('\n  - ')}`,
    );
  }
}

/**
 * Calls the hub's field resolvers (`@FieldResolver` methods) directly. type-graphql's wrapper
 * sorts each resolver's parameters and checks its arguments in an async function on every call,
 * so a field with an argument always returned a promise: on W1 (196 states, 980 activities)
 * that was ~4 MB of garbage per answer.
 *
 * Going around type-graphql, the invariants (checked here, each by a test in
 * test/unit/direct-resolvers.test.ts; test/api/differential.test.ts compares every shipped
 * operation's answers with type-graphql's own resolvers):
 * - nothing the wrapper would run is in use (`checkNothingSkipped`, with the options `schema` was built with);
 * - the schema is type-graphql's, before the policy wraps its resolvers (field-rules.ts, then
 *   the answer's limit): replacing a resolver afterwards would drop the policy's rule on that field.
 * A resolver with a parameter type-graphql must build (an input class) keeps its wrapper, and so
 * does a call whose root type-graphql would convert to the parameter's class. Each resolver class
 * gets one instance, as type-graphql's default container gives.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema, options: Omit<BuildSchemaOptions, 'resolvers'>): void {
  if (isPoliced(schema)) throw new DirectResolverError('Field resolvers must be called directly before the policy is applied, not after: it would drop its rules.');
  const storage = getMetadataStorage();
  checkNothingSkipped(options, storage);
  const instances = new Map<object, Record<string, (...values: unknown[]) => unknown>>();
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external') continue;
    const objectClass = meta.getObjectType?.();
    const typeName = storage.objectTypes.find((o) => o.target === objectClass)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type && isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
    const resolverClass = meta.target as new () => Record<string, (...values: unknown[]) => unknown>;
    if (!field || resolverClass.length > 0) continue;
    const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
    const readers = params.map(readerOf);
    if (readers.some((r) => r === null) || params.some((p, i) => p.index !== i)) continue;
    let instance = instances.get(resolverClass);
    if (!instance) instances.set(resolverClass, (instance = new resolverClass()));
    const method = instance[meta.methodName]!;
    const reads = readers as Read[];
    const target = instance;
    const wrapped = field.resolve!;
    const rootParam = params.find((p) => p.kind === 'root');
    const asItIs = rootParam ? rootAsItIs(rootParam) : () => true;
    field.resolve = ((root, args, context, info) => {
      if (!asItIs(root)) return wrapped(root, args, context, info);
      const values = new Array<unknown>(reads.length);
      for (let i = 0; i < reads.length; i++) values[i] = reads[i]!(root, args, context, info);
      return method.apply(target, values);
    }) as GraphQLFieldResolver<unknown, unknown>;
  }
}

/**
 * type-graphql's schema with every plain field (a property of the record: no @FieldResolver)
 * read without a resolver, by type-graphql's own `simpleResolvers` option, given to every object
 * type for this one build. Its default resolver for such a field runs the middlewares and the auth
 * checker (none may be in use: `checkNothingSkipped`, which `callFieldResolversDirectly` runs on
 * this schema) and returns `root[name]`; without one, the compiled executor reads the property
 * inline, with no resolve info, response path, closures or promise handling for each value (405 of
 * the schema's fields; W1 allocated 12.2 MB an answer before, 11.5 after). The default read is of
 * the field's name: a field named apart from its property (`@Field({ name })`) keeps type-graphql's.
 *
 * The option is set on type-graphql's metadata for the build and taken off again, so a schema built
 * with type-graphql's own resolvers (`typeGraphQL`, what test/api/differential.test.ts compares with)
 * keeps its defaults; the build is synchronous, so nothing else builds in between.
 */
export function buildWithPlainFieldsRead(options: BuildSchemaOptions, storage = getMetadataStorage()): GraphQLSchema {
  const unset = storage.objectTypes.filter((type) => type.simpleResolvers === undefined);
  // A field named apart from its property (none today) keeps type-graphql's resolver, which reads the property.
  const renamed = storage.fields.filter((field) => field.name !== field.schemaName && field.simple === undefined);
  for (const type of unset) type.simpleResolvers = true;
  for (const field of renamed) field.simple = false;
  try {
    return buildSchemaSync(options);
  } finally {
    for (const type of unset) type.simpleResolvers = undefined;
    for (const field of renamed) field.simple = undefined;
  }
}
