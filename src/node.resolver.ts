import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HubContext } from './context';
import { noteRestrictedRead } from './access/audit/audit-trail';
import { loadNode, Node, nodeTypeName, recordKey } from './kernel/graphql/node';
import { restrictedRecord } from './access/policy/access';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID; null when there is no such object.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: HubContext): Promise<object | null> {
    const found = await loadNode(ctx, id);
    // A RESTRICTED record found by its id: that it exists (for this viewer) is a RESTRICTED fact.
    if (found && restrictedRecord(found)) noteRestrictedRead(ctx, nodeTypeName(found), recordKey(found)!, 'node');
    return found;
  }
}
