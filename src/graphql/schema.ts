import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { type BuildSchemaOptions, buildSchema } from 'type-graphql';
import { ActivityImportResolver } from '../activities/activity-import.resolver';
import { ActivityResolver } from '../activities/activity.resolver';
import { StateActivitiesResolver } from '../activities/state-activities.resolver';
import { AssistanceMatchResolver, AssistanceNeedResolver, AssistanceOfferResolver } from '../assistance/assistance.resolver';
import { SponsorshipAwardResolver, StateAssistanceResolver, VtfProjectResolver } from '../assistance/state-assistance.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { ViewerResolver } from '../auth/viewer.resolver';
import { OfficeHoldingResolver } from '../bodies/office-holding.resolver';
import { DecisionResolver, FollowUpActionResolver } from '../meetings/decisions.resolver';
import {
  MeetingPointResolver,
  MeetingResolver,
  MeetingsQueryResolver,
  ProposalElementResolver,
  TreatyDocumentResolver,
} from '../meetings/meetings.resolver';
import { ParticipationSummaryResolver } from '../participation/summary.resolver';
import { StateResolver } from '../participation/state.resolver';
import { TreatyActionResolver } from '../participation/treaty-action.resolver';
import { applyPolicy, checkAndDescribe } from '../policy/shield';
import { EngagementResolver } from '../universalization/engagement.resolver';
import { NationalProcessResolver } from '../universalization/national-process.resolver';
import { MultiYearPlanResolver, PlanProgressResolver } from '../universalization/plan.resolver';
import { PriorityAssessmentResolver } from '../universalization/priority.resolver';
import { PipelineResolver, RegionResolver, StateRegionResolver } from '../universalization/region.resolver';
import { StateUniversalizationResolver } from '../universalization/state-context.resolver';
import { limitAnswers } from './answer-limit';
import { callFieldResolversDirectly } from './direct-resolvers';
import { checkListBounds } from './field-cost';
import { nodeTypeName } from './node';
import { NodeResolver } from './node.resolver';

/** Every resolver of the hub; a domain area adds its own here. */
const resolvers = [
  NodeResolver,
  ViewerResolver,
  StateResolver,
  TreatyActionResolver,
  ParticipationSummaryResolver,
  OfficeHoldingResolver,
  StateUniversalizationResolver,
  NationalProcessResolver,
  PriorityAssessmentResolver,
  EngagementResolver,
  MultiYearPlanResolver,
  PlanProgressResolver,
  RegionResolver,
  PipelineResolver,
  StateRegionResolver,
  AssistanceNeedResolver,
  AssistanceOfferResolver,
  AssistanceMatchResolver,
  StateAssistanceResolver,
  VtfProjectResolver,
  SponsorshipAwardResolver,
  ActivityResolver,
  ActivityImportResolver,
  StateActivitiesResolver,
  MeetingsQueryResolver,
  MeetingResolver,
  MeetingPointResolver,
  TreatyDocumentResolver,
  ProposalElementResolver,
  DecisionResolver,
  FollowUpActionResolver,
  AuditResolver,
] as const;

/** type-graphql's options: direct-resolvers.ts checks that nothing it skips is asked for here. */
const BUILD_OPTIONS = { validate: false, emitSchemaFile: false } as const satisfies Omit<BuildSchemaOptions, 'resolvers'>;

/**
 * How resolvers are called: `direct` (the hub's), or `typeGraphQL`, type-graphql's own wrappers
 * and resolveType, unchanged: what the direct calls are compared with (test/api/differential.test.ts).
 */
export type ResolverCalls = 'direct' | 'typeGraphQL';

/** The schema as clients see it: every field described with its classification from the policy table. */
export async function buildContractSchema(calls: ResolverCalls = 'direct'): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, ...BUILD_OPTIONS });
  if (calls === 'direct') {
    // type-graphql wraps every resolveType in an async function; compiled execution needs the
    // type at once (compiled-execution.ts), and the hub's is synchronous.
    (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
    callFieldResolversDirectly(schema, BUILD_OPTIONS);
  }
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
