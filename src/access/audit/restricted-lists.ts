import type { EntityClass, EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import type { AccessContext } from '../access-context';
import { type PageRequest, pageWhere } from '../../kernel/graphql/connection';
import { type Keyset, keysetOrder } from '../../kernel/graphql/keyset';
import { selectedFields } from '../../kernel/graphql/selection';
import { Classification } from '../policy/levels';
import { noteRevealed } from './audit-trail';

/** The ids of every record `where` matches that the request's viewer may see (its record scope applied). */
export async function matchedIds<E extends { id: string }>(em: EntityManager, entity: EntityClass<E>, where: FilterQuery<E>): Promise<string[]> {
  const qb = em.createQueryBuilder(entity, 'm').select('m.id').where(where);
  await qb.applyFilters();
  const rows: { id: string }[] = await qb.execute('all', false);
  return rows.map((row) => row.id);
}

/**
 * A page of a connection of RESTRICTED records (engagements, national processes), with what it
 * reveals in the access log. Its records (and the one after it, which `hasNextPage` tells of) are
 * `listed` when edges or page info are asked; every record `totalCount` counted is `count`ed, so
 * it is asked only then. `facts` are added to each (`filter:<field>` for RESTRICTED filters).
 */
export async function restrictedPage<E extends { id: string }>(
  ctx: AccessContext,
  info: GraphQLResolveInfo,
  list: { entity: EntityClass<E>; recordType: string; where: FilterQuery<E>; order: Keyset<E>; facts: string[] },
  request: PageRequest,
): Promise<{ rows: E[]; totalCount: number }> {
  const selected = selectedFields(info);
  const { entity, recordType, where, order, facts } = list;
  const rows =
    selected.has('edges') || selected.has('pageInfo')
      ? await ctx.em.find(entity, pageWhere(where, order, request), {
          orderBy: keysetOrder(order, request.forward) as QueryOrderMap<E>[],
          limit: request.limit + 1,
        })
      : [];
  noteRevealed(ctx, recordType, rows.map((row) => row.id), ['listed', ...facts]);
  if (!selected.has('totalCount')) return { rows, totalCount: 0 };
  const counted = await matchedIds(ctx.em, entity, where);
  noteRevealed(ctx, recordType, counted, ['count', ...facts]);
  return { rows, totalCount: counted.length };
}

/**
 * Logs what a count of records that carry their own classification (activities) reveals: the
 * RESTRICTED ones it counted (`count`), found with the count's own condition and record scope.
 */
export async function noteRestrictedCounted<E extends { id: string }>(
  ctx: AccessContext,
  list: { entity: EntityClass<E>; recordType: string; where: FilterQuery<E>; classifiedBy: string },
): Promise<void> {
  const restricted = { ...(list.where as object), [list.classifiedBy]: Classification.RESTRICTED } as FilterQuery<E>;
  noteRevealed(ctx, list.recordType, await matchedIds(ctx.em, list.entity, restricted), ['count']);
}
