import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HubContext } from './context';
import { noteRestrictedRead } from './access/audit/audit-trail';
import { loadNode, Node, nodeTypeName, recordKey } from './kernel/graphql/node';
import { restrictedRecord } from './access/policy/access';
import { badInput } from './kernel/graphql/errors';
import { ListBound } from './kernel/graphql/field-cost';

/** The most ids one `nodes(ids:)` takes: a client's page of cached records, not a bulk export. */
export const MAX_NODE_IDS = 100;

/** One node for this viewer: what `node(id:)` answers, with its RESTRICTED read noted. */
async function visibleNode(ctx: HubContext, id: string, field: string): Promise<object | null> {
  const found = await loadNode(ctx, id);
  // A RESTRICTED record found by its id: that it exists (for this viewer) is a RESTRICTED fact.
  if (found && restrictedRecord(found)) noteRestrictedRead(ctx, nodeTypeName(found), recordKey(found)!, field);
  return found;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global ID; null when there is no such object.',
  })
  node(@Arg('id', () => ID, { description: 'A global ID, as read from any `id` field.' }) id: string, @Ctx() ctx: HubContext): Promise<object | null> {
    return visibleNode(ctx, id, 'node');
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Objects by their global IDs, in the order asked (Relay refetching, client caches). Each ID is read as `node(id:)` ' +
      'reads it: null where there is no such object or the viewer may not see it, without saying which.',
  })
  @ListBound(MAX_NODE_IDS)
  async nodes(
    @Arg('ids', () => [ID], { description: `Global IDs, at most ${MAX_NODE_IDS}; duplicates are answered twice.` }) ids: string[],
    @Ctx() ctx: HubContext,
  ): Promise<(object | null)[]> {
    if (ids.length > MAX_NODE_IDS) throw badInput(`ids may hold at most ${MAX_NODE_IDS} IDs.`, 'ids');
    // Each through the request's batched loaders, so a hundred ids of one type are one query.
    return Promise.all(ids.map((id) => visibleNode(ctx, id, 'nodes')));
  }
}
