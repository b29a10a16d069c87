import { Arg, Args, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { AccessContext } from '../access-context';
import { Connection, ConnectionArgs, pageRequest, pageWhere, toPage } from '../../kernel/graphql/connection';
import { badInput } from '../../kernel/graphql/errors';
import { registerKeyset } from '../../kernel/graphql/connection-arguments';
import { type Keyset, keysetOrder } from '../../kernel/graphql/keyset';
import { type NodeContext, registerNodeType } from '../../kernel/graphql/node';
import { AuditEvent, AuditKind } from './audit-event.entity';

registerNodeType({
  name: 'AuditEvent',
  cls: AuditEvent,
  key: (e) => String(e.id),
  load: (ctx: AccessContext & NodeContext, key) => (/^\d{1,18}$/.test(key) ? ctx.em.findOne(AuditEvent, { id: key }) : Promise.resolve(null)),
});

@ObjectType('AuditEventConnection', { description: 'A page of audit trail entries (Relay cursor connection).' })
class AuditEventConnection extends Connection('AuditEvent', AuditEvent) {}

@InputType('AuditEventFilter', { description: 'Narrows the audit trail.' })
class AuditEventFilter {
  @Field(() => AuditKind, { nullable: true })
  kind?: AuditKind | null;

  @Field(() => String, { nullable: true })
  recordType?: string | null;

  @Field(() => String, { nullable: true, description: 'Entries about this record, alone or among others.' })
  recordId?: string | null;

  @Field(() => String, { nullable: true, description: 'The token subject of whoever acted.' })
  actor?: string | null;

  @Field(() => String, { nullable: true, description: "The hub's id of the request (its `x-request-id` response header)." })
  requestId?: string | null;

  @Field(() => String, { nullable: true, description: 'The id the client sent in `x-request-id`.' })
  clientRequestId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Entries written at or after this instant. The trail is kept by month: bounds on time let the hub read only the months they span.',
  })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Entries written before this instant.' })
  to?: Date | null;
}

/** Newest first: entries are numbered as they are written. */
const AUDIT_ORDER: Keyset<AuditEvent> = {
  list: 'AuditEvent',
  parts: [{ field: 'id', desc: true, kind: 'serial', read: (e) => e.id }],
};
registerKeyset('AuditEventConnection', () => AUDIT_ORDER);

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { nullable: true, description: 'The audit trail, newest first.' })
  async auditEvents(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { description: 'Only the entries that match.', nullable: true }) filter: AuditEventFilter | null,
    @Ctx() ctx: AccessContext,
  ): Promise<AuditEventConnection> {
    const request = pageRequest(page, AUDIT_ORDER);
    const where: FilterQuery<AuditEvent> = Object.fromEntries(
      Object.entries({
        kind: filter?.kind,
        recordType: filter?.recordType,
        actor: filter?.actor,
        requestId: filter?.requestId,
        clientRequestId: filter?.clientRequestId,
      }).filter(([, v]) => v != null),
    );
    if (filter?.from && filter.to && filter.from >= filter.to) throw badInput('filter.from must be before filter.to.', 'filter');
    if (filter?.from || filter?.to) where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    if (filter?.recordId != null) where.$or = [{ recordId: filter.recordId }, { recordIds: { $contains: [filter.recordId] } }];
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(AuditEvent, pageWhere(where, AUDIT_ORDER, request), { orderBy: keysetOrder(AUDIT_ORDER, request.forward), limit: request.limit + 1 }),
      ctx.em.count(AuditEvent, where),
    ]);
    return { ...toPage(rows, request, AUDIT_ORDER), totalCount };
  }
}
