import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HubContext } from './context';
import { loadNode, Node } from './node';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID; null when there is no such object.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<object | null> {
    return loadNode(ctx, id);
  }
}
