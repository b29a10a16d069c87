import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { type BuildSchemaOptions, buildSchema } from 'type-graphql';
import { AuditResolver } from './access/audit/audit.resolver';
import { DOMAINS } from './domains';
import type { Class } from './kernel/domain';
import { applyPolicy, checkAndDescribe } from './access/policy/field-rules';
import { limitAnswers } from './performance/answer-limit';
import { buildWithPlainFieldsRead, callFieldResolversDirectly } from './performance/direct-resolvers';
import { checkListBounds } from './kernel/graphql/field-cost';
import { nodeTypeName } from './kernel/graphql/node';
import { NodeResolver } from './node.resolver';

/** Every resolver of the hub: the Node query, each domain's (src/domains/index.ts), the audit trail's. */
const resolvers: [Class, ...Class[]] = [
  NodeResolver,
  ...DOMAINS.flatMap((domain) => domain.resolvers),
  AuditResolver,
];

/** type-graphql's options: direct-resolvers.ts checks that nothing it skips is asked for here. */
const BUILD_OPTIONS = { validate: false, emitSchemaFile: false } as const satisfies Omit<BuildSchemaOptions, 'resolvers'>;

/**
 * How resolvers are called: `direct` (the hub's), or `typeGraphQL`, type-graphql's own wrappers
 * and resolveType, unchanged: what the direct calls are compared with (test/api/differential.test.ts).
 */
export type ResolverCalls = 'direct' | 'typeGraphQL';

/** The schema as clients see it: every field described with its classification from the policy table. */
export async function buildContractSchema(calls: ResolverCalls = 'direct'): Promise<GraphQLSchema> {
  const schema = calls === 'direct' ? buildWithPlainFieldsRead({ resolvers, ...BUILD_OPTIONS }) : await buildSchema({ resolvers, ...BUILD_OPTIONS });
  if (calls === 'direct') {
    // type-graphql wraps every resolveType in an async function; compiled execution needs the
    // type at once (compiled-execution.ts), and the hub's is synchronous.
    (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
    callFieldResolversDirectly(schema, BUILD_OPTIONS);
  }
  // type-graphql has no decorator for the root types' own descriptions (schema:lint asks for one).
  schema.getQueryType()!.description = "The hub's entry points for reading: each field answers what the viewer may see.";
  schema.getMutationType()!.description = "The hub's writes: each transactional, audited and versioned; a mistake in the input comes back as userErrors.";
  // The bound first, then the classification, in each description.
  checkListBounds(schema);
  checkAndDescribe(schema);
  return schema;
}

/** The executable schema: the contract with the policy table's rules applied to every field, and the answer's limit. */
export async function buildHubSchema(calls: ResolverCalls = 'direct'): Promise<GraphQLSchema> {
  const schema = applyPolicy(await buildContractSchema(calls));
  limitAnswers(schema);
  return schema;
}
