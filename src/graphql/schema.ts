import 'reflect-metadata';
import type { GraphQLInterfaceType, GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActivityImportResolver } from '../activities/activity-import.resolver';
import { ActivityResolver } from '../activities/activity.resolver';
import { StateActivitiesResolver } from '../activities/state-activities.resolver';
import { AssistanceMatchResolver, AssistanceNeedResolver, AssistanceOfferResolver } from '../assistance/assistance.resolver';
import { SponsorshipAwardResolver, StateAssistanceResolver, VtfProjectResolver } from '../assistance/state-assistance.resolver';
import { AuditResolver } from '../audit/audit.resolver';
import { ViewerResolver } from '../auth/viewer.resolver';
import { BodyResolver, CycleResolver } from '../bodies/bodies.resolver';
import { BodiesWritesResolver } from '../bodies/bodies-writes.resolver';
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
  BodyResolver,
  CycleResolver,
  BodiesWritesResolver,
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
