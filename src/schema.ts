import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { type BuildSchemaOptions, buildSchema } from 'type-graphql';
import { ActivityImportResolver } from './domains/activities/activity-import.resolver';
import { ActivityResolver } from './domains/activities/activity.resolver';
import { StateActivitiesResolver } from './domains/activities/state-activities.resolver';
import { AssistanceMatchResolver, AssistanceNeedResolver, AssistanceOfferResolver } from './domains/assistance/assistance.resolver';
import { SponsorshipAwardResolver, StateAssistanceResolver, VtfProjectResolver } from './domains/assistance/state-assistance.resolver';
import { AuditResolver } from './access/audit/audit.resolver';
import { ProjectExchangeResolver } from './domains/projects/project-exchange.resolver';
import { AssistanceProjectResolver } from './domains/projects/project.resolver';
import { OrganisationWorkResolver, StateProjectsResolver, WhoWorksHereResolver } from './domains/projects/who-works-here.resolver';
import { ViewerResolver } from './access/auth/viewer.resolver';
import { OfficeHoldingResolver } from './domains/bodies/office-holding.resolver';
import { DecisionResolver, FollowUpActionResolver } from './domains/meetings/decisions.resolver';
import {
  MeetingPointResolver,
  MeetingResolver,
  MeetingsQueryResolver,
  ProposalElementResolver,
  TreatyDocumentResolver,
} from './domains/meetings/meetings.resolver';
import { ParticipationSummaryResolver } from './domains/participation/summary.resolver';
import { StateResolver } from './domains/participation/state.resolver';
import { TreatyActionResolver } from './domains/participation/treaty-action.resolver';
import { applyPolicy, checkAndDescribe } from './access/policy/shield';
import { EngagementResolver } from './domains/universalization/engagement.resolver';
import { NationalProcessResolver } from './domains/universalization/national-process.resolver';
import { MultiYearPlanResolver, PlanProgressResolver } from './domains/universalization/plan.resolver';
import { PriorityAssessmentResolver } from './domains/universalization/priority.resolver';
import { PipelineResolver, RegionResolver, StateRegionResolver } from './domains/universalization/region.resolver';
import { StateUniversalizationResolver } from './domains/universalization/state-context.resolver';
import { limitAnswers } from './performance/answer-limit';
import { callFieldResolversDirectly } from './performance/direct-resolvers';
import { checkListBounds } from './kernel/graphql/field-cost';
import { nodeTypeName } from './kernel/graphql/node';
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
  AssistanceProjectResolver,
  ProjectExchangeResolver,
  WhoWorksHereResolver,
  StateProjectsResolver,
  OrganisationWorkResolver,
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
