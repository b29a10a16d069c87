import { Arg, Args, Ctx, Field, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { AccessContext } from '../access-context';
import { Connection, ConnectionArgs, pageWindow, toPage } from '../../kernel/graphql/connection';
import { type NodeContext, registerNodeType } from '../../kernel/graphql/node';
import { AuditEvent, AuditKind } from './audit-event.entity';

registerNodeType({
  name: 'AuditEvent',
  cls: AuditEvent,
  key: (e) => String(e.id),
  load: (ctx: AccessContext & NodeContext, key) => (/^\d{1,18}$/.test(key) ? ctx.em.findOne(AuditEvent, { id: key }) : Promise.resolve(null)),
});

@ObjectType('AuditEventConnection')
class AuditEventConnection extends Connection('AuditEvent', AuditEvent) {}

@InputType('AuditEventFilter')
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
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, { nullable: true, description: 'The audit trail, newest first.' })
  async auditEvents(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter: AuditEventFilter | null,
    @Ctx() ctx: AccessContext,
  ): Promise<AuditEventConnection> {
    const window = pageWindow(page);
    const where: FilterQuery<AuditEvent> = Object.fromEntries(
      Object.entries({
        kind: filter?.kind,
        recordType: filter?.recordType,
        actor: filter?.actor,
        requestId: filter?.requestId,
        clientRequestId: filter?.clientRequestId,
      }).filter(([, v]) => v != null),
    );
    if (filter?.recordId != null) where.$or = [{ recordId: filter.recordId }, { recordIds: { $contains: [filter.recordId] } }];
    const [rows, totalCount] = await ctx.em.findAndCount(AuditEvent, where, {
      orderBy: { id: 'desc' },
      limit: window.limit + 1,
      offset: window.offset,
    });
    return { ...toPage(rows, window), totalCount };
  }
}
