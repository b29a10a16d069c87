import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badInput } from '../../kernel/graphql/errors';
import type { HubContext } from '../../context';
import { State } from '../participation/state.entity';
import { Engagement } from './engagement.entity';
import { NationalProcess } from './national-process.entity';
import { PriorityAssessment } from './priority-assessment.entity';
import { ListBound } from '../../kernel/graphql/field-cost';
import { MAX_ASSESSMENTS_LISTED } from './loaders';

const MAX_STATE_ENGAGEMENTS = 50;

/** The restricted universalization facts about a state, beside its public participation. */
@Resolver(() => State)
export class StateUniversalizationResolver {
  @FieldResolver(() => NationalProcess, { nullable: true, description: "Where the state's ratification or accession process stands." })
  nationalProcess(@Root() state: State, @Ctx() ctx: HubContext): Promise<NationalProcess | null> {
    return ctx.universalization.nationalProcess.load(state.iso3);
  }

  @ListBound(MAX_ASSESSMENTS_LISTED)
  @FieldResolver(() => [PriorityAssessment], { nullable: true, description: 'Every priority assessment, newest first (the latest 50).' })
  priorityAssessments(@Root() state: State, @Ctx() ctx: HubContext): Promise<PriorityAssessment[]> {
    return ctx.universalization.priorityAssessments.load(state.iso3);
  }

  @ListBound(MAX_STATE_ENGAGEMENTS)
  @FieldResolver(() => [Engagement], { nullable: true, description: 'The latest recorded contacts with the state (at most 50).' })
  engagements(
    @Root() state: State,
    @Arg('first', () => Int, { description: 'How many engagements, at most.', defaultValue: 20 }) first: number,
    @Ctx() ctx: HubContext,
  ): Promise<Engagement[]> {
    if (first < 0 || first > MAX_STATE_ENGAGEMENTS) throw badInput(`first must be between 0 and ${MAX_STATE_ENGAGEMENTS}.`, 'first');
    return first === 0 ? Promise.resolve([]) : ctx.universalization.latestEngagements(first).load(state.iso3);
  }

  @FieldResolver(() => PriorityAssessment, { nullable: true, description: 'The latest priority assessment.' })
  async currentPriority(@Root() state: State, @Ctx() ctx: HubContext): Promise<PriorityAssessment | null> {
    return (await ctx.universalization.priorityAssessments.load(state.iso3))[0] ?? null;
  }
}
