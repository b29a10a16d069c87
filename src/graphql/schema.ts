import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ParticipationSummaryResolver } from '../participation/summary.resolver';
import { StateResolver } from '../participation/state.resolver';
import { TreatyActionResolver } from '../participation/treaty-action.resolver';
import { NodeResolver } from './node.resolver';

/** Every resolver of the hub; a domain area adds its own here. */
const resolvers = [NodeResolver, StateResolver, TreatyActionResolver, ParticipationSummaryResolver] as const;

export function buildHubSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
  });
}
