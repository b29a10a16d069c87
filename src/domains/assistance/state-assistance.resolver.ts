import { badInput } from '../../kernel/graphql/errors';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context';
import { ListBound } from '../../kernel/graphql/field-cost';
import { State } from '../participation/state.entity';
import { FundingMechanism } from '../projects/enums';
import { SponsorshipAward, sponsorshipView, VtfProject, vtfView, yearOf } from '../projects/legacy-views';
import { AssistanceProject } from '../projects/project.entity';
import { AssistanceNeed } from './assistance.entity';
import { MAX_RELATED } from './loaders';

@Resolver(() => State)
export class StateAssistanceResolver {
  @ListBound(MAX_RELATED)
  @FieldResolver(() => [AssistanceNeed], { nullable: true, description: 'Needs stated by or for the state, newest first.' })
  needs(@Root() state: State, @Ctx() ctx: HubContext): Promise<AssistanceNeed[]> {
    return ctx.assistance.needsByState.load(state.iso3);
  }

  @ListBound(MAX_RELATED)
  @FieldResolver(() => [VtfProject], { description: 'Deprecated: State.projects with mechanism ATT_VTF. Voluntary Trust Fund projects in the state whose start is known, newest first.' })
  async vtfProjects(@Root() state: State, @Ctx() ctx: HubContext): Promise<VtfProject[]> {
    const projects = await ctx.assistance.projectsByState.load(state.iso3);
    return projects.filter((p) => p.mechanism === FundingMechanism.ATT_VTF && yearOf(p)).slice(0, MAX_RELATED).map((p) => vtfView(p, state.iso3));
  }

  @ListBound(MAX_RELATED)
  @FieldResolver(() => [SponsorshipAward], { description: 'Deprecated: State.projects with mechanism ATT_SPONSORSHIP. Sponsorship Programme awards to the state, newest first.' })
  async sponsorshipAwards(@Root() state: State, @Ctx() ctx: HubContext): Promise<SponsorshipAward[]> {
    const projects = await ctx.assistance.projectsByState.load(state.iso3);
    return projects.filter((p) => p.mechanism === FundingMechanism.ATT_SPONSORSHIP && yearOf(p)).slice(0, MAX_RELATED).map((p) => sponsorshipView(p, state.iso3));
  }
}

@Resolver(() => VtfProject)
export class VtfProjectResolver {
  @ListBound(500)
  @Query(() => [VtfProject], { description: 'Deprecated: `projects` with mechanism ATT_VTF. Voluntary Trust Fund projects whose start is known, one per beneficiary state, newest first (at most 500).' })
  async vtfProjects(@Arg('year', () => Int, { description: 'Only projects of this year.', nullable: true }) year: number | null, @Ctx() ctx: HubContext): Promise<VtfProject[]> {
    // A year PostgreSQL cannot read as a date is bad input, not a failure.
    if (year != null && (year < 1 || year > 9999)) throw badInput('year must be between 1 and 9999.', 'year');
    const projects = await ctx.em.find(
      AssistanceProject,
      { mechanism: FundingMechanism.ATT_VTF, starts: year ? { $gte: `${year}-01-01`, $lte: `${year}-12-31` } : { $ne: null } },
      { orderBy: { starts: 'desc', id: 'asc' }, limit: 500 },
    );
    return projects.flatMap((p) => p.beneficiaryStates.map((s) => vtfView(p, s))).slice(0, 500);
  }

  @FieldResolver(() => State)
  async state(@Root() project: VtfProject, @Ctx() ctx: HubContext): Promise<State> {
    return (await ctx.participation.state.load(project.stateIso3))!;
  }
}

@Resolver(() => SponsorshipAward)
export class SponsorshipAwardResolver {
  @FieldResolver(() => State)
  async state(@Root() award: SponsorshipAward, @Ctx() ctx: HubContext): Promise<State> {
    return (await ctx.participation.state.load(award.stateIso3))!;
  }
}
