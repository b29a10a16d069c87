import {
  defaultFieldResolver,
  getNamedType,
  type GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';
import { noteRestrictedRead } from '../audit/audit-trail';
import type { AccessContext } from '../access-context';
import { denied } from '../../kernel/graphql/errors';
import { recordKey } from '../../kernel/graphql/node';
import { canAccess, describeAccess, loggedRead, mayHaveAccess } from './access';
import { checkFilters, deniedFilter, filterArguments, restrictsFilter } from './filters';
import { type Access, Classification, type RecordScope } from './levels';
import { POLICY, type TypePolicy } from './policy-table';
import { hasScope, scopeOf } from './scope-of';
import { isPromiseLike } from '../../kernel/promise-like';

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

/** What a field's rule answers: let the resolver run, or the denial the field reads as (null, with this error). */
type Decision = true | GraphQLError;
type Resolver = GraphQLFieldResolver<unknown, AccessContext>;
type Rule = (parent: unknown, args: Record<string, unknown>, ctx: AccessContext) => Decision | Promise<Decision>;

/** Decides with the record's scope: at once when the record holds all it is about, else once its references are loaded. */
function withScope(typeName: string, parent: unknown, ctx: AccessContext, decide: (scope: RecordScope | undefined) => Decision): Decision | Promise<Decision> {
  const scope = scopeOf(typeName, parent, ctx);
  return isPromiseLike(scope) ? scope.then(decide) : decide(scope);
}

/**
 * Wraps every field whose access is not plain PUBLIC with its rule, generated from the policy
 * table. The rule decides before the resolver runs; a denial is returned as the field's value
 * (graphql-js and graphql-jit alike make a returned error the field's error, the field null) and
 * the resolver is never called. A rule that fails (a record loaded without what its scope needs)
 * denies and is logged: deny by default. Nothing is cached across fields or requests: each rule
 * is a pure function of the viewer, the field's access and, per record, the record's scope, and
 * is synchronous unless a reference on the scope's path must be loaded first.
 */
export function applyPolicy(schema: GraphQLSchema): GraphQLSchema {
  for (const type of policedTypes(schema)) {
    const scoped = hasScope(type.name);
    const operation = type.name === 'Query' || type.name === 'Mutation';
    const classifiedBy = POLICY[type.name]?.records?.classifiedBy;
    for (const [name, field] of Object.entries(type.getFields())) {
      const access = POLICY[type.name]?.fields[name];
      let rule: Rule | undefined;
      if (!access) {
        // checkAndDescribe fails the start first; kept so that no path leaves a field open.
        rule = (_p, _a, ctx) => refusal(ctx);
      } else {
        // Filtering by a fact needs the right to read it: the field's own rule checks its filters too.
        const filters = filterArguments(field).filter(([, input]) => restrictsFilter(input));
        if (filters.length) rule = filteredFieldRule(type.name, access, filters, operation);
        else if (access.level !== Classification.PUBLIC || access.secretariatOnly) {
          const perRecord = !operation && ((scoped && !!access.grants?.length) || access.level === Classification.RESTRICTED);
          if (perRecord) rule = recordRule(type.name, name, access);
          else if (operation) {
            // An operation with grants is let through when the viewer holds one; what it reads is
            // then scoped in SQL, and what it writes is checked against the record.
            const mutation = type.name === 'Mutation';
            rule = (_p, _a, ctx) => (mayHaveAccess(ctx.viewer, access) ? true : refusal(ctx, mutation));
          }
          // No record to scope a grant to: the level alone decides.
          else rule = (_p, _a, ctx) => (canAccess(ctx.viewer, access) ? true : refusal(ctx));
        }
      }
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      let guarded = rule ? guard(rule, resolve) : resolve;
      // Records that carry their own classification (activities) and are classified RESTRICTED:
      // every field read of one is logged, whatever the field's own classification (denied ones too).
      if (classifiedBy) guarded = logRestrictedRecord(type.name, name, classifiedBy, guarded);
      // A field open to everyone keeps no resolver if it had none (compiled execution reads it inline).
      if (guarded !== resolve) field.resolve = guarded;
    }
  }
  policedSchemas.add(schema);
  return schema;
}

/** The resolver behind its rule: called only once the rule lets the viewer through. */
function guard(rule: Rule, resolve: Resolver): Resolver {
  return (parent, args, ctx, info) => {
    let decision: Decision | Promise<Decision>;
    try {
      decision = rule(parent, args, ctx);
    } catch (error) {
      return failed(ctx, info, error);
    }
    if (isPromiseLike(decision)) {
      return decision.then(
        (decided) => (decided === true ? resolve(parent, args, ctx, info) : decided),
        (error: unknown) => failed(ctx, info, error),
      );
    }
    return decision === true ? resolve(parent, args, ctx, info) : decision;
  };
}

/** A rule that could not decide denies (and says why in the log, where it is a bug to fix). */
function failed(ctx: AccessContext, info: GraphQLResolveInfo, error: unknown): GraphQLError {
  ctx.log?.error({ err: error, field: `${info.parentType.name}.${info.fieldName}` }, 'a field rule failed: the field is denied');
  return refusal(ctx);
}

/** A rule decided for each record (its scoped grants), which logs a read of a RESTRICTED fact. */
function recordRule(typeName: string, name: string, access: Access): Rule {
  const logged = loggedRead(access);
  return (parent, _args, ctx) =>
    withScope(typeName, parent, ctx, (scope) => {
      if (!canAccess(ctx.viewer, access, scope)) return refusal(ctx);
      // Reads of RESTRICTED facts are logged (of a record here; lists and aggregates where they are made).
      if (logged && parent) {
        const id = recordKey(parent as object);
        if (id) noteRestrictedRead(ctx, typeName, id, name);
      }
      return true;
    });
}

/** Reads of every field of a record classified RESTRICTED go to the access log. */
function logRestrictedRecord(typeName: string, name: string, classifiedBy: string, resolve: Resolver): Resolver {
  return (parent, args, ctx, info) => {
    if ((parent as Record<string, unknown>)[classifiedBy] === Classification.RESTRICTED) {
      const id = recordKey(parent as object);
      if (id) noteRestrictedRead(ctx, typeName, id, name);
    }
    return resolve(parent, args, ctx, info);
  };
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
function filteredFieldRule(typeName: string, access: Access, filters: [string, string][], operation: boolean): Rule {
  const decide = (args: Record<string, unknown>, ctx: AccessContext, scope: RecordScope | undefined): Decision => {
    const allowed = (a: Access) => (operation ? mayHaveAccess(ctx.viewer, a) : canAccess(ctx.viewer, a, scope));
    if (!allowed(access)) return refusal(ctx, typeName === 'Mutation');
    const refused = deniedFilter(args, filters, allowed);
    return refused ? denied(ctx.viewer.subject !== null, `filter by ${refused}`) : true;
  };
  return (parent, args, ctx) => (operation ? decide(args, ctx, undefined) : withScope(typeName, parent, ctx, (scope) => decide(args, ctx, scope)));
}
