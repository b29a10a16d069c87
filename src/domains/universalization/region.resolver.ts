import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Field, FieldResolver, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Activity } from '../activities/activity.entity';
import { ActivityStatus } from '../activities/enums';
import { AssistanceNeed } from '../assistance/assistance.entity';
import { NeedStatus } from '../assistance/enums';
import { noteRevealed } from '../../access/audit/audit-trail';
import { BodyCode, OfficeKind } from '../bodies/enums';
import { heldOn, OfficeHolding, MAX_CURRENT_HOLDINGS } from '../bodies/office-holding.entity';
import type { HubContext } from '../../context';
import { DateScalar } from '../../kernel/graphql/scalars';
import { selectedFieldsUnder } from '../../kernel/graphql/selection';
import { AttRegion, MAX_STATES, MAX_STATES_IN_REGION } from '../participation/enums';
import { countByRegionAndStatus } from '../participation/participation.sql';
import { RegionParticipation } from '../participation/participation.types';
import { State } from '../participation/state.entity';
import { tally } from '../participation/summary.resolver';
import { Engagement } from './engagement.entity';
import { PriorityTier, ProcessStage, TIER_COUNT } from './enums';
import { PriorityAssessment } from './priority-assessment.entity';
import { ListBound, Weight } from '../../kernel/graphql/field-cost';

@ObjectType('PipelineEntry', { description: 'A state in the stepwise pipeline: its tier, process stage and last contact.' })
export class PipelineEntry {
  @Field(() => State)
  state!: State;

  @Field(() => PriorityTier)
  tier!: PriorityTier;

  @Field(() => DateScalar)
  assessedOn!: string;

  @Field(() => ProcessStage, { nullable: true })
  stage!: ProcessStage | null;

  @Field(() => DateScalar, { nullable: true })
  lastEngagementOn!: string | null;
}

@ObjectType('PipelineTier', { description: 'The states of one priority tier in a pipeline, with where their processes stand.' })
export class PipelineTier {
  @Field(() => PriorityTier)
  tier!: PriorityTier;

  @ListBound(MAX_STATES)
  @Field(() => [PipelineEntry])
  entries!: PipelineEntry[];
}

/** A region's universalization context: who coordinates it, its states, its pipeline and work. */
@ObjectType('Region', { description: "A region's universalization context: who coordinates it, its states, its pipeline and work." })
export class Region {
  @Field(() => AttRegion)
  code!: AttRegion;
}

/**
 * The facts about the states listed that a pipeline's entries reveal, for the access log, named
 * by the State fields they come from: once entries are asked, each state's tier (its place in a
 * tier); its process stage and last contact if asked.
 */
function pipelineFacts(info: GraphQLResolveInfo): string[] {
  const entry = selectedFieldsUnder(info, ['entries']);
  if (!entry) return [];
  return ['currentPriority', ...(entry.has('stage') ? ['nationalProcess'] : []), ...(entry.has('lastEngagementOn') ? ['engagements'] : [])];
}

/** The stepwise pipeline the viewer may see: every state's latest tier, by tier. */
async function pipeline(ctx: HubContext, region: AttRegion | null, info: GraphQLResolveInfo): Promise<PipelineTier[]> {
  const assessments = await ctx.em.find(
    PriorityAssessment,
    region ? { state: { region } } : {},
    { orderBy: { assessedOn: 'desc', createdAt: 'desc' } },
  );
  const latest = new Map<string, PriorityAssessment>();
  for (const a of assessments) if (!latest.has(a.state.iso3)) latest.set(a.state.iso3, a);
  const entries = await Promise.all(
    [...latest.values()].map(async (a) => {
      const [state, process, engagements] = await Promise.all([
        ctx.participation.state.load(a.state.iso3),
        ctx.universalization.nationalProcess.load(a.state.iso3),
        ctx.universalization.latestEngagements(1).load(a.state.iso3),
      ]);
      return { state: state!, tier: a.tier, assessedOn: a.assessedOn, stage: process?.stage ?? null, lastEngagementOn: engagements[0]?.date ?? null };
    }),
  );
  entries.sort((x, y) => x.state.nameSortKey.localeCompare(y.state.nameSortKey));
  noteRevealed(ctx, 'State', entries.map((e) => e.state.iso3), pipelineFacts(info));
  return Object.values(PriorityTier).map((tier) => ({ tier, entries: entries.filter((e) => e.tier === tier) }));
}

function officeHolders(ctx: HubContext, region: AttRegion, office: OfficeKind): Promise<OfficeHolding[]> {
  return ctx.em.find(
    OfficeHolding,
    { office, region, ...(office === OfficeKind.VICE_PRESIDENT ? { body: BodyCode.CSP } : {}), ...heldOn(ctx.today) },
    { orderBy: { validFrom: 'asc' }, limit: MAX_CURRENT_HOLDINGS },
  );
}

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { description: "A region's universalization context; each part as far as the viewer may see it." })
  region(@Arg('code', () => AttRegion, { description: 'The region.' }) code: AttRegion): Region {
    return { code };
  }

  @Weight(MAX_STATES)
  @FieldResolver(() => RegionParticipation, { description: 'Participation today.' })
  async participation(@Root() region: Region, @Ctx() ctx: HubContext): Promise<RegionParticipation> {
    const counts = await countByRegionAndStatus(ctx.em, ctx.today, region.code);
    return { region: region.code, ...tally(counts) };
  }

  @ListBound(MAX_STATES_IN_REGION)
  @FieldResolver(() => [State])
  states(@Root() region: Region, @Ctx() ctx: HubContext): Promise<State[]> {
    return ctx.em.find(State, { region: region.code }, { orderBy: { nameSortKey: 'asc' } });
  }

  @ListBound(MAX_CURRENT_HOLDINGS)
  @FieldResolver(() => [OfficeHolding], { description: 'The Vice-President(s) coordinating the region today.' })
  coordinators(@Root() region: Region, @Ctx() ctx: HubContext): Promise<OfficeHolding[]> {
    return officeHolders(ctx, region.code, OfficeKind.VICE_PRESIDENT);
  }

  @ListBound(MAX_CURRENT_HOLDINGS)
  @FieldResolver(() => [OfficeHolding], { description: 'The regional champions serving the region today.' })
  champions(@Root() region: Region, @Ctx() ctx: HubContext): Promise<OfficeHolding[]> {
    return officeHolders(ctx, region.code, OfficeKind.REGIONAL_CHAMPION);
  }

  @ListBound(TIER_COUNT)
  @Weight(MAX_STATES)
  @FieldResolver(() => [PipelineTier], { nullable: true })
  pipeline(@Root() region: Region, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<PipelineTier[]> {
    return pipeline(ctx, region.code, info);
  }

  @ListBound(50)
  @FieldResolver(() => [Engagement], { nullable: true, description: 'The latest 50 contacts in the region.' })
  async engagements(@Root() region: Region, @Ctx() ctx: HubContext): Promise<Engagement[]> {
    const found = await ctx.em.find(Engagement, { region: region.code }, { orderBy: { date: 'desc' }, limit: 50 });
    // The list itself tells of each contact (and how many), whatever of them is read.
    noteRevealed(ctx, 'Engagement', found.map((e) => e.id), ['listed']);
    return found;
  }

  @ListBound(50)
  @FieldResolver(() => [Activity], { description: 'The latest 50 published activities aimed at the region or its states.' })
  async activities(@Root() region: Region, @Ctx() ctx: HubContext): Promise<Activity[]> {
    const states = (await ctx.em.find(State, { region: region.code }, { fields: ['iso3'] })).map((s) => s.iso3);
    return ctx.em.find(
      Activity,
      { status: ActivityStatus.PUBLISHED, $or: [{ targetRegions: { $contains: [region.code] } }, { targetStates: { $overlap: states } }] },
      { orderBy: { startDate: 'desc nulls last' }, limit: 50 },
    );
  }

  @ListBound(200)
  @FieldResolver(() => [AssistanceNeed], { nullable: true, description: 'Open needs of the states of the region.' })
  needs(@Root() region: Region, @Ctx() ctx: HubContext): Promise<AssistanceNeed[]> {
    return ctx.em.find(AssistanceNeed, { status: NeedStatus.OPEN, state: { region: region.code } }, { orderBy: { statedOn: 'desc' }, limit: 200 });
  }
}

@Resolver()
export class PipelineResolver {
  @ListBound(TIER_COUNT)
  @Weight(MAX_STATES)
  @Query(() => [PipelineTier], {
    nullable: true,
    description: 'The stepwise pipeline by tier (all regions, or one), for those who may see priority tiers.',
  })
  pipeline(
    @Arg('region', () => AttRegion, { description: 'Only the states of this region.', nullable: true }) region: AttRegion | null,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PipelineTier[]> {
    return pipeline(ctx, region, info);
  }
}

@Resolver(() => State)
export class StateRegionResolver {
  @ListBound(MAX_CURRENT_HOLDINGS)
  @FieldResolver(() => [OfficeHolding], { description: "The Vice-President(s) coordinating the state's region today." })
  coordinators(@Root() state: State, @Ctx() ctx: HubContext): Promise<OfficeHolding[]> {
    return officeHolders(ctx, state.region, OfficeKind.VICE_PRESIDENT);
  }

  @ListBound(MAX_CURRENT_HOLDINGS)
  @FieldResolver(() => [OfficeHolding], { description: "The regional champions of the state's region today." })
  champions(@Root() state: State, @Ctx() ctx: HubContext): Promise<OfficeHolding[]> {
    return officeHolders(ctx, state.region, OfficeKind.REGIONAL_CHAMPION);
  }
}
