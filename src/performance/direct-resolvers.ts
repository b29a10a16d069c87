import { type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

type ParamMetadata = NonNullable<ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']>[number];
type Read = (root: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

/** Argument types whose values reach a resolver as GraphQL gives them (no input class to build). */
const PLAIN_TYPES: unknown[] = [String, Number, Boolean, Date];

/** How a resolver's parameter is read, or null when only type-graphql can build it. */
function readerOf(param: ParamMetadata): Read | null {
  switch (param.kind) {
    case 'root':
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

/**
 * Calls the hub's field resolvers (`@FieldResolver` methods) directly. type-graphql's wrapper
 * sorts each resolver's parameters and checks its arguments in an async function on every call,
 * so a field with an argument always returned a promise: on W1 (196 states, 980 activities)
 * that was ~4 MB of garbage per answer, and the hub has no middleware, role or validation it would
 * apply. A resolver with a parameter type-graphql must build (an input class) keeps its wrapper,
 * and so does a call whose root type-graphql would convert to the parameter's class. Each
 * resolver class gets one instance, as type-graphql's container does.
 */
export function callFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<object, Record<string, (...values: unknown[]) => unknown>>();
  for (const meta of storage.fieldResolvers) {
    if (meta.kind !== 'external' || meta.middlewares?.length || meta.roles?.length) continue;
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
