import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActivityImportResolver } from './domains/activities/activity-import.resolver';
import { ActivityResolver } from './domains/activities/activity.resolver';
import { StateActivitiesResolver } from './domains/activities/state-activities.resolver';
import { AssistanceMatchResolver, AssistanceNeedResolver, AssistanceOfferResolver } from './domains/assistance/assistance.resolver';
import { SponsorshipAwardResolver, StateAssistanceResolver, VtfProjectResolver } from './domains/assistance/state-assistance.resolver';
import { AuditResolver } from './access/audit/audit.resolver';
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

/** The schema as clients see it: every field described with its classification from the policy table. */
export async function buildContractSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, emitSchemaFile: false });
  // type-graphql wraps every resolveType in an async function; compiled execution needs the
  // type at once (compiled-execution.ts), and the hub's is synchronous.
  (schema.getType('Node') as GraphQLInterfaceType).resolveType = nodeTypeName;
  callFieldResolversDirectly(schema);
  // type-graphql has no decorator for the root types' own descriptions (schema:lint asks for one).
  schema.getQueryType()!.description = "The hub's entry points for reading: each field answers what the viewer may see.";
  schema.getMutationType()!.description = "The hub's writes: each transactional, audited and versioned; a mistake in the input comes back as userErrors.";
  // The bound first, then the classification, in each description.
  checkListBounds(schema);
  checkAndDescribe(schema);
  return schema;
}

/** The executable schema: the contract with the policy table's rules applied to every field, and the answer's limit. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  const schema = applyPolicy(await buildContractSchema());
  limitAnswers(schema);
  return schema;
}
