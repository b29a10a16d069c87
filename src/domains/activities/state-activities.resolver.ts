import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../context';
import { badInput } from '../../kernel/graphql/errors';
import { selectedFields } from '../../kernel/graphql/selection';
import { State } from '../participation/state.entity';
import { Activity } from './activity.entity';
import { ListBound } from '../../kernel/graphql/field-cost';

export const MAX_STATE_ACTIVITIES = 50;

@Resolver(() => State)
export class StateActivitiesResolver {
  @ListBound(MAX_STATE_ACTIVITIES)
  @FieldResolver(() => [Activity], { description: 'The latest activities aimed at this state that the viewer may see (at most 50).' })
  activities(
    @Root() state: State,
    @Arg('first', () => Int, { description: 'How many activities, at most.', defaultValue: 20 }) first: number,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Activity[]> {
    if (first < 0 || first > MAX_STATE_ACTIVITIES) throw badInput(`first must be between 0 and ${MAX_STATE_ACTIVITIES}.`, 'first');
    return first === 0 ? Promise.resolve([]) : ctx.activities.latestForStates(first, selectedFields(info)).load(state.iso3);
  }
}
