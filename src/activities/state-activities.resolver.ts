import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { State } from '../participation/state.entity';
import { Activity } from './activity.entity';

@Resolver(() => State)
export class StateActivitiesResolver {
  @FieldResolver(() => [Activity], { description: 'Activities aimed at this state that the viewer may see, newest first.' })
  activities(@Root() state: State, @Ctx() ctx: HubContext): Promise<Activity[]> {
    return ctx.activities.byTargetState.load(state.iso3);
  }
}
