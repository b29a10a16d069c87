import { defaultFieldResolver, getNamedType, type GraphQLObjectType, type GraphQLSchema, isObjectType } from 'graphql';
import { applyMiddleware, type IMiddlewareTypeMap } from 'graphql-middleware';
import { allow, type IRule, type IRules, rule, shield } from 'graphql-shield';
import { noteRestrictedRead } from '../audit/audit-trail';
import type { AccessContext } from '../access-context';
import { denied } from '../../kernel/graphql/errors';
import { recordKey } from '../../kernel/graphql/node';
import { canAccess, describeAccess, loggedRead, mayHaveAccess } from './access';
import { checkFilters, deniedFilter, filterArguments, restrictsFilter } from './filters';
import { type Access, Classification } from './levels';
import { POLICY, type TypePolicy } from './policy-table';
import { hasScope, scopeOf } from './scope-of';

export class PolicyError extends Error {}

/** A denial worded for what was asked (a mutation is not a read) and for who asked (anonymous: sign in). */
const refusal = (ctx: AccessContext, mutation = false) => denied(ctx.viewer.subject !== null, mutation ? 'make this change' : 'read this field');

/** Object types of the schema the policy table must cover (not introspection's). */
function policedTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter(
    (t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'),
  );
}

/**
 * Checks that the policy table and the schema cover each other exactly, and writes each
 * field's classification into its description (so schema/schema.graphql shows it).
 */
export function checkAndDescribe(schema: GraphQLSchema): void {
  const problems: string[] = [];
  for (const type of policedTypes(schema)) {
    const policy = POLICY[type.name];
    const fields = type.getFields();
    if (!policy) {
      problems.push(`type ${type.name} has no entry`);
      continue;
    }
    for (const [name, field] of Object.entries(fields)) {
      const access = policy.fields[name];
      if (!access) {
        problems.push(`${type.name}.${name} has no entry`);
        continue;
      }
      // A denied non-null field would null its whole parent: only public fields may be non-null.
      if (access.level !== Classification.PUBLIC && String(field.type).endsWith('!') && type.name !== 'Mutation') {
        problems.push(`${type.name}.${name} is ${access.level} but non-null`);
      }
      const classification = describeAccess(access);
      if (!field.description?.includes(classification)) {
        field.description = field.description ? `${field.description}\n\n${classification}` : classification;
      }
    }
    for (const name of Object.keys(policy.fields)) {
      if (!fields[name]) problems.push(`${type.name}.${name} is in the policy table but not in the schema`);
    }
  }
  for (const name of Object.keys(POLICY)) {
    if (!schema.getType(name)) problems.push(`type ${name} is in the policy table but not in the schema`);
  }
  problems.push(...reachedThroughProblems(schema));
  checkFilters(policedTypes(schema), problems);
  if (problems.length) throw new PolicyError(`The policy table does not match the schema:\n  - ${problems.join('\n  - ')}`);
}

/** A `reachedThrough` marker must name a field of the schema whose type is the type marked. */
export function reachedThroughProblems(schema: GraphQLSchema, policy: Record<string, TypePolicy> = POLICY): string[] {
  const problems: string[] = [];
  for (const [name, type] of Object.entries(policy)) {
    const through = type.reachedThrough;
    for (const path of through === undefined ? [] : typeof through === 'string' ? [through] : through) {
      const [parent, field] = path.split('.') as [string, string];
      const parentType = schema.getType(parent);
      const reached = parentType && isObjectType(parentType) ? parentType.getFields()[field] : undefined;
      if (!reached) problems.push(`type ${name} is reached through ${path}, which names no field`);
      else if (getNamedType(reached.type).name !== name) problems.push(`type ${name} is reached through ${path}, which does not lead to it`);
    }
  }
  return problems;
}

/**
 * The graphql-shield rules, generated from the policy table, deny by default. A rule that
 * depends only on the viewer is decided once per request; one that depends on the record
 * (scoped grants) or that logs a RESTRICTED read is decided for each object.
 */
export function applyPolicy(schema: GraphQLSchema): GraphQLSchema {
  const rules = new Map<string, IRule>();
  const tree: Record<string, Record<string, IRule | typeof allow>> = {};
  for (const type of policedTypes(schema)) {
    const typeRules: Record<string, IRule | typeof allow> = {};
    const scoped = hasScope(type.name);
    for (const [name, field] of Object.entries(type.getFields())) {
      const access = POLICY[type.name]?.fields[name] as Access;
      const operation = type.name === 'Query' || type.name === 'Mutation';
      // Filtering by a fact needs the right to read it: the field's own rule checks its filters too.
      const filters = filterArguments(field).filter(([, input]) => restrictsFilter(input));
      if (filters.length) {
        typeRules[name] = filteredFieldRule(type.name, name, access, filters, operation);
        continue;
      }
      if (access.level === Classification.PUBLIC && !access.secretariatOnly) {
        typeRules[name] = allow;
        continue;
      }
      const perRecord = !operation && ((scoped && !!access.grants?.length) || access.level === Classification.RESTRICTED);
      const key = perRecord ? `${type.name}.${name}` : `${operation ? type.name : 'level'}:${JSON.stringify(access)}`;
      let fieldRule = rules.get(key);
      if (!fieldRule) {
        if (perRecord) {
          fieldRule = rule(key, { cache: 'no_cache' })(async (parent: unknown, _args, ctx: AccessContext) => {
            if (!canAccess(ctx.viewer, access, await scopeOf(type.name, parent, ctx))) return refusal(ctx);
            // Reads of RESTRICTED facts are logged (of a record here; lists and aggregates where they are made).
            const id = parent ? recordKey(parent as object) : undefined;
            if (id && loggedRead(access)) noteRestrictedRead(ctx, type.name, id, name);
            return true;
          });
        } else if (operation) {
          // An operation with grants is let through when the viewer holds one; what it reads is
          // then scoped in SQL, and what it writes is checked against the record.
          fieldRule = rule(key, { cache: 'contextual' })((_p: unknown, _a, ctx: AccessContext) =>
            mayHaveAccess(ctx.viewer, access) ? true : refusal(ctx, type.name === 'Mutation'),
          );
        } else {
          // No record to scope a grant to: the level alone decides, once per request.
          fieldRule = rule(key, { cache: 'contextual' })((_p: unknown, _a, ctx: AccessContext) =>
            canAccess(ctx.viewer, access) ? true : refusal(ctx),
          );
        }
        rules.set(key, fieldRule);
      }
      typeRules[name] = fieldRule;
    }
    tree[type.name] = typeRules;
  }
  // graphql-shield's IRules type does not admit a map built at run time; the shape is the same.
  const middleware = shield(tree as unknown as IRules, {
    fallbackRule: rule('deny-by-default', { cache: 'contextual' })((_p: unknown, _a, ctx: AccessContext) => refusal(ctx)),
    fallbackError: denied(true, 'read this field'),
    allowExternalErrors: true,
    debug: false,
  });
  // Shield wraps every field, `allow` ones too: an async step for each of the thousands of public
  // values in a large answer (about an eighth of W1's time, profiled). Public fields are left unwrapped; every other
  // field keeps its rule, and a field without one cannot exist (checkAndDescribe fails the start).
  const fieldMiddleware = middleware.generate(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, fields] of Object.entries(fieldMiddleware)) {
    for (const name of Object.keys(fields)) {
      if (tree[typeName]?.[name] === allow) delete fields[name];
    }
  }
  const policed = applyMiddleware(schema, fieldMiddleware as IMiddlewareTypeMap);
  logClassifiedRecords(policed);
  policedSchemas.add(policed);
  return policed;
}

const policedSchemas = new WeakSet<GraphQLSchema>();

/** Whether the policy's rules wrap this schema's resolvers (what replaces a resolver must come before). */
export function isPoliced(schema: GraphQLSchema): boolean {
  return policedSchemas.has(schema);
}

/**
 * The rule of a field that takes filters: the field's own access, then each filter given, which
 * needs the right to read what it filters by (once the viewer may hold it, for an operation,
 * whose records are scoped in SQL; for the record at hand, for a field of a record).
 */
function filteredFieldRule(typeName: string, name: string, access: Access, filters: [string, string][], operation: boolean): IRule {
  return rule(`filtered:${typeName}.${name}`, { cache: 'no_cache' })(async (parent: unknown, args: Record<string, unknown>, ctx: AccessContext) => {
    const scope = operation ? undefined : await scopeOf(typeName, parent, ctx);
    const allowed = (a: Access) => (operation ? mayHaveAccess(ctx.viewer, a) : canAccess(ctx.viewer, a, scope));
    if (!allowed(access)) return refusal(ctx, typeName === 'Mutation');
    const refused = deniedFilter(args, filters, allowed);
    return refused ? denied(ctx.viewer.subject !== null, `filter by ${refused}`) : true;
  });
}

/**
 * Records that carry their own classification (activities) and are classified RESTRICTED: every
 * field read of one is logged, whatever the field's own classification. A plain wrapper, not a
 * rule: it runs for each field of each record, and records of lower classifications pass at once.
 */
function logClassifiedRecords(schema: GraphQLSchema): void {
  for (const [typeName, policy] of Object.entries(POLICY)) {
    const classifiedBy = policy.records?.classifiedBy;
    const type = classifiedBy ? schema.getType(typeName) : undefined;
    if (!classifiedBy || !type || !isObjectType(type)) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, ctx: AccessContext, info) => {
        if ((parent as Record<string, unknown>)[classifiedBy] === Classification.RESTRICTED) {
          const id = recordKey(parent as object);
          if (id) noteRestrictedRead(ctx, typeName, id, name);
        }
        return resolve(parent, args, ctx, info);
      };
    }
  }
}
