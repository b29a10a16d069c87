import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { State } from '../participation/state.entity';
import { Engagement } from './engagement.entity';
import { NationalProcess } from './national-process.entity';
import { PriorityAssessment } from './priority-assessment.entity';

/** The restricted universalization facts about a state, beside its public participation. */
@Resolver(() => State)
export class StateUniversalizationResolver {
  @FieldResolver(() => NationalProcess, { nullable: true, description: "Where the state's ratification or accession process stands." })
  nationalProcess(@Root() state: State, @Ctx() ctx: HubContext): Promise<NationalProcess | null> {
    return ctx.universalization.nationalProcess.load(state.iso3);
  }

  @FieldResolver(() => [PriorityAssessment], { nullable: true, description: 'Every priority assessment, newest first.' })
  priorityAssessments(@Root() state: State, @Ctx() ctx: HubContext): Promise<PriorityAssessment[]> {
    return ctx.universalization.priorityAssessments.load(state.iso3);
  }

  @FieldResolver(() => [Engagement], { nullable: true, description: 'Recorded contacts with the state, newest first.' })
  engagements(@Root() state: State, @Ctx() ctx: HubContext): Promise<Engagement[]> {
    return ctx.universalization.engagements.load(state.iso3);
  }

  @FieldResolver(() => PriorityAssessment, { nullable: true, description: 'The latest priority assessment.' })
  async currentPriority(@Root() state: State, @Ctx() ctx: HubContext): Promise<PriorityAssessment | null> {
    return (await ctx.universalization.priorityAssessments.load(state.iso3))[0] ?? null;
  }
}
