import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context';
import { State } from '../participation/state.entity';
import { AssistanceNeed, SponsorshipAward, VtfProject } from './assistance.entity';
import { ListBound } from '../../kernel/graphql/field-cost';
import { MAX_RELATED } from './loaders';

@Resolver(() => State)
export class StateAssistanceResolver {
  @ListBound(MAX_RELATED)
  @FieldResolver(() => [AssistanceNeed], { nullable: true, description: 'Needs stated by or for the state, newest first.' })
  needs(@Root() state: State, @Ctx() ctx: HubContext): Promise<AssistanceNeed[]> {
    return ctx.assistance.needsByState.load(state.iso3);
  }

  @ListBound(MAX_RELATED)
  @FieldResolver(() => [VtfProject], { description: 'Voluntary Trust Fund projects in the state, newest first.' })
  vtfProjects(@Root() state: State, @Ctx() ctx: HubContext): Promise<VtfProject[]> {
    return ctx.assistance.vtfByState.load(state.iso3);
  }

  @ListBound(MAX_RELATED)
  @FieldResolver(() => [SponsorshipAward], { description: 'Sponsorship Programme awards to the state, newest first.' })
  sponsorshipAwards(@Root() state: State, @Ctx() ctx: HubContext): Promise<SponsorshipAward[]> {
    return ctx.assistance.sponsorshipByState.load(state.iso3);
  }
}

@Resolver(() => VtfProject)
export class VtfProjectResolver {
  @ListBound(500)
  @Query(() => [VtfProject], { description: 'Voluntary Trust Fund projects, newest first (at most 500).' })
  vtfProjects(@Arg('year', () => Int, { description: 'Only projects of this year.', nullable: true }) year: number | null, @Ctx() ctx: HubContext): Promise<VtfProject[]> {
    return ctx.em.find(VtfProject, year ? { year } : {}, { orderBy: { year: 'desc' }, limit: 500 });
  }

  @FieldResolver(() => State)
  async state(@Root() project: VtfProject, @Ctx() ctx: HubContext): Promise<State> {
    return (await ctx.participation.state.load(project.state.iso3))!;
  }
}

@Resolver(() => SponsorshipAward)
export class SponsorshipAwardResolver {
  @FieldResolver(() => State)
  async state(@Root() award: SponsorshipAward, @Ctx() ctx: HubContext): Promise<State> {
    return (await ctx.participation.state.load(award.state.iso3))!;
  }
}
